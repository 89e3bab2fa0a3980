/**
 * library.*: the built-in library read from resources/, and the personal library written to a real file in a
 * temporary app data folder (QUADRANT_USER_DATA_DIR, as browser mode finds it). A damaged, foreign or newer personal
 * file is shown as a warning and never overwritten; library calls need no document and leave no undo step.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../src/shared/contract';
import type { ApiError } from '../../src/shared/errors';
import { defaultAppDataDir } from '../../src/main/core/backups';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { PersonalLibraryFile } from '../../src/shared/templates';
import { tempDir } from '../helpers';

let session: Session;
let file: string;
const savedEnv = process.env['QUADRANT_USER_DATA_DIR'];

beforeEach(() => {
  // A folder that does not exist yet: the first save makes it.
  process.env['QUADRANT_USER_DATA_DIR'] = join(tempDir('quadrant-library-'), 'Quadrant');
  file = join(defaultAppDataDir(), 'kpi-library.json');
  session = new Session({ mode: 'web', libraryFile: file });
});
afterEach(() => {
  session.close();
  if (savedEnv === undefined) delete process.env['QUADRANT_USER_DATA_DIR'];
  else process.env['QUADRANT_USER_DATA_DIR'] = savedEnv;
});

function call<M extends Method>(method: M, input: Input<M>, s = session): Output<M> {
  const r = dispatchSync(s, method, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as Output<M>;
}
function fail(method: Method, input: unknown, s = session): ApiError {
  const r = dispatchSync(s, method, input);
  if (r.ok) throw new Error(`${method} was expected to fail`);
  return r.error;
}

const mine: Input<'library.save'> = {
  name: 'Pastry sell-out before noon',
  definition: 'The share of days the pastry counter sold out before noon. Tells whether the morning bake is too small.',
  formula: 'Days sold out before 12:00 ÷ trading days × 100',
  unit: '%',
  polarity: 'range',
  frequency: 'month',
  aggregation: 'average',
  perspective: 'internal',
  family: 'operational',
  tags: ['cafe'],
};

describe('the KPI library', () => {
  it('lists the built-in library with no document open, and an empty personal one before anything is saved', () => {
    const lib = call('library.list', {});
    expect(lib.builtIn.length).toBeGreaterThanOrEqual(150);
    expect(lib.builtIn.find((k) => k.id === 'gross-margin')).toMatchObject({ unit: '%', aggregation: 'average', perspective: 'financial' });
    expect(lib.personal).toEqual([]);
    expect(lib.personalFile).toBe(file);
    expect(lib.warning).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });

  it('saves, replaces and deletes the user’s own KPIs in a real file, made atomically in a new folder', () => {
    const saved = call('library.save', mine);
    expect(saved.id).toBe('pastry-sell-out-before-noon');
    const onDisk = PersonalLibraryFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(onDisk.kpis).toEqual([saved]);
    // No temporary file is left beside it.
    expect(readdirSync(defaultAppDataDir())).toEqual(['kpi-library.json']);

    // A new session (the app started again) reads it back.
    const again = new Session({ mode: 'web', libraryFile: file });
    expect(call('library.list', {}, again).personal).toEqual([saved]);
    again.close();

    // Saving the same name again updates that entry instead of making a copy.
    const updated = call('library.save', { ...mine, name: 'pastry SELL-OUT before noon', unit: 'days' });
    expect(updated.id).toBe(saved.id);
    expect(call('library.list', {}).personal).toEqual([updated]);
    // A built-in name gets an id that cannot clash with the built-in entry.
    const own = call('library.save', { ...mine, name: 'Gross margin' });
    expect(own.id).toBe('gross-margin-2');
    const renamed = call('library.save', { ...mine, id: own.id, name: 'Gross margin (bakery)' });
    expect(renamed.id).toBe('gross-margin-2');
    expect(call('library.list', {}).personal.map((k) => k.name)).toEqual(['pastry SELL-OUT before noon', 'Gross margin (bakery)']);

    expect(fail('library.save', { ...mine, id: 'never-saved' })).toMatchObject({ code: 'NOT_FOUND' });
    call('library.delete', { id: saved.id });
    expect(call('library.list', {}).personal.map((k) => k.id)).toEqual(['gross-margin-2']);
    const gone = fail('library.delete', { id: saved.id });
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toMatch(/no KPI “pastry-sell-out-before-noon” among your own KPIs/);
    expect(fail('library.delete', { id: 'gross-margin' }).message).toMatch(/built-in library, which cannot be deleted/);
  });

  it('refuses bad input beside the field', () => {
    const err = fail('library.save', { ...mine, name: '', aggregation: 'median' });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues?.map((i) => i.path[0]).sort()).toEqual(['aggregation', 'name']);
    expect(fail('library.delete', { id: 'Not A Slug' }).code).toBe('VALIDATION');
  });

  it.each([
    ['a damaged file', '{"format": "quadrant-kpi-lib', /is not valid JSON/],
    ['another program’s file', JSON.stringify({ theme: 'dark' }), /is not a Quadrant KPI library/],
    ['a file from a newer Quadrant', JSON.stringify({ format: 'quadrant-kpi-library', formatVersion: 2, kpis: [], views: [] }), /newer version of Quadrant \(format version 2\)/],
    ['a file with a bad entry', JSON.stringify({ format: 'quadrant-kpi-library', formatVersion: 1, kpis: [{ id: 'x' }] }), /kpis\[0\]/],
  ])('shows the built-in library beside %s, with a warning, and never overwrites it', (_what, content, reason) => {
    mkdirSync(defaultAppDataDir(), { recursive: true });
    writeFileSync(file, content);
    const lib = call('library.list', {});
    expect(lib.builtIn.length).toBeGreaterThanOrEqual(150);
    expect(lib.personal).toEqual([]);
    expect(lib.warning).toMatch(reason);
    expect(lib.warning).toContain(file);
    const save = fail('library.save', mine);
    expect(save.code).toBe('CONFLICT');
    expect(save.message).toMatch(reason);
    expect(save.message).toMatch(/Nothing was changed/);
    expect(fail('library.delete', { id: 'x' }).code).toBe('CONFLICT');
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('says so when the folder cannot be written, and keeps the old file', () => {
    call('library.save', mine);
    const before = readFileSync(file, 'utf8');
    chmodSync(defaultAppDataDir(), 0o500);
    try {
      const err = fail('library.save', { ...mine, name: 'Another' });
      expect(err.code).toBe('IO');
      expect(err.message).toMatch(/could not be saved to .*kpi-library\.json \(EACCES\)/);
    } finally {
      chmodSync(defaultAppDataDir(), 0o700);
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('answers why where no personal library is kept (the command line, tests)', () => {
    const cli = new Session({ mode: 'cli' });
    expect(call('library.list', {}, cli)).toMatchObject({ personal: [], personalFile: null });
    const err = fail('library.save', mine, cli);
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/^Your own KPIs are kept by the app/);
    cli.close();
  });

  it('is not a document edit: no undo step beside an open document', () => {
    const dir = tempDir();
    call('document.create', { path: join(dir, 'Shop.scorecard'), name: 'Shop' });
    const before = call('history.state', {});
    call('library.save', mine);
    call('library.list', {});
    call('library.delete', { id: 'pastry-sell-out-before-noon' });
    expect(call('history.state', {})).toEqual(before);
  });
});
