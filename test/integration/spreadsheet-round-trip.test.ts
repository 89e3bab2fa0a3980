/**
 * Export → import-values → no change (issue 14's done-criterion). The sample is exported to XLSX and CSV; each
 * sheet that holds measurements is read back as the import reads a user's file (readSpreadsheet) and previewed on
 * the same document: every cell is "same" and applying writes nothing, not even an undo step. Imported into a copy
 * whose measurements were deleted, the long sheet and the CSV bring back every value, target and note exactly, and the
 * wide sheet every actual value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { readSpreadsheet } from '../../src/main/core/spreadsheet-read';
import { writeSpreadsheet } from '../../src/main/core/spreadsheet-write';
import type { Measurement } from '../../src/shared/domain';
import type { SheetTable } from '../../src/shared/sheets';
import { client, tempDir } from '../helpers';

const api = client();
const { call } = api;
let dir: string;
let sheets: { label: string; sheet: SheetTable; holds: 'everything' | 'actuals' }[];
let original: Measurement[];

const key = (m: Measurement) => `${m.kpiId}|${m.period}`;
const byKey = (list: Measurement[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));

beforeAll(async () => {
  dir = tempDir('quadrant-sheet-round-trip-');
  const path = join(dir, 'Harbour.scorecard');
  writeSampleDocument(path);
  call('document.open', { path });
  // Notes that a spreadsheet would take for formulas: the CSV guards them with an apostrophe, which reads back off.
  const [first, second] = call('measurement.list', { scorecardId: 1 }).filter((m) => m.actual !== null);
  call('measurement.set', { ...first!, note: '-5 % on plan after the price change' });
  call('measurement.set', { ...second!, note: '=not a formula, @the owner' });
  original = call('measurement.list', { scorecardId: 1 });
  const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
  const xlsx = await writeSpreadsheet(data, 'xlsx');
  const csv = await writeSpreadsheet(data, 'csv');
  const book = await readSpreadsheet(xlsx.fileName, xlsx.bytes);
  const table = await readSpreadsheet(csv.fileName, csv.bytes);
  const sheet = (name: string) => book.sheets.find((s) => s.name === name)!;
  sheets = [
    { label: 'XLSX, Measurements (wide)', sheet: sheet('Measurements'), holds: 'actuals' },
    { label: 'XLSX, Values (long)', sheet: sheet('Values'), holds: 'everything' },
    { label: 'CSV (long)', sheet: table.sheets[0]!, holds: 'everything' },
  ];
});
afterAll(() => api.session.close());

describe('export, then import the export', () => {
  it('finds every cell the same in the document it came from, and writes nothing', () => {
    for (const { label, sheet, holds } of sheets) {
      const preview = call('import.preview', { scorecardId: 1, sheet });
      expect({ label, layout: preview.mapping.layout, problems: preview.problems, ready: preview.ready }).toEqual({
        label,
        layout: holds === 'actuals' ? 'wide' : 'long',
        problems: [],
        ready: true,
      });
      expect(preview.names.every((n) => n.match === 'exact')).toBe(true);
      const notSame = preview.cells.filter((c) => c.verdict !== 'same');
      expect({ label, notSame }).toEqual({ label, notSame: [] });
      const actuals = original.filter((m) => m.actual !== null).length;
      expect(preview.cells.filter((c) => c.field === 'actual')).toHaveLength(actuals);
      if (holds === 'everything') {
        expect(preview.cells.filter((c) => c.field === 'target')).toHaveLength(
          original.filter((m) => m.target !== null).length,
        );
        expect(preview.cells.filter((c) => c.field === 'note')).toHaveLength(
          original.filter((m) => m.note !== '').length,
        );
      }
      const undoBefore = call('history.state', {}).undoLabel;
      expect(call('import.apply', { scorecardId: 1, sheet })).toMatchObject({ written: 0, createdKpis: 0 });
      expect(call('history.state', {}).undoLabel).toBe(undoBefore);
      expect(byKey(call('measurement.list', { scorecardId: 1 }))).toEqual(byKey(original));
    }
  });

  it('brings every value back into a copy whose measurements were deleted', () => {
    for (const { label, sheet, holds } of sheets) {
      const copy = client();
      try {
        const path = join(dir, `${label.replace(/[^A-Za-z]+/g, '-')}.scorecard`);
        writeSampleDocument(path);
        copy.call('document.open', { path });
        // Values, targets and cell notes all cleared (a note on a KPI's period is the cell's note too).
        for (const n of copy.call('note.list', { scorecardId: 1 })) {
          if (n.entityType === 'kpi' && n.period !== null) copy.call('note.delete', { id: n.id });
        }
        const items = copy
          .call('measurement.list', { scorecardId: 1 })
          .map((m) => ({ kpiId: m.kpiId, period: m.period, actual: null, target: null, note: '' }));
        copy.call('measurement.setMany', { items });
        expect(copy.call('measurement.list', { scorecardId: 1 })).toEqual([]);

        const preview = copy.call('import.preview', { scorecardId: 1, sheet });
        expect({ label, ready: preview.ready, changed: preview.counts.changed, same: preview.counts.same }).toEqual({
          label,
          ready: true,
          changed: 0,
          same: 0,
        });
        const result = copy.call('import.apply', { scorecardId: 1, sheet });
        expect(result.written).toBe(preview.counts.new);
        const back = byKey(copy.call('measurement.list', { scorecardId: 1 }));
        const expected =
          holds === 'everything'
            ? byKey(original)
            : byKey(original.filter((m) => m.actual !== null).map((m) => ({ ...m, target: null, note: '' })));
        expect({ label, back }).toEqual({ label, back: expected });
        // And once more: the same file again changes nothing.
        expect(copy.call('import.preview', { scorecardId: 1, sheet }).counts).toMatchObject({
          new: 0,
          changed: 0,
          invalid: 0,
          unmatched: 0,
        });
      } finally {
        copy.session.close();
      }
    }
  });

  it('quadrant export, then quadrant import-values: no change, and nothing written', async () => {
    const doc = join(dir, 'Command line.scorecard');
    writeSampleDocument(doc);
    const run = async (args: string[]) => {
      let out = '';
      let err = '';
      const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
      return { code, out, err };
    };
    for (const format of ['xlsx', 'csv']) {
      const file = join(dir, `round-trip.${format}`);
      expect((await run(['export', doc, '--format', format, '--out', file])).code).toBe(0);
      const before = readFileSync(doc);
      const imported = await run(['import-values', file, doc]);
      expect(imported.code).toBe(0);
      // The workbook's first sheet with a layout is the wide Measurements sheet: actual values only.
      expect(imported.out).toMatch(format === 'xlsx' ? /sheet “Measurements” of 4/ : /Long layout/);
      expect(imported.out).toMatch(/Values: 0 new, 0 changed, \d+ same, 0 invalid, 0 unmatched/);
      expect(readFileSync(doc)).toEqual(before);
    }
  });
});
