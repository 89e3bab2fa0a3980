/**
 * Only the first screen's words are in the first chunk; a part that loads later (the map, reviews, the report,
 * workshops) waits for the rest before it renders. Even when those words are slow to come, no key ever stands on
 * the screen in place of a word, in English or in German.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

/** Records every text and label the page shows that looks like a catalogue key ('toolbar.add', 'map:hints.x'). */
const WATCH_KEYS = `(() => {
  const KEY = /^(?:[a-z]+:)?[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+$/;
  const seen = (window.__keysSeen = []);
  const look = (text) => { const s = (text || '').trim(); if (KEY.test(s) && !/^\\d/.test(s)) seen.push(s); };
  const scan = (node) => {
    if (node.nodeType === 3) return look(node.data);
    if (node.nodeType !== 1) return;
    for (const a of ['aria-label', 'title', 'placeholder']) look(node.getAttribute(a));
    for (const c of node.childNodes) scan(c);
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') look(r.target.data);
      else if (r.type === 'attributes') look(r.target.getAttribute(r.attributeName));
      else for (const n of r.addedNodes) scan(n);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title', 'placeholder'] });
})();`;

let browser: Browser;
let app: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const CASES = [
  { language: 'de', view: 'map', ready: '.map-canvas', words: 'Ziel' },
  { language: 'en', view: 'map', ready: '.map-canvas', words: 'objective' },
  { language: 'de', view: 'reviews', ready: 'main h2, main h3', words: 'Review' },
  { language: 'de', view: 'report', ready: 'main h2, main h3', words: 'Bericht' },
  { language: 'en', view: 'workshops', ready: 'main h2, main h3', words: 'Workshop' },
] as const;

describe('a part that loads later, its words slow to come', () => {
  it.each(CASES)('$view in $language shows its words, never a key', async ({ language, view, ready, words }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      // The later words (every language's second part) arrive a second late.
      await context.route(/\/assets\/later-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await context.addInitScript(
        `try { localStorage.setItem('quadrant.view', '${view}'); localStorage.setItem('quadrant.language', '${language}') } catch {}`,
      );
      await context.addInitScript(WATCH_KEYS);
      const page = await context.newPage();
      await page.goto(app.url);
      await page.locator(ready).first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      const text = await page.locator('main').innerText();
      expect(text).toContain(words);
      expect(await page.evaluate('window.__keysSeen')).toEqual([]);
      mkdirSync(join(resultsDir, 'lazy-words'), { recursive: true });
      await page.screenshot({ path: join(resultsDir, 'lazy-words', `${view}-${language}.png`) });
    } finally {
      await context.close();
    }
  });
});
