/** Property tests: random KPIs and values from a seeded generator, so a failure is reproducible. */
import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Aggregation, Kpi, Measurement, Polarity, Status } from './domain';
import { rollup, scoreKpi, statusFor, type RollupChild, type Thresholds } from './scoring';
import { prng } from './prng';


const rnd = prng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
/** Zeros, negatives, decimals and large numbers all turn up often. */
function value(): number {
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return 0;
    case 1:
      return Math.round(rnd() * 200 - 100);
    case 2:
      return rnd() * 2 - 1;
    case 3:
      return Math.round(rnd() * 2e6 - 1e6) / 100;
    case 4:
      return pick([1, -1, 100, -100, 0.1, 1e12]);
    default:
      return rnd() * 1000;
  }
}
const maybe = (): number | null => (rnd() < 0.2 ? null : value());

function randomKpi(polarity: Polarity = pick(['increase', 'decrease', 'range'])): Kpi {
  const a = value();
  const b = value();
  const green = rnd() < 0.3 ? null : Math.round(rnd() * 200);
  return {
    ...kpiDefaults,
    id: 1,
    objectiveId: 1,
    name: 'K',
    position: 0,
    polarity,
    frequency: pick(['month', 'quarter', 'year'] as const),
    aggregation: pick<Aggregation>(['sum', 'average', 'last']),
    baseline: maybe(),
    target: maybe(),
    rangeLow: rnd() < 0.1 ? null : Math.min(a, b),
    rangeHigh: rnd() < 0.1 ? null : Math.max(a, b),
    tolerance: maybe(),
    greenThreshold: green,
    amberThreshold: rnd() < 0.3 ? null : Math.round(rnd() * 200),
  };
}

const PERIODS = ['2026-05', '2026-Q2', '2026'];
function randomMeasurements(): Measurement[] {
  const keys = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-Q1', '2026-Q2', '2026-Q3', '2026', '2027'];
  return keys
    .filter(() => rnd() < 0.7)
    .map((period) => ({ kpiId: 1, period, actual: maybe(), target: rnd() < 0.3 ? maybe() : null, note: '' }));
}
const score = (kpi: Kpi, period: string, measurements: Measurement[], fy = 4) =>
  scoreKpi({ kpi, period, fiscalYearStartMonth: fy, measurements });
const RANK: Record<Status, number> = { none: -1, red: 0, amber: 1, green: 2 };

describe('properties of KPI scores', () => {
  it('a score is within 0–100 or null, and null exactly when the status is none', () => {
    for (let i = 0; i < 5000; i++) {
      const s = score(randomKpi(), pick(PERIODS), randomMeasurements(), pick([1, 4, 10]));
      if (s.score === null) {
        expect(s.status).toBe('none');
        expect(s.progress).toBeNull();
      } else {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.status).not.toBe('none');
        expect(Number.isFinite(s.progress)).toBe(true);
        expect(s.amberThreshold).toBeLessThanOrEqual(s.greenThreshold);
      }
      expect(s.reported).toBeLessThanOrEqual(s.expected);
      expect(s.formula.text.length).toBeGreaterThan(0);
      expect(s.formula.text).not.toMatch(/NaN|undefined|Infinity|null/);
    }
  });

  it('a bigger actual never lowers an increase KPI’s progress, nor raises a decrease KPI’s', () => {
    for (let i = 0; i < 3000; i++) {
      const kpi = { ...randomKpi(pick(['increase', 'decrease'])), frequency: 'month' as const, target: value() };
      const [low, high] = [value(), value()].sort((x, y) => x - y);
      const at = (a: number) =>
        score(kpi, '2026-05', [{ kpiId: 1, period: '2026-05', actual: a, target: null, note: '' }]);
      const pl = at(low);
      const ph = at(high);
      const [lo, hi] = [pl.progress as number, ph.progress as number];
      if (kpi.polarity === 'increase') expect(hi).toBeGreaterThanOrEqual(lo);
      else expect(hi).toBeLessThanOrEqual(lo);
      // Status follows the same order as progress.
      if (kpi.polarity === 'increase') expect(RANK[ph.status]).toBeGreaterThanOrEqual(RANK[pl.status]);
      else expect(RANK[ph.status]).toBeLessThanOrEqual(RANK[pl.status]);
    }
  });

  it('range progress peaks inside the range and never leaves 0–100', () => {
    for (let i = 0; i < 2000; i++) {
      const kpi = {
        ...randomKpi('range'),
        frequency: 'month' as const,
        rangeLow: -5,
        rangeHigh: 5,
        tolerance: rnd() * 10,
      };
      const a = value();
      const s = score(kpi, '2026-05', [{ kpiId: 1, period: '2026-05', actual: a, target: null, note: '' }]);
      expect(s.progress).toBeGreaterThanOrEqual(0);
      expect(s.progress).toBeLessThanOrEqual(100);
      expect(s.progress === 100).toBe(a >= -5 && a <= 5);
    }
  });

  it('status is monotone in progress', () => {
    for (let i = 0; i < 5000; i++) {
      const green = Math.round(rnd() * 300);
      const th: Thresholds = { greenThreshold: green, amberThreshold: Math.min(green, Math.round(rnd() * 300)) };
      const [p, q] = [value() * 3, value() * 3].sort((x, y) => x - y);
      expect(RANK[statusFor(q, th)]).toBeGreaterThanOrEqual(RANK[statusFor(p, th)]);
    }
  });
});

describe('properties of rollups', () => {
  it('a weighted mean lies between the lowest and highest counted score; worst child is the lowest', () => {
    for (let i = 0; i < 2000; i++) {
      const children: RollupChild[] = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => {
        const s = rnd() < 0.2 ? null : rnd() * 100;
        return {
          name: 'c',
          score: s,
          status: s === null ? 'none' : statusFor(s, { greenThreshold: 100, amberThreshold: 80 }),
          weight: pick([0, 1, 2, 0.5, 10]),
        };
      });
      const counted = children.filter((c) => c.score !== null && c.weight > 0).map((c) => c.score as number);
      const th = { greenThreshold: 100, amberThreshold: 80 };
      const mean = rollup(children, 'weighted_mean', th, { key: 'kpi' });
      const worst = rollup(children, 'worst_child', th, { key: 'kpi' });
      expect(mean.reported).toBe(children.filter((c) => c.score !== null).length);
      if (counted.length === 0) {
        expect([mean.score, mean.status, worst.score, worst.status]).toEqual([null, 'none', null, 'none']);
        continue;
      }
      expect(mean.score).toBeGreaterThanOrEqual(Math.min(...counted));
      expect(mean.score).toBeLessThanOrEqual(Math.max(...counted));
      expect(worst.score).toBe(Math.min(...counted));
      expect(RANK[worst.status]).toBeLessThanOrEqual(RANK[mean.status]);
    }
  });
});
