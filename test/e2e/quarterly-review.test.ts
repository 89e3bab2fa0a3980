/**
 * The whole quarterly review of the sample's Q3, as a user runs it in Chromium against the real backend: start the
 * review, check its agenda against the scorecard's red and amber items, write notes, decisions and actions, export
 * the minutes and read the PDF back, close Q3, change a target, see Q3 unchanged while an open quarter moves, and
 * find the open actions and the decisions on the next quarter's agenda.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardTree } from '../../src/shared/domain';
import type { Evaluation } from '../../src/shared/evaluation';
import type { Review } from '../../src/shared/review';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { flat, pdfText, requirePoppler } from './pdf-tools';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  requirePoppler();
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1366, height: 800 } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
const chosenPeriod = (page: Page) => page.getByRole('status', { name: 'Chosen period' }).textContent();

/** What the overview shows of each objective: title, score and the KPIs on its card, in order. */
async function overviewFacts(page: Page) {
  await page.locator('.objective-card').first().waitFor();
  return page.locator('.objective-card').evaluateAll((cards) =>
    cards.map((c) => ({
      title: c.querySelector('.card-title')?.textContent,
      score: c.querySelector('.score')?.textContent,
      kpis: [...c.querySelectorAll('.card-kpis li')].map((li) => li.textContent),
    })),
  );
}

async function step(page: Page, direction: 'Previous' | 'Next', expected: string) {
  await page.getByRole('button', { name: `${direction} period` }).click();
  await expect.poll(() => chosenPeriod(page)).toBe(expected);
}

async function startReview(page: Page, period: string, heldOn: string, attendees: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Start a review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a review' });
  await dialog.getByLabel('Period reviewed').selectOption({ label: period });
  await dialog.getByLabel('Meeting date').fill(heldOn);
  for (const name of attendees) {
    await dialog.getByLabel('Attendees', { exact: true }).fill(name);
    await dialog.getByLabel('Attendees', { exact: true }).press('Enter');
  }
  await dialog.getByLabel('Meeting template').selectOption({ label: 'Quarterly balanced-scorecard review' });
  await dialog.getByRole('button', { name: 'Start the review' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The agenda as shown: each line's kind class, title and reason. */
async function agendaLines(page: Page) {
  return page
    .getByRole('list', { name: 'Agenda' })
    .getByRole('listitem')
    .evaluateAll((els) =>
      els.map((el) => ({
        section: el.classList.contains('agenda-section'),
        title: el.querySelector('.agenda-title')?.lastChild?.textContent ?? '',
        reason: el.querySelector('.agenda-reason')?.textContent ?? '',
      })),
    );
}

const DECISIONS = ['Open a second till at the café at peak hours.', 'Renegotiate the green coffee contract before December.'];
const ACTIONS = [
  { title: 'Trial a second till for four weeks', owner: 'Ana Owner', due: '2026-11-15' },
  { title: 'Ask two importers for green coffee quotes', owner: 'Ben Finance', due: '2026-11-30' },
];

describe('the quarterly review of Q3 2026', () => {
  it('runs from the agenda to the minutes, closes the quarter, and follows up at the next review', async () => {
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.clock.setFixedTime(new Date('2026-10-14T09:00:00'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    // The data-due panel greets a document with values overdue; it is not in the way, but it is dismissed here.
    const due = page.getByRole('region', { name: 'Data due' });
    if (await due.isVisible()) await due.getByRole('button', { name: 'Dismiss' }).click();
    expect(await chosenPeriod(page)).toBe('Q3 2026');
    const q3Before = await overviewFacts(page);
    const overallBefore = await page.locator('.overall-score').textContent();

    // 1. Start the review; its first section is exactly the red then amber objectives and KPIs of Q3.
    await tab(page, 'Reviews').click();
    await startReview(page, 'Q3 2026', '2026-10-14', ['Ana Owner', 'Ben Finance']);
    await page.getByRole('heading', { level: 2, name: 'Q3 2026 — Quarterly balanced-scorecard review' }).waitFor();
    const sc = ((await app.api('scorecard.list', {})) as { id: number }[])[0]!;
    const tree = (await app.api('scorecard.get', { id: sc.id })) as ScorecardTree;
    const evaluation = (await app.api('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' })) as Evaluation;
    const offTrack = [
      ...evaluation.objectives.map((o) => ({ name: tree.objectives.find((x) => x.id === o.objectiveId)!.title, status: o.status })),
      ...evaluation.kpis.map((k) => ({ name: tree.kpis.find((x) => x.id === k.kpiId)!.name, status: k.status })),
    ].filter((x) => x.status === 'red' || x.status === 'amber');
    const lines = await agendaLines(page);
    const end = lines.findIndex((l, i) => i > 0 && l.section);
    const first = lines.slice(1, end);
    expect(first.map((l) => l.title).sort()).toEqual(offTrack.map((x) => x.name).sort());
    const words = first.map((l) => l.reason.split(':')[0]);
    expect(words.lastIndexOf('Red')).toBeLessThan(words.indexOf('Amber'));
    expect(words.filter((w) => w === 'Red')).toHaveLength(offTrack.filter((x) => x.status === 'red').length);

    // 2. Notes, a decision and an action on each of two lines.
    const [review] = (await app.api('review.list', { scorecardId: sc.id })) as Review[];
    const items = ((await app.api('review.get', { id: review!.id })) as { items: { id: number; title: string; kind: string }[] }).items;
    const discussed = items.filter((i) => i.kind === 'kpi').slice(0, 2);
    expect(discussed).toHaveLength(2);
    for (const [n, item] of discussed.entries()) {
      await page.getByRole('list', { name: 'Agenda' }).locator(`[data-item-id="${item.id}"]`).click();
      const panel = page.getByRole('region', { name: item.title });
      await panel.getByLabel('Discussion notes').fill(`Discussed ${item.title} with the owners.`);
      await panel.getByLabel('Decision').fill(DECISIONS[n]!);
      await panel.getByLabel('Decided').check();
      await panel.getByLabel('Action', { exact: true }).fill(ACTIONS[n]!.title);
      await panel.getByLabel('Owner').fill(ACTIONS[n]!.owner);
      await panel.getByLabel('Due').fill(ACTIONS[n]!.due);
      await panel.getByRole('button', { name: 'Add action' }).click();
      await panel.getByRole('list', { name: `Action items of ${item.title}` }).getByText(ACTIONS[n]!.title).waitFor();
    }
    await expect
      .poll(async () => ((await app.api('review.get', { id: review!.id })) as { items: { decision: string }[] }).items.map((i) => i.decision).filter(Boolean))
      .toEqual(DECISIONS);

    // 3. The minutes, downloaded from the review and read back: every decision and action, under its owner.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export minutes as PDF' }).click(),
    ]);
    const pdf = join(resultsDir, 'quarterly-review-minutes.pdf');
    await download.saveAs(pdf);
    const text = flat(pdfText(pdf));
    for (const s of [...DECISIONS, ...ACTIONS.map((a) => a.title), 'Ana Owner', 'Ben Finance', 'Q3 2026']) expect(text).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '2', pdf, join(resultsDir, 'quarterly-review-minutes')]);
    expect(existsSync(join(resultsDir, 'quarterly-review-minutes-1.png'))).toBe(true);

    // 4. Close Q3, then give Total revenue a new target from an open quarter.
    await tab(page, 'Scorecard').click();
    await page.getByRole('button', { name: 'Close Q3 2026…' }).click();
    const close = page.getByRole('dialog', { name: 'Close Q3 2026?' });
    await close.getByRole('textbox', { name: 'Closed by' }).fill('Ana Owner');
    await close.getByRole('button', { name: 'Close Q3 2026', exact: true }).click();
    await close.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Reopen Q3 2026…' }).waitFor();
    await step(page, 'Previous', 'Q2 2026');
    const q2Before = await overviewFacts(page);
    const title = 'Grow revenue profitably';
    const objective = page.getByRole('button', { name: title, exact: true }).first();
    if ((await objective.getAttribute('aria-expanded')) !== 'true') await objective.click();
    const panel = page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });
    await panel.getByRole('button', { name: 'Edit KPI Total revenue' }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    const revenue = tree.kpis.find((k) => k.name === 'Total revenue')!;
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill(String((revenue.target ?? 0) * 3));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    // The open quarter moves with the new target...
    await expect.poll(() => overviewFacts(page)).not.toEqual(q2Before);
    // ...the closed one does not.
    await step(page, 'Next', 'Q3 2026');
    await expect.poll(() => overviewFacts(page)).toEqual(q3Before);
    expect(await page.locator('.overall-score').textContent()).toBe(overallBefore);
    expect(await app.api('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' })).toEqual(evaluation);

    // 5. The next quarter's review brings the open actions and the decisions back.
    await tab(page, 'Reviews').click();
    await page.getByRole('button', { name: '← All reviews' }).click();
    await startReview(page, 'Q4 2026', '2027-01-13', ['Ana Owner']);
    await page.getByRole('heading', { level: 2, name: 'Q4 2026 — Quarterly balanced-scorecard review' }).waitFor();
    const next = await agendaLines(page);
    for (const a of ACTIONS) {
      const line = next.find((l) => l.title === a.title);
      expect(line?.reason).toContain('Overdue since');
      expect(line?.reason).toContain(a.owner);
    }
    for (const d of DECISIONS) expect(next.some((l) => l.reason.includes(d))).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'quarterly-review-next-agenda.png') });
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  }, 180_000);
});
