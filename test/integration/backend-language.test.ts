/**
 * What the backend says, in the person's language: validation (our schemas' words and zod's own), refusals of the
 * handlers, a file that cannot be opened, and the names of undo steps. English is the default (the other tests read
 * it); here the same calls are made in German and French.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/shared/i18n';
import { client, tempDir } from '../helpers';

afterEach(() => setLocale('en-US'));

function bakery() {
  const c = client('web');
  const dir = tempDir('quadrant-backend-language-');
  c.call('document.create', { path: join(dir, 'Bäckerei.scorecard'), name: 'Bäckerei Korn' });
  const scorecardId = c.call('scorecard.list', {})[0]!.id;
  const perspective = c.call('perspective.list', { scorecardId })[0]!;
  return { ...c, dir, scorecardId, perspective };
}

describe('the backend in German and French', () => {
  it('says what is wrong with a field in German: our words, zod’s own, and the count of the others', () => {
    const { fail, session, perspective } = bakery();
    setLocale('de-DE');
    const empty = fail('objective.create', { perspectiveId: perspective.id, title: '   ' });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.message).toMatch(/^Ungültige Eingabe – \$\.title: ist erforderlich/);
    const wrongType = fail('objective.create', { perspectiveId: 'eins', title: 12 });
    expect(wrongType.message).toMatch(/^Ungültige Eingabe – /);
    expect(wrongType.message).toContain('(und 1 weiteres Problem)');
    expect(wrongType.issues!.map((i) => i.message).join(' ')).not.toMatch(/expected|Invalid/);
    session.close();
  });

  it('refuses to remove a perspective that still has objectives, in the person’s language, and changes nothing', () => {
    const { call, fail, session, perspective } = bakery();
    call('objective.create', { perspectiveId: perspective.id, title: 'Umsatz steigern' });
    setLocale('de-DE');
    expect(fail('perspective.delete', { id: perspective.id }).message).toBe(
      `„${perspective.name}“ hat noch 1 Ziel. Verschieben oder löschen Sie es, bevor Sie die Perspektive entfernen.`,
    );
    setLocale('fr-FR');
    expect(fail('perspective.delete', { id: perspective.id }).message).toBe(
      `« ${perspective.name} » a encore 1 objectif. Déplacez-le ou supprimez-le avant de retirer la perspective.`,
    );
    expect(call('perspective.list', { scorecardId: call('scorecard.list', {})[0]!.id }).map((p) => p.id)).toContain(
      perspective.id,
    );
    session.close();
  });

  it('names a file it cannot open, and why, in French', () => {
    const { fail, session, dir } = bakery();
    const notOurs = join(dir, 'notes.scorecard');
    writeFileSync(notOurs, 'pas une base de données, juste du texte'.repeat(10));
    setLocale('fr-FR');
    const error = fail('document.open', { path: notOurs });
    expect(error.code).toBe('NOT_A_SCORECARD');
    expect(error.message).toBe(
      'Impossible d’ouvrir « notes.scorecard » : ce n’est pas un fichier de tableau de bord Quadrant (pas une base SQLite).',
    );
    session.close();
  });

  it('names an undo step in the language the edit was made in', () => {
    const { call, session, perspective } = bakery();
    setLocale('de-DE');
    call('objective.create', { perspectiveId: perspective.id, title: 'Stammkunden halten' });
    expect(call('history.state', {}).undoLabel).toBe('Ziel „Stammkunden halten“ hinzufügen');
    setLocale('en-US');
    call('objective.create', { perspectiveId: perspective.id, title: 'Keep regulars' });
    expect(call('history.state', {}).undoLabel).toBe('Add objective “Keep regulars”');
    session.close();
  });
});
