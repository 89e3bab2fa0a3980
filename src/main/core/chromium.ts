/**
 * Finding a Chromium to print with (the CLI and browser mode) and to test with (e2e). Electron brings its own;
 * everywhere else Quadrant uses a Chromium-based browser already on the machine, or the headless build that the
 * @sparticuz/chromium npm package ships, and says which one it used.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import places from './chromium-places.json';

export interface FoundChromium {
  path: string;
  /** In words, for messages: "Debian's chromium (/usr/bin/chromium)". */
  description: string;
}

/** Flags for a headless Chromium on a machine without network, without a GPU, and as root in CI. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a Chromium-based browser usually lives; a JSON file so that vitest.config.ts can read it too. */
const CANDIDATES: readonly { path: string; name: string }[] = places;

/** Computed when said: the language is chosen per run. */
export const noChromiumMessage = (): string => t('errors:files.noChromium');

/** A Chromium-based browser installed at a usual place (Debian's chromium on the CI machine), if any. */
export function findSystemChromium(): FoundChromium | null {
  for (const c of CANDIDATES) if (existsSync(c.path)) return { path: c.path, description: `${c.name} (${c.path})` };
  return null;
}

/** Where @sparticuz/chromium is installed (its entry module and version), if it is. */
export function sparticuzPackage(): { entry: string; version: string } | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
    const manifest = JSON.parse(readFileSync(join(dirname(dirname(entry)), 'package.json'), 'utf8')) as {
      version: string;
    };
    return { entry, version: manifest.version };
  } catch {
    // Not installed (a production install without devDependencies).
    return null;
  }
}

function runNode(code: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `exit code ${code}`))));
  });
}

/**
 * Unpacks the headless Chromium of @sparticuz/chromium, once per machine and version. The package itself unpacks
 * into /tmp/chromium and takes any file there as done, so a second process (a second test worker, a second
 * `quadrant report`) started during the unpacking ran a half-written binary, and one killed while unpacking left
 * a broken one for good. Here the package unpacks into a private folder (its TMPDIR, in a child process) that is
 * then renamed into place in one step: a process sees the whole folder or none.
 */
async function unpackSparticuz(): Promise<string | null> {
  const pkg = sparticuzPackage();
  if (!pkg) return null;
  const home = join(tmpdir(), `quadrant-chromium-${pkg.version}`);
  const binary = join(home, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${home}.unpacking-`);
  // mkdtemp makes it private; the browser is for every user of the machine, like the package's own /tmp/chromium.
  chmodSync(staging, 0o755);
  try {
    const code = `const m = await import(${JSON.stringify(pathToFileURL(pkg.entry).href)}); await m.default.executablePath();`;
    await runNode(code, { ...process.env, TMPDIR: staging, TMP: staging, TEMP: staging });
    if (!existsSync(join(staging, 'chromium'))) return null;
    try {
      renameSync(staging, home);
    } catch (err) {
      // Another process published the same version first: use that one.
      if (!existsSync(binary)) throw err;
    }
    return binary;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

let unpacking: Promise<string | null> | null = null;

/** The headless Chromium of @sparticuz/chromium, unpacked on first use; null when the package is not installed. */
export async function findSparticuzChromium(): Promise<FoundChromium | null> {
  unpacking ??= unpackSparticuz().catch((err: unknown) => {
    unpacking = null;
    throw err;
  });
  const path = await unpacking;
  return path ? { path, description: `the headless Chromium of @sparticuz/chromium (${path})` } : null;
}

/** QUADRANT_CHROMIUM if set, else a browser at a usual place, else @sparticuz/chromium's headless build. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const chosen = env.QUADRANT_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return { path: chosen, description: `QUADRANT_CHROMIUM (${chosen})` };
    throw new AppError(ErrorCode.IO, t('errors:files.chromiumMissing', { path: chosen }));
  }
  const system = findSystemChromium();
  if (system) return system;
  try {
    const sparticuz = await findSparticuzChromium();
    if (sparticuz) return sparticuz;
  } catch {
    // Unpacking failed (a full disk, say): the message below says what else would do.
  }
  throw new AppError(ErrorCode.IO, noChromiumMessage());
}
