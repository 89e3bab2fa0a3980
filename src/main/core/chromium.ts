/**
 * Finding a Chromium to print with (the CLI and browser mode) and to test with (e2e). Electron brings its own;
 * everywhere else Quadrant uses a Chromium-based browser already on the machine, or the headless build that the
 * @sparticuz/chromium npm package ships, and says which one it used.
 */
import { existsSync } from 'node:fs';
import { AppError, ErrorCode } from '../../shared/errors';

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

const CANDIDATES: readonly { path: string; name: string }[] = [
  { path: '/usr/bin/chromium', name: "Debian's chromium" },
  { path: '/usr/bin/chromium-browser', name: 'Chromium' },
  { path: '/usr/bin/google-chrome', name: 'Google Chrome' },
  { path: '/usr/bin/google-chrome-stable', name: 'Google Chrome' },
  { path: '/usr/bin/microsoft-edge', name: 'Microsoft Edge' },
  { path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', name: 'Google Chrome' },
  { path: '/Applications/Chromium.app/Contents/MacOS/Chromium', name: 'Chromium' },
  { path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', name: 'Google Chrome' },
  { path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe', name: 'Microsoft Edge' },
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found to print with. Install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome, ' +
  'set QUADRANT_CHROMIUM to its executable, or run npm install (it brings @sparticuz/chromium).';

/** QUADRANT_CHROMIUM if set, else a browser at a usual place, else @sparticuz/chromium's headless build. */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const chosen = env.QUADRANT_CHROMIUM;
  if (chosen) {
    if (existsSync(chosen)) return { path: chosen, description: `QUADRANT_CHROMIUM (${chosen})` };
    throw new AppError(ErrorCode.IO, `QUADRANT_CHROMIUM is set to ${chosen}, which does not exist.`);
  }
  for (const c of CANDIDATES) if (existsSync(c.path)) return { path: c.path, description: `${c.name} (${c.path})` };
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    const path = await sparticuz.executablePath();
    if (path && existsSync(path))
      return { path, description: `the headless Chromium of @sparticuz/chromium (${path})` };
  } catch {
    // Not installed (a production install without devDependencies): the message below says what to do.
  }
  throw new AppError(ErrorCode.IO, NO_CHROMIUM_MESSAGE);
}
