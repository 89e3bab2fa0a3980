#!/usr/bin/env node
// npm run web [file.scorecard] [--port N]: builds the renderer if needed, then serves it with the real backend.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rendererDir = join(root, 'out', 'renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stdout.write('Building the app first (electron-vite build)…\n');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { main } = await tsImport('../src/main/web.ts', import.meta.url);
try {
  await main(process.argv.slice(2), rendererDir);
} catch (err) {
  process.stderr.write(`quadrant web: ${err.message}\n`);
  process.exit(1);
}
