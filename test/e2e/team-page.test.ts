/**
 * The page of a team server (`quadrant serve`) in Chromium, against the real server on a real PostgreSQL (the
 * cluster of test/setup/postgres.ts): signing in, an invitation accepted, a viewer's banner, two people editing the
 * same value (the second is told who changed it and sees the current value), another person's edit appearing
 * without a reload, and the change history in the KPI dialog; axe-clean in the light and the dark theme.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { main as cli } from '../../src/main/cli';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { PgStore } from '../../src/main/core/db/pg-store';
import { describePg, freshSchema, pgDatabase } from '../pg';
import { PASSWORD, signedIn, teamServer, type TeamFixture } from '../team-http';
import { launchBrowser, rendererDir, resultsDir } from './browser';

let browser: Browser;
let team: TeamFixture;
const pages: Page[] = [];
/** A busy machine (two cores, Chromium and PostgreSQL) may take seconds to show what the page was sent. */
const WAIT = { timeout: 15_000 };

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))))`);
}

async function open(scheme: 'light' | 'dark' = 'light', path = '/'): Promise<Page> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  pages.push(page);
  await page.goto(new URL(path, team.server.url).href);
  return page;
}

async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to the team scorecard' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const scorecard = (page: Page) => page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' });
const cell = (page: Page, kpi: string, period: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${kpi}, ${period}:`) });
const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `team-${name}.png`) });

async function toGrid(page: Page): Promise<void> {
  await scorecard(page).waitFor();
  await page.keyboard.press('Control+2');
  await cell(page, 'Total revenue', 'Q3 2026').waitFor();
}

async function enter(page: Page, kpi: string, period: string, value: string): Promise<void> {
  await cell(page, kpi, period).click();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

beforeAll(async () => {
  mkdirSync(resultsDir, { recursive: true });
  // The sample scorecard, published to a team database as `quadrant publish` does it.
  const file = join(mkdtempSync(join(tmpdir(), 'quadrant-team-e2e-')), 'sample.scorecard');
  writeSampleDocument(file);
  const schema = freshSchema('page');
  const quiet = { out: () => {}, err: (s: string) => process.stderr.write(s) };
  expect(await cli(['publish', file, pgDatabase(), '--schema', schema], quiet)).toBe(0);
  team = await teamServer({ store: PgStore.open(pgDatabase(), { schema }), rendererDir });
  await team.person('admin', 'Ada Admin');
  await team.person('editor', 'Ben Ott', 'Grace Okafor');
  await team.person('viewer', 'Vic Viewer');
  browser = await launchBrowser();
}, 120_000);

afterEach(async () => {
  while (pages.length) await pages.pop()!.context().close();
});

afterAll(async () => {
  await browser?.close();
  await team?.server.close();
});

describePg('the team page', () => {
  it('signs in, refusing a wrong password in words; the account menu names the person and signs out', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(scheme);
      await signIn(page, 'ada@example.com', 'not the password');
      await page.getByRole('alert').filter({ hasText: 'E-mail or password is wrong.' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await shot(page, `sign-in-${scheme}`);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await scorecard(page).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Ada Admin' }).click();
      await page.getByRole('menuitem', { name: 'Sign Out' }).click();
      await page.getByRole('heading', { name: 'Sign in to the team scorecard' }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'You signed out.' }).count()).toBe(1);
    }
  }, 180_000);

  it('lets an admin invite someone; the link, opened once, makes their account and signs them in', async () => {
    const admin = await open('light');
    await signIn(admin, 'ada@example.com');
    await scorecard(admin).waitFor();
    await admin.getByRole('button', { name: 'Ada Admin' }).click();
    await admin.getByRole('menuitem', { name: 'People…' }).click();
    const people = admin.getByRole('dialog', { name: /^People/ });
    await people.getByRole('row', { name: /Vic Viewer/ }).waitFor();
    await people.getByLabel('E-mail', { exact: true }).fill('priya@example.com');
    await people.getByLabel('Role', { exact: true }).selectOption('contributor');
    await people.getByLabel('Owner name', { exact: true }).fill('Priya Nair');
    await people.getByRole('button', { name: 'Create invitation' }).click();
    const link = await people.getByRole('textbox', { name: /Invitation link for priya@example\.com/ }).inputValue();
    expect(link).toMatch(/\/\?invite=[\w-]+$/);
    await people.getByText('priya@example.com').first().waitFor();
    expect(await violations(admin)).toEqual([]);
    await shot(admin, 'people-light');

    const invited = await open('dark', new URL(link).pathname + new URL(link).search);
    await invited.getByRole('heading', { name: 'Join the team scorecard' }).waitFor();
    // The token leaves the address bar at once.
    expect(invited.url()).not.toContain('invite=');
    await invited.getByLabel('Your name').fill('Priya Nair');
    await invited.getByLabel('Password', { exact: true }).fill('too short');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await invited.getByText('Use at least 12 characters (you typed 9).').waitFor();
    expect(await violations(invited)).toEqual([]);
    await shot(invited, 'invite-dark');
    await invited.getByLabel('Password', { exact: true }).fill('a long enough password');
    await invited.getByLabel('Password again').fill('a long enough password');
    await invited.getByRole('button', { name: 'Create my account' }).click();
    await toGrid(invited);
    await invited.getByText('You enter values, notes and check-ins for the KPIs and actions Priya Nair owns').waitFor();
    // Grace Okafor's KPI is not Priya's to enter: its cells say so, and the server is not even asked.
    expect(await cell(invited, 'Total revenue', 'Q3 2026').getAttribute('aria-label')).toMatch(
      /Read-only\. Only its owner \(Grace Okafor\) or an editor can change this/,
    );
    expect(await violations(invited)).toEqual([]);
    await shot(invited, 'contributor-dark');
  }, 180_000);

  it('shows a viewer the read-only banner and offers no editing', async () => {
    const page = await open('dark');
    await signIn(page, 'vic@example.com');
    await scorecard(page).waitFor();
    await page.getByRole('status').filter({ hasText: 'your role, viewer, lets you read this scorecard, not change it' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit scorecard…' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Add objective to/ }).count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await shot(page, 'viewer-dark');
  }, 120_000);

  it('tells the second of two people editing one value who changed it, shows the current value, and shows edits live', async () => {
    const ada = await open('light');
    await signIn(ada, 'ada@example.com');
    const ben = await open('dark');
    // Ben's page misses Ada's edit (its event stream is held up), as when both type at the same moment.
    await ben.route('**/events', (route) => route.abort());
    await signIn(ben, 'ben@example.com');
    await toGrid(ada);
    await toGrid(ben);

    await enter(ada, 'Total revenue', 'Q3 2026', '250000');
    await expect.poll(() => cell(ada, 'Total revenue', 'Q3 2026').getAttribute('aria-label'), WAIT).toMatch(/: €250,000, /);
    await enter(ben, 'Total revenue', 'Q3 2026', '199000');
    await ben.getByText(/^Nothing saved: Ada Admin changed .*Total revenue.*Your change was not saved; the current value is shown\.$/).waitFor();
    await expect.poll(() => cell(ben, 'Total revenue', 'Q3 2026').getAttribute('aria-label'), WAIT).toMatch(/: €250,000, /);
    expect(await violations(ben)).toEqual([]);
    await shot(ben, 'conflict-dark');

    // With its events flowing again, Ben's page shows Ada's next edit without a reload, and says so politely.
    await ben.unroute('**/events');
    const streams = team.server.events.size;
    await ben.reload();
    await toGrid(ben);
    await expect.poll(() => team.server.events.size, WAIT).toBe(streams + 1);
    await enter(ada, 'Total revenue', 'Q3 2026', '260000');
    await expect.poll(() => cell(ben, 'Total revenue', 'Q3 2026').getAttribute('aria-label'), WAIT).toMatch(/: €260,000, /);
    const said = ben.locator('[aria-live="polite"]').filter({ hasText: 'Ada Admin changed “Total revenue”.' });
    await said.waitFor();
    await shot(ben, 'live-dark');
    // Ada's own edit is not news to Ada.
    expect(await ada.locator('[aria-live="polite"]').filter({ hasText: 'changed' }).count()).toBe(0);
  }, 180_000);

  it('lists who changed what in the KPI dialog’s change history', async () => {
    // Ada enters a value from another browser of hers (a client of the same server), as a person, not the CLI.
    const revenue = team.setup('kpi.list', {}).find((k) => k.name === 'Total revenue')!;
    const elsewhere = await signedIn(team.server, 'ada@example.com');
    await elsewhere.ok('measurement.setMany', { items: [{ kpiId: revenue.id, period: '2026-Q3', actual: 270_000 }] });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(scheme);
      await signIn(page, 'ada@example.com');
      await scorecard(page).waitFor();
      await page.getByRole('button', { name: 'Grow revenue profitably', exact: true }).click();
      await page.getByRole('button', { name: 'Total revenue', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Total revenue' });
      const history = dialog.getByRole('region', { name: 'Change history' });
      await history.getByRole('listitem').first().waitFor();
      const newest = await history.getByRole('listitem').first().textContent();
      expect(newest).toContain('Changed by Ada Admin');
      expect(newest).toMatch(/Value: €[\d,]+ → €270,000/);
      await history.getByRole('heading', { name: 'Change history' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      expect(await violations(page)).toEqual([]);
      await shot(page, `kpi-history-${scheme}`);
    }
  }, 180_000);

  it('makes the first admin from the setup link of a server nobody can sign in to yet', async () => {
    const fresh = await teamServer({ store: PgStore.open(pgDatabase(), { schema: freshSchema('setup') }), rendererDir });
    try {
      const link = fresh.server.setupLink();
      expect(link).toMatch(/\/\?invite=[\w-]+$/);
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      pages.push(page);
      await page.goto(link!);
      await page.getByRole('heading', { name: 'Set up the team scorecard' }).waitFor();
      await page.getByLabel('Your name').fill('Olga Owner');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByLabel('Password again').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create my account' }).click();
      // The setup link names nobody: the address to sign in with is asked, beside its field.
      await page.getByText('Enter your e-mail address: you sign in with it.').waitFor();
      await page.getByLabel('E-mail address').fill('olga@example.com');
      await page.getByRole('button', { name: 'Create my account' }).click();
      await page.getByRole('button', { name: 'Olga Owner' }).waitFor(WAIT);
      expect(fresh.server.accounts.byEmail('olga@example.com')).toMatchObject({ name: 'Olga Owner', role: 'admin' });
      expect(fresh.server.setupLink()).toBeNull();
      expect(await violations(page)).toEqual([]);
    } finally {
      await fresh.server.close();
    }
  }, 120_000);
});
