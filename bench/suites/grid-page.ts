/**
 * Chromium plumbing for the grid benchmarks: the real backend in browser mode on a copy of a workload, the built
 * renderer opened on the entry grid, requests in flight counted (so a sample starts on a quiet page), and the
 * longest main-thread task of a stretch of work read from a Chromium trace.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../src/main/core/http-server';
import { launchBrowser, rendererDir } from '../../test/e2e/browser';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const QUIET_MS = 60;

/** The built renderer; built once when missing. Returns when it was built, for the notes. */
export function ensureRenderer(): string {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  return statSync(index).mtime.toISOString().slice(0, 16).replace('T', ' ');
}

export interface GridPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: WebServer;
  api<T>(method: string, input: unknown): Promise<T>;
  /** Resolves once no request has been in flight for a moment: the grid's save, evaluation and reload are done. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function openGrid(documentPath: string): Promise<GridPage> {
  const server = await startWebServer({ rendererDir, documentPath, port: 0 });
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  // Open straight on the grid, as the app does when it was the last view.
  await context.addInitScript("try { localStorage.setItem('quadrant.view', 'grid') } catch {}");
  const page = await context.newPage();
  let inflight = 0;
  let lastChange = performance.now();
  const change = (d: number) => {
    inflight += d;
    lastChange = performance.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  await page.goto(server.url);
  await page.getByRole('grid').waitFor({ timeout: 60_000 });
  const origin = new URL(server.url).origin;
  return {
    browser,
    context,
    page,
    server,
    api: async <T>(method: string, input: unknown) => {
      const response = await fetch(`${origin}/api`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ method, input }),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(result.error?.message);
      return result.value as T;
    },
    settle: async () => {
      const deadline = performance.now() + 30_000;
      while (inflight > 0 || performance.now() - lastChange < QUIET_MS) {
        if (performance.now() > deadline) throw new Error('the page never went quiet');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  args?: { name?: string };
}

export interface LongestTask {
  /** Wall-clock duration of the longest renderer main-thread task, ms. */
  wall: number;
  /** CPU time of the main thread in the task that used the most, ms: what the page's own work costs. */
  cpu: number;
}

/**
 * The longest task on a renderer main thread while `work` runs, from a Chromium trace: by wall clock, and by the
 * thread's CPU time. On a machine shared by busy processes the wall clock also counts the time the thread waited
 * for a core (or for the compositor, itself waiting), which the CPU time leaves out.
 */
export async function longestTask(gp: GridPage, work: () => Promise<void>): Promise<LongestTask> {
  await gp.browser.startTracing(gp.page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
  let failure: unknown = null;
  await work().catch((err: unknown) => (failure = err));
  const buffer = await gp.browser.stopTracing();
  if (failure) throw failure;
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const longest = { wall: 0, cpu: 0 };
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    longest.wall = Math.max(longest.wall, e.dur / 1000);
    longest.cpu = Math.max(longest.cpu, (e.tdur ?? e.dur) / 1000);
  }
  return longest;
}
