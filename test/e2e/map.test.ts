/**
 * The strategy map in Chromium against the real backend: add an objective by double-clicking a lane, drag it
 * into another lane, link it by dragging from its handle, select the link and delete it, undo, export the map
 * as SVG and read it back; then the keyboard, the context menu, themes, hints and presenter mode.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

interface Objective {
  id: number;
  title: string;
  perspectiveId: number;
  mapX: number | null;
  mapY: number | null;
  themeId: number | null;
}
interface Link {
  id: number;
  fromObjectiveId: number;
  toObjectiveId: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const objectives = (app: RunningApp) => app.api('objective.list', { scorecardId: 1 }) as Promise<Objective[]>;
const links = (app: RunningApp) => app.api('link.list', { scorecardId: 1 }) as Promise<Link[]>;
const byTitle = async (app: RunningApp, title: string) => (await objectives(app)).find((o) => o.title === title);
const perspectiveId = async (app: RunningApp, name: string) =>
  ((await app.api('perspective.list', { scorecardId: 1 })) as { id: number; name: string }[]).find(
    (p) => p.name === name,
  )!.id;

const box = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}:`) });

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
}

async function openMap(app: RunningApp): Promise<void> {
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: 'Strategy map' }).click();
  await box(app.page, 'Grow revenue profitably').waitFor();
}

describe('editing the strategy map with the mouse', () => {
  it('adds, moves and links an objective, deletes the link, undoes that, and exports the map as SVG', async () => {
    const app = await startApp(browser, { viewport: { width: 1440, height: 1000 } });
    const { page } = app;
    try {
      await openMap(app);
      const customer = await perspectiveId(app, 'Customer');
      const internal = await perspectiveId(app, 'Internal Process');

      // A click opens the objective; closing the dialog returns to its box.
      await box(page, 'Improve gross margin').click();
      const dialog = page.getByRole('dialog', { name: 'Edit objective' });
      await dialog.waitFor();
      expect(await dialog.getByLabel('Title').inputValue()).toBe('Improve gross margin');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Improve gross margin:/);

      // Double-click the Customer lane between two boxes: a title field opens there.
      const a = (await box(page, 'Delight café guests').boundingBox())!;
      const b = (await box(page, 'Win and keep wholesale accounts').boundingBox())!;
      await page.mouse.dblclick((a.x + a.width + b.x) / 2, a.y + a.height / 2);
      const field = page.getByLabel('Title of the new objective');
      await field.fill('Open a second café');
      await field.press('Enter');
      await box(page, 'Open a second café').waitFor();
      const added = (await byTitle(app, 'Open a second café'))!;
      expect(added.perspectiveId).toBe(customer);
      expect(added.mapX).not.toBeNull();
      expect(added.mapY).not.toBeNull();

      // Drag it down into the Internal Process lane: it changes perspective.
      const target = await centre(box(page, 'Run an efficient, reliable roastery'));
      await drag(page, await centre(box(page, 'Open a second café')), { x: target.x + 40, y: target.y + 10 });
      await expect.poll(async () => (await byTitle(app, 'Open a second café'))!.perspectiveId).toBe(internal);

      // Drag from its handle onto "Grow revenue profitably": a link.
      const moved = box(page, 'Open a second café');
      await moved.hover();
      const handle = page.locator(`[data-handle="${added.id}"]`);
      await drag(page, await centre(handle), await centre(box(page, 'Grow revenue profitably')));
      const isNew = (l: Link) => l.fromObjectiveId === added.id && l.toObjectiveId === 1;
      await expect.poll(async () => (await links(app)).some(isNew)).toBe(true);

      // Select the link by clicking its line, and delete it.
      const link = page.getByRole('button', { name: 'Link from Open a second café to Grow revenue profitably' });
      await link.waitFor();
      const point = (await page.evaluate(`(() => {
        const path = document.querySelector('[data-link-id="${(await links(app)).find(isNew)!.id}"] .map-link-line');
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        return { x: p.x * m.a + m.e, y: p.y * m.d + m.f };
      })()`)) as { x: number; y: number };
      await page.mouse.click(point.x, point.y);
      await expect
        .poll(() => focused(page, 'aria-label'))
        .toBe('Link from Open a second café to Grow revenue profitably');
      await page.keyboard.press('Delete');
      await expect.poll(async () => (await links(app)).some(isNew)).toBe(false);
      await link.waitFor({ state: 'detached' });

      // Undo brings it back, on the map too.
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await links(app)).some(isNew)).toBe(true);
      await link.waitFor();

      // Export as SVG: a well-formed document holding every objective's title.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export SVG' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('Harbour & Ember — Company Scorecard – strategy map.svg');
      const svg = readFileSync((await file.path())!, 'utf8');
      const parsed = (await page.evaluate(`(() => {
        const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror') ? doc.querySelector('parsererror').textContent : null,
          root: doc.documentElement.nodeName,
          text: doc.documentElement.textContent,
        };
      })()`)) as { error: string | null; root: string; text: string };
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('svg');
      const all = await objectives(app);
      expect(all).toHaveLength(13);
      for (const o of all) expect(parsed.text).toContain(o.title);

      // And as a PNG at twice the size.
      const png = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PNG' }).click();
      const pngBytes = readFileSync((await (await png).path())!);
      expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
      const width = pngBytes.readUInt32BE(16);
      expect(width).toBe(2 * Number(/width="([\d.]+)"/.exec(svg)![1]));

      expect(app.pageErrors).toEqual([]);
      // The exports are blob: URLs made in the page; nothing else leaves the app's origin.
      expect(app.foreignRequests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the strategy map by keyboard, menu, themes and in presenter mode', () => {
  it('moves, links and unlinks by keyboard and context menu, highlights a theme, shows hints, and presents', async () => {
    const app = await startApp(browser, { viewport: { width: 1440, height: 1000 } });
    const { page } = app;
    try {
      await openMap(app);
      await page.screenshot({ path: join(resultsDir, 'map-light.png') });
      const customer = await perspectiveId(app, 'Customer');

      // Focus shows the KPIs with their values.
      const deliver = box(page, 'Deliver fresh and on time');
      await deliver.focus();
      const tooltip = page.getByRole('tooltip');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toMatch(/On-time wholesale deliveries.*%/);

      // Arrow up moves the box into the Customer lane.
      await page.keyboard.press('ArrowUp');
      await expect.poll(async () => (await byTitle(app, 'Deliver fresh and on time'))!.perspectiveId).toBe(customer);
      await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Deliver fresh and on time:/);

      // L starts a link; arrows pick the target; Enter links.
      const before = await links(app);
      await page.keyboard.press('l');
      await page.getByRole('note').getByText('Linking from “Deliver fresh and on time”').waitFor();
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focused(page, 'aria-label')).not.toMatch(/^Deliver fresh/);
      const targetLabel = (await focused(page, 'aria-label'))!;
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await links(app)).length).toBe(before.length + 1);
      const created = (await links(app)).find((l) => !before.some((x) => x.id === l.id))!;
      const all = await objectives(app);
      expect(all.find((o) => o.id === created.fromObjectiveId)!.title).toBe('Deliver fresh and on time');
      expect(targetLabel.startsWith(`${all.find((o) => o.id === created.toObjectiveId)!.title}:`)).toBe(true);

      // The context menu of a link deletes it.
      const newLink = page.locator(`[data-link-id="${created.id}"]`);
      await newLink.focus();
      await page.keyboard.press('Shift+F10');
      await page.getByRole('menu', { name: 'Map actions' }).waitFor();
      await page.getByRole('menuitem', { name: 'Delete link' }).click();
      await expect.poll(async () => (await links(app)).length).toBe(before.length);

      // A lane's Add button by keyboard: the new objective lands in an empty slot of that lane.
      await page.getByRole('button', { name: 'Add objective to Learning & Growth' }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Title of the new objective').fill('Hire a head roaster');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Hire a head roaster:/);
      const learning = await perspectiveId(app, 'Learning & Growth');
      expect((await byTitle(app, 'Hire a head roaster'))!.perspectiveId).toBe(learning);

      // Zoom with keys, back to fitted with 0.
      const zoom = page.locator('.map-zoom');
      const fittedZoom = await zoom.textContent();
      await page.locator('.map-canvas').focus();
      await page.keyboard.press('+');
      await expect.poll(() => zoom.textContent()).not.toBe(fittedZoom);
      await page.keyboard.press('0');
      await expect.poll(() => zoom.textContent()).toBe(fittedZoom);

      // A theme stands out; the rest fades.
      await page.getByRole('button', { name: 'Café experience' }).click();
      expect(await page.getByRole('button', { name: 'Café experience' }).getAttribute('aria-pressed')).toBe('true');
      expect(await box(page, 'Delight café guests').getAttribute('opacity')).toBe('1');
      expect(Number(await box(page, 'Grow revenue profitably').getAttribute('opacity'))).toBeLessThan(0.5);
      await page.getByRole('button', { name: 'Café experience' }).click();

      // Hints on request.
      await page.getByRole('button', { name: /^Hints/ }).click();
      const hints = page.getByRole('complementary', { name: 'Map hints' });
      await hints.waitFor();
      expect(await hints.textContent()).toMatch(/KPI|link|objectives/);
      await page.getByRole('button', { name: /^Hints/ }).click();

      // Presenter mode: full window, a theme at a time, Escape leaves.
      await page.getByRole('button', { name: 'Present' }).click();
      const caption = page.locator('.map-caption-title');
      await expect.poll(() => caption.textContent()).toBe('Harbour & Ember — Company Scorecard');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => caption.textContent()).toBe('Grow wholesale & online');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(resultsDir, 'map-presenter.png') });
      await page.keyboard.press('Escape');
      await caption.waitFor({ state: 'detached' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('looks right in the dark', async () => {
    const app = await startApp(browser, { colorScheme: 'dark', viewport: { width: 1440, height: 1000 } });
    try {
      await openMap(app);
      await box(app.page, 'Delight café guests').hover();
      await app.page.getByRole('tooltip').waitFor();
      await app.page.screenshot({ path: join(resultsDir, 'map-dark.png') });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
