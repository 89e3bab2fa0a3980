/**
 * Dot voting and promotion in the browser against the real backend, on the sample at a projector's 1280×720: a
 * workshop made with three participants (a mistake answered beside its field), notes typed in two columns and the
 * parking lot, a group; each participant votes in turn on one laptop and sees only their own dots, one dot too many
 * is refused with the reason, the reveal shows the totals and sorts the column; a group promoted to an objective, a
 * note to a KPI of an objective and a parking-lot note to an objective of a chosen perspective; the badge opens the
 * objective; undo takes a promotion back and redo brings it again; a note too long for a title is answered in the
 * dialog. Clearing the votes asks first (undo brings them back); editing the workshop refuses fewer dots than someone
 * placed, naming them, and a renamed participant keeps their votes; a workshop without participants asks for them.
 * Screenshots of the voting board, the revealed board and the Promote dialog, light and dark, each clean for axe-core.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { objectivePanel } from './objective-steps';

let browser: Browser;
let app: RunningApp;
let page: Page;
let workshopId = 0;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1280, height: 720 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('article', { name: 'Grow revenue profitably' }).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

interface Board {
  workshop: { id: number; votesRevealed: boolean };
  notes: { id: number; text: string; kind: string; promotedObjectiveId: number | null; promotedKpiId: number | null }[];
  votes: { noteId: number; participant: string; dots: number }[];
}
const board = async () => (await app.api('workshop.get', { id: workshopId })) as Board;
const statusMessage = () => page.locator('.status-message').textContent();

const voting = () => page.getByRole('region', { name: 'Dot voting' });
/** The voting bar's line that says whose turn it is (a polite live region). */
const votingStatus = () => voting().locator('p[aria-live]').textContent();
const notesIn = (column: string) => page.getByRole('list', { name: `Notes in ${column}` });
/** A loose note or a group, by its text (a group's card is named "Group <heading>, n notes"). */
const card = (column: string, name: string | RegExp) =>
  notesIn(column)
    .getByRole('listitem', { name, exact: typeof name === 'string' })
    .first();
/** The names of a column's own cards (not the notes inside its groups), top to bottom. */
const order = (column: string) =>
  notesIn(column).evaluate((ul) =>
    [...ul.children].filter((li) => li.matches('li[aria-label]')).map((li) => li.getAttribute('aria-label')),
  );
/** `what` as the buttons name it: “Loyalty card”, or the group “Faster delivery”. */
const dotButton = (action: 'Add a dot to' | 'Take back a dot from', what: string) =>
  page.getByRole('button', { name: `${action} ${what}`, exact: true });

async function addNotes(column: string, texts: string[]): Promise<void> {
  const entry = page.getByRole('textbox', { name: `New note in ${column}` });
  for (const text of texts) {
    await entry.fill(text);
    await entry.press('Enter');
    await card(column, text).waitFor();
  }
}

async function dot(what: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = (await board()).votes.reduce((n, v) => n + v.dots, 0);
    await dotButton('Add a dot to', what).click();
    await expect.poll(async () => (await board()).votes.reduce((n, v) => n + v.dots, 0)).toBe(before + 1);
  }
}

/** axe-core's findings in one part of the page (the page as a whole is test/e2e/accessibility's), one line per element. */
async function violations(selector: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('${selector}'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary)))`);
}

async function shoot(name: string, selector: string): Promise<void> {
  const target = page.locator(selector);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
    expect(await violations(selector)).toEqual([]);
    const path = join(resultsDir, `workshop-voting-${name}-${scheme}.png`);
    await target.screenshot({ path });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('workshop voting and promotion', () => {
  it('creates a workshop with three participants, answering a mistake beside its field', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Workshops' }).click();
    await page.getByRole('region', { name: 'Workshops' }).getByRole('button', { name: 'New workshop…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workshop' });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(await dialog.getByLabel('Date').inputValue()).toBe(today);
    expect(await dialog.getByRole('textbox', { name: 'Dots per participant' }).inputValue()).toBe('3');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Customer strategy day');
    const participants = dialog.getByRole('textbox', { name: 'Participants' });
    // One per line: Enter starts the next name.
    await participants.fill('Anna');
    await participants.press('Enter');
    await participants.pressSequentially('Ben');
    await participants.press('Enter');
    await participants.pressSequentially('anna');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => describedBy(participants)).toContain('“anna” is listed twice');
    expect(await app.api('workshop.list', { scorecardId: 1 })).toEqual([]);

    await participants.fill('Anna\nBen\n\n  Chloé  ');
    await expect.poll(() => describedBy(participants)).toContain('3 participants, voting in this order');
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await dialog.waitFor({ state: 'detached' });
    const [workshop] = (await app.api('workshop.list', { scorecardId: 1 })) as {
      id: number;
      participants: string[];
      dotsPerParticipant: number;
    }[];
    expect(workshop).toMatchObject({ participants: ['Anna', 'Ben', 'Chloé'], dotsPerParticipant: 3 });
    workshopId = workshop.id;
    // The new workshop opens on its board, nobody voting yet.
    await expect.poll(votingStatus).toBe('0 of 3 have placed all their dots · votes hidden');
  });

  it('types notes in two columns and the parking lot, and groups two', async () => {
    await addNotes('Customer', ['Faster delivery', 'Same-day dispatch', 'Loyalty card']);
    await addNotes('Financial', ['Cut waste']);
    await addNotes('Parking lot', ['Barista trainer']);
    // G groups the focused note with the one above it.
    await card('Customer', 'Same-day dispatch').focus();
    await page.keyboard.press('g');
    await card('Customer', /^Group Faster delivery, 2 notes/).waitFor();
    expect(await order('Customer')).toEqual(['Group Faster delivery, 2 notes', 'Loyalty card']);
  });

  it('lets each participant vote in turn, seeing only their own dots, and refuses a dot too many', async () => {
    await voting().getByRole('button', { name: 'Start voting' }).click();
    await expect.poll(votingStatus).toBe('Anna is voting — 3 of 3 dots left');
    await dot('the group “Faster delivery”', 2);
    await dot('“Loyalty card”');
    await expect.poll(votingStatus).toBe('Anna is voting — 0 of 3 dots left');
    await expect
      .poll(() => page.getByRole('group', { name: 'Anna’s dots on “Loyalty card”' }).textContent())
      .toContain('1 dot');

    // A fourth dot is refused beside the note, and nothing is written.
    await dotButton('Add a dot to', '“Cut waste”').click();
    const refusal = card('Financial', 'Cut waste').getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('Anna has no dots left (3 of 3 placed)');
    expect((await board()).votes.filter((v) => v.participant === 'Anna').reduce((n, v) => n + v.dots, 0)).toBe(3);

    await voting().getByRole('button', { name: 'Next participant' }).click();
    await expect.poll(votingStatus).toBe('Ben is voting — 3 of 3 dots left');
    // Anna's refusal went with her turn.
    expect(await refusal.count()).toBe(0);
    // Anna's dots are hidden from Ben, and no totals show before the reveal.
    await expect
      .poll(() => page.getByRole('group', { name: 'Ben’s dots on “Loyalty card”' }).textContent())
      .toContain('0 dots');
    expect(await page.getByRole('main').textContent()).not.toMatch(/\d+ votes?\b/);
    await dot('“Loyalty card”');
    await dot('“Cut waste”');
    await dotButton('Take back a dot from', '“Cut waste”').click();
    await expect.poll(votingStatus).toBe('Ben is voting — 2 of 3 dots left');
    await dot('the group “Faster delivery”');

    await voting().getByRole('button', { name: 'Next participant' }).click();
    await expect.poll(votingStatus).toBe('Chloé is voting — 3 of 3 dots left');
    // The last turn: the same button, now Done, keeps the focus.
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Done');
    await dot('“Loyalty card”', 2);
    await dot('“Same-day dispatch”');
    expect(await voting().getByRole('button', { name: 'Next participant' }).count()).toBe(0);
    await shoot('voting', 'main');
    await voting().getByRole('button', { name: 'Done' }).click();
    const people = voting().getByRole('list', { name: 'Participants' });
    for (const [name, used] of [
      ['Anna', 3],
      ['Ben', 2],
      ['Chloé', 3],
    ] as const)
      await people.getByRole('button', { name: `${name} (${used} of 3 dots placed)` }).waitFor();
    await expect.poll(votingStatus).toBe('2 of 3 have placed all their dots · votes hidden');
    expect(await page.getByRole('main').textContent()).not.toMatch(/\d+ votes?\b/);
  });

  it('reveals the totals and sorts the column by votes, and hides them again', async () => {
    expect(await order('Customer')).toEqual(['Group Faster delivery, 2 notes', 'Loyalty card']);
    await voting().getByRole('button', { name: 'Reveal votes' }).click();
    // Loyalty card: Anna 1 + Ben 1 + Chloé 2; the group: Anna 2 + Ben 1 (its notes' own dots are theirs).
    await expect.poll(() => order('Customer')).toEqual(['Loyalty card', 'Group Faster delivery, 2 notes']);
    await expect.poll(() => card('Customer', 'Loyalty card').textContent()).toContain('4 votes');
    expect(
      await card('Customer', /^Group Faster delivery/)
        .locator('.note-foot')
        .first()
        .textContent(),
    ).toContain('3 votes');
    expect(await card('Financial', 'Cut waste').textContent()).toContain('0 votes');
    expect((await board()).workshop.votesRevealed).toBe(true);
    await shoot('revealed', 'main');

    // On the projector the totals read from the back of the room, and the room sees no Promote… on every card.
    const onBoard = page.getByRole('region', { name: 'Workshop board: Customer strategy day' });
    await onBoard.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => onBoard.getAttribute('data-projector')).toBe('on');
    const total = card('Customer', 'Loyalty card').getByText(/^\D*4 votes$/);
    expect(
      await total.evaluate((el) => parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    expect(
      await card('Customer', 'Loyalty card')
        .getByRole('button', { name: /^Promote/ })
        .isVisible(),
    ).toBe(false);
    await shoot('projector', '.workshop-board');
    await card('Customer', 'Loyalty card').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => onBoard.getAttribute('data-projector')).toBe(null);

    await voting().getByRole('button', { name: 'Hide votes' }).click();
    await expect.poll(() => order('Customer')).toEqual(['Group Faster delivery, 2 notes', 'Loyalty card']);
    expect(await page.getByRole('main').textContent()).not.toMatch(/\d+ votes?\b/);
    await voting().getByRole('button', { name: 'Reveal votes' }).click();
    await expect.poll(() => order('Customer')).toEqual(['Loyalty card', 'Group Faster delivery, 2 notes']);
  });

  it('promotes a note to a KPI of a chosen objective, and a parking-lot note to an objective of a chosen perspective', async () => {
    await card('Customer', 'Loyalty card').getByRole('button', { name: 'Promote “Loyalty card”…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Promote note' });
    await dialog.getByRole('radio', { name: 'A KPI of an objective' }).check();
    await dialog.getByRole('button', { name: 'Promote to KPI' }).click();
    const objective = dialog.getByRole('combobox', { name: 'Objective' });
    await expect.poll(() => describedBy(objective)).toContain('choose the objective the KPI measures');
    await objective.selectOption({ label: 'Build a loyal online community' });
    const preview = dialog.getByRole('region', { name: 'What it creates' });
    await expect.poll(() => preview.textContent()).toContain('New KPI of “Build a loyal online community”');
    await dialog.getByRole('button', { name: 'Promote to KPI' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card('Customer', 'Loyalty card').getByRole('button', { name: 'KPI “Loyalty card”' }).waitFor();
    const kpis = (await app.api('kpi.list', {})) as { id: number; name: string; objectiveId: number }[];
    const kpi = kpis.find((k) => k.name === 'Loyalty card')!;
    expect((await board()).notes.find((n) => n.text === 'Loyalty card')?.promotedKpiId).toBe(kpi.id);

    await card('Parking lot', 'Barista trainer').getByRole('button', { name: 'Promote “Barista trainer”…' }).click();
    dialog = page.getByRole('dialog', { name: 'Promote note' });
    await dialog.getByRole('button', { name: 'Promote to objective' }).click();
    const perspective = dialog.getByRole('combobox', { name: 'Perspective' });
    await expect.poll(() => describedBy(perspective)).toContain('choose the perspective it belongs to');
    await perspective.selectOption({ label: 'Learning & Growth' });
    await dialog.getByRole('button', { name: 'Promote to objective' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card('Parking lot', 'Barista trainer').getByRole('button', { name: 'Objective “Barista trainer”' }).waitFor();

    // A note too long for a title says so in the dialog, and nothing is made.
    const long = `Open a second café ${'near the harbour '.repeat(12)}`.trim();
    await addNotes('Parking lot', [long]);
    const before = ((await app.api('objective.list', { scorecardId: 1 })) as unknown[]).length;
    await card('Parking lot', long)
      .getByRole('button', { name: /^Promote “Open a second café/ })
      .click();
    dialog = page.getByRole('dialog', { name: 'Promote note' });
    await dialog.getByRole('combobox', { name: 'Perspective' }).selectOption({ label: 'Customer' });
    await dialog.getByRole('button', { name: 'Promote to objective' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toContain(`The note has ${long.length} characters and a title holds at most 200`);
    expect(((await app.api('objective.list', { scorecardId: 1 })) as unknown[]).length).toBe(before);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('promotes a group to an objective with its notes as the description; undo takes it back, redo and the badge open it', async () => {
    const group = () => card('Customer', /^Group Faster delivery/);
    await group().getByRole('button', { name: 'Promote the group “Faster delivery”…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Promote group' });
    const preview = dialog.getByRole('region', { name: 'What it creates' });
    await expect.poll(() => preview.textContent()).toContain('New objective in Customer');
    expect(await preview.locator('.promote-description').innerText()).toBe('• Faster delivery\n• Same-day dispatch');
    await dialog.getByRole('textbox', { name: 'Owner' }).fill('Dana');
    await shoot('promote-dialog', 'dialog[open]');
    await dialog.getByRole('button', { name: 'Promote to objective' }).click();
    await dialog.waitFor({ state: 'detached' });
    const badge = group().getByRole('button', { name: 'Objective “Faster delivery”' });
    await badge.waitFor();
    const objectives = async () =>
      (await app.api('objective.list', { scorecardId: 1 })) as {
        id: number;
        title: string;
        owner: string;
        description: string;
      }[];
    expect((await objectives()).find((o) => o.title === 'Faster delivery')).toMatchObject({
      owner: 'Dana',
      description: '• Faster delivery\n• Same-day dispatch',
    });

    // One promotion is one undo step: the objective goes and the group offers Promote… again.
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(statusMessage).toBe('Undid: Promote “Faster delivery” to objective');
    await group().getByRole('button', { name: 'Promote the group “Faster delivery”…' }).waitFor();
    expect((await objectives()).some((o) => o.title === 'Faster delivery')).toBe(false);
    expect((await board()).notes.find((n) => n.kind === 'group')?.promotedObjectiveId).toBeNull();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(statusMessage).toBe('Redid: Promote “Faster delivery” to objective');
    // P on a promoted card says where it went instead of promoting it twice.
    await badge.waitFor();
    await group().focus();
    await page.keyboard.press('p');
    const again = page.getByRole('dialog', { name: 'Promote' });
    await expect
      .poll(() => again.getByRole('alert').textContent())
      .toContain('“Faster delivery” was promoted already: → Objective “Faster delivery”');
    await again.getByRole('button', { name: 'OK' }).click();
    await again.waitFor({ state: 'detached' });
    await badge.click();

    // The badge opens the objective on the Scorecard view, its panel open.
    const panel = objectivePanel(page, 'Faster delivery');
    await panel.waitFor();
    await page.getByRole('article', { name: 'Faster delivery' }).waitFor();
  });
  it('clears the votes after a confirmation (undo brings them back), and edits the workshop keeping a renamed participant’s votes', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Workshops' }).click();
    const placed = async () => (await board()).votes.reduce((n, v) => n + v.dots, 0);
    expect(await placed()).toBe(8);
    await voting().getByRole('button', { name: 'Clear votes…' }).click();
    let confirm = page.getByRole('dialog', { name: 'Clear all votes?' });
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await placed()).toBe(8);
    await voting().getByRole('button', { name: 'Clear votes…' }).click();
    confirm = page.getByRole('dialog', { name: 'Clear all votes?' });
    expect(await confirm.textContent()).toContain('All 8 dots placed in “Customer strategy day” are taken back');
    await confirm.getByRole('button', { name: 'Clear votes', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(placed).toBe(0);
    await expect.poll(votingStatus).toBe('0 of 3 have placed all their dots · votes hidden');
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(statusMessage).toBe('Undid: Clear votes');
    await expect.poll(placed).toBe(8);
    await expect.poll(votingStatus).toBe('Votes revealed: 8 dots, columns sorted by votes');

    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'Edit Customer strategy day…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit workshop' });
    const participants = dialog.getByRole('textbox', { name: 'Participants' });
    expect(await participants.inputValue()).toBe('Anna\nBen\nChloé');
    await participants.fill('Anna\nBenedikt\nChloé');
    const dots = dialog.getByRole('textbox', { name: 'Dots per participant' });
    await dots.fill('2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => describedBy(dots)).toContain('Anna has placed 3 dots, Chloé has placed 3 dots');
    expect((await board()).votes.some((v) => v.participant === 'Benedikt')).toBe(false);
    await dots.fill('4');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const ben = (await board()).votes.filter((v) => v.participant === 'Benedikt');
    expect(ben.reduce((n, v) => n + v.dots, 0)).toBe(2);
    await page.getByRole('button', { name: 'Open Customer strategy day' }).click();
    await voting().getByRole('button', { name: 'Benedikt (2 of 4 dots placed)' }).waitFor();

    // A workshop made without participants asks for them where the voting would be.
    await page.getByRole('button', { name: 'All workshops' }).click();
    await page.getByRole('button', { name: 'New workshop…' }).click();
    const fresh = page.getByRole('dialog', { name: 'New workshop' });
    await fresh.getByRole('textbox', { name: 'Name' }).fill('Finance huddle');
    await fresh.getByRole('button', { name: 'Create workshop' }).click();
    await fresh.waitFor({ state: 'detached' });
    await expect.poll(votingStatus).toBe('Add the participants to the workshop to vote with dots.');
    await voting().getByRole('button', { name: 'Add participants…' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit workshop' });
    await edit.getByRole('textbox', { name: 'Participants' }).fill('Dana');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await voting().getByRole('button', { name: 'Dana (0 of 3 dots placed)' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
