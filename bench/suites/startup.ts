/**
 * Cold start in Chromium, on the built renderer and the real backend in browser mode:
 *  - cold load: a fresh page (a new browser context: empty cache, no storage) navigates to the app with a document
 *    open, until the overview is painted (a perspective section is there, then a frame and a task). The floor is the
 *    same overview as a static page: its painted HTML, captured once, with the built stylesheet and no script,
 *    served by the same server and timed the same way. The gap between them is what the script, the API calls and
 *    React cost before the first useful paint.
 *  - renderer heap: the page's JS heap after a full collection with the overview of W1 open, beside the same measure
 *    on the static overview page (a page with no script: the heap any page of this browser starts with).
 * Times are the page's own clock: performance.now() at the painted frame, from the navigation's start.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../src/main/core/http-server';
import { launchBrowser, rendererDir } from '../../test/e2e/browser';
import type { BenchCase, BenchContext, BenchDefinition } from '../harness';
import type { WorkloadName } from '../workloads';
import { ensureRenderer } from './dashboard';

const MB = 1024 * 1024;
const STATIC_PAGE = 'overview-static.html';

/**
 * Installed before any script of the page: resolves `window.__painted` with performance.now() after the frame that
 * first shows a perspective section (rAF, then a task, so the frame has been produced), and logs the API calls the
 * page starts (their method and when), so the notes can say which ones the first screen waited for.
 */
const WATCH_PAINT = `(() => {
  const calls = (window.__apiCalls = []);
  const send = window.fetch;
  window.fetch = function (input, init) {
    const answer = send.apply(this, arguments);
    if (String(input) === '/api') {
      let method = '?';
      try { method = JSON.parse(init.body).method; } catch {}
      const call = { method, start: performance.now(), answered: Infinity };
      calls.push(call);
      answer.then(() => { call.answered = performance.now(); }, () => {});
    }
    return answer;
  };
  window.__painted = new Promise((resolve, reject) => {
    const shown = () => document.querySelector('section.perspective') !== null;
    const afterPaint = (shownAt) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ shownAt, paintedAt: performance.now() });
      channel.port2.postMessage(0);
    });
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint(performance.now());
    });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('no overview within 30 s')); }, 30000);
    observer.observe(document, { subtree: true, childList: true });
  });
})()`;

/** What the page did before the painted frame, from its own navigation and resource timing and the call log. */
const PAGE_FACTS = (shownAt: number, paintedAt: number) => `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const before = performance.getEntriesByType('resource').filter((r) => r.startTime < ${paintedAt});
  return {
    dcl: nav.domContentLoadedEventEnd,
    shown: ${shownAt},
    waitedFor: window.__apiCalls.filter((c) => c.answered < ${shownAt}).map((c) => c.method),
    alongside: window.__apiCalls.filter((c) => c.answered >= ${shownAt} && c.start < ${paintedAt}).map((c) => c.method),
    bytes: nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0),
  };
})()`;

interface PageFacts {
  dcl: number;
  /** When the overview appeared (before its frame was painted). */
  shown: number;
  /** API calls answered before the overview appeared: those the first screen waited for. */
  waitedFor: string[];
  /** Started before the painted frame but answered after the overview appeared (the components' own fetches). */
  alongside: string[];
  bytes: number;
}

interface Loaded extends PageFacts {
  paintedMs: number;
  page: Page;
  close(): Promise<void>;
}

/** A fresh context (nothing cached, nothing stored) that opens url and waits for the painted overview. */
async function coldOpen(browser: Browser, url: string): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  try {
    await context.addInitScript(WATCH_PAINT);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const { shownAt, paintedAt } = await page.evaluate<{ shownAt: number; paintedAt: number }>('window.__painted');
    const facts = await page.evaluate<PageFacts>(PAGE_FACTS(shownAt, paintedAt));
    return { ...facts, paintedMs: paintedAt, page, close: () => context.close() };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** The painted overview as a static page: the same markup and stylesheet links, without a script to run. */
async function captureStatic(browser: Browser, appUrl: string): Promise<string> {
  const loaded = await coldOpen(browser, appUrl);
  try {
    // The whole overview, trend arrows included (they come with a call of their own after the first paint).
    await loaded.page.waitForLoadState('networkidle');
    // A select's choice is a property that React sets, not markup: write it down as the attribute for the copy.
    return await loaded.page.evaluate<string>(`(() => {
      document.querySelectorAll('select').forEach((s) => s.options[s.selectedIndex]?.setAttribute('selected', ''));
      const root = document.documentElement.cloneNode(true);
      root.querySelectorAll('script, link[rel="modulepreload"]').forEach((e) => e.remove());
      return '<!doctype html>\\n' + root.outerHTML;
    })()`);
  } finally {
    await loaded.close();
  }
}

/** The median of each fact over the samples taken, and the calls of the last sample, for the notes. */
function factsLine(samples: PageFacts[]): string {
  const last = samples.at(-1);
  if (!last) return 'no samples';
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const dcl = median(samples.map((s) => s.dcl));
  // From the script having run to the overview in the DOM: the API calls and React, without the bundle's cost.
  const data = median(samples.map((s) => s.shown - s.dcl));
  const kb = median(samples.map((s) => s.bytes)) / 1024;
  const calls = (names: string[]) => `${names.length}${names.length ? ` (${names.join(', ')})` : ''}`;
  return `DOMContentLoaded ${dcl.toFixed(0)} ms${data >= 0 ? `, overview in the DOM ${data.toFixed(0)} ms after it` : ''}, API calls answered before the overview appeared ${calls(last.waitedFor)}, started before its paint but answered after ${calls(last.alongside)}, ${kb.toFixed(0)} kB transferred before paint`;
}

interface Served {
  server: WebServer;
  browser: Browser;
  appUrl: string;
  staticUrl: string;
  staticBytes: number;
  built: string;
  close(): Promise<void>;
}

/**
 * The server, on a private copy of the built renderer with the captured static overview beside index.html, so both
 * pages come from one origin and one server; and the browser.
 */
async function serve(ctx: BenchContext, workload: WorkloadName, name: string): Promise<Served> {
  const built = ensureRenderer();
  const dir = join(ctx.tmp, `${name}-renderer`);
  cpSync(rendererDir, dir, { recursive: true });
  const w = ctx.workload(workload);
  const server = await startWebServer({ rendererDir: dir, documentPath: ctx.copyOf(w, name), port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const html = await captureStatic(browser, server.url);
    writeFileSync(join(dir, STATIC_PAGE), html);
    const origin = new URL(server.url).origin;
    const b = browser;
    return {
      server,
      browser,
      appUrl: server.url,
      staticUrl: `${origin}/${STATIC_PAGE}`,
      staticBytes: Buffer.byteLength(html),
      built,
      close: async () => {
        await b.close();
        await server.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
}

function coldLoad(workload: WorkloadName, aimMs: number): BenchDefinition {
  return {
    name: `cold load: ${workload === 'W0' ? 'sample' : workload} → painted overview`,
    unit: 'ms',
    aim: { on: 'median', below: aimMs },
    async setup(ctx): Promise<BenchCase> {
      const w = ctx.workload(workload);
      const s = await serve(ctx, workload, `startup-${workload}`);
      const app: PageFacts[] = [];
      const floor: PageFacts[] = [];
      const timed = async (url: string, into: PageFacts[]) => {
        const loaded = await coldOpen(s.browser, url);
        await loaded.close();
        into.push(loaded);
        return loaded.paintedMs;
      };
      return {
        subject: {
          label: 'a fresh page opens the app, until the overview is painted',
          sample: () => timed(s.appUrl, app),
        },
        baseline: {
          label: 'a fresh page opens the same overview as static HTML (built CSS, no script), until painted',
          sample: () => timed(s.staticUrl, floor),
        },
        get notes() {
          return [
            `${w.label}; app: ${factsLine(app)}; static floor (${(s.staticBytes / 1024).toFixed(0)} kB of HTML): ${factsLine(floor)}; every sample a new browser context (empty cache); warm-up samples included in these medians; Chromium headless, renderer built ${s.built}.`,
          ];
        },
        teardown: () => s.close(),
      };
    },
  };
}

/** JS heap in use after a full collection, of a page opened in a fresh context. */
async function heapAfterGc(browser: Browser, url: string): Promise<number> {
  const loaded = await coldOpen(browser, url);
  try {
    const cdp = await loaded.page.context().newCDPSession(loaded.page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / MB;
  } finally {
    await loaded.close();
  }
}

export const startup: BenchDefinition[] = [
  coldLoad('W0', 300),
  coldLoad('W1', 500),
  {
    name: 'renderer heap, W1 open',
    unit: 'MB',
    async setup(ctx) {
      const w = ctx.workload('W1');
      const s = await serve(ctx, 'W1', 'startup-heap');
      return {
        subject: {
          label: "the page's JS heap after a full collection, W1's overview open",
          sample: () => heapAfterGc(s.browser, s.appUrl),
        },
        baseline: {
          label: 'the same on the static overview page (same markup and CSS, no script)',
          sample: () => heapAfterGc(s.browser, s.staticUrl),
        },
        notes: [
          `${w.label}; CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (used size of the page's V8 heap; the DOM lives outside it); MB = 2^20 bytes; Chromium headless, renderer built ${s.built}.`,
        ],
        teardown: () => s.close(),
      };
    },
  },
];
