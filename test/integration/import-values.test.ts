/**
 * Spreadsheet import on real documents: XLSX files made by exceljs (and, where LibreOffice is installed, saved again
 * by LibreOffice) and CSV files, read by the real reader, previewed and applied through the real dispatch. Applying
 * is one undo step; importing the same file again changes nothing; a file that is not a spreadsheet is refused with
 * its name, and the document is untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { createDispatcher } from '../../src/main/core/dispatch';
import { typedPaths } from '../../src/main/core/capabilities';
import { readSpreadsheet } from '../../src/main/core/spreadsheet-read';
import { main, type Io } from '../../src/main/cli';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, type SheetTable } from '../../src/shared/sheets';
import { AppError } from '../../src/shared/errors';
import { prng } from '../../src/shared/prng';
import { client, fingerprint, tempDir } from '../helpers';

function sampleDocument() {
  const dir = tempDir('quadrant-import-');
  const path = join(dir, 'Harbour.scorecard');
  writeSampleDocument(path);
  const api = client();
  api.call('document.open', { path });
  const kpi = (name: string) => api.call('kpi.list', { scorecardId: 1 }).find((k) => k.name === name)!;
  const value = (name: string, period: string) =>
    api.call('measurement.list', { kpiId: kpi(name).id }).find((m) => m.period === period) ?? null;
  return { dir, path, api, kpi, value };
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A quarterly report as people keep it: a title, text headers, formulas, percentages, a bad cell. */
function wideQuarters(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Quarterly');
  ws.addRow(['Harbour & Ember — figures for the board']);
  ws.addRow([]);
  ws.addRow(['KPI', 'Q3 2030', '2030-Q4', 'Unit']);
  ws.addRow(['Total revenue', 250_000, { formula: 'B4*1.1', result: 275_000 }, '€']);
  ws.addRow(['Gross margin', 0.625, 0.6, '%']);
  ws.getCell('B5').numFmt = '0.0%';
  ws.getCell('C5').numFmt = '0%';
  ws.addRow(['Waste', -1200, 'about 300', 'kg']);
  ws.getCell('B6').numFmt = '#,##0;(#,##0)';
  ws.addRow(['customer complaints', '(1,200)', '12', '']);
  ws.addRow([
    'Roast defect rate',
    { richText: [{ text: '1.' }, { text: '5 %' }] },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    '%',
  ]);
}

describe('importing an XLSX made by exceljs', () => {
  it('reads text headers, percentages, formulas and negatives, refuses the bad cells, and applies as one undo step', async () => {
    const { api, value } = sampleDocument();
    const file = await readSpreadsheet('board.xlsx', await xlsx(wideQuarters));
    const sheet = file.sheets[0]!;
    const request = { scorecardId: 1, sheet, fileName: 'board.xlsx' };
    const preview = api.call('import.preview', request);
    expect(preview.detected).toBe(
      'Wide layout: one row per KPI, names in column A, headers in row 3, 2 quarter columns (Q3 2030 – Q4 2030).',
    );
    expect(preview.names.map((n) => [n.name, n.match])).toEqual([
      ['Total revenue', 'exact'],
      ['Gross margin', 'exact'],
      ['Waste', 'exact'],
      ['customer complaints', 'normalized'],
      ['Roast defect rate', 'exact'],
    ]);
    const byAddress = Object.fromEntries(preview.cells.map((c) => [c.address, c]));
    expect(byAddress['C4']).toMatchObject({ value: 275_000, verdict: 'new', period: '2030-Q4' });
    expect(byAddress['B5']).toMatchObject({ value: 62.5, verdict: 'new' });
    expect(byAddress['C5']).toMatchObject({ value: 60 });
    expect(byAddress['B6']).toMatchObject({ value: -1200 });
    expect(byAddress['C6']).toMatchObject({ verdict: 'invalid', reason: '“about 300” is not a number' });
    // "(1,200)" is read by its column, whose "1.5 %" shows that a point marks the decimals there.
    expect(byAddress['B7']).toMatchObject({ value: -1200, verdict: 'new' });
    expect(byAddress['B8']).toMatchObject({ value: 1.5, verdict: 'new' });
    expect(byAddress['C8']).toMatchObject({
      verdict: 'invalid',
      reason: '“#DIV/0!” is a spreadsheet error, not a number',
    });
    expect(preview.ready).toBe(false);

    const before = api.call('document.export', {});
    const refused = api.fail('import.apply', request);
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toMatch(
      /^Nothing was imported: 2 cells are invalid \(C6: “about 300” is not a number; C8: “#DIV\/0!” is a spreadsheet error/,
    );
    expect(api.call('document.export', {})).toEqual(before);

    const result = api.call('import.apply', { ...request, skipInvalid: true });
    expect(result).toEqual({ written: 8, unchanged: 0, skipped: 2, createdKpis: 0 });
    expect(value('Total revenue', '2030-Q4')?.actual).toBe(275_000);
    expect(value('Gross margin', '2030-Q3')?.actual).toBe(62.5);
    expect(value('Waste', '2030-Q3')?.actual).toBe(-1200);
    expect(api.call('history.state', {}).undoLabel).toBe('Import 8 values from “board.xlsx”');

    // The same file again: everything is already there, nothing is written, no new undo step.
    const again = api.call('import.preview', request);
    expect(again.counts).toMatchObject({ new: 0, changed: 0, same: 8, invalid: 2 });
    const after = api.call('document.export', {});
    expect(api.call('import.apply', { ...request, skipInvalid: true })).toMatchObject({ written: 0, unchanged: 8 });
    expect(api.call('document.export', {})).toEqual(after);
    expect(api.call('history.state', {}).undoLabel).toBe('Import 8 values from “board.xlsx”');

    api.call('history.undo', {});
    expect(api.call('document.export', {})).toEqual(before);
    api.session.close();
  });

  it('reads real date headers as months, or as the quarters they end for quarterly KPIs', async () => {
    const { api, value } = sampleDocument();
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('Dates');
      ws.addRow([
        'Measure',
        new Date(Date.UTC(2030, 2, 31)),
        new Date(Date.UTC(2030, 5, 30)),
        new Date(Date.UTC(2030, 4, 15)),
      ]);
      ws.getRow(1).numFmt = 'dd/mm/yyyy';
      ws.addRow(['Online shop revenue', 10, 20, 30]);
      ws.addRow(['Total revenue', 100, 200, 300]);
    });
    const sheet = (await readSpreadsheet('dates.xlsx', bytes)).sheets[0]!;
    expect(sheet.rows[0]![1]).toEqual({ v: '2030-03-31', date: true });
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    expect(preview.detected).toBe(
      'Wide layout: one row per KPI, names in column A, headers in row 1, 3 date columns (2030-03-31 – 2030-06-30).',
    );
    expect(preview.cells.map((c) => `${c.address} ${c.period ?? '-'} ${c.verdict}`)).toEqual([
      'B2 2030-03 new',
      'C2 2030-06 new',
      'D2 2030-05 new',
      'B3 2030-Q1 new',
      'C3 2030-Q2 new',
      'D3 - invalid',
    ]);
    expect(preview.cells[5]!.reason).toBe(
      '2030-05-15 is not the last day of a quarter, and “Total revenue” is measured by quarter',
    );
    api.call('import.apply', { scorecardId: 1, sheet, skipInvalid: true });
    expect(value('Total revenue', '2030-Q2')?.actual).toBe(200);
    expect(value('Online shop revenue', '2030-05')?.actual).toBe(30);
    api.session.close();
  });

  it('reads quarters as the fiscal quarters the app labels, with a fiscal year from April', async () => {
    const { api } = sampleDocument();
    api.call('scorecard.update', { id: 1, fiscalYearStartMonth: 4 });
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('FY');
      ws.addRow(['KPI', 'Q1 2030', 'FY2030 Q2 (Jul–Sep 2030)', new Date(Date.UTC(2031, 2, 31))]);
      ws.addRow(['Total revenue', 1, 2, 4]);
    });
    const sheet = (await readSpreadsheet('fy.xlsx', bytes)).sheets[0]!;
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    // 31 March 2031 ends the fourth quarter of the fiscal year that began in April 2030.
    expect(preview.cells.map((c) => c.period)).toEqual(['2030-Q1', '2030-Q2', '2030-Q4']);
    expect(preview.detected).toContain(
      '2 quarter columns (FY2030 Q1 (Apr–Jun 2030) – FY2030 Q2 (Jul–Sep 2030)) and 1 date column (2031-03-31)',
    );
    api.session.close();
  });

  it('creates a KPI for a new name in the chosen objective, its unit guessed from the values', async () => {
    const { api, kpi } = sampleDocument();
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet('New');
      ws.addRow(['KPI', 'Q1 2030', 'Q2 2030']);
      ws.addRow(['Share of oat milk', 0.31, 0.35]);
      ws.getCell('B2').numFmt = '0%';
      ws.getCell('C2').numFmt = '0%';
    });
    const sheet = (await readSpreadsheet('oat.xlsx', bytes)).sheets[0]!;
    const objective = api.call('objective.list', { scorecardId: 1 })[0]!;
    const unsure = api.call('import.preview', { scorecardId: 1, sheet });
    expect(unsure.names[0]).toMatchObject({ name: 'Share of oat milk', match: 'none', kpiId: null });
    expect(api.fail('import.apply', { scorecardId: 1, sheet }).message).toMatch(
      /not a KPI of this scorecard \(“Share of oat milk”\)/,
    );
    expect(
      api.fail('import.apply', {
        scorecardId: 1,
        sheet,
        decisions: [{ name: 'Share of oat milk', action: 'kpi', kpiId: 9999 }],
      }).message,
    ).toMatch(/not a KPI of this scorecard/);
    const decisions = [{ name: 'Share of oat milk', action: 'create' as const }];
    expect(api.fail('import.apply', { scorecardId: 1, sheet, decisions }).message).toMatch(/choose the objective/);
    const result = api.call('import.apply', {
      scorecardId: 1,
      sheet,
      decisions,
      createIn: objective.id,
      fileName: 'oat.xlsx',
    });
    expect(result).toMatchObject({ written: 2, createdKpis: 1 });
    expect(kpi('Share of oat milk')).toMatchObject({ unit: '%', frequency: 'quarter', objectiveId: objective.id });
    // Creating the KPI and writing its values are one step: undo removes both.
    api.call('history.undo', {});
    expect(kpi('Share of oat milk')).toBeUndefined();
    api.session.close();
  });

  it('refuses values of a closed period, as typing them would be', async () => {
    const { api } = sampleDocument();
    api.call('period.close', { scorecardId: 1, period: '2026-Q1' });
    const sheet: SheetTable = {
      name: 'S',
      rows: [
        [{ v: 'KPI' }, { v: 'Q1 2026' }],
        [{ v: 'Total revenue' }, { v: 1 }],
      ],
    };
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    expect(preview.cells[0]).toMatchObject({
      verdict: 'invalid',
      reason: 'Q1 2026 is closed: its values are locked (reopen Q1 2026 to change them)',
    });
    api.session.close();
  });
});

describe('importing CSV', () => {
  it('reads semicolons and decimal commas, with a BOM and quoted fields', async () => {
    const { api, value } = sampleDocument();
    const csv =
      '\ufeffKennzahl;Q3 2030;Q4 2030\r\n"Total revenue";"251.234,50 €";1.234\r\nGross margin;61,5 %;"62 %"\r\n';
    const sheet = (await readSpreadsheet('zahlen.csv', Buffer.from(csv, 'utf8'))).sheets[0]!;
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    expect(preview.cells.map((c) => c.value)).toEqual([251234.5, 1234, 61.5, 62]);
    expect(preview.ready).toBe(true);
    api.call('import.apply', { scorecardId: 1, sheet, fileName: 'zahlen.csv' });
    expect(value('Total revenue', '2030-Q4')?.actual).toBe(1234);
    api.session.close();
  });

  it('reads the long layout with targets and notes, keeping what the file leaves out', async () => {
    const { api, value } = sampleDocument();
    const old = value('Total revenue', '2026-Q1')!;
    const csv = [
      'KPI,Period,Actual,Target,Comment',
      'Total revenue,2026-Q1,,"190,000",Target agreed with the bank',
      'Total revenue,Q3 2030,"1,234.5",,',
      'Online shop revenue,January 2030,12.5,15,',
    ].join('\n');
    const sheet = (await readSpreadsheet('long.csv', Buffer.from(csv))).sheets[0]!;
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    expect(preview.detected).toBe(
      'Long layout: one row per value, headers in row 1: KPI in column A, period in B, value in C, target in D, note in E.',
    );
    expect(preview.counts).toMatchObject({ invalid: 0, unmatched: 0 });
    api.call('import.apply', { scorecardId: 1, sheet });
    expect(value('Total revenue', '2026-Q1')).toEqual({ ...old, target: 190_000, note: 'Target agreed with the bank' });
    expect(value('Total revenue', '2030-Q3')?.actual).toBe(1234.5);
    expect(value('Online shop revenue', '2030-01')).toMatchObject({ actual: 12.5, target: 15 });
    api.session.close();
  });
});

describe('files that are not spreadsheets', () => {
  it('refuses a corrupt XLSX, a renamed PDF, a renamed document and an old .xls with their names, and leaves the document alone', async () => {
    const { dir, path, api } = sampleDocument();
    const dispatch = createDispatcher(api.session, typedPaths);
    const read = (fileName: string, bytes: Buffer) =>
      dispatch('import.read', { fileName, dataBase64: bytes.toString('base64') });
    const good = await xlsx(wideQuarters);
    const before = fingerprint(dir);
    const cases: [string, Buffer, RegExp][] = [
      ['broken.xlsx', good.subarray(0, good.length - 200), /^“broken.xlsx” could not be read as an XLSX workbook/],
      ['report.xlsx', Buffer.from('%PDF-1.7\n1 0 obj\n'), /^“report.xlsx” is a PDF, not a spreadsheet/],
      ['copy.xlsx', readFileSync(path), /^“copy.xlsx” is a Quadrant document/],
      [
        'old.xls',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        /^“old.xls” is an old Excel 97–2003 workbook \(.xls\).*save it as .xlsx or .csv/,
      ],
      ['empty.csv', Buffer.alloc(0), /^“empty.csv” is empty/],
    ];
    for (const [name, bytes, message] of cases) {
      const r = await read(name, bytes);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code, name).toBe('VALIDATION');
        expect(r.error.message, name).toMatch(message);
        expect(r.error.message, name).not.toMatch(/\n\s+at /);
      }
    }
    expect(fingerprint(dir)).toEqual(before);
    const tall = `KPI,Q1 2030\n${'Total revenue,1\n'.repeat(MAX_SHEET_ROWS)}`;
    await expect(readSpreadsheet('tall.csv', Buffer.from(tall))).rejects.toThrow(
      /^“tall.csv” has 20,001 rows: at most 20,000 can be imported/,
    );
    const wide = await xlsx((wb) =>
      wb.addWorksheet('Wide').addRow(Array.from({ length: MAX_SHEET_COLUMNS + 1 }, (_, i) => i)),
    );
    await expect(readSpreadsheet('wide.xlsx', wide)).rejects.toThrow(/has 1,001 columns: at most 1,000/);
    // A formula that was never calculated (written by a program, not a spreadsheet) shows its formula, refused as a value.
    const uncalculated = await xlsx((wb) => wb.addWorksheet('F').addRow(['Total revenue', { formula: 'C1*2' }, 3]));
    expect((await readSpreadsheet('f.xlsx', uncalculated)).sheets[0]!.rows[0]![1]).toEqual({ v: '=C1*2' });
    const ok = await read('board.xlsx', good);
    expect(ok.ok && (ok.value as { sheets: SheetTable[] }).sheets[0]!.name).toBe('Quarterly');
    api.session.close();
  });
});

describe('any bytes at all', () => {
  it('are read or refused with a message naming the file, never thrown as something else', async () => {
    const random = prng(1414);
    const good = await xlsx(wideQuarters);
    for (let i = 0; i < 60; i++) {
      const size = 1 + Math.floor(random() * 3000);
      const bytes = Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
      // Some start as a workbook does, some are a real workbook with bytes flipped.
      if (i % 3 === 1) bytes.write('PK\x03\x04', 0, 'latin1');
      const input = i % 3 === 2 ? Buffer.from(good.map((b, j) => (j > 100 && random() < 0.001 ? b ^ 0xff : b))) : bytes;
      try {
        await readSpreadsheet(`f${i}.xlsx`, input);
      } catch (err) {
        expect(err, `case ${i}`).toBeInstanceOf(AppError);
        expect((err as AppError).message).toMatch(new RegExp(`^“f${i}\\.xlsx”`));
      }
    }
  });
});

describe('quadrant import-values', () => {
  function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: Io = { out: (s) => (out += s), err: (s) => (err += s) };
    return Promise.resolve(main(['import-values', ...args], io)).then((code) => ({ code, out, err }));
  }

  it('prints the preview, refuses unsure names with the fix, and applies with --create-kpis', async () => {
    const { dir, path, api } = sampleDocument();
    api.session.close();
    const csv = join(dir, 'values.csv');
    writeFileSync(csv, 'KPI,Q3 2030,Q4 2030\nTotal revenue,"1,000.5",2000\nTotal revnue,1,2\nHeadcount,7,8\n');
    const before = fingerprint(dir);
    const refused = await run([csv, path]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(
      'Wide layout: one row per KPI, names in column A, headers in row 1, 2 quarter columns (Q3 2030 – Q4 2030).',
    );
    expect(refused.out).toContain('“Total revnue” is not a KPI of the scorecard: did you mean “Total revenue” (KPI 1');
    expect(refused.out).toContain('Values: 2 new, 0 changed, 0 same, 0 invalid, 4 unmatched');
    expect(refused.err).toMatch(
      /2 names are not a KPI of the scorecard\. Correct the names in the sheet .*--create-kpis --objective ID/,
    );
    expect(fingerprint(dir)).toEqual(before);

    writeFileSync(csv, 'KPI,Q3 2030,Q4 2030\nTotal revenue,"1,000.5",2000\nHeadcount,7,8\n');
    const dry = await run([csv, path, '--create-kpis', '--objective', '1', '--dry-run']);
    expect(dry).toMatchObject({ code: 0, err: '' });
    expect(dry.out).toContain('Names: 2 (1 matched exactly, 1 to create)');
    expect(dry.out).toContain('Dry run: nothing was written.');

    const applied = await run([csv, path, '--create-kpis', '--objective', '1']);
    expect(applied.err).toBe('');
    expect(applied.out).toContain('Imported 4 values from “values.csv”, created 1 KPI.');
    const again = await run([csv, path, '--json']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.out) as { preview: { counts: Record<string, number> }; result: { written: number } };
    expect(json.preview.counts).toMatchObject({ same: 4, new: 0, changed: 0 });
    expect(json.result.written).toBe(0);
  });

  it('imports the sheet named by --sheet, and names the sheets when it is not there', async () => {
    const { dir, path, api } = sampleDocument();
    api.session.close();
    const book = join(dir, 'book.xlsx');
    writeFileSync(
      book,
      await xlsx((wb) => {
        wb.addWorksheet('Notes').addRow(['Read me first']);
        const ws = wb.addWorksheet('Figures');
        ws.addRow(['KPI', 'Q3 2030']);
        ws.addRow([{ text: 'Total revenue', hyperlink: 'https://example.com/revenue' }, 42]);
      }),
    );
    const missing = await run([book, path, '--sheet', 'Nope']);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('“book.xlsx” has no sheet “Nope”. Its sheets: “Notes”, “Figures”.');
    const chosen = await run([book, path, '--sheet', 'figures']);
    expect(chosen.out).toContain('Importing “book.xlsx” (sheet “Figures” of 2)');
    expect(chosen.out).toContain('Imported 1 value from “book.xlsx”');
    // Without --sheet, the first sheet a layout is found in.
    expect((await run([book, path, '--dry-run'])).out).toContain('Values: 0 new, 0 changed, 1 same');
  });

  it('says what went wrong without a stack trace', async () => {
    const { dir, path, api } = sampleDocument();
    api.session.close();
    const pdf = join(dir, 'scan.xlsx');
    writeFileSync(pdf, '%PDF-1.4\n');
    expect(await run([pdf, path])).toMatchObject({
      code: 1,
      err: 'quadrant import-values: “scan.xlsx” is a PDF, not a spreadsheet: import an .xlsx or .csv file.\n',
    });
    expect((await run([pdf])).code).toBe(2);
    expect((await run([pdf, path, '--create-kpis'])).err).toMatch(/--create-kpis needs --objective ID/);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'KPI,Q1 2030\nTotal revenue,lots\n');
    const refused = await run([bad, path]);
    expect(refused.out).toContain('  B2     “lots” is not a number');
    expect(refused.err).toMatch(/1 cell is invalid \(listed above\)\. Correct them, or pass --skip-invalid/);
  });
});

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);
const SKIP_LIBREOFFICE =
  'LibreOffice test skipped: no soffice or libreoffice on this machine to save the workbook again';
if (!soffice) console.warn(SKIP_LIBREOFFICE);

describe('a workbook saved by LibreOffice', () => {
  (soffice ? it : it.skip)(
    soffice ? 'imports the same values after LibreOffice saved the file' : SKIP_LIBREOFFICE,
    async () => {
      const { dir, api } = sampleDocument();
      const original = join(dir, 'in', 'board.xlsx');
      const out = join(dir, 'out');
      spawnSync('mkdir', ['-p', join(dir, 'in'), out]);
      writeFileSync(original, await xlsx(wideQuarters));
      const converted = spawnSync(soffice!, ['--headless', '--convert-to', 'xlsx', '--outdir', out, original], {
        timeout: 120_000,
      });
      expect(converted.status, converted.stderr?.toString()).toBe(0);
      expect(existsSync(join(out, 'board.xlsx'))).toBe(true);
      const a = api.call('import.preview', {
        scorecardId: 1,
        sheet: (await readSpreadsheet('a.xlsx', readFileSync(original))).sheets[0]!,
      });
      const b = api.call('import.preview', {
        scorecardId: 1,
        sheet: (await readSpreadsheet('b.xlsx', readFileSync(join(out, 'board.xlsx')))).sheets[0]!,
      });
      expect(b.cells.map((c) => [c.address, c.value, c.verdict])).toEqual(
        a.cells.map((c) => [c.address, c.value, c.verdict]),
      );
      api.session.close();
    },
  );
});
