/**
 * Which better-sqlite3 binary Electron loads. node_modules holds the Node-ABI build (tests, web
 * mode); scripts/start.mjs compiles an Electron-ABI copy into .native/ and names it in
 * QUADRANT_NATIVE_BINDING. The lookup below mirrors scripts/native.mjs#nativeBindingPath.
 * A packaged app ships the module rebuilt in place, so it uses the default (undefined).
 */
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function resolveNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const fromEnv = process.env['QUADRANT_NATIVE_BINDING'];
  if (fromEnv) return fromEnv;
  const dirName = `electron-${process.versions.electron}-${process.platform}-${process.arch}`;
  const candidate = join(app.getAppPath(), '.native', dirName, 'better_sqlite3.node');
  if (existsSync(candidate)) return candidate;
  console.warn(
    `Quadrant: no Electron build of better-sqlite3 at ${candidate}; documents will fail to open. ` +
      'Start the app with `npm start`, which builds it.',
  );
  return undefined;
}
