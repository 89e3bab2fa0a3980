/**
 * Workshop rows damaged at random (a field set to another row's id, a missing one, null, a wrong type; a row
 * duplicated or dropped), from a document whose workshops were held through the API. Each file is either refused
 * with BAD_IMPORT, naming the file and writing nothing, or imported into a document that holds together: no
 * dangling reference, every board readable, the report's data built.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createDocumentFromJson,
  exportDocument,
  importJsonFile,
  serializeInterchange,
} from '../../src/main/core/interchange-io';
import { AppError } from '../../src/shared/errors';
import type { InterchangeDocument } from '../../src/shared/interchange';
import { rng } from '../crash/model';
import { client, fingerprint, tempDir } from '../helpers';
import { holdWorkshops } from '../held-workshops';

type Row = Record<string, unknown>;
const TABLES = ['workshops', 'workshopNotes', 'workshopVotes'] as const;
const ROUNDS = Number(process.env['FUZZ_IMPORTS'] ?? 100);

function heldDocument(): InterchangeDocument {
  const path = join(tempDir(), 'held.scorecard');
  createDocumentFromJson(path, readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8')).close();
  const c = client();
  c.call('document.open', { path });
  holdWorkshops(c);
  const doc = exportDocument(c.session.require().repos);
  c.session.close();
  return doc;
}

function damage(random: () => number, source: InterchangeDocument): { kind: string; doc: InterchangeDocument } {
  const doc = structuredClone(source);
  const int = (n: number) => Math.floor(random() * n);
  const table = TABLES[int(TABLES.length)]!;
  const rows = doc[table] as unknown as Row[];
  const at = int(rows.length);
  const row = rows[at]!;
  const roll = int(10);
  if (roll === 0) {
    rows.push({ ...row });
    return { kind: 'duplicate row', doc };
  }
  if (roll === 1) {
    rows.splice(at, 1);
    return { kind: 'dropped row', doc };
  }
  const field = Object.keys(row)[int(Object.keys(row).length)]!;
  const ids = [...doc.workshops, ...doc.workshopNotes, ...doc.perspectives, ...doc.objectives].map((r) => r.id);
  const values: unknown[] = [ids[int(ids.length)], 999, null, 0, 'x', true, 'Zoe', 'group', 1.5, []];
  row[field] = values[int(values.length)];
  return { kind: `${table}.${field}`, doc };
}

describe('importing damaged workshop rows', () => {
  it(`refuses or imports whole each of ${ROUNDS} files, never half`, () => {
    const source = heldDocument();
    const random = rng(16_2026);
    const dir = tempDir('quadrant-fuzz-workshops-');
    const outcomes = { refused: 0, imported: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const { kind, doc } = damage(random, source);
      const input = join(dir, `input-${i}.json`);
      const out = join(dir, 'out.scorecard');
      writeFileSync(input, serializeInterchange(doc));
      const before = fingerprint(dir);
      let error: unknown;
      try {
        importJsonFile(input, out).close();
      } catch (err) {
        error = err;
      }
      if (error !== undefined) {
        expect(error, `${kind} #${i}`).toBeInstanceOf(AppError);
        expect((error as AppError).code, `${kind} #${i}: ${(error as Error).message}`).toBe('BAD_IMPORT');
        expect((error as Error).message).toContain(`“input-${i}.json”`);
        expect(fingerprint(dir), `${kind} #${i} changed a file`).toEqual(before);
        outcomes.refused++;
      } else {
        const db = new Database(out, { readonly: true });
        expect(db.pragma('foreign_key_check'), `${kind} #${i}`).toEqual([]);
        db.close();
        const c = client();
        c.call('document.open', { path: out });
        for (const w of c.call('workshop.list', { scorecardId: 1 })) c.call('workshop.get', { id: w.id });
        const report = c.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
        expect(report.workshops.map((w) => w.id).sort()).toEqual(doc.workshops.map((w) => w.id).sort());
        c.session.close();
        rmSync(out);
        outcomes.imported++;
      }
      rmSync(input);
      expect(existsSync(out)).toBe(false);
    }
    console.log(`damaged workshop rows: ${JSON.stringify(outcomes)}`);
    expect(outcomes.refused).toBeGreaterThan(ROUNDS / 2);
  }, 300_000);
});
