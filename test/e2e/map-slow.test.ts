/**
 * The strategy map on a slow machine: keys typed while an edit is still being saved, and a full-screen request the
 * browser takes its time to answer. The document's reload after an edit is held at the network (the backend
 * itself is real and answers at once), so what a slow laptop does by chance happens here every time.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, startApp, type RunningApp } from './browser';

interface Link {
  id: number;
  fromObjectiveId: number;
  toObjectiveId: number;
}
interface Objective {
  id: number;
  title: string;
  perspectiveId: number;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const links = (app: RunningApp) => app.api('link.list', { scorecardId: 1 }) as Promise<Link[]>;
const objectives = (app: RunningApp) => app.api('objective.list', { scorecardId: 1 }) as Promise<Objective[]>;
const perspectiveId = async (app: RunningApp, name: string) =>
  ((await app.api('perspective.list', { scorecardId: 1 })) as { id: number; name: string }[]).find(
    (p) => p.name === name,
  )!.id;
const box = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}:`) });

/** Holds the page's reloads of the scorecard (after each edit) until released: the edit is saved, the map not yet redrawn. */
async function holdReloads(page: Page) {
  let holding = false;
  let open = () => undefined as void;
  let opened = Promise.resolve();
  let reachedGate = () => undefined as void;
  let held = Promise.resolve();
  await page.route('**/api', async (route) => {
    const method = (route.request().postDataJSON() as { method?: string } | null)?.method;
    if (holding && method === 'document.load') {
      reachedGate();
      await opened;
    }
    await route.continue();
  });
  return {
    hold(): void {
      holding = true;
      opened = new Promise<void>((resolve) => (open = resolve));
      held = new Promise<void>((resolve) => (reachedGate = resolve));
    },
    /** Settles once a reload waits at the gate. */
    held: () => held,
    release(): void {
      holding = false;
      open();
    },
  };
}

async function openMap(app: RunningApp): Promise<void> {
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  await app.page.getByRole('button', { name: 'Strategy map' }).click();
  await box(app.page, 'Grow revenue profitably').waitFor();
}

describe('the strategy map while edits are still being saved', () => {
  it('links from where a box was just moved to, for L, ↑ and Enter typed before the map was redrawn', async () => {
    const app = await startApp(browser, { viewport: { width: 1440, height: 1000 } });
    const { page } = app;
    try {
      await openMap(app);
      const gate = await holdReloads(page);
      const financial = await perspectiveId(app, 'Financial');
      const before = await links(app);
      await box(page, 'Deliver fresh and on time').focus();
      gate.hold();
      await page.keyboard.press('ArrowUp');
      await gate.held();
      // Saved into the Customer lane, not yet redrawn there; the user goes on typing.
      await page.keyboard.press('l');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      gate.release();
      await page
        .getByRole('status')
        .filter({ hasText: /^Linked “Deliver fresh and on time” to/ })
        .waitFor();
      expect((await links(app)).length).toBe(before.length + 1);
      const created = (await links(app)).find((l) => !before.some((x) => x.id === l.id))!;
      const all = await objectives(app);
      expect(all.find((o) => o.id === created.fromObjectiveId)!.title).toBe('Deliver fresh and on time');
      // The box straight above the Customer lane is a Financial objective.
      const target = all.find((o) => o.id === created.toObjectiveId)!;
      expect(target.perspectiveId).toBe(financial);
      await expect.poll(() => focused(page, 'aria-label')).toMatch(new RegExp(`^${target.title}:`));
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('puts focus on the objective just added, not on the box of a link deleted a moment before', async () => {
    const app = await startApp(browser, { viewport: { width: 1440, height: 1000 } });
    const { page } = app;
    try {
      await openMap(app);
      const gate = await holdReloads(page);
      const before = await links(app);
      await page.locator(`[data-link-id="${before[0]!.id}"]`).focus();
      await page.keyboard.press('Shift+F10');
      gate.hold();
      await page.getByRole('menuitem', { name: 'Delete link' }).click();
      await gate.held();
      await page.getByRole('button', { name: 'Add objective to Learning & Growth' }).focus();
      await page.keyboard.press('Enter');
      await page.getByLabel('Title of the new objective').fill('Hire a head roaster');
      await page.keyboard.press('Enter');
      gate.release();
      await box(page, 'Hire a head roaster').waitFor();
      await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Hire a head roaster:/);
      expect((await links(app)).length).toBe(before.length - 1);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('presenting while the browser has not yet answered the full-screen request', () => {
  it('steps through the themes with the first arrow key', async () => {
    const app = await startApp(browser, {
      viewport: { width: 1440, height: 1000 },
      // A full-screen request still waiting for its answer (a permission prompt, a slow window manager).
      initScript: 'Element.prototype.requestFullscreen = () => new Promise(() => {});',
    });
    const { page } = app;
    try {
      await openMap(app);
      await page.getByRole('button', { name: 'Present' }).click();
      const caption = page.locator('.map-caption-title');
      await caption.waitFor();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => caption.textContent()).toBe('Grow wholesale & online');
      await page.keyboard.press('Escape');
      await caption.waitFor({ state: 'detached' });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
