// ESLint flat config: TypeScript rules plus the import boundaries of the architecture.
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' };

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'coverage/**', 'test-results/**', '.native/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3', 'react', 'zustand'].map((name) => ({ name, message: 'src/shared is pure: no platform code.' })),
          patterns: [nodeBuiltins, { group: ['**/main/**', '**/renderer/**'], message: 'src/shared depends on nothing else.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/cli*.ts', 'src/main/web.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The core runs in plain Node: only src/main/index.ts and src/main/shell import electron.' }] },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'The renderer talks to the document only through call().' },
            { name: 'electron', message: 'The renderer reaches the shell only through the preload.' },
          ],
          patterns: [{ group: ['**/main/**', 'node:*'], message: 'The renderer talks to the backend only through call().' }],
        },
      ],
    },
  },
);
