/**
 * What the overview needs before its first paint: the JavaScript files the page fetched up to the frame that first
 * shows a perspective section, with their sizes as shipped (raw and gzip). Shared by the bundle test
 * (test/e2e/bundle.test.ts) and the bundle benchmark (bench/suites/bundle.ts), so both measure the same thing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { rendererDir } from './browser';

/** Sizes are gzip at level 9 (what a server compressing once, ahead of time, would ship). */
export const GZIP_LEVEL = 9;

export interface FileSize {
  /** The path under out/renderer, e.g. assets/index-abc123.js. */
  file: string;
  raw: number;
  gzip: number;
}

export function fileSize(file: string): FileSize {
  const bytes = readFileSync(join(rendererDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

/** Every JavaScript and CSS file the renderer build wrote to out/renderer/assets, largest first. */
export function builtChunks(): FileSize[] {
  return readdirSync(join(rendererDir, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => fileSize(`assets/${name}`))
    .sort((a, b) => b.raw - a.raw);
}

export interface FirstPaint {
  /** The JavaScript files fetched before the overview's first paint, in the order they were requested. */
  scripts: FileSize[];
  /** Every JavaScript file fetched until a moment after the paint (warm-ups included), for comparison. */
  later: string[];
  /** Milliseconds from navigation start to the painted overview. */
  paintedAt: number;
}

/**
 * Installed before the app's own scripts: once a perspective section is in the document, waits for the frame that
 * shows it (rAF, then a task) and lists the script resources whose fetch started before that moment.
 */
const WATCH = `(() => {
  window.__firstPaint = new Promise((resolve) => {
    const painted = () => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const at = performance.now();
        const scripts = performance.getEntriesByType('resource')
          .filter((e) => e.startTime < at && /\\.js$/.test(new URL(e.name).pathname))
          .sort((a, b) => a.startTime - b.startTime)
          .map((e) => e.name);
        resolve({ at, scripts });
      };
      channel.port2.postMessage(0);
    });
    const shown = () => document.querySelector('section.perspective') !== null;
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      painted();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
})()`;

/**
 * Opens `url` (the app in browser mode, showing the overview) in a fresh context: nothing cached. With `until`,
 * keeps the page open after the paint until the files it has fetched satisfy it (30 s at most), for `later`.
 */
export async function measureFirstPaint(
  browser: Browser,
  url: string,
  until?: (fetched: readonly string[]) => boolean,
): Promise<FirstPaint> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  try {
    await context.addInitScript("try { localStorage.setItem('quadrant.view', 'overview') } catch {}");
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('.js')) requested.push(r.url());
    });
    await page.goto(url);
    const result = await page.evaluate<{ at: number; scripts: string[] }>('window.__firstPaint');
    const origin = new URL(url).origin;
    const local = (u: string): string => {
      if (!u.startsWith(origin)) throw new Error(`The page fetched a script from elsewhere: ${u}`);
      return decodeURIComponent(new URL(u).pathname).replace(/^\/+/, '');
    };
    const deadline = performance.now() + 30_000;
    while (until && !until(requested.map(local)) && performance.now() < deadline) await page.waitForTimeout(50);
    return {
      scripts: result.scripts.map((u) => fileSize(local(u))),
      later: requested.map(local),
      paintedAt: result.at,
    };
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
