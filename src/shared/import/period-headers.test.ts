import { describe, expect, it } from 'vitest';
import { periodFor, readPeriodCell, readPeriodText, resolveYears } from './period-headers';
import { periodLabel } from '../periods';

const key = (text: string) => {
  const r = readPeriodText(text);
  return r.kind === 'period' ? r.period : r.kind === 'invalid' ? `invalid: ${r.reason}` : r.kind;
};

describe('period headers', () => {
  it('reads quarters written in every usual way', () => {
    for (const t of ['Q1 2026', '2026-Q1', '2026 Q1', 'Q1/2026', 'q1-2026', '2026Q1', 'FY2026 Q1', "Q1 '26"]) {
      expect(key(t), t).toBe('2026-Q1');
    }
  });

  it('reads months and years', () => {
    for (const t of ['Jan 2026', 'January 2026', '2026-01', '01/2026', '1/2026', 'Jan-26', 'jan. 2026'])
      expect(key(t), t).toBe('2026-01');
    expect(key('2026')).toBe('2026');
    expect(key('FY2026')).toBe('2026');
    expect(key('2026-03-31')).toBe('2026-03');
  });

  it("reads the app's own labels, fiscal ones included", () => {
    expect(key(periodLabel('2026-Q1', 4))).toBe('2026-Q1');
    expect(key(periodLabel('2026', 4))).toBe('2026');
    expect(key(periodLabel('2026-03', 4))).toBe('2026-03');
  });

  it('says what is wrong with a header that looks like a period', () => {
    expect(key('Q5 2026')).toMatch(/invalid: .*Q1 to Q4/);
    expect(key('2026-13')).toMatch(/invalid: .*no month 13/);
    expect(key('Revenue')).toBe('none');
    expect(key('Total')).toBe('none');
  });

  it('gives a month without a year the year of its neighbours', () => {
    const texts = ['Name', 'Nov 2025', 'Dec', 'January', 'Feb'];
    const reads = resolveYears(texts.map(readPeriodText), texts);
    expect(reads.map((r) => (r.kind === 'period' ? r.period : r.kind))).toEqual([
      'none',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    const before = ['Nov', 'Dec', 'Jan 2026'];
    expect(
      resolveYears(before.map(readPeriodText), before).map((r) => (r.kind === 'period' ? r.period : r.kind)),
    ).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('refuses a month without a year when no neighbour gives one', () => {
    const texts = ['KPI', 'March', 'April'];
    const reads = resolveYears(texts.map(readPeriodText), texts);
    expect(reads[1]).toEqual({
      kind: 'invalid',
      reason: '“March” has no year, and no neighbouring header gives one: write it as “March 2026”',
    });
  });

  it('reads date cells as their month, and as the quarter or year they end for such KPIs', () => {
    const end = readPeriodCell({ v: '2026-03-31', date: true });
    expect(end).toEqual({ kind: 'period', period: '2026-03', date: '2026-03-31' });
    if (end.kind !== 'period') throw new Error('not a period');
    expect(periodFor(end, 'month', 1, 'Sales')).toEqual({ ok: true, period: '2026-03' });
    expect(periodFor(end, 'quarter', 1, 'Sales')).toEqual({ ok: true, period: '2026-Q1' });
    // With a fiscal year from April, 31 March ends the fourth quarter of the fiscal year 2025.
    expect(periodFor(end, 'quarter', 4, 'Sales')).toEqual({ ok: true, period: '2025-Q4' });
    expect(periodFor(end, 'year', 4, 'Sales')).toEqual({ ok: true, period: '2025' });
    expect(periodFor({ period: '2026-03', date: '2026-03-15' }, 'quarter', 1, 'Sales')).toMatchObject({ ok: false });
  });

  it('refuses a month for a quarterly KPI, naming both', () => {
    expect(periodFor({ period: '2026-03' }, 'quarter', 1, 'Revenue')).toEqual({
      ok: false,
      reason: 'Mar 2026 is a month, but “Revenue” is measured by quarter',
    });
  });

  it('reads a whole number header as a year and other numbers as nothing', () => {
    expect(readPeriodCell({ v: 2026 })).toEqual({ kind: 'period', period: '2026' });
    expect(readPeriodCell({ v: 12.5 })).toEqual({ kind: 'none' });
  });
});

describe('period headers in the languages Quadrant speaks', () => {
  it('reads French, German and Spanish months and T for trimestre', () => {
    const period = (text: string) => {
      const r = readPeriodText(text);
      return r.kind === 'period' ? r.period : r.kind;
    };
    expect(period('janv. 2026')).toBe('2026-01');
    expect(period('févr. 2026')).toBe('2026-02');
    expect(period('août 2026')).toBe('2026-08');
    expect(period('März 2026')).toBe('2026-03');
    expect(period('Dez. 2026')).toBe('2026-12');
    expect(period('ene 2026')).toBe('2026-01');
    expect(period('diciembre 2026')).toBe('2026-12');
    expect(period('T3 2026')).toBe('2026-Q3');
    expect(period('2026 T4')).toBe('2026-Q4');
  });
});
