/**
 * What the window loads before it shows anything:
 *  - the JavaScript the built renderer fetches up to the painted overview, gzipped, beside the smallest a React
 *    app can be (React and ReactDOM alone, minified the same way). Sizes are deterministic, so the probe is only
 *    as costly as one page load;
 *  - Electron from process start to the painted overview, loading the renderer from disk as the app does. It runs
 *    only where the Electron binary is installed (it cannot be downloaded on every machine); elsewhere it is
 *    reported as skipped, with the reason.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { minifySync } from 'vite';
import { electronBinaryPath, hasElectronBinary, nativeBindingPath, projectRoot } from '../../scripts/native.mjs';
import { startWebServer, type WebServer } from '../../src/main/core/http-server';
import { launchBrowser, rendererDir } from '../../test/e2e/browser';
import { builtChunks, GZIP_LEVEL, kb, measureFirstPaint, type FirstPaint } from '../../test/e2e/first-paint';
import type { BenchDefinition } from '../harness';
import { ensureRenderer } from './dashboard';

const require = createRequire(import.meta.url);

/** React's production files that a React DOM app cannot do without. */
const REACT_FILES = [
  'react/cjs/react.production.js',
  'react/cjs/react-jsx-runtime.production.js',
  'react-dom/cjs/react-dom.production.js',
  'react-dom/cjs/react-dom-client.production.js',
  'scheduler/cjs/scheduler.production.js',
];

/**
 * The floor: React's production files minified by the minifier the renderer build uses (oxc, top-level names
 * mangled as in a bundle) and gzipped file by file, as the app's chunks are.
 */
function reactFloor(): { bytes: number; versions: string } {
  let bytes = 0;
  for (const file of REACT_FILES) {
    // The packages export only their entry points: find the file beside the package's package.json.
    const [pkg, ...rest] = file.split('/');
    const code = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), ...rest), 'utf8');
    const minified = minifySync(file, code, { compress: true, mangle: { toplevel: true } });
    if (minified.errors.length) throw new Error(`${file} could not be minified: ${minified.errors[0]!.message}`);
    bytes += gzipSync(minified.code, { level: GZIP_LEVEL }).length;
  }
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return { bytes, versions: `react ${version('react')}, react-dom ${version('react-dom')}` };
}

const short = (file: string) => file.replace(/^assets\//, '');

/** Every chunk of the build, raw and gzip, marking those the first paint fetched. */
function chunkTable(first: FirstPaint): string {
  const needed = new Set(first.scripts.map((s) => s.file));
  const rows = builtChunks().map(
    (c) => `${short(c.file)} ${kb(c.raw)} raw, ${kb(c.gzip)} gzip${needed.has(c.file) ? ' (first paint)' : ''}`,
  );
  return `Chunks in out/renderer/assets: ${rows.join('; ')}.`;
}

/** Electron's reason not to run here, or undefined when it can. */
function electronMissing(): string | undefined {
  if (!hasElectronBinary(projectRoot))
    return `no Electron binary at ${electronBinaryPath(projectRoot)} (it is not downloaded on this machine)`;
  try {
    execFileSync(electronBinaryPath(projectRoot), ['--version'], {
      stdio: 'ignore',
      timeout: 30_000,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
  } catch (err) {
    return `the Electron binary does not run: ${(err as Error).message.split('\n')[0]}`;
  }
  const binding = nativeBindingPath(projectRoot);
  if (!existsSync(binding)) return `no Electron build of better-sqlite3 at ${binding} (npm start makes it)`;
  return undefined;
}

/** Resolves in the window once a perspective section is shown and the frame with it painted. */
const PAINTED = `new Promise((resolve) => {
  const painted = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(true);
    channel.port2.postMessage(0);
  });
  if (document.querySelector('section.perspective')) return painted();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('section.perspective')) return;
    observer.disconnect();
    painted();
  });
  observer.observe(document, { subtree: true, childList: true });
})`;

export const bundle: BenchDefinition[] = [
  {
    name: 'JavaScript for the first paint (gzip)',
    unit: 'KB',
    aim: { on: 'median', below: 250, inclusive: true },
    async setup(ctx) {
      const built = ensureRenderer();
      const w = ctx.workload('W1');
      const server: WebServer = await startWebServer({
        rendererDir,
        documentPath: ctx.copyOf(w, 'bundle'),
        port: 0,
      });
      const browser: Browser = await launchBrowser();
      const floor = reactFloor();
      let last: FirstPaint | undefined;
      return {
        subject: {
          label:
            'load the built renderer in Chromium (nothing cached), sum the gzip sizes of the JavaScript files fetched before the painted overview',
          sample: async () => {
            last = await measureFirstPaint(browser, server.url);
            return last.scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
          },
        },
        baseline: {
          label: `React and ReactDOM alone (${floor.versions}, production files minified by oxc), gzip`,
          sample: () => floor.bytes / 1024,
        },
        get notes() {
          if (!last) return [];
          const files = last.scripts.map((s) => `${short(s.file)} ${kb(s.gzip)}`).join(', ');
          return [
            `${w.label}. Gzip at level ${GZIP_LEVEL} of each file's bytes (zlib.gzipSync), summed. First paint = the frame that first shows a perspective section; the files are those whose fetch started before it: ${files}.`,
            `The baseline is the floor of any React app: ${REACT_FILES.join(', ')} minified as the build minifies (top-level names mangled) and gzipped file by file.`,
            `${chunkTable(last)} Renderer built ${built}.`,
          ];
        },
        teardown: async () => {
          await browser.close();
          await server.close();
        },
      };
    },
  },
  {
    name: 'Electron: start to painted overview',
    unit: 'ms',
    skip: () => electronMissing(),
    async setup(ctx) {
      const built = ensureRenderer();
      const scratch = mkdtempSync(join(ctx.tmp, 'electron-'));
      const { _electron } = await import('playwright-core');
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
      const start = async (): Promise<number> => {
        const began = performance.now();
        const app = await _electron.launch({
          executablePath: electronBinaryPath(projectRoot),
          args: ['.'],
          cwd: projectRoot,
          env: {
            ...env,
            QUADRANT_NATIVE_BINDING: nativeBindingPath(projectRoot),
            QUADRANT_USER_DATA_DIR: join(scratch, 'profile'),
            QUADRANT_DOCUMENTS_DIR: join(scratch, 'Documents'),
          },
          timeout: 60_000,
        });
        try {
          const page = await app.firstWindow();
          await page.evaluate(PAINTED);
          return performance.now() - began;
        } finally {
          await app.close();
        }
      };
      // The first start creates the sample document; the timed starts open it again, as a returning user does.
      await start();
      return {
        subject: {
          label: 'launch Electron on the built app (out/, renderer from disk), until the overview is painted',
          sample: start,
        },
        notes: [
          `The sample document, reopened by each start with the same profile; launched through Playwright's Electron driver (its connection is in the time); renderer built ${built}.`,
        ],
        teardown: () => rmSync(scratch, { recursive: true, force: true }),
      };
    },
  },
];
