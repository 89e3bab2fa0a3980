import { describe, expect, it } from 'vitest';
import type { SheetCell, SheetTable } from '../sheets';
import { detectMapping, describeMapping } from './detect';
import { matchName, similarity } from './names';
import { previewImport, type PreviewContext } from './preview';

const c = (v: SheetCell['v'], extra: Partial<SheetCell> = {}): SheetCell => ({ v, ...extra });
const sheet = (rows: (SheetCell['v'] | SheetCell)[][]): SheetTable => ({
  name: 'Sheet1',
  rows: rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v : v === null ? null : c(v)))),
});

const ctx: PreviewContext = {
  fyStart: 1,
  kpis: [
    { id: 1, name: 'Total revenue', unit: '€', frequency: 'quarter' },
    { id: 2, name: 'Gross margin', unit: '%', frequency: 'quarter' },
    { id: 3, name: 'Online sales', unit: '€', frequency: 'month' },
    { id: 4, name: 'Wholesale revenue', unit: '€', frequency: 'quarter' },
  ],
  measurements: [
    { kpiId: 1, period: '2026-Q1', actual: 1000, target: null, note: '' },
    { kpiId: 1, period: '2026-Q2', actual: 1100, target: 1200, note: 'Slow spring' },
  ],
  closed: [],
};

describe('name matching', () => {
  const kpis = ctx.kpis;
  it('matches exactly, then written differently, and only offers close names', () => {
    expect(matchName('Total revenue', kpis)).toMatchObject({ match: 'exact', kpiId: 1 });
    expect(matchName('  TOTAL   revenue. ', kpis)).toMatchObject({ match: 'normalized', kpiId: 1 });
    expect(matchName('Gross-Margin', kpis)).toMatchObject({ match: 'normalized', kpiId: 2 });
    const close = matchName('Total revnue', kpis);
    expect(close.match).toBe('close');
    expect(close.kpiId).toBeNull();
    expect(close.candidates[0]).toMatchObject({ kpiId: 1, name: 'Total revenue' });
    expect(matchName('Headcount', kpis)).toMatchObject({ match: 'none', kpiId: null, candidates: [] });
  });

  it('asks which KPI when two share the name', () => {
    const twins = [...kpis, { id: 9, name: 'Total Revenue' }];
    expect(matchName('total revenue', twins)).toMatchObject({ match: 'close', kpiId: null });
    expect(matchName('total revenue', twins).candidates.map((x) => x.kpiId)).toEqual([1, 9]);
  });

  it('scores spelling and shared words', () => {
    expect(similarity('Revenue', 'Revenue')).toBe(1);
    expect(similarity('Net revenue', 'Total revenue')).toBeGreaterThanOrEqual(0.5);
    expect(similarity('Headcount', 'Gross margin')).toBeLessThan(0.5);
  });
});

describe('layout detection', () => {
  it('finds a wide layout under a title, with its name column', () => {
    const s = sheet([
      ['Sales report 2026'],
      [],
      ['Unit', 'KPI', 'Q1 2026', '2026-Q2', 'Q3/2026'],
      ['€', 'Total revenue', 1, 2, 3],
      ['%', 'Gross margin', 1, 2, 3],
    ]);
    const { mapping, problems } = detectMapping(s, ['Total revenue']);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      layout: 'wide',
      headerRow: 2,
      nameColumn: 1,
      periodColumns: [
        { column: 2, period: '2026-Q1' },
        { column: 3, period: '2026-Q2' },
        { column: 4, period: '2026-Q3' },
      ],
    });
    expect(describeMapping(mapping!, 1)).toBe(
      'Wide layout: one row per KPI, names in column B, headers in row 3, 3 quarter columns (Q1 2026 – Q3 2026).',
    );
  });

  it('finds a long layout by its header words', () => {
    const s = sheet([
      ['Measure', 'Quarter', 'Actual', 'Target value', 'Comment'],
      ['Total revenue', 'Q1 2026', 1, 2, 'ok'],
    ]);
    const { mapping } = detectMapping(s);
    expect(mapping).toEqual({
      layout: 'long',
      headerRow: 0,
      nameColumn: 0,
      periodColumn: 1,
      valueColumn: 2,
      targetColumn: 3,
      noteColumn: 4,
    });
    expect(describeMapping(mapping!, 1)).toBe(
      'Long layout: one row per value, headers in row 1: KPI in column A, period in B, value in C, target in D, note in E.',
    );
  });

  it('says why nothing was found', () => {
    expect(
      detectMapping(
        sheet([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ).problems[0],
    ).toMatch(/No header row with periods/);
    expect(detectMapping(sheet([[null]])).problems[0]).toMatch(/is empty/);
    expect(
      detectMapping(
        sheet([
          ['KPI', 'March', 'April'],
          ['Total revenue', 1, 2],
        ]),
      ).problems,
    ).toEqual([
      'Column B: “March” has no year, and no neighbouring header gives one: write it as “March 2026”.',
      'Column C: “April” has no year, and no neighbouring header gives one: write it as “April 2026”.',
    ]);
  });
});

describe('the preview', () => {
  it('gives every value its verdict', () => {
    const s = sheet([
      ['KPI', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Mar 2026'],
      ['Total revenue', 1000, '1,100.00', '(1,200)', null],
      ['Gross margin', c(0.12, { percent: true }), 'twelve', '9e99', null],
      ['Online sales', 200, null, null, 300],
      ['Total revnue', 5, null, null, null],
      ['Wholesale revenue', '-', ' – ', null, null],
    ]);
    const { preview } = previewImport({ sheet: s }, ctx);
    const verdicts = preview.cells.map((x) => `${x.address} ${x.verdict}${x.reason ? `: ${x.reason}` : ''}`);
    expect(verdicts).toEqual([
      'B2 same',
      'C2 same',
      'D2 new',
      'B3 new',
      'C3 invalid: “twelve” is not a number',
      'D3 invalid: “9e99” is too large: values go up to 1,000,000,000,000,000',
      'B4 invalid: Q1 2026 is a quarter, but “Online sales” is measured by month',
      'E4 new',
      'B5 unmatched: “Total revnue” is not a KPI of this scorecard: did you mean “Total revenue” or “Wholesale revenue”?',
    ]);
    expect(preview.cells.find((x) => x.address === 'D2')?.value).toBe(-1200);
    expect(preview.cells.find((x) => x.address === 'B3')?.value).toBe(12);
    expect(preview.counts).toEqual({ new: 3, changed: 0, same: 2, invalid: 3, unmatched: 1 });
    expect(preview.ready).toBe(false);
  });

  it('reads the long layout with targets and notes, and compares each field', () => {
    const s = sheet([
      ['KPI', 'Period', 'Value', 'Target', 'Note'],
      ['Total revenue', '2026-Q2', '1100', '1250', 'Slow spring'],
      ['Total revenue', 'Q3 2026', '1300', null, null],
      ['Total revenue', 'sometime', '1', null, null],
    ]);
    const { preview } = previewImport({ sheet: s }, ctx);
    expect(preview.cells.map((x) => `${x.address} ${x.field} ${x.verdict}`)).toEqual([
      'C2 actual same',
      'D2 target changed',
      'E2 note same',
      'C3 actual new',
      'C4 invalid'.replace('invalid', 'actual invalid'),
    ]);
    expect(preview.cells[4]!.reason).toBe(
      '“sometime” is not a period (write it like “Q1 2026”, “Jan 2026” or “2026-03”)',
    );
  });

  it('locks the values of closed periods', () => {
    const s = sheet([
      ['KPI', 'Q1 2026', 'Q2 2026'],
      ['Total revenue', 5, 6],
    ]);
    const { preview } = previewImport({ sheet: s }, { ...ctx, closed: ['2026-Q1'] });
    expect(preview.cells[0]).toMatchObject({
      verdict: 'invalid',
      reason: 'Q1 2026 is closed: its values are locked (reopen Q1 2026 to change them)',
    });
    expect(preview.cells[1]).toMatchObject({ verdict: 'changed' });
  });

  it('follows decisions: a KPI chosen, one created with a guessed unit, one skipped', () => {
    const s = sheet([
      ['KPI', 'Q1 2026', 'Q2 2026'],
      ['Total revnue', 1000, 7],
      ['Return rate', '3 %', '4,5 %'],
      ['Ignore me', 1, 2],
    ]);
    const { preview, newKpis, skippedCells } = previewImport(
      {
        sheet: s,
        decisions: [
          { name: 'Total revnue', action: 'kpi', kpiId: 1 },
          { name: 'Return rate', action: 'create' },
          { name: 'Ignore me', action: 'skip' },
        ],
      },
      ctx,
    );
    expect(newKpis).toEqual([{ name: 'Return rate', unit: '%', frequency: 'quarter' }]);
    expect(skippedCells).toBe(2);
    expect(preview.cells.map((x) => `${x.address} ${x.verdict} ${String(x.value)}`)).toEqual([
      'B2 same 1000',
      'C2 changed 7',
      'B3 new 3',
      'C3 new 4.5',
    ]);
    expect(preview.ready).toBe(true);
  });

  it('refuses two different values for the same cell, and keeps one of two equal ones', () => {
    const s = sheet([
      ['KPI', 'Q3 2026', 'Q4 2026'],
      ['Total revenue', 1, 2],
      ['total revenue', 1, 3],
    ]);
    const { preview } = previewImport({ sheet: s }, ctx);
    expect(preview.cells.map((x) => `${x.address} ${x.verdict}`)).toEqual(['B2 new', 'C2 invalid', 'C3 invalid']);
    expect(preview.cells[1]!.reason).toBe('C2 and C3 give “Total revenue” different values for Q4 2026');
  });

  it('decides "1,234" by the column, then the sheet, then the person’s language', () => {
    const agreed = previewImport(
      {
        sheet: sheet([
          ['KPI', 'Q3 2026', 'Q4 2026'],
          ['Total revenue', '1,234', '2,5'],
        ]),
      },
      ctx,
    ).preview;
    expect(agreed.cells.map((x) => x.value)).toEqual([1.234, 2.5]);
    expect(agreed.numbers).toEqual({ decimal: ',', from: 'sheet' });
    const alone = previewImport(
      {
        sheet: sheet([
          ['KPI', 'Q3 2026'],
          ['Total revenue', '1,234'],
        ]),
      },
      ctx,
    ).preview;
    expect(alone.cells[0]).toMatchObject({ value: 1234 });
    expect(alone.numbers).toEqual({ decimal: '.', from: 'language' });
    const mixed = previewImport(
      {
        sheet: sheet([
          ['KPI', 'Q3 2026', 'Q4 2026', 'Q1 2027'],
          ['Total revenue', '1,234', '2,5', '0.5'],
        ]),
      },
      ctx,
    ).preview;
    expect(mixed.cells[0]).toMatchObject({
      verdict: 'invalid',
      reason: expect.stringMatching(/could be 1234 or 1.234/),
    });
  });
});

describe('whatever a sheet holds', () => {
  it('never throws: every cell ends in a verdict, and every invalid one has a reason', async () => {
    const { prng } = await import('../prng');
    const random = prng(14);
    const pieces = [
      'Q1 2026',
      'March',
      '2026-13',
      'Jan-26',
      '1,234',
      '(12)',
      '€',
      '%',
      '-',
      '#N/A',
      '=A1',
      'Total revenue',
      'gross margin',
      '1e400',
      ' ',
      '2026',
      'Q5',
      '0,5',
      'x',
    ];
    const cell = (): SheetCell | null => {
      const r = random();
      if (r < 0.15) return null;
      if (r < 0.3)
        return { v: Math.round((random() - 0.5) * 1e6) / 100, ...(random() < 0.2 ? { percent: true as const } : {}) };
      if (r < 0.35)
        return {
          v: `20${10 + Math.floor(random() * 30)}-0${1 + Math.floor(random() * 9)}-${10 + Math.floor(random() * 19)}`,
          date: true,
        };
      if (r < 0.4) return { v: random() < 0.5 };
      return {
        v: Array.from(
          { length: 1 + Math.floor(random() * 2) },
          () => pieces[Math.floor(random() * pieces.length)],
        ).join(' '),
      };
    };
    for (let i = 0; i < 300; i++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 5) }, cell),
      );
      const { preview } = previewImport(
        { sheet: { name: 'Random', rows } },
        { ...ctx, fyStart: 1 + Math.floor(random() * 12) },
      );
      for (const c of preview.cells) {
        expect(['new', 'changed', 'same', 'invalid', 'unmatched']).toContain(c.verdict);
        if (c.verdict === 'invalid' || c.verdict === 'unmatched') expect(c.reason).toBeTruthy();
        if (c.verdict === 'new' || c.verdict === 'changed')
          expect(Number.isFinite(c.value) || typeof c.value === 'string').toBe(true);
      }
    }
  });
});
