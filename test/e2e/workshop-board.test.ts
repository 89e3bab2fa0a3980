/**
 * The workshop board in the browser against the real backend, on the sample (four perspectives and the parking
 * lot) at a projector's 1280×720: notes typed into two columns with Enter, one edited in place, moved by keyboard
 * and by mouse, grouped by a drop and by G, deleted and brought back by undo; the timer counts down (on the page's
 * clock, fast-forwarded) and shows in projector mode, which axe-core finds clean in the light and dark themes.
 * Screenshots of the board and of projector mode, light and dark.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1280, height: 720 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('article', { name: 'Grow revenue profitably' }).waitFor();
  await app.api('workshop.create', {
    scorecardId: 1,
    name: 'Strategy day',
    date: '2026-11-27',
    participants: ['Anna', 'Ben', 'Chloé'],
    dotsPerParticipant: 3,
  });
  await app.api('workshop.create', { scorecardId: 1, name: 'Dry run', date: '2026-10-01' });
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const board = () => page.getByRole('region', { name: 'Workshop board: Strategy day' });
const notesIn = (column: string) => board().getByRole('list', { name: `Notes in ${column}`, exact: true });
const entry = (column: string) => board().getByRole('textbox', { name: `New note in ${column}` });
const note = (column: string, text: string) => notesIn(column).getByRole('listitem', { name: text, exact: true });
const status = () => board().getByRole('status', { name: 'Board activity' });

/** The texts of a column's loose notes and groups (a group as "heading: member, member"), top to bottom. */
async function column(name: string): Promise<string[]> {
  return notesIn(name)
    .locator(':scope > li[data-note-id]')
    .evaluateAll((items) =>
      items.map((li) => {
        const members = [...li.querySelectorAll('.group-members .note-text')].map((m) => m.textContent);
        const text = li.querySelector('.note-text, .group-heading')?.textContent ?? '';
        return members.length ? `${text}: ${members.join(', ')}` : text;
      }),
    );
}

async function typeNotes(column: string, texts: string[]): Promise<void> {
  const field = entry(column);
  await field.focus();
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => notesIn(column).locator('li[data-note-id]').count()).toBeGreaterThanOrEqual(texts.length);
  // The field stays focused and empty, ready for the next.
  expect(await field.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect(await field.inputValue()).toBe('');
}

/** axe-core's findings in the page, or in one part of it, one line per element. */
async function violations(selector?: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const scope = selector ? `document.querySelector('${selector}')` : 'document';
  return page.evaluate(`axe.run(${scope}, { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary)))`);
}

const focusedText = async () => (await focused(page, 'aria-label')) ?? '';

describe('the workshop board', () => {
  it('lists the workshop and opens its board with a column per perspective and the parking lot', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Workshops', exact: true })
      .click();
    const list = page.getByRole('list', { name: 'Workshops of this scorecard' });
    const row = list.getByRole('listitem', { name: 'Strategy day' });
    await expect.poll(() => row.textContent()).toContain('27 Nov 2026 · Anna, Ben, Chloé');
    // Newest first; deleting asks first, and undo brings the workshop back.
    expect(await list.getByRole('heading').allTextContents()).toEqual(['Strategy day', 'Dry run']);
    await page.getByRole('region', { name: 'Workshops' }).screenshot({ path: join(resultsDir, 'workshop-list.png') });
    const dryRun = list.getByRole('listitem', { name: 'Dry run' });
    await dryRun.getByRole('button', { name: 'Delete Dry run…' }).click();
    await dryRun.getByRole('group', { name: 'Delete Dry run?' }).getByRole('button', { name: 'Keep it' }).click();
    await dryRun.getByRole('button', { name: 'Delete Dry run…' }).click();
    await dryRun.getByRole('button', { name: 'Delete workshop' }).click();
    await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual(['Strategy day']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => list.getByRole('heading').allTextContents()).toEqual(['Strategy day', 'Dry run']);
    await row.getByRole('button', { name: 'Open Strategy day' }).click();
    await board().waitFor();
    const titles = await board()
      .locator('.board-column-title')
      .evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent));
    expect(titles).toEqual(['Financial', 'Customer', 'Internal Process', 'Learning & Growth', 'Parking lot']);
  });

  it('types notes fast into two columns and edits one in place', async () => {
    await typeNotes('Financial', ['Raise prices on catering', 'Cut coffee waste', 'Sell gift cards']);
    await typeNotes('Customer', ['Loyalty app', 'Faster service at lunch', 'Seasonal menu']);
    // Shift+Enter breaks the line inside a note instead of adding it.
    await entry('Parking lot').focus();
    await page.keyboard.type('Ask the bank');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('about a loan');
    await page.keyboard.press('Enter');
    await expect.poll(() => column('Parking lot')).toEqual(['Ask the bank\nabout a loan']);
    await expect
      .poll(() => column('Financial'))
      .toEqual(['Raise prices on catering', 'Cut coffee waste', 'Sell gift cards']);
    await expect.poll(() => column('Customer')).toEqual(['Loyalty app', 'Faster service at lunch', 'Seasonal menu']);

    // Enter in an empty (or blank) field adds nothing.
    await entry('Customer').fill('   ');
    await entry('Customer').press('Enter');
    expect(await column('Customer')).toHaveLength(3);
    await entry('Customer').fill('');

    // Escape leaves the field for the column's notes (the first, until one has had the focus); Up from the empty
    // field goes to the last. Enter edits a note in place.
    await entry('Financial').focus();
    await page.keyboard.press('Escape');
    expect(await focusedText()).toBe('Raise prices on catering');
    await entry('Financial').focus();
    await page.keyboard.press('ArrowUp');
    expect(await focusedText()).toBe('Sell gift cards');
    await page.keyboard.press('ArrowUp');
    expect(await focusedText()).toBe('Cut coffee waste');
    await page.keyboard.press('Enter');
    const editor = board().getByRole('textbox', { name: 'Edit note' });
    await editor.fill('Cut coffee and milk waste');
    await editor.press('Enter');
    await expect
      .poll(() => column('Financial'))
      .toEqual(['Raise prices on catering', 'Cut coffee and milk waste', 'Sell gift cards']);
    await expect.poll(focusedText).toBe('Cut coffee and milk waste');
    // F2 edits too, and Escape cancels.
    await page.keyboard.press('F2');
    await board().getByRole('textbox', { name: 'Edit note' }).fill('Something else');
    await page.keyboard.press('Escape');
    await expect.poll(focusedText).toBe('Cut coffee and milk waste');
    expect(await column('Financial')).toContain('Cut coffee and milk waste');
  });

  it('moves a note by keyboard to another column and place, announced, and cancels a move with Escape', async () => {
    await note('Financial', 'Sell gift cards').focus();
    await page.keyboard.press('m');
    await expect.poll(() => status().textContent()).toContain('Picked up “Sell gift cards”');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => status().textContent()).toBe('Drop in Customer, 1st of 4. Enter drops, Escape cancels.');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => column('Customer'))
      .toEqual(['Sell gift cards', 'Loyalty app', 'Faster service at lunch', 'Seasonal menu']);
    expect(await column('Financial')).toEqual(['Raise prices on catering', 'Cut coffee and milk waste']);
    await expect.poll(() => status().textContent()).toBe('Moved “Sell gift cards” to Customer, 1st of 4');
    await expect.poll(focusedText).toBe('Sell gift cards');

    await page.keyboard.press('m');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect.poll(() => status().textContent()).toBe('Move cancelled.');
    expect(await column('Customer')).toEqual([
      'Sell gift cards',
      'Loyalty app',
      'Faster service at lunch',
      'Seasonal menu',
    ]);
    // The board is still there: Escape in a move does not leave anything else.
    await board().waitFor();
  });

  it('moves a note by mouse into a column’s gap and groups by dropping one note on another', async () => {
    // Dropped below the last note of Financial: it moves there.
    const list = notesIn('Financial');
    const box = (await list.boundingBox())!;
    await note('Customer', 'Seasonal menu').dragTo(list, { targetPosition: { x: box.width / 2, y: box.height - 12 } });
    await expect
      .poll(() => column('Financial'))
      .toEqual(['Raise prices on catering', 'Cut coffee and milk waste', 'Seasonal menu']);
    expect(await column('Customer')).toEqual(['Sell gift cards', 'Loyalty app', 'Faster service at lunch']);

    // Dropped on another note: the two make a group headed by the note dropped on.
    await note('Customer', 'Faster service at lunch').dragTo(note('Customer', 'Loyalty app'));
    await expect
      .poll(() => column('Customer'))
      .toEqual(['Sell gift cards', 'Loyalty app: Loyalty app, Faster service at lunch']);
    const group = notesIn('Customer').getByRole('listitem', { name: 'Group Loyalty app, 2 notes' });
    await group.waitFor();
  });

  it('groups a note with the item above it by G, and renames the group’s heading', async () => {
    await typeNotes('Customer', ['Birthday rewards']);
    await note('Customer', 'Birthday rewards').focus();
    await page.keyboard.press('g');
    await expect
      .poll(() => column('Customer'))
      .toEqual(['Sell gift cards', 'Loyalty app: Loyalty app, Faster service at lunch, Birthday rewards']);
    await expect.poll(() => status().textContent()).toBe('Grouped “Birthday rewards” under “Loyalty app”');
    // A member already grouped says so.
    await page.keyboard.press('g');
    await expect.poll(() => status().textContent()).toBe('“Birthday rewards” is already in group “Loyalty app”.');

    const group = notesIn('Customer').getByRole('listitem', { name: /^Group Loyalty app/ });
    await group.focus();
    await page.keyboard.press('Enter');
    await board().getByRole('textbox', { name: 'Edit group heading' }).fill('Reward regulars');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => column('Customer'))
      .toEqual(['Sell gift cards', 'Reward regulars: Loyalty app, Faster service at lunch, Birthday rewards']);
  });

  it('deletes a note with Delete and brings it back with undo', async () => {
    await note('Financial', 'Raise prices on catering').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => column('Financial')).toEqual(['Cut coffee and milk waste', 'Seasonal menu']);
    await expect.poll(() => status().textContent()).toBe('Deleted “Raise prices on catering”. Ctrl+Z brings it back.');
    // The focus goes on to the next note, so Delete can go on.
    await expect.poll(focusedText).toBe('Cut coffee and milk waste');
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => column('Financial'))
      .toEqual(['Raise prices on catering', 'Cut coffee and milk waste', 'Seasonal menu']);
    expect(app.pageErrors).toEqual([]);
  });

  it('runs the timer, announces the last minute and the end, and shows it in projector mode', async () => {
    // The page's clock stands still but for runFor: with time flowing as well, a slow click on a busy machine
    // costs the countdown a second and the figures below come out one off.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    const timer = board().getByRole('group', { name: 'Timer' });
    await timer.getByLabel('Exercise').fill('Cluster');
    await timer.getByLabel('Minutes').fill('0');
    await expect.poll(() => timer.textContent()).toContain('Minutes must be between 1 and 180');
    await timer.getByLabel('Minutes').fill('2');
    const clock = timer.getByRole('timer');
    await expect.poll(() => clock.textContent()).toBe('02:00');
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(30_000);
    await expect.poll(() => clock.textContent()).toBe('01:30');
    await timer.getByRole('button', { name: 'Pause' }).click();
    await page.clock.runFor(30_000);
    expect(await clock.textContent()).toBe('01:30');
    await timer.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(31_000);
    await expect.poll(() => clock.textContent()).toBe('00:59');
    await expect.poll(() => timer.locator('[aria-live]').textContent()).toBe('Cluster: 1 minute left');
    // Another view and back: the board is still open and the countdown has gone on.
    const tabs = page.getByRole('navigation', { name: 'Views' });
    await tabs.getByRole('button', { name: 'Scorecard', exact: true }).click();
    await board().waitFor({ state: 'detached' });
    await page.clock.runFor(5_000);
    await tabs.getByRole('button', { name: 'Workshops', exact: true }).click();
    await expect.poll(() => clock.textContent()).toBe('00:54');

    // Projector mode: the board alone, large type, the timer still running.
    await board().getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => board().getAttribute('data-projector')).toBe('on');
    // Nothing of the app around it shows: the board covers the window from corner to corner.
    // (Polled: the browser may still be going full screen.)
    const corners = `[[2, 2], [1278, 718]].map(([x, y]) => document.elementFromPoint(x, y)?.closest('.workshop-board') != null)`;
    await expect.poll(() => page.evaluate(corners)).toEqual([true, true]);
    expect(await clock.isVisible()).toBe(true);
    expect(await board().locator('.timer-exercise').textContent()).toBe('Cluster');
    const size = await note('Customer', 'Sell gift cards')
      .locator('.note-text')
      .evaluate((el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
    await page.clock.runFor(55_000);
    await expect.poll(() => clock.textContent()).toBe('00:00');
    await expect.poll(() => timer.locator('[aria-live]').textContent()).toBe('Time is up: Cluster');
    expect(await timer.getAttribute('class')).toContain('done');
    // The next tests share the page and need its time to flow again.
    await page.clock.resume();
  });

  it('fits the board on a 1280×720 projector, clean for axe-core in the light and dark themes', async () => {
    await typeNotes('Internal Process', ['Roast in smaller batches', 'Weekly stock count']);
    await typeNotes('Learning & Growth', ['Barista training', 'Cross-train kitchen staff']);
    await page.evaluate('document.activeElement?.blur()');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
      expect(await violations()).toEqual([]);
      // Every column within the screen, none cut off at the side or the bottom.
      const boxes = await board()
        .locator('.board-column')
        .evaluateAll((cols) =>
          cols.map((c) => c.getBoundingClientRect()).map(({ left, right, bottom }) => ({ left, right, bottom })),
        );
      expect(boxes).toHaveLength(5);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(1280);
        expect(b.bottom).toBeLessThanOrEqual(720);
      }
      await page.screenshot({ path: join(resultsDir, `workshop-projector-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await note('Customer', 'Sell gift cards').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => board().getAttribute('data-projector')).toBe(null);
    await expect.poll(focusedText).toBe('Sell gift cards');

    // Back in the app, the board is as clean, and F5 on it presents again.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
      expect(await violations('.workshop-board')).toEqual([]);
      await board().screenshot({ path: join(resultsDir, `workshop-board-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('F5');
    await expect.poll(() => board().getAttribute('data-projector')).toBe('on');
    await board().getByRole('button', { name: 'Leave (Esc)' }).click();
    await expect.poll(() => board().getAttribute('data-projector')).toBe(null);
    expect(app.pageErrors).toEqual([]);
  });
});
