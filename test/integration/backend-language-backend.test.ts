/**
 * The refusals of the backend's other areas in the person's language: actions, the cascade, workshops (rules and
 * schema), the spreadsheet import, the KPI library, scorecard templates, a JSON import, a row that does not exist.
 * Each call goes through the real dispatch on a real SQLite document, in German, one in French, and in English as
 * the other tests read it.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/shared/i18n';
import { createDocumentFromJson } from '../../src/main/core/interchange-io';
import { client, tempDir } from '../helpers';

afterEach(() => setLocale('en-US'));

function bakery() {
  const c = client('web');
  const dir = tempDir('quadrant-backend-language-backend-');
  c.call('document.create', { path: join(dir, 'Bäckerei.scorecard'), name: 'Bäckerei Korn' });
  const scorecardId = c.call('scorecard.list', {})[0]!.id;
  const perspective = c.call('perspective.list', { scorecardId })[0]!;
  return { ...c, dir, scorecardId, perspective };
}

describe('the backend’s refusals in German and French', () => {
  it('refuses an action about a KPI without one, a row that does not exist and a template nobody shipped', () => {
    const { fail, session, scorecardId } = bakery();
    setLocale('de-DE');
    const action = fail('action.create', { scorecardId, title: 'Ofen prüfen', concernType: 'kpi' });
    expect(action.issues).toEqual([{ path: ['concernId'], message: 'ist bei einer Maßnahme zu einem KPI erforderlich' }]);
    expect(fail('objective.update', { id: 9999, title: 'x' }).message).toBe('Ziel 9999 existiert nicht.');
    expect(fail('template.get', { id: 'keine-vorlage' }).message).toMatch(/^Es gibt keine Scorecard-Vorlage „keine-vorlage“\. Die Vorlagen sind: /);
    setLocale('fr-FR');
    expect(fail('objective.update', { id: 9999, title: 'x' }).message).toBe('L’objectif 9999 n’existe pas.');
    setLocale('en-US');
    expect(fail('objective.update', { id: 9999, title: 'x' }).message).toBe('Objective 9999 does not exist.');
    expect(fail('action.create', { scorecardId, title: 'Check the oven', concernType: 'objective' }).issues).toEqual([
      { path: ['concernId'], message: 'is required for an action about an objective' },
    ]);
    session.close();
  });

  it('refuses a contribution cycle naming the objectives, in German', () => {
    const { call, fail, session, perspective, scorecardId } = bakery();
    const top = call('objective.create', { perspectiveId: perspective.id, title: 'Umsatz steigern' });
    const { scorecard, created } = call('cascade.create', {
      objectiveId: top.id,
      target: { newScorecard: { name: 'Filiale Nord' } },
      create: [{ title: 'Mehr Kuchen verkaufen' }],
      link: [],
    });
    expect(scorecard.id).not.toBe(scorecardId);
    setLocale('de-DE');
    const cycle = fail('cascade.set', { fromObjectiveId: top.id, toObjectiveId: created[0]!.id });
    expect(cycle.issues?.[0]?.message).toBe('würde einen Kreis bilden: „Umsatz steigern“ → „Mehr Kuchen verkaufen“ → „Umsatz steigern“');
    session.close();
  });

  it('keeps the workshop’s dots, its participants’ names and its notes honest, in German and French', () => {
    const { call, fail, session, scorecardId, perspective } = bakery();
    const workshop = call('workshop.create', { scorecardId, name: 'Strategietag', date: '2026-03-02', participants: ['Anna'], dotsPerParticipant: 1 });
    const note = call('workshop.addNote', { workshopId: workshop.id, perspectiveId: perspective.id, text: 'Frühstück anbieten' });
    call('workshop.vote', { workshopId: workshop.id, participant: 'Anna', noteId: note.id, delta: 1 });
    setLocale('de-DE');
    expect(fail('workshop.vote', { workshopId: workshop.id, participant: 'Anna', noteId: note.id, delta: 1 }).message).toBe(
      'Anna hat keine Punkte mehr (1 von 1 vergeben).',
    );
    expect(fail('workshop.update', { id: workshop.id, participants: ['Anna', 'anna'] }).issues?.[0]?.message).toBe(
      'jede teilnehmende Person braucht einen anderen Namen',
    );
    setLocale('fr-FR');
    expect(fail('workshop.mergeNotes', { id: note.id, ontoId: note.id }).issues?.[0]?.message).toBe(
      'une note ne peut pas être groupée avec elle-même',
    );
    expect(call('workshop.get', { id: workshop.id }).workshop.participants).toEqual(['Anna']);
    session.close();
  });

  it('says why nothing was imported from a spreadsheet, in German', () => {
    const { fail, session, scorecardId } = bakery();
    setLocale('de-DE');
    const unsure = fail('import.apply', {
      scorecardId,
      sheet: { name: 'Werte', rows: [[{ v: 'KPI' }, { v: '2026-01' }], [{ v: 'Brötchen pro Tag' }, { v: 120 }]] },
    });
    expect(unsure.message).toBe(
      'Nichts wurde importiert: Ein Name ist kein KPI dieser Scorecard („Brötchen pro Tag“). Wählen Sie dafür einen KPI, legen Sie ihn an oder überspringen Sie ihn.',
    );
    session.close();
  });

  it('has no personal KPI library to save to here, and says so in German', () => {
    const { fail, session } = bakery();
    setLocale('de-DE');
    expect(fail('library.delete', { id: 'gross-margin' }).message).toBe(
      'Ihre eigenen KPIs verwaltet die App zusammen mit ihren Einstellungen; hier (Befehlszeile oder Test) gibt es keine persönliche Bibliothek, in die gespeichert werden kann.',
    );
    session.close();
  });

  it('refuses a JSON file that is not one, in German, French and English', () => {
    const dir = tempDir('quadrant-backend-language-json-');
    const attempt = (name: string) => () => createDocumentFromJson(join(dir, name), '{"format": "quadrant"');
    setLocale('de-DE');
    expect(attempt('a.scorecard')).toThrow(/^Keine gültige Quadrant-JSON-Datei – das JSON selbst ist fehlerhaft: /);
    setLocale('fr-FR');
    expect(attempt('b.scorecard')).toThrow(/^Fichier JSON Quadrant non valide — le JSON lui-même est mal formé : /);
    setLocale('en-US');
    expect(attempt('c.scorecard')).toThrow(/^Not a valid Quadrant JSON file — the JSON itself is malformed: /);
  });
});
