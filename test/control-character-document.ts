/** A document written before control characters were refused in names: the raw SQL an older version allowed. */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { writeSampleDocument } from '../src/main/core/first-run';

/** The sample, with control characters (vertical tab, U+0001, U+001F) in the names of its scorecard, first perspective, objective and theme. */
export function documentWithControlCharacters(dir: string): string {
  const path = join(dir, 'old.scorecard');
  writeSampleDocument(path);
  const db = new Database(path);
  db.prepare('UPDATE objective SET title = ? WHERE id = (SELECT MIN(id) FROM objective)').run('Grow\u000Brevenue\u0001');
  db.prepare('UPDATE perspective SET name = ? WHERE id = (SELECT MIN(id) FROM perspective)').run('Fin\u000Bancial');
  db.prepare('UPDATE theme SET name = ? WHERE id = (SELECT MIN(id) FROM theme)').run('Theme\u001F');
  db.prepare('UPDATE scorecard SET name = ? WHERE id = 1').run('Harbour\u000B& Ember');
  db.close();
  return path;
}
