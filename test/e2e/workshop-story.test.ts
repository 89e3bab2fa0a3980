/**
 * The story, through the page only, at a projector's 1280×720: a consultant runs a short workshop on the
 * sample — notes typed in two columns, two of them grouped by dropping one on the other, three participants vote in
 * turn on one laptop, the votes are revealed and the winner rises to the top of its column, and the winner is
 * promoted to an objective of that perspective. The objective is then on the scorecard with the notes as its
 * description, and the PowerPoint deck exported from the Report view names it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

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
});
afterAll(async () => {
  const errors = app?.pageErrors ?? [];
  await app?.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

const board = () => page.getByRole('region', { name: 'Workshop board: Service workshop' });
const notesIn = (column: string) => board().getByRole('list', { name: `Notes in ${column}`, exact: true });
const card = (column: string, name: string | RegExp) =>
  notesIn(column)
    .getByRole('listitem', { name, exact: typeof name === 'string' })
    .first();
const voting = () => page.getByRole('region', { name: 'Dot voting' });
const order = (column: string) =>
  notesIn(column).evaluate((ul) =>
    [...ul.children].filter((li) => li.matches('li[aria-label]')).map((li) => li.getAttribute('aria-label')),
  );

async function type(column: string, texts: string[]): Promise<void> {
  const entry = board().getByRole('textbox', { name: `New note in ${column}` });
  await entry.click();
  // Enter adds the note and the field stays focused, empty, for the next one.
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await card(column, text).waitFor();
    await expect
      .poll(() =>
        entry.evaluate((el) => el === el.ownerDocument.activeElement && (el as unknown as { value: string }).value),
      )
      .toBe('');
  }
}

async function dots(what: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const left = await voting()
      .getByText(/is voting — \d+ of 3 dots left/)
      .textContent();
    await page.getByRole('button', { name: `Add a dot to ${what}`, exact: true }).click();
    await expect
      .poll(() =>
        voting()
          .getByText(/is voting — \d+ of 3 dots left/)
          .textContent(),
      )
      .not.toBe(left);
  }
}

it('runs a short workshop: notes in two columns, a group, three people vote, reveal, the winner becomes an objective', async () => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Workshops' }).click();
  await page.getByRole('region', { name: 'Workshops' }).getByRole('button', { name: 'New workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Service workshop');
  await dialog.getByRole('textbox', { name: 'Participants' }).fill('Maeve\nTomás\nPriya');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await dialog.waitFor({ state: 'detached' });
  await board().waitFor();

  await type('Customer', ['Greet regulars by name', 'Remember usual orders', 'Faster lunch queue']);
  await type('Learning & Growth', ['Barista coaching', 'Menu tasting sessions']);
  // Drop "Remember usual orders" on "Greet regulars by name": a group headed by the note it was dropped on.
  await card('Customer', 'Remember usual orders').dragTo(card('Customer', 'Greet regulars by name'));
  await card('Customer', /^Group Greet regulars by name, 2 notes/).waitFor();
  expect(await order('Customer')).toEqual(['Group Greet regulars by name, 2 notes', 'Faster lunch queue']);

  // Three people vote in turn on the one laptop; nobody sees a total until the reveal.
  await voting().getByRole('button', { name: 'Start voting' }).click();
  await dots('“Faster lunch queue”', 2);
  await dots('“Barista coaching”', 1);
  await voting().getByRole('button', { name: 'Next participant' }).click();
  await dots('the group “Greet regulars by name”', 3);
  await voting().getByRole('button', { name: 'Next participant' }).click();
  expect(await page.getByRole('main').textContent()).not.toMatch(/\d+ votes?\b/);
  await dots('the group “Greet regulars by name”', 2);
  await dots('“Menu tasting sessions”', 1);
  await voting().getByRole('button', { name: 'Done' }).click();

  await voting().getByRole('button', { name: 'Reveal votes' }).click();
  // The group has 5 dots and the queue 2: the group stays on top, and the totals show.
  await expect.poll(() => card('Customer', /^Group Greet regulars/).textContent()).toContain('5 votes');
  expect(await order('Customer')).toEqual(['Group Greet regulars by name, 2 notes', 'Faster lunch queue']);
  await expect.poll(() => card('Learning & Growth', 'Barista coaching').textContent()).toContain('1 vote');

  // On the projector, as the room sees it.
  await board().getByRole('button', { name: 'Present' }).click();
  await expect.poll(() => board().getAttribute('data-projector')).toBe('on');
  await page.screenshot({ path: join(resultsDir, 'workshop-story-projector.png') });
  await page.keyboard.press('Escape');
  await expect.poll(() => board().getAttribute('data-projector')).toBe(null);

  // The winner, promoted by keyboard: P on the group opens the dialog with the objective it will make.
  await card('Customer', /^Group Greet regulars/).focus();
  await page.keyboard.press('p');
  const promote = page.getByRole('dialog', { name: 'Promote group' });
  await promote.getByRole('textbox', { name: 'Owner' }).fill('Maeve Donnelly');
  await promote.getByRole('button', { name: 'Promote to objective' }).click();
  await promote.waitFor({ state: 'detached' });
  const badge = card('Customer', /^Group Greet regulars/).getByRole('button', {
    name: 'Objective “Greet regulars by name”',
  });
  await badge.waitFor();

  // The objective is on the scorecard, in Customer, with the group's notes as its description.
  const objectives = (await app.api('objective.list', { scorecardId: 1 })) as {
    title: string;
    owner: string;
    description: string;
    perspectiveId: number;
  }[];
  const perspectives = (await app.api('perspective.list', { scorecardId: 1 })) as { id: number; name: string }[];
  const made = objectives.find((o) => o.title === 'Greet regulars by name')!;
  expect(made).toMatchObject({
    owner: 'Maeve Donnelly',
    description: '• Greet regulars by name\n• Remember usual orders',
  });
  expect(perspectives.find((p) => p.id === made.perspectiveId)?.name).toBe('Customer');
  await badge.click();
  await page.getByRole('article', { name: 'Greet regulars by name' }).waitFor();

  // The hand-over: the deck from the Report view names the new objective.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Report' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export PowerPoint/ }).click();
  const file = await download;
  const path = join(resultsDir, 'workshop-story.pptx');
  await file.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const text = (await Promise.all(slides.map((f) => zip.file(f)!.async('string')))).join('\n');
  expect(text).toContain('Greet regulars by name');
});
