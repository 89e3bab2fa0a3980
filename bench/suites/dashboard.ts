/**
 * The dashboard in Chromium, on the built renderer and the real backend in browser mode, on W1's first scorecard:
 *  - first render: click the Dashboard tab until every chart in the window is drawn and painted (charts further down
 *    draw as they scroll into view), beside the same for the Scorecard tab (the overview), measured the same way;
 *  - period switch: click the previous/next period button until the dashboard shows the new period, beside the
 *    same click on the overview.
 * Times start at the click event's timestamp and end after the frame that shows the result (rAF, then a task).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startWebServer, type WebServer } from '../../src/main/core/http-server';
import { launchBrowser, rendererDir } from '../../test/e2e/browser';
import type { BenchDefinition } from '../harness';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function ensureRenderer(): string {
  const index = join(rendererDir, 'index.html');
  if (!existsSync(index)) {
    const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
    execFileSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  return statSync(index).mtime.toISOString().slice(0, 16).replace('T', ' ');
}

/** Resolves `window.__benchDone` with ms from the last click to the painted frame once `ready()` holds. */
const INSTALL = `(() => {
  let clickAt = 0;
  document.addEventListener('click', (e) => { clickAt = e.timeStamp; }, true);
  const afterPaint = (resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - clickAt);
    channel.port2.postMessage(0);
  });
  window.__benchWatch = (source) => {
    const ready = new Function('return (' + source + ')');
    window.__benchDone = new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (!ready()) return;
        observer.disconnect();
        clearTimeout(timer);
        afterPaint(resolve);
      });
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('not shown within 10 s')); }, 10000);
      observer.observe(document.getElementById('root'), { subtree: true, attributes: true, childList: true, characterData: true });
    });
  };
})()`;

/** The dashboard shows `not` no longer and every chart in the window is drawn (those below it draw on scrolling). */
const DASHBOARD_SHOWN = (not = '') =>
  `(() => { const d = document.querySelector('.dashboard[data-rendered-period][aria-busy="false"]'); return !!d && d.getAttribute('data-rendered-period') !== ${JSON.stringify(not)} && !d.querySelector('.chart[data-drawn="false"]'); })()`;
/** The overview is drawn once its perspective sections are there. */
const OVERVIEW_SHOWN = `document.querySelector('.dashboard') === null && document.querySelectorAll('section.perspective').length > 0`;

interface DashboardPage {
  page: Page;
  label(): Promise<string>;
  close(): Promise<void>;
}

async function openApp(documentPath: string): Promise<DashboardPage> {
  const server: WebServer = await startWebServer({ rendererDir, documentPath, port: 0 });
  const browser: Browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  await context.addInitScript("try { localStorage.setItem('quadrant.view', 'overview') } catch {}");
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Previous period' }).waitFor({ timeout: 60_000 });
  await page.evaluate(INSTALL);
  return {
    page,
    label: async () => (await page.locator('.period-label').textContent()) ?? '',
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

async function timedClick(page: Page, button: string, ready: string): Promise<number> {
  await page.evaluate(`window.__benchWatch(${JSON.stringify(ready)})`);
  await page.getByRole('button', { name: button, exact: true }).click();
  return page.evaluate<number>('window.__benchDone');
}

/** Polls a page expression (the page's CSP forbids Playwright's string waitForFunction). */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (!(await page.evaluate<boolean>(expression))) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function renderedPeriod(page: Page): Promise<string> {
  await until(page, DASHBOARD_SHOWN());
  return (await page.locator('.dashboard').getAttribute('data-rendered-period')) ?? '';
}

async function showOverview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
  await page.locator('.dashboard').waitFor({ state: 'detached' });
}

export const dashboard: BenchDefinition[] = [
  {
    name: 'dashboard: first render',
    unit: 'ms',
    aim: { on: 'median', below: 200 },
    async setup(ctx) {
      const built = ensureRenderer();
      const w = ctx.workload('W1');
      const app = await openApp(ctx.copyOf(w, 'dashboard-first'));
      const label = await app.label();
      const select = app.page.getByRole('combobox', { name: 'Scorecard' });
      const scorecards = await select.locator('option').count();
      let next = 0;
      return {
        subject: {
          label: 'click the Dashboard tab, until the charts in the window are drawn and painted',
          sample: async () => {
            await showOverview(app.page);
            // Another scorecard each time: nothing of it has been fetched or drawn yet. (The one-scorecard
            // sample of a smoke run has no other: there the figure is of a dashboard visited before.)
            if (scorecards > 1) {
              next = (next + 1) % scorecards;
              await select.selectOption({ index: next });
              const name = await select.locator('option').nth(next).textContent();
              await until(app.page, `document.querySelector('h1')?.textContent === ${JSON.stringify(name)}`);
            }
            return timedClick(app.page, 'Dashboard', DASHBOARD_SHOWN());
          },
        },
        baseline: {
          label: 'click the Scorecard tab (the overview), until it is drawn and painted',
          sample: async () => {
            await app.page.getByRole('button', { name: 'Dashboard', exact: true }).click();
            await renderedPeriod(app.page);
            return timedClick(app.page, 'Scorecard', OVERVIEW_SHOWN);
          },
        },
        get notes() {
          return [
            `${w.label}; each sample opens the dashboard of another of the ${scorecards} scorecards (so nothing is fetched or drawn in advance), ${label}; the overview baseline shows the scorecard of the previous sample; Chromium headless, renderer built ${built}.`,
          ];
        },
        teardown: () => app.close(),
      };
    },
  },
  {
    name: 'dashboard: period switch',
    unit: 'ms',
    aim: { on: 'median', below: 200 },
    async setup(ctx) {
      const built = ensureRenderer();
      const w = ctx.workload('W1');
      const app = await openApp(ctx.copyOf(w, 'dashboard-switch'));
      await app.page.getByRole('button', { name: 'Dashboard', exact: true }).click();
      const start = await renderedPeriod(app.page);
      let back = true;
      // Alternate between two periods, so every sample shows a period other than the one on screen.
      const step = async (ready: (button: string) => Promise<number>) => {
        const button = back ? 'Previous period' : 'Next period';
        back = !back;
        return ready(button);
      };
      let dashboardSamples = 0;
      return {
        subject: {
          label: 'click the previous/next period button on the dashboard, until it shows that period (fetched ahead)',
          sample: async () => {
            const current = await renderedPeriod(app.page);
            dashboardSamples++;
            return step((button) => timedClick(app.page, button, DASHBOARD_SHOWN(current)));
          },
        },
        baseline: {
          label: 'the same click on the overview, until it shows that period',
          sample: async () => {
            await showOverview(app.page);
            const before = await app.label();
            const ms = await step((button) =>
              timedClick(
                app.page,
                button,
                `document.querySelector('.period-label')?.textContent !== ${JSON.stringify(before)} && document.querySelectorAll('section.perspective').length > 0`,
              ),
            );
            await app.page.getByRole('button', { name: 'Dashboard', exact: true }).click();
            await renderedPeriod(app.page);
            return ms;
          },
        },
        get notes() {
          return [
            `${w.label}; the first scorecard from ${start}, stepping back and forth (${dashboardSamples} dashboard samples); the dashboard fetches the periods either side of the one shown while idle, so a step waits only for the header's own evaluation and the drawing; Chromium headless, renderer built ${built}.`,
          ];
        },
        teardown: () => app.close(),
      };
    },
  },
];
