/**
 * Shared path logic for the Electron binary and the per-ABI build of better-sqlite3.
 *
 * node_modules/better-sqlite3 stays built for Node (vitest, `npm run web`, the CLI). Electron needs
 * the same module compiled against its own ABI, so that build lives beside the project in
 * .native/electron-<version>-<platform>-<arch>/better_sqlite3.node and is handed to the core
 * through QUADRANT_NATIVE_BINDING. Building it never writes into node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, copyFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers';

export function electronVersion(root = projectRoot) {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'));
  return pkg.version;
}

/** The executable's path inside node_modules/electron/dist, as electron's own index.js computes it. */
export function electronBinaryPath(root = projectRoot, platform = process.platform) {
  const pkgDir = join(root, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  let relativeExe;
  if (existsSync(pathFile)) relativeExe = readFileSync(pathFile, 'utf8').trim();
  else if (platform === 'darwin') relativeExe = 'Electron.app/Contents/MacOS/Electron';
  else if (platform === 'win32') relativeExe = 'electron.exe';
  else relativeExe = 'electron';
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  return join(distDir, relativeExe);
}

export function hasElectronBinary(root = projectRoot) {
  return existsSync(electronBinaryPath(root));
}

export function nativeDirName(version, platform = process.platform, arch = process.arch) {
  return `electron-${version}-${platform}-${arch}`;
}

export function nativeBindingPath(
  root = projectRoot,
  version = electronVersion(root),
  platform = process.platform,
  arch = process.arch,
) {
  return join(root, '.native', nativeDirName(version, platform, arch), 'better_sqlite3.node');
}

/**
 * The environment for node-gyp when targeting Electron. npm exports its config as npm_config_*
 * variables and node-gyp lets those override command-line flags, so ~/.npmrc's nodedir=/usr would
 * silently compile against Node's headers. Drop every setting that picks the headers and set ours.
 */
export function electronBuildEnv(version, arch = process.arch, baseEnv = process.env) {
  const env = {};
  const picksHeaders =
    /^npm_(config|package_config_node_gyp)_(nodedir|target|runtime|dist_?url|disturl|arch|target_arch|devdir|build_from_source)$/i;
  for (const [key, value] of Object.entries(baseEnv)) {
    if (!picksHeaders.test(key) && value !== undefined) env[key] = value;
  }
  env.npm_config_runtime = 'electron';
  env.npm_config_target = version;
  env.npm_config_arch = arch;
  env.npm_config_target_arch = arch;
  env.npm_config_disturl = ELECTRON_HEADERS_URL;
  env.npm_config_dist_url = ELECTRON_HEADERS_URL;
  return env;
}

function nodeGypCommand(root) {
  const script = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (existsSync(script)) return { command: process.execPath, prefix: [script] };
  // Windows refuses to spawn .cmd files without a shell.
  return {
    command: process.platform === 'win32' ? 'npx.cmd' : 'npx',
    prefix: ['--no-install', 'node-gyp'],
    shell: process.platform === 'win32',
  };
}

/** What node-gyp said went wrong: its error message (not the stack), the download it tried, compiler errors. */
function reasonFrom(output) {
  const lines = String(output || '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const message = lines
    .filter((l) => /^gyp ERR! stack /.test(l) && !/^gyp ERR! stack\s+at /.test(l))
    .map((l) => l.replace(/^gyp ERR! stack\s+/, ''))
    .join(' ');
  const download = lines
    .filter((l) => /^gyp http GET /.test(l))
    .map((l) => `while downloading ${l.replace(/^gyp http GET /, '')}`);
  const compiler = lines.filter((l) => /(^|\s)(fatal )?error[:\s]/i.test(l) && !/^gyp /.test(l)).slice(0, 5);
  const parts = [message, ...download, ...compiler].filter(Boolean);
  if (parts.length > 0) return parts.join('\n');
  return (
    lines
      .filter((l) => /ERR!/.test(l))
      .slice(-4)
      .join('\n') ||
    lines.slice(-4).join('\n') ||
    'no output'
  );
}

/**
 * Compiles better-sqlite3 for Electron in a scratch copy and installs the result under .native/.
 * Returns the path of the installed module; throws an Error whose message says what failed.
 */
export function buildElectronNative({
  root = projectRoot,
  version = electronVersion(root),
  arch = process.arch,
  log = console.log,
} = {}) {
  const target = nativeBindingPath(root, version, process.platform, arch);
  const source = join(root, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(source, 'binding.gyp'))) {
    throw new Error(`better-sqlite3 sources not found in ${source}; run npm install first.`);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'quadrant-native-'));
  const work = join(scratch, 'better-sqlite3');
  try {
    // The Node build in node_modules/better-sqlite3/build must stay untouched: copy the sources only.
    cpSync(source, work, {
      recursive: true,
      filter: (from) => {
        const rel = relative(source, from);
        return rel !== 'build' && !rel.startsWith(`build${sep}`);
      },
    });
    const gyp = nodeGypCommand(root);
    const args = [
      ...gyp.prefix,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${version}`,
      `--arch=${arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ];
    log(`Building better-sqlite3 for Electron ${version} (${process.platform}-${arch})…`);
    const result = spawnSync(gyp.command, args, {
      cwd: work,
      env: electronBuildEnv(version, arch),
      encoding: 'utf8',
      shell: gyp.shell ?? false,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw new Error(`node-gyp could not be started: ${result.error.message}`);
    if (result.status !== 0) {
      throw new Error(`node-gyp failed (exit ${result.status}):\n${reasonFrom(`${result.stderr}\n${result.stdout}`)}`);
    }
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`node-gyp reported success but ${built} is missing.`);
    mkdirSync(dirname(target), { recursive: true });
    // Copy then rename, so a half-written module is never picked up by the next start.
    const partial = `${target}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, target);
    return target;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
