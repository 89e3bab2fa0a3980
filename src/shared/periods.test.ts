import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  containingPeriod,
  isPeriodKey,
  nextPeriod,
  parsePeriod,
  periodEndDate,
  periodForDate,
  periodKind,
  periodLabel,
  periodMonths,
  periodRange,
  periodStartDate,
  previousPeriod,
  samePeriodLastYear,
  subPeriods,
  type PeriodKind,
} from './periods';
import { prng } from './prng';

const int = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
function randomKey(rnd: () => number, kind: PeriodKind): string {
  const y = String(int(rnd, 1990, 2090));
  if (kind === 'year') return y;
  if (kind === 'quarter') return `${y}-Q${int(rnd, 1, 4)}`;
  return `${y}-${String(int(rnd, 1, 12)).padStart(2, '0')}`;
}

describe('parsing period keys', () => {
  it.each([
    ['2026-03', { kind: 'month', year: 2026, index: 3 }],
    ['2026-Q3', { kind: 'quarter', year: 2026, index: 3 }],
    ['2026', { kind: 'year', year: 2026, index: 1 }],
  ])('%s', (key, parsed) => {
    expect(parsePeriod(key)).toEqual(parsed);
    expect(periodKind(key)).toBe(parsed.kind);
    expect(isPeriodKey(key)).toBe(true);
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26', '2026-3', '2026-q1', ' 2026', '2026-03-01', ''])(
    'rejects %j with a clear message',
    (key) => {
      expect(isPeriodKey(key)).toBe(false);
      expect(() => parsePeriod(key)).toThrow(/Invalid period .*expected a month like 2026-03/);
    },
  );
});

describe('fiscal year starting in April', () => {
  it('names the fiscal year by the calendar year it starts in', () => {
    expect(periodMonths('2026', 4)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(periodMonths('2026-Q1', 4)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(periodMonths('2026-Q4', 4)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('finds the quarter and year containing a month', () => {
    expect(containingPeriod('2026-02', 'quarter', 4)).toBe('2025-Q4');
    expect(containingPeriod('2026-02', 'year', 4)).toBe('2025');
    expect(containingPeriod('2026-04', 'quarter', 4)).toBe('2026-Q1');
    expect(containingPeriod('2026-03', 'year', 4)).toBe('2025');
    expect(containingPeriod('2026-Q4', 'year', 4)).toBe('2026');
    expect(containingPeriod('2026-05', 'month', 4)).toBe('2026-05');
  });

  it('gives start and end dates', () => {
    expect(periodStartDate('2026', 4)).toBe('2026-04-01');
    expect(periodEndDate('2026', 4)).toBe('2027-03-31');
    expect(periodEndDate('2027-Q4', 4)).toBe('2028-03-31');
    expect(periodEndDate('2028-02', 4)).toBe('2028-02-29');
    expect(periodEndDate('2100-02', 1)).toBe('2100-02-28');
    expect(periodEndDate('2000-02', 1)).toBe('2000-02-29');
    expect(periodEndDate('2026-Q2', 4)).toBe('2026-09-30');
  });

  it('labels periods for people', () => {
    expect(periodLabel('2026-03', 4)).toBe('Mar 2026');
    expect(periodLabel('2026-Q1', 4)).toBe('FY2026 Q1 (Apr–Jun 2026)');
    expect(periodLabel('2026-Q4', 4)).toBe('FY2026 Q4 (Jan–Mar 2027)');
    expect(periodLabel('2026', 4)).toBe('FY2026 (Apr 2026–Mar 2027)');
    expect(periodLabel('2026-Q1', 11)).toBe('FY2026 Q1 (Nov 2026–Jan 2027)');
  });
});

describe('fiscal year starting in October', () => {
  it('splits and contains', () => {
    expect(periodMonths('2026-Q1', 10)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(periodMonths('2026-Q2', 10)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(containingPeriod('2027-09', 'quarter', 10)).toBe('2026-Q4');
    expect(containingPeriod('2026-10', 'year', 10)).toBe('2026');
    expect(containingPeriod('2026-09', 'year', 10)).toBe('2025');
    expect(periodForDate('2026-09-30', 'year', 10)).toBe('2025');
    expect(periodForDate('2026-10-01', 'quarter', 10)).toBe('2026-Q1');
    expect(periodLabel('2026', 10)).toBe('FY2026 (Oct 2026–Sep 2027)');
  });
});

describe('calendar fiscal year (start month 1)', () => {
  it('is the calendar', () => {
    expect(periodMonths('2026-Q3', 1)).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(subPeriods('2026', 'quarter', 1)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(subPeriods('2026-Q2', 'month', 1)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(subPeriods('2026-Q2', 'quarter', 1)).toEqual(['2026-Q2']);
    expect(containingPeriod('2026-12', 'quarter', 1)).toBe('2026-Q4');
    expect(periodLabel('2026-Q3', 1)).toBe('Q3 2026');
    expect(periodLabel('2026', 1)).toBe('2026');
    expect(periodStartDate('2026-Q3', 1)).toBe('2026-07-01');
    expect(periodEndDate('2026-Q3', 1)).toBe('2026-09-30');
  });

  it('refuses to split a period into longer ones or contain it in shorter ones', () => {
    expect(() => subPeriods('2026-03', 'quarter', 1)).toThrow(/longer/);
    expect(() => containingPeriod('2026', 'month', 1)).toThrow(/shorter/);
    expect(() => periodMonths('2026', 13)).toThrow(/fiscal year start month/);
  });
});

describe('stepping through periods', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q4', 5, '2028-Q1'],
    ['2026', -3, '2023'],
    ['2026-03', 0, '2026-03'],
  ])('%s moved by %i is %s', (key, n, expected) => {
    expect(nextPeriod(key, n)).toBe(expected);
    expect(previousPeriod(expected, n)).toBe(key);
  });

  it('finds the same period last year', () => {
    expect(samePeriodLastYear('2026-03')).toBe('2025-03');
    expect(samePeriodLastYear('2026-Q2')).toBe('2025-Q2');
    expect(samePeriodLastYear('2026')).toBe('2025');
  });

  it('lists and compares ranges', () => {
    expect(periodRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodRange('2025-Q4', '2025-Q4')).toEqual(['2025-Q4']);
    expect(periodRange('2026-Q2', '2026-Q1')).toEqual([]);
    expect(comparePeriods('2025-12', '2026-01')).toBeLessThan(0);
    expect(comparePeriods('2026-Q3', '2026-Q3')).toBe(0);
    expect(comparePeriods('2027', '2026')).toBeGreaterThan(0);
    expect(() => comparePeriods('2026', '2026-01')).toThrow(/same kind/);
    expect(() => periodRange('2026-Q1', '2026-06')).toThrow(/same kind/);
  });

  it('refuses to leave the four-digit years', () => {
    expect(() => nextPeriod('9999-12')).toThrow(RangeError);
    expect(() => previousPeriod('0000')).toThrow(RangeError);
    expect(() => periodMonths('9999', 4)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('reads Date objects in UTC', () => {
    // 23:30 UTC on 31 March is already April east of Greenwich; the answer must not depend on the machine.
    expect(periodForDate(new Date('2026-03-31T23:30:00Z'), 'month', 1)).toBe('2026-03');
    expect(periodForDate(new Date('2026-03-31T23:30:00Z'), 'quarter', 4)).toBe('2025-Q4');
    expect(periodForDate('2026-04-01', 'year', 4)).toBe('2026');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-01', 'yesterday'])('rejects %j', (d) => {
    expect(() => periodForDate(d, 'month', 1)).toThrow(/Invalid date/);
  });
  it('rejects an invalid Date', () => {
    expect(() => periodForDate(new Date('nope'), 'month', 1)).toThrow(/Invalid date/);
  });
});

describe('round trips (property tests over every fiscal start month)', () => {
  const rnd = prng(20260331);
  const kinds: PeriodKind[] = ['month', 'quarter', 'year'];

  it('containingPeriod(subPeriods(x)) === x and next/previous invert each other', () => {
    for (let i = 0; i < 2000; i++) {
      const fy = int(rnd, 1, 12);
      const kind = kinds[int(rnd, 0, 2)];
      const x = randomKey(rnd, kind);
      for (const finer of kinds.slice(0, kinds.indexOf(kind) + 1)) {
        for (const sub of subPeriods(x, finer, fy)) expect(containingPeriod(sub, kind, fy)).toBe(x);
      }
      const n = int(rnd, -30, 30);
      expect(previousPeriod(nextPeriod(x, n), n)).toBe(x);
      expect(previousPeriod(nextPeriod(x))).toBe(x);
      expect(nextPeriod(previousPeriod(x))).toBe(x);
    }
  });

  it('a fiscal year covers 12 distinct consecutive months, its quarters tile it, and years follow each other', () => {
    for (let fy = 1; fy <= 12; fy++) {
      for (let i = 0; i < 50; i++) {
        const year = randomKey(rnd, 'year');
        const months = periodMonths(year, fy);
        expect(new Set(months).size).toBe(12);
        expect(months).toEqual(periodRange(months[0], months[11]));
        expect(subPeriods(year, 'quarter', fy).flatMap((q) => periodMonths(q, fy))).toEqual(months);
        expect(nextPeriod(months[11])).toBe(periodMonths(nextPeriod(year), fy)[0]);
        expect(periodStartDate(year, fy)).toBe(`${months[0]}-01`);
        expect(periodForDate(periodEndDate(year, fy), 'year', fy)).toBe(year);
        expect(periodForDate(periodStartDate(year, fy), 'year', fy)).toBe(year);
      }
    }
  });
});
