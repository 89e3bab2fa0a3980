/** The built app the Electron tests inspect or launch; builds it once if out/ is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../scripts/native.mjs';

export const root = projectRoot;
export const builtFiles = {
  main: join(root, 'out', 'main', 'index.js'),
  preload: join(root, 'out', 'preload', 'index.cjs'),
  renderer: join(root, 'out', 'renderer', 'index.html'),
} as const;

const missing = () => Object.values(builtFiles).filter((f) => !existsSync(f));

/** `npm test` builds before vitest; a bare `vitest run test/electron` builds here, or fails saying why. */
export function ensureBuilt(): void {
  if (missing().length === 0) return;
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const still = missing();
  if (still.length > 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new Error(
      `The app is not built (missing ${still.join(', ')}) and \`electron-vite build\` did not produce it:\n${tail}`,
    );
  }
}

export function readBuilt(file: keyof typeof builtFiles): string {
  return readFileSync(builtFiles[file], 'utf8');
}
