/**
 * Accountability between reviews, in Chromium against the real backend, on 27 November 2026: the data due greets
 * the opened document by owner; actions are added, shown overdue first, filtered and marked done; the completion
 * rates follow; open actions show on the owner's page, the objective's panel and the KPI's detail; and a KPI's own
 * due days, then the scorecard's, change what is due.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, scrollGridTo, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;

const TODAY = new Date('2026-11-27T12:00:00');

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.clock.setFixedTime(TODAY);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
}, 60_000);

afterAll(async () => {
  const errors = app?.pageErrors ?? [];
  await app?.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

const tab = (name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });
const duePanel = () => page.getByRole('region', { name: 'Data due' });
const actionsView = () => page.getByRole('region', { name: 'Actions' });
const titles = () =>
  actionsView()
    .getByRole('table', { name: 'Action items, overdue first' })
    .getByRole('rowheader')
    .evaluateAll((cells) => cells.map((c) => c.firstElementChild?.textContent ?? ''));
const filters = () => actionsView().getByRole('group', { name: 'Filter actions' });
const rateRow = (caption: string, name: string) =>
  actionsView()
    .getByRole('table', { name: caption })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });

async function shoot(name: string, target: () => Promise<unknown>): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
    await target().then(async (t) => {
      const path = join(resultsDir, `actions-${name}-${scheme}.png`);
      if (t && typeof t === 'object' && 'screenshot' in t)
        await (t as { screenshot(o: object): Promise<unknown> }).screenshot({ path });
      else await page.screenshot({ path });
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function addAction(fields: { title: string; owner: string; due?: string; about: string }): Promise<void> {
  await actionsView().getByRole('button', { name: 'Add action…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add action' });
  await dialog.getByRole('textbox', { name: 'Action' }).fill(fields.title);
  await dialog.getByLabel('Owner').fill(fields.owner);
  if (fields.due) await dialog.getByLabel('Due').fill(fields.due);
  await dialog.getByLabel('About').selectOption({ label: fields.about });
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await dialog.waitFor({ state: 'detached' });
  await actionsView()
    .getByRole('rowheader', { name: new RegExp(`^${fields.title}`) })
    .waitFor();
}

describe('the data due on opening a document', () => {
  it('lists the overdue KPIs by owner, jumps to the entry grid, and comes back from the Actions view', async () => {
    const panel = duePanel();
    await panel.waitFor();
    expect(await panel.textContent()).toContain('2 overdue, from 2 owners.');
    const sam = panel.getByRole('list', { name: 'Data due: Sam Whitfield' });
    expect(await sam.textContent()).toMatch(/Employee NPS \(eNPS\), Q3 2026.*48 days overdue \(due 10 Oct 2026\)/);
    const maeve = panel.getByRole('list', { name: 'Data due: Maeve Donnelly' });
    expect(await maeve.textContent()).toMatch(/Online shop revenue, Oct 2026.*17 days overdue/);
    // Owners alphabetically.
    expect(
      await panel.getByRole('list').evaluateAll((lists) => lists.map((l) => l.getAttribute('aria-label'))),
    ).toEqual(['Data due: Maeve Donnelly', 'Data due: Sam Whitfield']);
    await shoot('data-due', async () => panel);

    await panel.getByRole('button', { name: 'Enter data: Employee NPS (eNPS), Q3 2026' }).click();
    // The grid opens on the period the value is missing for; eNPS sits low in the virtualised grid.
    await page.getByRole('gridcell', { name: /^Total revenue, Q3 2026:/ }).waitFor();
    expect(await duePanel().count()).toBe(0);
    const enps = page.getByRole('gridcell', { name: /^Employee NPS \(eNPS\), Q3 2026: empty/ });
    await scrollGridTo(page, enps);

    await tab('Actions').click();
    await actionsView().getByText('No actions yet').waitFor();
    await actionsView().getByRole('button', { name: 'Data due (2)' }).click();
    await duePanel().waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Data due');
    await duePanel().getByRole('button', { name: 'Dismiss' }).click();
    expect(await duePanel().count()).toBe(0);
  });
});

describe('action items', () => {
  it('are added with suggested owners, listed overdue first, filtered and marked done', async () => {
    await tab('Actions').click();
    await actionsView().getByRole('button', { name: 'Add action…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add action' });
    // Owners are suggested from the people of the document; a title is required.
    expect(await dialog.locator('datalist option[value="Priya Nair"]').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await dialog.getByText('is required').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await addAction({
      title: 'Renegotiate the green-coffee contract',
      owner: 'Priya Nair',
      due: '2026-11-20',
      about: 'Gross margin',
    });
    await addAction({
      title: 'Refresh the wholesale price list',
      owner: 'Priya Nair',
      due: '2026-12-03',
      about: 'Improve gross margin',
    });
    await addAction({
      title: 'Book the barista trainers',
      owner: 'Sam Whitfield',
      due: '2026-11-10',
      about: 'Barista academy',
    });
    await addAction({
      title: 'Publish the staff survey results',
      owner: 'Sam Whitfield',
      due: '2026-12-01',
      about: 'Employee NPS (eNPS)',
    });
    await addAction({
      title: 'Find a second café site',
      owner: 'Maeve Donnelly',
      about: 'The whole scorecard (Harbour & Ember — Company Scorecard)',
    });

    expect(await titles()).toEqual([
      'Book the barista trainers',
      'Renegotiate the green-coffee contract',
      'Publish the staff survey results',
      'Refresh the wholesale price list',
      'Find a second café site',
    ]);
    const overdueRow = actionsView().getByRole('row').filter({ hasText: 'Renegotiate the green-coffee contract' });
    expect(await overdueRow.textContent()).toContain('Overdue');
    expect(await overdueRow.textContent()).toContain('KPI: Gross margin');

    // Done early counts as kept; done after its date as missed; open past its date as missed.
    await actionsView().getByLabel('Status of Publish the staff survey results').selectOption('done');
    await actionsView().getByLabel('Status of Book the barista trainers').selectOption('done');
    await expect
      .poll(titles)
      .toEqual([
        'Renegotiate the green-coffee contract',
        'Refresh the wholesale price list',
        'Find a second café site',
        'Publish the staff survey results',
        'Book the barista trainers',
      ]);
    const done = actionsView().getByRole('row').filter({ hasText: 'Publish the staff survey results' });
    expect(await done.textContent()).toContain('on 27 Nov 2026');

    expect(await rateRow('By owner', 'Priya Nair').textContent()).toMatch(/0 %.*0 of 1 on time.*Below 90 %/);
    expect(await rateRow('By owner', 'Sam Whitfield').textContent()).toMatch(/50 %.*1 of 2 on time.*Below 90 %/);
    expect(await rateRow('By quarter due', 'Q4 2026').textContent()).toMatch(/33 %.*1 of 3 on time/);
    expect(
      await actionsView().getByRole('table', { name: 'By owner' }).getByRole('rowheader').allTextContents(),
    ).toEqual(['Priya Nair', 'Sam Whitfield']);

    await filters().getByLabel('Owner', { exact: true }).selectOption({ label: 'Priya Nair' });
    await expect.poll(titles).toEqual(['Renegotiate the green-coffee contract', 'Refresh the wholesale price list']);
    await filters().getByLabel('Owner', { exact: true }).selectOption({ label: 'Everyone' });
    await filters().getByLabel('Due', { exact: true }).selectOption({ label: 'Overdue' });
    await expect.poll(titles).toEqual(['Renegotiate the green-coffee contract']);
    await filters().getByLabel('Due', { exact: true }).selectOption({ label: 'In the next 7 days' });
    await expect.poll(titles).toEqual(['Refresh the wholesale price list']);
    await filters().getByLabel('Due', { exact: true }).selectOption({ label: 'No due date' });
    await expect.poll(titles).toEqual(['Find a second café site']);
    await filters().getByLabel('Due', { exact: true }).selectOption({ label: 'Any time' });
    await filters().getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
    await expect.poll(titles).toEqual(['Publish the staff survey results', 'Book the barista trainers']);
    await filters().getByLabel('Status', { exact: true }).selectOption({ label: 'Any' });
    await shoot('view', async () => null);

    // Edited, then deleted through its dialog; undo would bring it back.
    await actionsView().getByRole('button', { name: 'Edit action Find a second café site' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit action' });
    await edit.getByRole('button', { name: 'Delete…' }).click();
    await page
      .getByRole('dialog', { name: /^Delete the action/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect.poll(titles).not.toContain('Find a second café site');
  });

  it('show open on the owner’s page with the owner’s completion rate, and on the objective and the KPI', async () => {
    await tab('Owners').click();
    await page.getByLabel('Person').selectOption('Priya Nair');
    const open = page.getByRole('list', { name: 'Open actions: Priya Nair' });
    expect(await open.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Renegotiate the green-coffee contract.*due 20 Nov 2026.*Overdue$/),
      expect.stringMatching(/^Refresh the wholesale price list.*due 3 Dec 2026$/),
    ]);
    expect(await page.getByRole('group', { name: 'Completion rate: Priya Nair' }).textContent()).toMatch(
      /0 %.*Below 90 %/,
    );

    await tab('Scorecard').click();
    await page.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Improve gross margin: KPIs, initiatives and notes' });
    expect(await panel.getByRole('list', { name: 'Open actions: Improve gross margin' }).textContent()).toContain(
      'Refresh the wholesale price list',
    );
    await panel.getByRole('button', { name: 'Gross margin', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Gross margin' });
    const kpiActions = detail.getByRole('list', { name: 'Open actions: Gross margin' });
    expect(await kpiActions.textContent()).toMatch(/Renegotiate the green-coffee contract.*Priya Nair.*Overdue/);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    await tab('Initiatives').click();
    // Done actions are not open: the academy's list is gone.
    expect(await page.getByRole('list', { name: 'Open actions: Barista academy' }).count()).toBe(0);
  });
});

describe('due days', () => {
  it('a KPI’s own days, then the scorecard’s default, change what is due', async () => {
    await tab('Actions').click();
    await actionsView().getByRole('button', { name: 'Data due (2)' }).click();
    const sam = duePanel().getByRole('list', { name: 'Data due: Sam Whitfield' });
    expect(await sam.textContent()).toContain('48 days overdue');

    // The eNPS KPI, from its owner's page: 60 days after the quarter ends is 29 November.
    await tab('Owners').click();
    await page.getByLabel('Person').selectOption('Sam Whitfield');
    await page
      .getByRole('region', { name: 'Who owns what' })
      .getByRole('button', { name: 'Employee NPS (eNPS)', exact: true })
      .click();
    await page.getByRole('dialog', { name: 'Employee NPS (eNPS)' }).getByRole('button', { name: 'Edit KPI…' }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    const days = form.getByLabel('Data due, days after the period ends');
    expect(await days.getAttribute('placeholder')).toBe('10');
    await days.fill('1.5');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('must be a whole number').waitFor();
    await days.fill('400');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('must be at most 365 days').waitFor();
    await days.fill('60');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => sam.textContent()).toMatch(/Employee NPS \(eNPS\), Q3 2026.*due 29 Nov 2026/);
    expect(await sam.textContent()).not.toContain('overdue');
    expect(await duePanel().textContent()).toContain('1 overdue, 1 due soon, from 2 owners.');

    // The scorecard's default at 30 days: October's online revenue is due on 30 November, no longer overdue.
    await page.getByRole('button', { name: 'Edit scorecard…' }).click();
    const scorecard = page.getByRole('dialog', { name: 'Edit scorecard' });
    await scorecard.getByLabel('Data due, days after the period ends').fill('');
    await scorecard.getByRole('button', { name: 'Save' }).click();
    await scorecard.getByText('is required').waitFor();
    await scorecard.getByLabel('Data due, days after the period ends').fill('30');
    await scorecard.getByRole('button', { name: 'Save' }).click();
    await scorecard.waitFor({ state: 'detached' });
    await expect.poll(() => duePanel().textContent()).toContain('2 due soon, from 2 owners.');
    expect(await duePanel().getByRole('list', { name: 'Data due: Maeve Donnelly' }).textContent()).toContain(
      'due 30 Nov 2026',
    );
  });
});
