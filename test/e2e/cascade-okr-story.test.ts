/**
 * The story, through the page only: the company scorecard scores with its contributors; its objective "Grow
 * revenue profitably" is cascaded to a new department scorecard; there the supporting objective gets an OKR with two
 * key results and three check-ins; back on the company scorecard the objective's score has changed, and its formula
 * says why.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import {
  checkIn as checkInOn,
  objectivePanel,
  openObjective as openObjectiveOf,
  type CheckInFields,
} from './objective-steps';

const COMPANY = 'Harbour & Ember — Company Scorecard';
const GROW = 'Grow revenue profitably';
const WIN = 'Win new café accounts';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await heading(COMPANY).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const panelOf = (title: string) => objectivePanel(page, title);
const openObjective = (title: string) => openObjectiveOf(page, title);
const checkIn = (keyResult: string, fields: CheckInFields) => checkInOn(page, panelOf(WIN), keyResult, fields);
const scoreTitle = () => page.getByRole('article', { name: GROW }).locator('.score').getAttribute('title');

async function addKeyResult(fields: { title: string; milestone?: boolean; start?: string; target?: string }) {
  await panelOf(WIN)
    .getByRole('button', { name: `Add key result to ${WIN}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Add key result' });
  await dialog.getByRole('textbox', { name: 'Key result' }).fill(fields.title);
  if (fields.milestone) await dialog.getByLabel('Kind').selectOption('milestone');
  if (fields.start !== undefined) await dialog.getByLabel('Start value').fill(fields.start);
  if (fields.target !== undefined) await dialog.getByRole('textbox', { name: 'Target' }).fill(fields.target);
  await dialog.getByRole('button', { name: 'Add key result' }).click();
  await dialog.waitFor({ state: 'detached' });
}

it('cascades a company objective, adds an OKR below with two key results and three check-ins, and the company score moves', async () => {
  // The company scorecard counts the objectives below that support its own.
  await page.getByRole('button', { name: 'Edit scorecard…' }).click();
  const form = page.getByRole('dialog', { name: 'Edit scorecard' });
  await form.getByRole('radio', { name: '…and from the objectives below that support them' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  // Its own two KPIs, Total revenue (weight 2, capped at 100 %) and Wholesale revenue: (100 × 2 + 95.95) / 3 = 98.65 %.
  await expect.poll(scoreTitle).toMatch(/^Weighted mean of 2 KPIs: .* = 99 %/);

  const grow = await openObjective(GROW);
  await grow.getByRole('button', { name: `Cascade ${GROW}…` }).click();
  const dialog = page.getByRole('dialog', { name: `Cascade “${GROW}”` });
  await dialog.getByRole('textbox', { name: 'New scorecard name' }).fill('Wholesale team');
  await dialog.getByRole('textbox', { name: 'Title of new objective 1' }).fill(WIN);
  await dialog.getByRole('button', { name: 'Cascade', exact: true }).click();
  await dialog.getByRole('button', { name: 'Go to Wholesale team' }).click();
  await heading('Wholesale team').waitFor();

  // The OKR: a metric from check-ins and a milestone, in the quarter shown.
  await openObjective(WIN);
  await addKeyResult({ title: 'Café accounts signed', start: '0', target: '10' });
  await addKeyResult({ title: 'First wholesale delivery run', milestone: true });
  await checkIn('Café accounts signed', { date: '2026-07-15', value: '3', confidence: '6' });
  await checkIn('Café accounts signed', { date: '2026-09-01', value: '5', confidence: '7' });
  await checkIn('First wholesale delivery run', { date: '2026-09-20', done: true, confidence: '9' });
  // (5 − 0) / (10 − 0) = 0.50 and the milestone done = 1.00: the OKR (0.50 + 1.00) / 2 = 0.75 → green (aspirational).
  const keyResults = panelOf(WIN).getByRole('region', { name: `Key results of ${WIN}` });
  await expect.poll(() => keyResults.textContent()).toContain('= 0.75 → green');
  await page.screenshot({ path: join(resultsDir, 'story-okr-department.png') });

  await page.getByRole('navigation', { name: 'Scorecards above this one' }).getByText(COMPANY).click();
  await heading(COMPANY).waitFor();
  // Each key result counts as its share of success (0.7 for aspirational OKRs): 0.50 / 0.7 = 71.43 %, the milestone
  // 100 %, so "Win new café accounts" scores (71.43 + 100) / 2 = 85.71 %, and the company objective
  // (100 × 2 + 95.95 × 1 + 85.71 × 1) / 4 = 95.42 %: it moved from 99 % to 95 %.
  await expect
    .poll(scoreTitle)
    .toMatch(
      /^Weighted mean of 3 items \(2 KPIs, 1 contributing objective\): \(100 × 2 \+ 95\.95 × 1 \+ 85\.71 × 1\) \/ 4 = 95 %/,
    );
  await expect.poll(() => page.getByRole('article', { name: GROW }).locator('.score').textContent()).toMatch(/95\s?%$/);
  await page.screenshot({ path: join(resultsDir, 'story-okr-company.png') });
  expect(app.pageErrors).toEqual([]);
}, 30_000);
