/**
 * One notes model, on real document files: a note written in a grid cell (or the grid's note-on-red prompt, which
 * saves the same way) is a note on the KPI about that period, so the report, the notes timeline (note.list) and
 * the KPI detail see it like any note from a Notes dialog. Documents and JSON files from before keep their notes.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentFromJson, exportDocument, serializeInterchange } from '../../src/main/core/interchange-io';
import { APPLICATION_ID, MIGRATIONS } from '../../src/main/core/migrations';
import { Repositories } from '../../src/main/core/repositories';
import { client, tempDir, itOnFiles } from '../helpers';

describe('a note written in the grid', () => {
  const api = client();
  const { call } = api;
  let kpiId: number;

  beforeAll(() => {
    call('document.create', { path: join(tempDir('quadrant-notes-'), 'Bakery.scorecard'), name: 'Corner Bakery' });
    const perspective = call('perspective.list', { scorecardId: 1 })[0]!;
    const objective = call('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue' });
    kpiId = call('kpi.create', {
      objectiveId: objective.id,
      name: 'Weekly sales',
      polarity: 'increase',
      baseline: 0,
      target: 1000,
      frequency: 'quarter',
      aggregation: 'sum',
      isKey: true,
    }).id;
  });
  afterAll(() => api.session.close());

  it('reaches the notes of the scorecard, the report of its period and the key KPI page', () => {
    // What the grid sends when its note-on-red prompt is saved: the cell's value and its note, in one setMany.
    call('measurement.setMany', { items: [{ kpiId, period: '2026-Q3', actual: 200, note: 'Oven broke in August.' }] });
    const notes = call('note.list', { scorecardId: 1 });
    expect(notes).toMatchObject([{ entityType: 'kpi', entityId: kpiId, period: '2026-Q3', body: 'Oven broke in August.' }]);
    expect(call('note.list', { entityType: 'kpi', entityId: kpiId }).map((n) => n.body)).toEqual(['Oven broke in August.']);

    const report = call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
    expect(report.notes.map((n) => n.body)).toEqual(['Oven broke in August.']);
    expect(report.kpiNotes[kpiId]!.map((n) => n.body)).toEqual(['Oven broke in August.']);
    // A later period's report does not carry it.
    expect(call('report.data', { scorecardIds: [1], period: '2026-Q4' }).scorecards[0]!.notes).toEqual([]);
    expect(call('measurement.list', { kpiId })).toEqual([
      { kpiId, period: '2026-Q3', actual: 200, target: null, note: 'Oven broke in August.' },
    ]);
  });

  it('is the newest note on the KPI for that period: editing it in the grid never touches older notes', () => {
    const dialog = call('note.create', { entityType: 'kpi', entityId: kpiId, period: '2026-Q2', author: 'Mia', body: 'Quiet spring.' });
    // A note from a Notes dialog about the cell's period shows in the grid's cell, even on a cell with no value.
    expect(call('measurement.list', { kpiId }).find((m) => m.period === '2026-Q2')).toEqual({
      kpiId,
      period: '2026-Q2',
      actual: null,
      target: null,
      note: 'Quiet spring.',
    });
    call('measurement.set', { kpiId, period: '2026-Q2', actual: 150, note: 'Quiet spring; rain in May.' });
    expect(call('note.list', { entityType: 'kpi', entityId: kpiId }).find((n) => n.id === dialog.id)).toMatchObject({
      author: 'Mia',
      body: 'Quiet spring; rain in May.',
    });
    call('note.create', { entityType: 'kpi', entityId: kpiId, period: '2026-Q3', body: 'Replacement oven ordered.' });
    expect(call('measurement.list', { kpiId }).find((m) => m.period === '2026-Q3')!.note).toBe('Replacement oven ordered.');
    // "Remove note" in the grid removes the note it shows; the older one comes back into the cell.
    call('measurement.set', { kpiId, period: '2026-Q3', actual: 200, note: '' });
    expect(call('note.list', { scorecardId: 1 }).map((n) => n.body)).toEqual(['Oven broke in August.', 'Quiet spring; rain in May.']);
    expect(call('measurement.list', { kpiId }).find((m) => m.period === '2026-Q3')!.note).toBe('Oven broke in August.');
  });

  it('outlives its value: clearing the value (the scorecard view\'s Clear) keeps the note', () => {
    call('measurement.delete', { kpiId, period: '2026-Q2' });
    expect(call('measurement.list', { kpiId }).find((m) => m.period === '2026-Q2')).toMatchObject({
      actual: null,
      note: 'Quiet spring; rain in May.',
    });
    expect(call('note.list', { scorecardId: 1 }).map((n) => n.body)).toContain('Quiet spring; rain in May.');
  });

  it('is one undo step with its value', () => {
    call('measurement.setMany', { items: [{ kpiId, period: '2026-Q4', actual: 90, note: 'Flour shortage.' }] });
    expect(call('note.list', { scorecardId: 1 }).map((n) => n.body)).toContain('Flour shortage.');
    call('history.undo', {});
    expect(call('note.list', { scorecardId: 1 }).map((n) => n.body)).not.toContain('Flour shortage.');
    expect(call('measurement.list', { kpiId }).find((m) => m.period === '2026-Q4')).toBeUndefined();
  });
});

/** A document as Quadrant wrote it before notes were one model (schema version 2), with notes kept beside values. */
function writeVersion2Document(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  for (const sql of MIGRATIONS.slice(0, 2)) db.exec(sql);
  db.exec(`
    INSERT INTO scorecard (id, name, fiscal_year_start_month) VALUES (1, 'Corner Bakery', 4);
    INSERT INTO perspective (id, scorecard_id, name, position) VALUES (1, 1, 'Financial', 0);
    INSERT INTO objective (id, perspective_id, title, position) VALUES (1, 1, 'Grow revenue', 0);
    INSERT INTO kpi (id, objective_id, name, polarity, target, frequency, aggregation, is_key, position)
      VALUES (1, 1, 'Weekly sales', 'increase', 1000, 'quarter', 'sum', 1, 0);
    INSERT INTO measurement (kpi_id, period, actual, target, note) VALUES
      (1, '2025-Q1', 900, NULL, ''),
      (1, '2025-Q2', 400, 800, 'Roof repairs closed the shop for two weeks.'),
      (1, '2025-Q3', NULL, NULL, 'No figures yet: the till export failed.');
    INSERT INTO note (entity_type, entity_id, period, author, body, created_at, updated_at)
      VALUES ('kpi', 1, '2025-Q2', 'Mia', 'Insurance pays the lost takings.', '2025-07-05T09:00:00.000Z', '2025-07-05T09:00:00.000Z');
  `);
  db.pragma('user_version = 2');
  db.close();
}

describe('documents and files from before', () => {
  itOnFiles('a version 2 document keeps its value notes as notes, seen by the report, after the upgrade', () => {
    const path = join(tempDir('quadrant-notes-v2-'), 'Old.scorecard');
    writeVersion2Document(path);
    const api = client();
    try {
      api.call('document.open', { path });
      const notes = api.call('note.list', { scorecardId: 1 });
      expect(notes.map((n) => [n.period, n.author, n.body, n.createdAt])).toEqual([
        // A value note has no time of its own: the end of its fiscal quarter (April start: Q2 ends 30 September).
        ['2025-Q2', 'Mia', 'Insurance pays the lost takings.', '2025-07-05T09:00:00.000Z'],
        ['2025-Q2', '', 'Roof repairs closed the shop for two weeks.', '2025-09-30T00:00:00.000Z'],
        ['2025-Q3', '', 'No figures yet: the till export failed.', '2025-12-31T00:00:00.000Z'],
      ]);
      expect(api.call('measurement.list', { kpiId: 1 })).toEqual([
        { kpiId: 1, period: '2025-Q1', actual: 900, target: null, note: '' },
        { kpiId: 1, period: '2025-Q2', actual: 400, target: 800, note: 'Roof repairs closed the shop for two weeks.' },
        { kpiId: 1, period: '2025-Q3', actual: null, target: null, note: 'No figures yet: the till export failed.' },
      ]);
      const report = api.call('report.data', { scorecardIds: [1], period: '2025-Q2' }).scorecards[0]!;
      expect(report.notes.map((n) => n.body)).toEqual(['Insurance pays the lost takings.', 'Roof repairs closed the shop for two weeks.']);
      // Stored once: the measurement table keeps only values, and no row that held nothing but a note.
      const db = api.session.file().db;
      expect(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('measurement')).toEqual(['kpi_id', 'period', 'actual', 'target']);
      expect(db.prepare('SELECT count(*) FROM measurement').pluck().get()).toBe(2);
    } finally {
      api.session.close();
    }
  });

  it('a JSON file with notes beside its values imports them as notes, and exports carry each note once', () => {
    const dir = tempDir('quadrant-notes-json-');
    const path = join(dir, 'Old.scorecard');
    writeVersion2Document(path);
    const api = client();
    api.call('document.open', { path });
    const exported = exportDocument(new Repositories(api.session.require().store.engine));
    api.session.close();
    expect(exported.measurements.map((m) => m.note)).toEqual(['', '']);
    expect(exported.notes).toHaveLength(3);

    // As an older Quadrant wrote it: the value note in the measurement, not among the notes.
    const legacy = {
      ...exported,
      measurements: [...exported.measurements, { kpiId: 1, period: '2025-Q4', actual: 950, target: null, note: 'Christmas orders.' }],
    };
    const store = createDocumentFromJson(join(dir, 'Imported.scorecard'), JSON.stringify(legacy));
    const repos = new Repositories(store.engine);
    const again = exportDocument(repos);
    store.close();
    expect(again.notes.map((n) => n.body)).toEqual([...exported.notes.map((n) => n.body), 'Christmas orders.']);
    expect(again.notes.at(-1)).toMatchObject({ entityType: 'kpi', entityId: 1, period: '2025-Q4', createdAt: '2026-03-31T00:00:00.000Z' });
    expect(again.measurements.every((m) => m.note === '')).toBe(true);
    // And the new form goes round unchanged.
    const text = serializeInterchange(again);
    const copy = createDocumentFromJson(join(dir, 'Copy.scorecard'), text);
    expect(serializeInterchange(exportDocument(new Repositories(copy.engine)))).toBe(text);
    copy.close();
  });
});
