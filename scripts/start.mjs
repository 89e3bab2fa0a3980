#!/usr/bin/env node
/**
 * `npm start` (and `npm run dev` with --dev): build if needed, make sure the Electron binary and an
 * Electron-ABI build of better-sqlite3 exist, then run the app.
 *
 * The Node build in node_modules/better-sqlite3 is never touched, so `npm test` keeps working after
 * `npm start`. Arguments after the script's own flags are passed to Electron (for example a file to open).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildElectronNative,
  electronBinaryPath,
  electronVersion,
  hasElectronBinary,
  nativeBindingPath,
  projectRoot as root,
} from './native.mjs';

const argv = process.argv.slice(2);
const dev = argv.includes('--dev');
const passThrough = argv.filter((a) => a !== '--dev');

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function buildIsStale() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));
  if (outputs.some((p) => !existsSync(p))) return true;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const inputs = ['src', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => newestMtime(join(root, p)));
  return Math.max(...inputs) > oldestOutput;
}

function ensureBuild() {
  if (!buildIsStale()) return;
  console.log('Building Quadrant (electron-vite build)…');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0)
    fail(
      `The build failed (electron-vite build exited with ${r.status ?? r.signal}). Fix the errors above and run npm start again.`,
    );
}

/** The first line of the installer's output that says why it failed. */
function downloadFailureReason(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const line = lines.find((l) => /error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|status code/i.test(l));
  const reason = line ?? lines[0] ?? 'the installer gave no reason';
  // undici hides the network cause; say what "fetch failed" means here.
  return /fetch failed/i.test(reason)
    ? `${reason} (the download server could not be reached; is this machine offline?)`
    : reason;
}

function ensureElectronBinary() {
  if (hasElectronBinary(root)) return;
  console.log(`Downloading the Electron ${electronVersion(root)} binary…`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    // A download that cannot reach its server can hang for minutes; give up with a reason instead.
    timeout: 10 * 60_000,
  });
  const output = `${r.stderr ?? ''}\n${r.stdout ?? ''}`;
  let reason;
  if (r.error) reason = r.error.code === 'ETIMEDOUT' ? 'the download timed out' : r.error.message;
  else if (r.status !== 0) reason = downloadFailureReason(output);
  else if (!hasElectronBinary(root)) reason = `the installer finished but ${electronBinaryPath(root)} is missing`;
  if (reason) fail(`Electron could not be downloaded: ${reason}. Use \`npm run web\` to run Quadrant in your browser.`);
}

function ensureNativeModule() {
  const target = nativeBindingPath(root);
  if (existsSync(target)) return target;
  try {
    return buildElectronNative({ root });
  } catch (err) {
    fail(
      `better-sqlite3 could not be built for Electron ${electronVersion(root)}: ${err.message}\n` +
        'Building it needs the Electron headers (downloaded from electronjs.org), Python and a C++ compiler.\n' +
        'node_modules was not changed, so `npm test` and `npm run web` still work.',
    );
  }
}

function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => fail(`Could not start ${command}: ${err.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (!dev) ensureBuild();
ensureElectronBinary();
const binding = ensureNativeModule();
const env = { ...process.env, QUADRANT_NATIVE_BINDING: binding };
// Inherited from an Electron-hosted terminal this would start Electron as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
// Development (dev server, devtools) is on only when this script says so with --dev, never from the shell's environment.
delete env.QUADRANT_DEV;
delete env.ELECTRON_RENDERER_URL;

if (dev) {
  // electron-vite serves the renderer with hot reload and sets ELECTRON_RENDERER_URL for main.
  env.QUADRANT_DEV = '1';
  run(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...passThrough],
    env,
  );
} else {
  run(electronBinaryPath(root), ['.', ...passThrough], env);
}
