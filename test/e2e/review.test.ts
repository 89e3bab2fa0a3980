/**
 * The quarterly review in Chromium against the real backend: a Q3 2026 review of the sample started with the
 * quarterly template, its agenda checked against the red and amber items the page scores, reordered (buttons and
 * Alt+arrows), added to and trimmed; notes, a decision and an action with owner and due date; meeting mode run from
 * the keyboard with its time box; and an EOS Level 10 review rated at the end. Screenshots of the editor and of
 * meeting mode in both themes go to test-results/.
 */
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/shared/evaluation';
import type { ScorecardTree } from '../../src/shared/domain';
import type { ReviewDetail } from '../../src/shared/contract-review';
import type { Review } from '../../src/shared/review';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1366, height: 800 } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
const agendaTitles = (page: Page) =>
  page
    .getByRole('list', { name: 'Agenda' })
    .locator('.agenda-select')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id')!).map(Number));

/** axe-core's findings in the page as it is now, one line per element (as in accessibility.test.ts). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')),
    ),
  )`);
}

async function detailOf(reviewId: number): Promise<ReviewDetail> {
  return (await app.api('review.get', { id: reviewId })) as ReviewDetail;
}

async function startReview(page: Page, template: string, heldOn: string, attendees: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Start a review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a review' });
  await dialog.waitFor();
  expect(await dialog.getByLabel('Period reviewed').locator('option:checked').textContent()).toBe('Q3 2026');
  await dialog.getByLabel('Meeting date').fill(heldOn);
  for (const name of attendees) {
    await dialog.getByLabel('Attendees', { exact: true }).fill(name);
    await dialog.getByLabel('Attendees', { exact: true }).press('Enter');
  }
  await dialog.getByLabel('Meeting template').selectOption({ label: template });
  await page.screenshot({ path: join(resultsDir, `review-start-${heldOn}.png`) });
  expect(await violations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Start the review' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('a quarterly review', () => {
  it('starts from the red and amber items, is edited, and runs in meeting mode from the keyboard', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await tab(page, 'Reviews').click();
    const region = page.getByRole('region', { name: 'Reviews' });
    await region.getByText('No reviews yet').waitFor();

    await startReview(page, 'Quarterly balanced-scorecard review', '2026-10-14', ['Ana Owner', 'Ben Finance']);
    const title = 'Q3 2026 — Quarterly balanced-scorecard review';
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const sc = ((await app.api('scorecard.list', {})) as { id: number }[])[0]!;
    const reviews = (await app.api('review.list', { scorecardId: sc.id })) as Review[];
    expect(reviews).toHaveLength(1);
    const reviewId = reviews[0]!.id;
    expect(reviews[0]!.attendees).toEqual(['Ana Owner', 'Ben Finance']);

    // The first section lists exactly the red then amber objectives and KPIs of Q3, each with its reason.
    const tree = (await app.api('scorecard.get', { id: sc.id })) as ScorecardTree;
    const evaluation = (await app.api('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' })) as Evaluation;
    const offTrack = [
      ...evaluation.objectives.map((o) => ({
        name: tree.objectives.find((x) => x.id === o.objectiveId)!.title,
        status: o.status,
      })),
      ...evaluation.kpis.map((k) => ({ name: tree.kpis.find((x) => x.id === k.kpiId)!.name, status: k.status })),
    ].filter((x) => x.status === 'red' || x.status === 'amber');
    expect(offTrack.length).toBeGreaterThan(1);
    const agenda = page.getByRole('list', { name: 'Agenda' });
    const lines = agenda.getByRole('listitem');
    expect(await lines.first().textContent()).toContain('Off-track and at-risk objectives and KPIs');
    const firstSection = await lines.evaluateAll((els) => {
      const out: { title: string; reason: string }[] = [];
      for (const el of els.slice(1)) {
        if (el.classList.contains('agenda-section')) break;
        out.push({
          title: el.querySelector('.agenda-title')!.lastChild!.textContent!,
          reason: el.querySelector('.agenda-reason')?.textContent ?? '',
        });
      }
      return out;
    });
    expect(firstSection.map((l) => l.title).sort()).toEqual(offTrack.map((x) => x.name).sort());
    const words = firstSection.map((l) => l.reason.split(':')[0]);
    expect(words.every((w) => w === 'Red' || w === 'Amber')).toBe(true);
    expect(words.indexOf('Amber') === -1 || words.slice(words.indexOf('Amber')).every((w) => w === 'Amber')).toBe(true);

    // Reorder: Alt+ArrowDown moves the focused line down, the button moves it back up.
    const before = await agendaTitles(page);
    const second = agenda.locator(`[data-item-id="${before[1]}"]`);
    await second.click();
    await second.press('Alt+ArrowDown');
    await expect.poll(() => agendaTitles(page)).toEqual([before[0], before[2], before[1], ...before.slice(3)]);
    await expect
      .poll(() => page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('data-item-id')"))
      .toBe(String(before[1]));
    const movedTitle = firstSection[0]!.title;
    await page.getByRole('button', { name: `Move ${movedTitle} up` }).click();
    await expect.poll(() => agendaTitles(page)).toEqual(before);
    expect((await detailOf(reviewId)).items.map((i) => i.id)).toEqual(before);

    // Add a line after the selected one, then trim it.
    await page.getByLabel('New agenda line').fill('Coffee machine budget');
    await page.getByRole('button', { name: 'Add line' }).click();
    await expect.poll(async () => (await agendaTitles(page)).length).toBe(before.length + 1);
    const withLine = await agendaTitles(page);
    expect(withLine.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(await agenda.locator(`[data-item-id="${withLine[2]}"]`).textContent()).toContain('Coffee machine budget');
    await page.getByRole('button', { name: 'Remove Coffee machine budget from the agenda' }).click();
    await expect.poll(() => agendaTitles(page)).toEqual(before);
    // Agenda edits are document edits: undo brings the line back in its place, redo trims it again.
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(() => agendaTitles(page)).toEqual(withLine);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => agendaTitles(page)).toEqual(before);

    // Notes, a decision and an action on the first KPI line; the action concerns that KPI.
    const kpiItem = (await detailOf(reviewId)).items.find((i) => i.kind === 'kpi')!;
    await agenda.locator(`[data-item-id="${kpiItem.id}"]`).click();
    const panel = page.getByRole('region', { name: kpiItem.title });
    await panel.getByLabel('Discussion notes').fill('Walk-ins fell in August; the café queue is too long.');
    await panel.getByLabel('Decision').fill('Open a second till at peak hours.');
    await panel.getByLabel('Decided').check();
    await panel.getByLabel('Action', { exact: true }).fill('Trial a second till');
    await panel.getByLabel('Owner').fill('Ana Owner');
    await panel.getByLabel('Due').fill('2026-11-15');
    expect(await panel.getByLabel('Concerns').inputValue()).toBe(`kpi:${kpiItem.entityId}`);
    await panel.getByRole('button', { name: 'Add action' }).click();
    await panel
      .getByRole('list', { name: `Action items of ${kpiItem.title}` })
      .getByText('Trial a second till')
      .waitFor();
    await expect
      .poll(async () => (await detailOf(reviewId)).items.find((i) => i.id === kpiItem.id))
      .toMatchObject({
        notes: 'Walk-ins fell in August; the café queue is too long.',
        decision: 'Open a second till at peak hours.',
        decided: true,
      });
    const [action] = (await detailOf(reviewId)).actions;
    expect(action).toMatchObject({
      title: 'Trial a second till',
      owner: 'Ana Owner',
      dueDate: '2026-11-15',
      status: 'open',
      concernType: 'kpi',
      concernId: kpiItem.entityId,
      reviewItemId: kpiItem.id,
    });
    await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(resultsDir, 'review-editor-light.png') });
    expect(await violations(page)).toEqual([]);

    // Meeting mode opens on the chosen line, with its KPI's formula and history chart beside the notes.
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    const meeting = page.getByRole('dialog', { name: kpiItem.title });
    await meeting.waitFor();
    await meeting.getByLabel('Formula').waitFor();
    expect(await meeting.getByLabel('Formula').textContent()).toMatch(/→ (red|amber)/);
    await meeting.getByRole('img', { name: new RegExp(`^History of `) }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'review-meeting-light.png') });
    expect(await violations(page)).toEqual([]);

    const items = (await detailOf(reviewId)).items;
    const at = items.findIndex((i) => i.id === kpiItem.id);
    const heading = () => page.locator('#meeting-item-title').textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(heading).toContain(items[at + 1]!.title);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(heading).toContain(kpiItem.title);
    await page.keyboard.press('PageDown');
    const next = items[at + 1]!;
    await expect.poll(heading).toContain(next.title);
    await page.keyboard.press('d');
    await expect.poll(async () => (await detailOf(reviewId)).items.find((i) => i.id === next.id)!.decided).toBe(true);
    await page.getByRole('dialog').getByRole('button', { name: 'Decided D', pressed: true }).waitFor();

    // A adds an action: the form opens with the title focused; Enter adds it, and keys are commands again.
    await page.keyboard.press('a');
    await expect
      .poll(() => page.evaluate<string | null>('document.activeElement.labels && document.activeElement.labels[0] ? document.activeElement.labels[0].textContent : null'))
      .toBe('Action');
    await page.keyboard.type('Ask the landlord about the terrace');
    await page.getByRole('dialog').getByLabel('Owner').fill('Ben Finance');
    await page.getByRole('dialog').getByLabel('Due').fill('2026-10-31');
    await page.getByRole('dialog').getByLabel('Owner').press('Enter');
    await page.getByRole('dialog').getByText('Ask the landlord about the terrace').waitFor();
    const added = (await detailOf(reviewId)).actions.find((a) => a.title === 'Ask the landlord about the terrace')!;
    expect(added).toMatchObject({ owner: 'Ben Finance', dueDate: '2026-10-31', reviewItemId: next.id });
    await page.keyboard.press('PageUp');
    await expect.poll(heading).toContain(kpiItem.title);

    // The time box of the first section (40 minutes): start, pause, amber near the end, red when over.
    await page.clock.install();
    await page.keyboard.press('Home');
    await expect.poll(heading).toContain('Off-track and at-risk objectives and KPIs');
    const timer = page.getByRole('timer');
    expect(await timer.textContent()).toBe('40:00');
    await page.getByRole('button', { name: 'Start time box' }).click();
    await page.clock.fastForward('00:10');
    await expect.poll(() => timer.textContent()).toMatch(/^39:(4|5)\d$/);
    await page.locator('dialog.meeting').focus();
    await page.keyboard.press('t');
    await page.getByRole('button', { name: 'Resume time box' }).waitFor();
    const paused = await timer.textContent();
    await page.clock.fastForward('05:00');
    expect(await timer.textContent()).toBe(paused);
    await page.keyboard.press('t');
    await page.clock.fastForward('37:00');
    await expect.poll(() => page.locator('.timebox').getAttribute('class')).toContain('timebox-warn');
    await page.clock.fastForward('03:00');
    await expect.poll(() => page.locator('.timebox').getAttribute('class')).toContain('timebox-over');
    expect(await timer.textContent()).toMatch(/^\+\d+:\d\d over$/);
    expect(await timer.getAttribute('aria-label')).toContain('over time');
    await page.screenshot({ path: join(resultsDir, 'review-meeting-timebox-over.png') });

    // End: the quarterly template does not rate the meeting; it can be marked concluded. Esc leaves.
    await page.keyboard.press('End');
    await expect.poll(heading).toBe('End of the meeting');
    expect(await page.getByRole('radio').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate<string | null>('document.activeElement && document.activeElement.textContent')).toBe('Meeting mode');

    // Dark theme: the editor and meeting mode.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await agenda.locator(`[data-item-id="${kpiItem.id}"]`).click();
    await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: join(resultsDir, 'review-editor-dark.png') });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page
      .getByRole('dialog', { name: kpiItem.title })
      .getByRole('img', { name: /^History of / })
      .waitFor();
    await page.screenshot({ path: join(resultsDir, 'review-meeting-dark.png') });
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.emulateMedia({ colorScheme: 'light' });
  }, 120_000);

  it('rates an EOS Level 10 meeting at the end of meeting mode and marks it concluded', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '← All reviews' }).click();
    await startReview(page, 'EOS Level 10 meeting (weekly)', '2026-10-21', ['Ana Owner']);
    const title = 'Q3 2026 — EOS Level 10 meeting (weekly)';
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const agenda = page.getByRole('list', { name: 'Agenda' });
    expect(await agenda.locator('.agenda-section .agenda-title').allTextContents()).toEqual([
      'Segue',
      'Scorecard',
      'Quarterly priorities',
      'Customer and employee headlines',
      'To-do list',
      'Identify, discuss, solve',
      'Conclude',
    ]);
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('#meeting-item-title').textContent()).toBe('End of the meeting');
    const rating = page.getByRole('group', { name: 'Rate this meeting, 1 to 10' });
    expect(await rating.getByRole('radio').count()).toBe(10);
    await rating.getByRole('radio', { name: '8' }).check();
    await page.getByRole('button', { name: 'Mark the review concluded' }).click();
    await page.getByText('The review is concluded.').waitFor();
    await page.screenshot({ path: join(resultsDir, 'review-meeting-rating-light.png') });
    expect(await violations(page)).toEqual([]);
    const sc = ((await app.api('scorecard.list', {})) as { id: number }[])[0]!;
    const reviews = (await app.api('review.list', { scorecardId: sc.id })) as Review[];
    expect(reviews.find((r) => r.title === title)).toMatchObject({ rating: 8, status: 'concluded' });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // The list: newest meeting first.
    await page.getByRole('button', { name: '← All reviews' }).click();
    const list = page.getByRole('list', { name: 'Reviews, newest first' });
    await list.waitFor();
    expect(await list.locator('.review-card-title').allTextContents()).toEqual([
      title,
      'Q3 2026 — Quarterly balanced-scorecard review',
    ]);

    // A consultant's own template: made in the template editor, offered when a review starts, then deleted.
    await page.getByRole('button', { name: 'Meeting templates…' }).click();
    const editor = page.getByRole('dialog', { name: 'Meeting templates' });
    await editor.waitFor();
    expect(await violations(page)).toEqual([]);
    await editor.getByLabel('Template', { exact: true }).selectOption({ label: 'New template…' });
    await editor.getByLabel('Name').fill('Monthly operations check');
    await editor.getByLabel('Title of section 1').fill('Missing numbers');
    await editor.getByLabel('Minutes').first().fill('10');
    await editor
      .getByRole('group', { name: 'Section 1' })
      .getByRole('checkbox', { name: 'Off-track and at-risk items' })
      .uncheck();
    await editor.getByRole('checkbox', { name: 'Missing or late data' }).check();
    await editor.getByRole('button', { name: 'Add section' }).click();
    await editor.getByLabel('Title of section 2').fill('Wrap-up');
    await editor.getByLabel('Rate the meeting 1–10 at the end').check();
    await page.screenshot({ path: join(resultsDir, 'review-template-editor.png') });
    await editor.getByRole('button', { name: 'Create template' }).click();
    await editor.getByText('Saved “Monthly operations check”.').waitFor();
    const templates = (await app.api('review.templates', {})) as {
      name: string;
      sections: unknown[];
      rateMeeting: boolean;
    }[];
    expect(templates.find((t) => t.name === 'Monthly operations check')).toMatchObject({
      rateMeeting: true,
      sections: [
        { title: 'Missing numbers', minutes: 10, sources: ['missing_data'], description: '' },
        { title: 'Wrap-up', minutes: null, sources: [], description: '' },
      ],
    });
    await editor.getByText('Close', { exact: true }).click();
    await editor.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Start a review…' }).click();
    const start = page.getByRole('dialog', { name: 'Start a review' });
    expect(await start.getByLabel('Meeting template').locator('option').allTextContents()).toContain(
      'Monthly operations check',
    );
    await start.getByRole('button', { name: 'Edit templates…' }).click();
    await editor.getByLabel('Template', { exact: true }).selectOption({ label: 'Monthly operations check' });
    await editor.getByRole('button', { name: 'Delete template' }).click();
    await editor.getByText('Deleted “Monthly operations check”.').waitFor();
    expect(((await app.api('review.templates', {})) as { name: string }[]).map((t) => t.name)).toEqual([
      'Quarterly balanced-scorecard review',
      'EOS Level 10 meeting (weekly)',
    ]);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  }, 60_000);
});
