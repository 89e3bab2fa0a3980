/**
 * Exporting the sample scorecard to a spreadsheet, read back the way a person's spreadsheet program reads it: the
 * XLSX by exceljs (sheets, number formats, status fills, the frozen header, the print setup, and every value equal
 * to the app's evaluation and measurements), the CSV by papaparse. A closed period is tabled as it was closed, and
 * `quadrant export --format` writes the same workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { typedPaths } from '../../src/main/core/capabilities';
import { createDispatcher } from '../../src/main/core/dispatch';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { writeSpreadsheet } from '../../src/main/core/spreadsheet-write';
import type { Kpi, Measurement } from '../../src/shared/domain';
import { periodLabel } from '../../src/shared/periods';
import type { SpreadsheetData } from '../../src/shared/sheets';
import { client, tempDir } from '../helpers';

const api = client();
const { call } = api;
let dir: string;
let doc: string;

beforeAll(() => {
  dir = tempDir('quadrant-sheet-export-');
  doc = join(dir, 'Harbour.scorecard');
  writeSampleDocument(doc);
  call('document.open', { path: doc });
});
afterAll(() => api.session.close());

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as plain values, from the top, without exceljs's empty first slot. */
function values(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[n - 1] = Array.from({ length: sheet.columnCount }, (_, i) => cells[i] ?? null);
  });
  return rows;
}

const STATUS_FILLS = { green: 'FFE7F5EC', amber: 'FFFDF1E4', red: 'FFFBE9E9', none: 'FFEEF0F3' };
const STATUS_WORDS = { green: 'On track', amber: 'At risk', red: 'Off track', none: 'No data' };

describe('the spreadsheet export', () => {
  it('writes the scorecard table of the period, formatted, with the values of the evaluation', async () => {
    const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
    expect(data.evaluation).toEqual(call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' }));
    expect(data.measurements).toEqual(call('measurement.list', { scorecardId: 1 }));
    expect(data.documentName).toBe('Harbour');

    const { fileName, bytes } = await writeSpreadsheet(data, 'xlsx');
    expect(fileName).toBe('Harbour & Ember — Company Scorecard Q3 2026.xlsx');
    const book = await workbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Scorecard Q3 2026',
      'Measurements',
      'Values',
      'KPI definitions',
    ]);

    const table = book.getWorksheet('Scorecard Q3 2026')!;
    expect(table.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(table.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const header = values(table)[0];
    expect(header).toEqual([
      'Perspective / objective / KPI',
      'Owner',
      'Unit',
      'Baseline',
      'Target',
      'Actual',
      'Progress',
      'Score',
      'Status',
      'Reported',
    ]);
    expect(table.getRow(1).getCell(1).font?.bold).toBe(true);

    const rowOf = new Map<string, ExcelJS.Row>();
    table.eachRow((row) => rowOf.set(String(row.getCell(1).value).replace(/ ★$/, ''), row));
    const tree = data.tree;
    for (const p of tree.perspectives) {
      const row = rowOf.get(p.name)!;
      const score = data.evaluation.perspectives.find((s) => s.perspectiveId === p.id)!;
      expect(row.getCell(1).font?.bold).toBe(true);
      expect(row.getCell(8).value).toBe(score.score);
      expect(row.getCell(9).value).toContain(STATUS_WORDS[score.status]);
    }
    let percentCells = 0;
    const seen = new Set<string>();
    for (const k of tree.kpis) {
      const s = data.evaluation.kpis.find((x) => x.kpiId === k.id)!;
      const row = rowOf.get(k.name)!;
      const percent = k.unit === '%';
      const cellValue = (n: number | null) => (n === null ? null : percent ? n / 100 : n);
      expect(row.getCell(4).value).toBe(cellValue(s.baseline));
      if (s.target !== null) expect(row.getCell(5).value).toBe(cellValue(s.target));
      expect(row.getCell(6).value ?? null).toBe(cellValue(s.actual));
      if (s.progress !== null) expect(row.getCell(7).value).toBeCloseTo(s.progress / 100, 12);
      expect(row.getCell(7).numFmt).toBe('0%');
      if (percent && s.actual !== null) {
        // Excel's own percent: the cell holds 0.624 and shows 62.4 %.
        expect(row.getCell(6).numFmt).toMatch(/^0(\.0+)?%$/);
        percentCells++;
      }
      if (k.unit === '€' && s.actual !== null) expect(row.getCell(6).numFmt).toBe('"€"#,##0;-"€"#,##0');
      if (k.unit === 'days' && s.actual !== null) expect(row.getCell(6).numFmt).toMatch(/" days"$/);
      const status = row.getCell(9);
      expect(status.value).toContain(STATUS_WORDS[s.status]);
      expect(status.fill).toMatchObject({
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: STATUS_FILLS[s.status] },
      });
      seen.add(s.status);
    }
    expect(percentCells).toBeGreaterThan(3);
    // The sample's Q3 has every status, so every colour was checked.
    expect([...seen].sort()).toEqual(['amber', 'green', 'none', 'red']);
  });

  it('writes every measurement wide and long, and the KPI definitions', async () => {
    const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
    const book = await workbook((await writeSpreadsheet(data, 'xlsx')).bytes);
    const nameOf = new Map(data.tree.kpis.map((k) => [k.id, k.name]));
    const label = (p: string) => periodLabel(p, 1);

    const wide = values(book.getWorksheet('Measurements')!);
    expect(wide[0]![0]).toBe('KPI');
    expect(wide[0]).toContain('Q3 2026');
    expect(wide[0]).toContain('Sep 2026');
    const actuals = data.measurements.filter((m) => m.actual !== null);
    const fromWide: string[] = [];
    for (const row of wide.slice(1)) {
      row.forEach((v, i) => {
        if (i > 0 && v !== null) fromWide.push(`${String(row[0])}|${String(wide[0]![i])}|${String(v)}`);
      });
    }
    expect(fromWide.sort()).toEqual(actuals.map((m) => `${nameOf.get(m.kpiId)}|${label(m.period)}|${m.actual}`).sort());
    expect(wide.length - 1).toBe(data.tree.kpis.length);

    const long = values(book.getWorksheet('Values')!);
    expect(long[0]).toEqual(['KPI', 'Period', 'Actual', 'Target', 'Note']);
    const asRow = (m: Measurement) => [
      nameOf.get(m.kpiId),
      label(m.period),
      m.actual,
      m.target,
      m.note === '' ? null : m.note,
    ];
    const sortRows = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sortRows(long.slice(1).map((r) => r.map((v) => (v === '' ? null : v))))).toEqual(
      sortRows(data.measurements.map(asRow)),
    );
    expect(data.measurements.some((m) => m.note !== '' && m.target !== null)).toBe(true);

    const definitions = values(book.getWorksheet('KPI definitions')!);
    expect(definitions.length - 1).toBe(data.tree.kpis.length);
    const head = definitions[0] as string[];
    const margin = data.tree.kpis.find((k) => k.name === 'Gross margin') as Kpi;
    const row = definitions.find((r) => r[0] === 'Gross margin')!;
    const at = (h: string) => row[head.indexOf(h)];
    expect([
      at('Objective'),
      at('Unit'),
      at('Direction'),
      at('Frequency'),
      at('Aggregation'),
      at('Baseline'),
      at('Target'),
      at('Owner'),
    ]).toEqual([
      data.tree.objectives.find((o) => o.id === margin.objectiveId)!.title,
      '%',
      'Higher is better',
      'Quarterly',
      'Average',
      margin.baseline,
      margin.target,
      margin.owner,
    ]);
  });

  it('writes the measurements as CSV with a byte-order mark, one row per value', async () => {
    const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
    const { fileName, bytes } = await writeSpreadsheet(data, 'csv');
    expect(fileName).toBe('Harbour & Ember — Company Scorecard Q3 2026.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['KPI', 'Period', 'Actual', 'Target', 'Note']);
    const nameOf = new Map(data.tree.kpis.map((k) => [k.id, k.name]));
    const text = (n: number | null) => (n === null ? '' : String(n));
    expect(
      parsed.data
        .slice(1)
        .map((r) => r.join('|'))
        .sort(),
    ).toEqual(
      data.measurements
        .map((m) => [nameOf.get(m.kpiId), periodLabel(m.period, 1), text(m.actual), text(m.target), m.note].join('|'))
        .sort(),
    );
  });

  it('tables a closed period as it was closed, and names periods by their keys in a fiscal year', async () => {
    const path = join(dir, 'Closed.scorecard');
    const other = client();
    try {
      writeSampleDocument(path);
      other.call('document.open', { path });
      const tree = other.call('scorecard.get', { id: 1 });
      const gone = tree.kpis.find((k) => !k.isKey)!;
      other.call('period.close', { scorecardId: 1, period: '2026-Q2' });
      other.call('kpi.delete', { id: gone.id });
      const data = other.call('spreadsheet.data', { scorecardId: 1, period: '2026-Q2' });
      expect(data.scored.kpis.map((k) => k.id)).toContain(gone.id);
      expect(data.tree.kpis.map((k) => k.id)).not.toContain(gone.id);
      const book = await workbook((await writeSpreadsheet(data, 'xlsx')).bytes);
      const names = values(book.getWorksheet('Scorecard Q2 2026')!).map((r) => String(r[0]).replace(/ ★$/, ''));
      expect(names).toContain(gone.name);
      expect(values(book.getWorksheet('Measurements')!).map((r) => r[0])).not.toContain(gone.name);

      other.call('scorecard.update', { id: 1, fiscalYearStartMonth: 4 });
      const fiscal = other.call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
      const fiscalBook = await workbook((await writeSpreadsheet(fiscal, 'xlsx')).bytes);
      // "FY2026 Q3 (Oct–Dec 2026)" is too long for a sheet name, and "Q3 2026" would read as a calendar quarter.
      expect(fiscalBook.worksheets[0]!.name).toBe('Scorecard 2026-Q3');
      expect(values(fiscalBook.getWorksheet('Measurements')!)[0]).toContain('2026-Q3');
    } finally {
      other.session.close();
    }
  });

  it('answers the page with the file as base64 where the host has no save dialog (browser mode)', async () => {
    const dispatch = createDispatcher(api.session, typedPaths);
    const r = await dispatch('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'csv' });
    expect(r.ok).toBe(true);
    const result = (r as { value: SpreadsheetData & { base64: string; fileName: string; path: null; bytes: number } })
      .value;
    expect(result).toMatchObject({ path: null, fileName: 'Harbour & Ember — Company Scorecard Q3 2026.csv' });
    expect(Buffer.from(result.base64, 'base64').length).toBe(result.bytes);
    const refused = await dispatch('spreadsheet.export', { scorecardId: 1, period: '2026-Q5', format: 'csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('quadrant export --format', () => {
  async function run(args: string[]) {
    let out = '';
    let err = '';
    const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  }

  it('writes the workbook of the latest period with data, or of --period, and the CSV to a file or stdout', async () => {
    const out = join(dir, 'latest.xlsx');
    expect(await run(['export', doc, '--format', 'xlsx', '--out', out])).toMatchObject({
      code: 0,
      err: expect.stringMatching(
        /^Exported Harbour & Ember — Company Scorecard, Q3 2026, to .*latest\.xlsx \(\d+ KB\)\n$/,
      ),
    });
    expect((await workbook(readFileSync(out))).worksheets[0]!.name).toBe('Scorecard Q3 2026');
    const q1 = join(dir, 'q1.xlsx');
    expect((await run(['export', doc, '--format', 'XLSX', '--period', '2026-Q1', '--out', q1])).code).toBe(0);
    expect((await workbook(readFileSync(q1))).worksheets[0]!.name).toBe('Scorecard Q1 2026');

    const csv = await run(['export', doc, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
    expect(csv.out).toBe((await writeSpreadsheet(data, 'csv')).bytes.toString('utf8'));
    const csvFile = join(dir, 'values.csv');
    expect((await run(['export', doc, '--format', 'csv', '--out', csvFile])).code).toBe(0);
    expect(readFileSync(csvFile, 'utf8')).toBe(csv.out);
  });

  it('says what is wrong with a format, a period, a missing --out or a scorecard, and writes nothing', async () => {
    const cases: [string[], number, RegExp][] = [
      [['export', doc, '--format', 'pdf'], 2, /--format takes json, xlsx or csv, not “pdf”/],
      [['export', doc, '--format', 'xlsx'], 2, /--format xlsx needs --out file\.xlsx/],
      [['export', doc, '--format', 'csv', '--period', 'Q3'], 2, /--period takes a month/],
      [['export', doc, '--period', '2026-Q3'], 2, /use them with --format xlsx or csv/],
      [['export', doc, '--format', 'csv', '--scorecard', '9'], 1, /The document has no scorecard 9/],
      [['export', doc, '--format', 'xlsx', '--out', doc, '--force'], 1, /is a scorecard document/],
      [['export', doc, '--format', 'xlsx', '--out', join(dir, 'latest.xlsx')], 1, /already exists \(use --force/],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code, out: '' });
      expect(r.err).toMatch(message);
    }
  });
});
