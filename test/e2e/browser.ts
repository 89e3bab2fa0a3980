/**
 * End-to-end plumbing: find a Chromium, start the real backend in browser mode on a temporary copy
 * of the sample, and open the built renderer. The backend runs in this process, exactly as
 * `npm run web` runs it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium as locateChromium } from '../../src/main/core/chromium';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { startWebServer } from '../../src/main/core/http-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const rendererDir = join(root, 'out', 'renderer');
export const resultsDir = join(root, 'test-results');

/** The Chromium the app would print with (src/main/core/chromium.ts): Debian's chromium here, else @sparticuz/chromium. */
export async function findChromium(): Promise<string> {
  return (await locateChromium()).path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS] });
}

export interface RunningApp {
  url: string;
  /** The temporary folder everything lives in. */
  dir: string;
  documentPath: string;
  /** The personal KPI library's file, in the temporary folder (never the real app data folder). */
  libraryFile: string;
  context: BrowserContext;
  page: Page;
  /** Requests the page made to anything but the app's own origin (there must be none). */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions in the page. */
  pageErrors: string[];
  /** Calls the backend directly, as another window or the native menu would. */
  api(method: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
}

interface StartOptions {
  /** Start with no document open (the empty state). */
  noDocument?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Script run in the page before the app (to stand in for the Electron preload, for example). */
  initScript?: string;
  /** Keep backups in <dir>/backups, as the app keeps them in its data folder. */
  backups?: boolean;
  /** The browser's language (navigator.language), which the app follows until the person chooses one; en-US. */
  locale?: string;
}

export async function startApp(browser: Browser, opts: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first (npm test does).');
  }
  const dir = mkdtempSync(join(tmpdir(), 'quadrant-e2e-'));
  const documentPath = ensureSampleDocument(dir);
  const libraryFile = join(dir, 'app-data', 'kpi-library.json');
  const server = await startWebServer({
    rendererDir,
    documentPath: opts.noDocument ? undefined : documentPath,
    port: 0,
    backupDir: opts.backups ? join(dir, 'backups') : undefined,
    libraryFile,
  });
  const context = await browser.newContext({
    colorScheme: opts.colorScheme ?? 'light',
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    // The machine's own locale must not decide which language a test reads.
    locale: opts.locale ?? 'en-US',
  });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(server.url);
  return {
    url: server.url,
    dir,
    documentPath,
    libraryFile,
    context,
    page,
    foreignRequests,
    pageErrors,
    api: async (method, input) => {
      const response = await fetch(`${origin}/api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ method, input }),
      });
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value;
    },
    close: async () => {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text of the elements a control's aria-describedby points at: what a screen reader reads after its name. */
export async function describedBy(locator: Locator): Promise<string> {
  const ids = ((await locator.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => locator.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ').trim();
}

/** An attribute of the focused element (tests run in Node, so the page is asked in a string). */
/**
 * Scrolls the virtualised entry grid down until `target` is drawn, and into view. Each step waits two frames so the
 * grid draws the rows it scrolled to (a busy machine draws late); the loop ends at the grid's bottom, not after a
 * fixed count, so a slow first layout cannot use up the steps while nothing moves.
 */
export async function scrollGridTo(page: Page, target: Locator): Promise<void> {
  await page.getByRole('grid').waitFor();
  const scroller = page.locator('.grid-scroller');
  for (let i = 0; i < 400 && (await target.count()) === 0; i++) {
    const atEnd = await scroller.evaluate((el) => {
      const end = el.scrollHeight > el.clientHeight && el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      el.scrollBy(0, Math.max(40, el.clientHeight / 2));
      return end;
    });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    if (atEnd && (await target.count()) === 0) break;
  }
  await target.scrollIntoViewIfNeeded();
}

export async function focused(page: Page, attribute: string): Promise<string | null> {
  return page.evaluate(`document.activeElement && document.activeElement.getAttribute(${JSON.stringify(attribute)})`);
}

/**
 * Stands in for the Electron preload: window.quadrant.invoke over the same HTTP API, so the page takes the
 * Electron path (no in-app File menu; events from main arrive as 'quadrant:event' carrying JSON text).
 */
export const FAKE_PRELOAD = `(() => {
  const token = new URL(location.href).searchParams.get('token');
  window.quadrant = {
    invoke: (method, input) =>
      fetch('/api', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body: JSON.stringify({ method, input }),
      }).then((r) => r.json()),
  };
})();`;
