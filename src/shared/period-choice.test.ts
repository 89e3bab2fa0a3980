import { describe, expect, it } from 'vitest';
import type { Measurement } from './domain';
import { convertPeriod, defaultPeriod } from './period-choice';
import { compareKinds, containingPeriod, makePeriodKey, periodKind, PERIOD_KINDS } from './periods';
import { prng } from './prng';

const value = (period: string, actual: number | null = 1): Measurement => ({
  kpiId: 1,
  period,
  actual,
  target: null,
  note: '',
});

describe('the period the overview opens on', () => {
  it('is the latest period of the view with an actual value, in the fiscal year', () => {
    const values = [value('2026-01'), value('2026-05'), value('2026-09', null)];
    expect(defaultPeriod(values, 'month', 1)).toBe('2026-05');
    expect(defaultPeriod(values, 'quarter', 1)).toBe('2026-Q2');
    // Fiscal year from April: May 2026 is the first quarter of fiscal 2026, January 2026 the last of 2025.
    expect(defaultPeriod(values, 'quarter', 4)).toBe('2026-Q1');
    expect(defaultPeriod([value('2026-01')], 'year', 4)).toBe('2025');
  });

  it('does not let a yearly value pin a quarter, and is the period of today without values', () => {
    expect(defaultPeriod([value('2026-02'), value('2027')], 'quarter', 1)).toBe('2026-Q1');
    expect(defaultPeriod([value('2027')], 'year', 1)).toBe('2027');
    expect(defaultPeriod([], 'quarter', 1, new Date('2026-08-15T12:00:00Z'))).toBe('2026-Q3');
  });

  it('is what converting every value and taking the latest gives, on random mixes of months, quarters and years', () => {
    const random = prng(12);
    const pick = (n: number) => Math.floor(random() * n);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + pick(30) }, () => {
        const kind = PERIOD_KINDS[pick(3)]!;
        const key = makePeriodKey(kind, 2020 + pick(8), 1 + pick(kind === 'month' ? 12 : kind === 'quarter' ? 4 : 1));
        return value(key, pick(4) === 0 ? null : 1);
      });
      const fy = 1 + pick(12);
      for (const kind of PERIOD_KINDS) {
        const converted = values
          .filter((m) => m.actual !== null && compareKinds(periodKind(m.period), kind) <= 0)
          .map((m) => containingPeriod(m.period, kind, fy))
          .sort();
        const today = new Date('2030-06-15T12:00:00Z');
        expect(defaultPeriod(values, kind, fy, today)).toBe(converted.at(-1) ?? defaultPeriod([], kind, fy, today));
      }
    }
  });
});

describe('moving between month, quarter and year', () => {
  it('goes up to the enclosing period and down to the latest sub-period with values (else the last)', () => {
    expect(convertPeriod('2026-05', 'quarter', 1, [])).toBe('2026-Q2');
    expect(convertPeriod('2026-Q2', 'month', 1, [value('2026-04')])).toBe('2026-04');
    expect(convertPeriod('2026-Q2', 'month', 1, [])).toBe('2026-06');
  });
});
