/**
 * Bad input changes nothing: a non-SQLite file, a SQLite file of another application, a document from a newer
 * version, a damaged document, a malformed JSON import and invalid API calls each get a clear error, and the
 * bytes of every file on disk are unchanged.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { createDocumentFromJson } from '../../src/main/core/interchange-io';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/main/core/migrations';
import { AppError } from '../../src/shared/errors';
import { client, fingerprint, tempDir } from '../helpers';

function openFails(path: string) {
  const dir = join(path, '..');
  const before = fingerprint(dir);
  const { fail, call, session } = client();
  // A document that is already open stays open when another one cannot be opened.
  const good = join(tempDir(), 'good.scorecard');
  call('document.create', { path: good });
  const error = fail('document.open', { path });
  expect(call('document.info', {})!.path).toBe(good);
  session.close();
  expect(fingerprint(dir)).toEqual(before);
  return error;
}

describe('opening a file that is not a usable scorecard', () => {
  it('refuses a text file', () => {
    const path = join(tempDir(), 'notes.scorecard');
    writeFileSync(path, 'Quarterly notes\n'.repeat(50));
    const e = openFails(path);
    expect(e.code).toBe('NOT_A_SCORECARD');
    expect(e.message).toBe('Cannot open “notes.scorecard”: it is not a Quadrant scorecard file (not a SQLite database).');
  });

  it('refuses an empty file', () => {
    const path = join(tempDir(), 'empty.scorecard');
    writeFileSync(path, '');
    expect(openFails(path).message).toMatch(/the file is empty/);
  });

  it('refuses a SQLite database of another application', () => {
    const path = join(tempDir(), 'crm.sqlite');
    const db = new Database(path);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    db.close();
    const e = openFails(path);
    expect(e.code).toBe('NOT_A_SCORECARD');
    expect(e.message).toMatch(/SQLite database of another application/);
  });

  it('refuses a document from a newer version of Quadrant, untouched', () => {
    const path = join(tempDir(), 'future.scorecard');
    writeSampleDocument(path);
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const e = openFails(path);
    expect(e.code).toBe('NEWER_VERSION');
    expect(e.message).toMatch(/newer version of Quadrant/);
    expect(e.message).toMatch(/the file was not changed/);
  });

  it('refuses a truncated document', () => {
    const dir = tempDir();
    const path = join(dir, 'cut.scorecard');
    writeSampleDocument(path);
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 2));
    const e = openFails(path);
    expect(['CORRUPT', 'IO']).toContain(e.code);
    expect(e.message).toMatch(/cut\.scorecard/);
  });

  it('refuses a document whose pages were overwritten with garbage', () => {
    const path = join(tempDir(), 'flipped.scorecard');
    writeSampleDocument(path);
    const bytes = readFileSync(path);
    // Keep the header (ours, current version) but scramble the pages behind it.
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = bytes[i]! ^ 0xa5;
    writeFileSync(path, bytes);
    expect(openFails(path).code).toBe('CORRUPT');
  });

  it('a missing file is an IO error naming it', () => {
    const e = client().fail('document.open', { path: join(tempDir(), 'nowhere.scorecard') });
    expect(e.code).toBe('IO');
    expect(e.message).toMatch(/nowhere\.scorecard.*does not exist/);
  });
});

describe('importing malformed JSON', () => {
  const sample = JSON.parse(readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8'));
  const cases: [string, string, RegExp][] = [
    ['not JSON at all', '{"format": "quadrant-scorecard", ', /the JSON itself is malformed/],
    ['an array', '[]', /\$: must be a JSON object/],
    ['a foreign format', JSON.stringify({ ...sample, format: 'excel' }), /\$\.format: must be "quadrant-scorecard"/],
    ['a newer format version', JSON.stringify({ ...sample, formatVersion: 99 }), /\$\.formatVersion: is newer/],
    [
      'a KPI without a name',
      JSON.stringify({ ...sample, kpis: sample.kpis.map((k: object, i: number) => (i === 3 ? { ...k, name: '' } : k)) }),
      /\$\.kpis\[3\]\.name: is required/,
    ],
    [
      'a measurement that is a string',
      JSON.stringify({ ...sample, measurements: [{ ...sample.measurements[0], actual: '12' }] }),
      /\$\.measurements\[0\]\.actual/,
    ],
    [
      'a dangling reference',
      JSON.stringify({ ...sample, kpis: [{ ...sample.kpis[0], objectiveId: 999 }] }),
      /\$\.kpis\[0\]\.objectiveId: objective 999 does not exist/,
    ],
    ['an unknown key', JSON.stringify({ ...sample, extra: true }), /\$: Unrecognized key/i],
  ];
  it.each(cases)('rejects %s with the JSON path of the first problem, creating no file', (_name, text, message) => {
    const dir = tempDir();
    const out = join(dir, 'out.scorecard');
    writeFileSync(join(dir, 'keep.txt'), 'x');
    const before = fingerprint(dir);
    let error: unknown;
    try {
      createDocumentFromJson(out, text);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BAD_IMPORT');
    expect((error as AppError).message).toMatch(message);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('never replaces an existing document with a failed import', () => {
    const dir = tempDir();
    const out = join(dir, 'existing.scorecard');
    writeSampleDocument(out);
    const before = fingerprint(dir);
    expect(() => createDocumentFromJson(out, '{"format":"quadrant-scorecard"}', true)).toThrow(/formatVersion/);
    expect(fingerprint(dir)).toEqual(before);
  });
});

describe('invalid API calls', () => {
  it('are refused with a code and leave the document unchanged', () => {
    const dir = tempDir();
    const path = join(dir, 'doc.scorecard');
    writeSampleDocument(path);
    copyFileSync(path, join(dir, 'reference.scorecard'));
    const { call, fail, session } = client();
    call('document.open', { path });
    const before = call('document.export', {});
    expect(fail('no.such.method', {}).code).toBe('UNKNOWN_METHOD');
    expect(fail(42, {}).code).toBe('UNKNOWN_METHOD');
    expect(fail('__proto__', {}).code).toBe('UNKNOWN_METHOD');
    expect(fail('kpi.update', { id: 1, target: 'high' }).code).toBe('VALIDATION');
    expect(fail('kpi.update', { id: 1, target: Number.NaN }).code).toBe('VALIDATION');
    expect(fail('kpi.update', { id: 1, sneaky: true }).code).toBe('VALIDATION');
    expect(fail('kpi.update', { id: -1 }).code).toBe('VALIDATION');
    expect(fail('kpi.update', { id: 99999, name: 'x' }).code).toBe('NOT_FOUND');
    expect(fail('objective.create', null).code).toBe('VALIDATION');
    expect(fail('measurement.set', { kpiId: 1, period: '2026-Q5', actual: 1 }).issues?.[0]?.path).toEqual(['period']);
    // A rule broken half-way through an edit rolls the whole edit back.
    expect(fail('initiative.update', { id: 1, title: 'Renamed', objectiveIds: [99999] }).code).toBe('VALIDATION');
    expect(call('document.export', {})).toEqual(before);
    session.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });
});
