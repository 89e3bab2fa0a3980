/**
 * Reviews and workshops in the reader's language, in Chromium against the real backend. In German: a quarterly
 * review started from its dialog, its editor (agenda, item panel, a refused action) and meeting mode (progress, end
 * of the meeting with plural counts), and the templates editor, all found by German names; the built-in template
 * keeps its English name, since templates are data. In French, in the dark theme: a workshop board, a note typed and
 * announced, a keyboard move, dot voting and the timer's message. Screenshots of each view and dialog at 1280×800.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
const shots = join(resultsDir, 'review-language');

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens the app on a view (the view a person last had open is kept in local storage). */
const onView = (view: string) => `localStorage.setItem('quadrant.view', ${JSON.stringify(view)});`;

const shoot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`) });

describe('a quarterly review in German', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startApp(browser, { locale: 'de-DE', initScript: onView('reviews') });
    page = app.page;
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('starts a review, edits its agenda and runs meeting mode in German', async () => {
    await page.getByRole('heading', { level: 2, name: 'Reviews' }).waitFor();
    await expect.poll(() => page.locator('.empty-card h3').textContent()).toBe('Noch keine Reviews');
    await shoot(page, 'de-reviews-empty');

    await page.getByRole('button', { name: 'Review beginnen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review beginnen' });
    await dialog.getByLabel('Betrachteter Zeitraum').waitFor();
    await dialog.getByLabel('Besprechungsdatum').fill('2026-10-14');
    const attendees = dialog.getByLabel('Teilnehmende', { exact: true });
    for (const name of ['Dana', 'Noor']) {
      await attendees.fill(name);
      await attendees.press('Enter');
    }
    await dialog.getByRole('list', { name: 'Teilnehmende: hinzugefügt' }).getByText('Noor').waitFor();
    // The built-in template's name is content, kept as written; the hint counts its sections in German.
    await dialog.getByLabel('Besprechungsvorlage').selectOption({ label: 'Quarterly balanced-scorecard review' });
    expect(await dialog.locator('.field-hint').last().textContent()).toMatch(/6 Abschnitte, 85 Minuten\.$/);
    await shoot(page, 'de-start-dialog');
    await dialog.getByRole('button', { name: 'Review beginnen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // The editor.
    const toolbar = page.getByRole('toolbar', { name: 'Review' });
    await toolbar.getByRole('button', { name: 'Besprechungsmodus' }).waitFor();
    await toolbar.getByRole('button', { name: 'Protokoll als PDF exportieren' }).waitFor();
    await toolbar.getByRole('button', { name: 'Als abgeschlossen markieren' }).waitFor();
    const agenda = page.getByRole('list', { name: 'Tagesordnung' });
    await agenda.getByRole('listitem').first().waitFor();
    const chips = await agenda.locator('.agenda-kind-chip').allTextContents();
    expect(chips.length).toBeGreaterThan(0);
    expect(chips.every((c) => ['Ziel', 'KPI', 'Fehlende Daten', 'Initiative', 'Fällige Maßnahme'].includes(c))).toBe(
      true,
    );
    await page.getByRole('textbox', { name: 'Diskussionsnotizen' }).waitFor();
    await page.getByRole('textbox', { name: 'Allgemeines Protokoll' }).waitFor();
    const actionForm = page.getByRole('form', { name: 'Neue Maßnahme' });
    await actionForm.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    await expect
      .poll(() => actionForm.getByRole('alert').textContent())
      .toBe('Die Maßnahme braucht einen Titel: was getan wird.');
    await actionForm.getByRole('textbox', { name: 'Maßnahme', exact: true }).fill('Lieferanten anrufen');
    await actionForm.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    await page
      .getByRole('list', { name: /^Maßnahmen zu / })
      .getByText('Lieferanten anrufen')
      .waitFor();
    expect(await agenda.locator('.agenda-line.selected .agenda-marks').textContent()).toContain('1 Maßnahme');
    await shoot(page, 'de-review-editor');

    // Meeting mode: progress, a step, the end with its counts, and back.
    const lines = await agenda.getByRole('listitem').count();
    await toolbar.getByRole('button', { name: 'Besprechungsmodus' }).click();
    const meeting = page.locator('dialog.meeting');
    await meeting.getByRole('button', { name: 'Besprechungsmodus verlassen' }).waitFor();
    expect(await meeting.locator('.meeting-progress').textContent()).toMatch(new RegExp(`^Zeile \\d+ von ${lines}$`));
    expect(await meeting.locator('#meeting-keys').textContent()).toContain('Esc verlässt');
    await meeting.getByRole('button', { name: 'Weiter →' }).waitFor();
    await shoot(page, 'de-meeting-mode');
    await page.keyboard.press('End');
    await meeting.getByRole('heading', { name: 'Ende der Besprechung' }).waitFor();
    expect(await meeting.locator('.meeting-progress').textContent()).toBe(`Alle ${lines} Zeilen erledigt`);
    expect(await meeting.locator('.meeting-end .meeting-reason').textContent()).toBe(
      '0 Zeilen entschieden · 1 Maßnahme vereinbart',
    );
    await shoot(page, 'de-meeting-end');
    await page.keyboard.press('Escape');
    await meeting.waitFor({ state: 'detached' });

    // The templates editor.
    await toolbar.getByRole('button', { name: '← Alle Reviews' }).click();
    await page.getByRole('button', { name: 'Besprechungsvorlagen…' }).click();
    const templates = page.getByRole('dialog', { name: 'Besprechungsvorlagen' });
    await templates.getByRole('group', { name: 'Abschnitt 1', exact: true }).waitFor();
    await templates.getByRole('checkbox', { name: 'Gefährdete und nicht planmäßige Punkte' }).first().waitFor();
    await templates.getByRole('button', { name: 'Vorlage speichern' }).waitFor();
    await shoot(page, 'de-templates');
    await templates.getByRole('button', { name: 'Schließen', exact: true }).last().click();
    const list = page.getByRole('list', { name: 'Reviews, neueste zuerst' });
    expect(await list.locator('.review-status').allTextContents()).toEqual(['Offen']);
    expect(await page.locator('.view-header .meta').textContent()).toMatch(/^1 Review von /);
    await shoot(page, 'de-reviews-list');
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});

describe('a workshop board in French', () => {
  let app: RunningApp;
  let page: Page;
  beforeAll(async () => {
    app = await startApp(browser, { locale: 'fr-FR', colorScheme: 'dark', initScript: onView('workshops') });
    page = app.page;
    page.setDefaultTimeout(10_000);
    await app.api('workshop.create', {
      scorecardId: 1,
      name: 'Strategy day',
      date: '2026-11-27',
      participants: ['Anna', 'Ben', 'Chloé'],
      dotsPerParticipant: 3,
    });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  it('types, moves and votes on notes with French names and messages', async () => {
    await page.getByRole('heading', { level: 2, name: 'Ateliers' }).waitFor();
    await page.getByRole('button', { name: 'Ouvrir Strategy day' }).waitFor();
    await shoot(page, 'fr-workshops-dark');

    await page.getByRole('button', { name: 'Modifier Strategy day…' }).click();
    const edit = page.getByRole('dialog', { name: 'Modifier l’atelier' });
    await edit.getByText('3 participants, qui votent dans cet ordre.', { exact: false }).waitFor();
    await shoot(page, 'fr-workshop-dialog-dark');
    await edit
      .getByRole('button', { name: 'Annuler' })
      .or(edit.getByRole('button', { name: 'Cancel' }))
      .first()
      .click();
    await edit.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Ouvrir Strategy day' }).click();
    const board = page.getByRole('region', { name: 'Tableau de l’atelier : Strategy day' });
    await board.getByRole('list', { name: 'Notes dans Parking', exact: true }).waitFor();
    expect(await board.locator('.board-title .meta').textContent()).toContain('3 participants · 3 gommettes chacun');

    const entry = board.getByRole('textbox', { name: 'Nouvelle note dans Customer' });
    await entry.fill('Fidéliser les habitués');
    await entry.press('Enter');
    const status = board.getByRole('status', { name: 'Activité du tableau' });
    await expect.poll(() => status.textContent()).toBe('« Fidéliser les habitués » ajouté à Customer');
    await entry.fill('Carte de saison');
    await entry.press('Enter');
    await expect.poll(() => status.textContent()).toBe('« Carte de saison » ajouté à Customer');

    // A keyboard move: picked up, one place up, announced with the French ordinal.
    const notes = board.getByRole('list', { name: 'Notes dans Customer', exact: true });
    await notes.getByRole('listitem', { name: 'Carte de saison' }).focus();
    await page.keyboard.press('m');
    await expect.poll(() => status.textContent()).toMatch(/^« Carte de saison » prise\. Gauche et Droite/);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => status.textContent())
      .toBe('Déposer dans Customer, 1er sur 2. Entrée dépose, Échap annule.');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toBe('« Carte de saison » déplacée vers Customer, 1er sur 2');

    // Dot voting.
    const voting = board.getByRole('region', { name: 'Vote par gommettes' });
    await voting.getByRole('button', { name: 'Commencer le vote' }).click();
    await expect
      .poll(() => voting.locator('.voting-status').textContent())
      .toBe('Anna vote — il reste 3 sur 3 gommettes');
    await notes.getByRole('listitem', { name: 'Carte de saison' }).focus();
    await page.keyboard.press('+');
    await expect.poll(() => status.textContent()).toBe('Anna : une gommette sur « Carte de saison »');
    await expect
      .poll(() => voting.locator('.voting-status').textContent())
      .toBe('Anna vote — il reste 2 sur 3 gommettes');
    await voting.getByRole('button', { name: 'Participant suivant' }).waitFor();

    // The timer's field refuses minutes out of range, in French.
    const timer = board.getByRole('group', { name: 'Minuteur' });
    await timer.getByRole('spinbutton', { name: 'Minutes' }).fill('500');
    await expect
      .poll(() => timer.locator('.timer-error').textContent())
      .toBe('Les minutes doivent être comprises entre 1 et 180');
    await timer.getByRole('spinbutton', { name: 'Minutes' }).fill('10');
    await shoot(page, 'fr-board-dark');

    // The promotion dialog.
    await notes.getByRole('listitem', { name: 'Carte de saison' }).focus();
    await page.keyboard.press('p');
    const promote = page.getByRole('dialog', { name: 'Promouvoir la note' });
    await promote.getByRole('radio', { name: 'Un objectif dans Customer' }).waitFor();
    await promote.getByRole('button', { name: 'Promouvoir en objectif' }).waitFor();
    await shoot(page, 'fr-promote-dark');
    await page.keyboard.press('Escape');
    await promote.waitFor({ state: 'detached' });

    await voting.getByRole('button', { name: 'Effacer les votes…' }).click();
    const clear = page.getByRole('dialog', { name: 'Effacer tous les votes ?' });
    await clear
      .getByText('Toutes les gommettes placées dans « Strategy day » (1 gommette) sont reprises', { exact: false })
      .waitFor();
    await shoot(page, 'fr-clear-votes-dark');
    await clear.getByRole('button', { name: 'Les garder' }).click();
    expect(app.pageErrors).toEqual([]);
  }, 90_000);
});
