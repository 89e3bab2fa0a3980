/**
 * A year of a quarterly scorecard, as published: a mystery-shopper rating in %, a rank, an inventory level in days
 * with a target band, and revenue. Only the summed KPI has its target (and band) multiplied for the year.
 */
import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { scoreKpi } from './scoring';

const kpi = (over: Partial<Kpi>): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'KPI',
  position: 0,
  frequency: 'quarter',
  ...over,
});
const quarters = (...values: number[]): Measurement[] =>
  values.map((actual, i) => ({ kpiId: 1, period: `2026-Q${i + 1}`, actual, target: null, note: '' }));
const year = (k: Kpi, ms: Measurement[]) =>
  scoreKpi({ kpi: k, period: '2026', fiscalYearStartMonth: 1, measurements: ms });

describe('a year of quarterly KPIs', () => {
  it('averages a rating and keeps its target: 72, 80, 85, 90 % make 81.75 % against 90 %', () => {
    const s = year(
      kpi({ name: 'Mystery shopper', unit: '%', target: 90, aggregation: 'average' }),
      quarters(72, 80, 85, 90),
    );
    expect(s.actual).toBe(81.75);
    expect(s.target).toBe(90);
    expect(s.formula.text).toContain('Average of 4 quarters: actual 81.75 %, target 90 %.');
  });

  it('keeps the latest inventory level and its band as they are', () => {
    const k = kpi({
      name: 'Inventory',
      unit: 'days',
      polarity: 'range',
      rangeLow: 28,
      rangeHigh: 32,
      aggregation: 'last',
    });
    const s = year(k, quarters(35, 33, 36, 30));
    expect(s.actual).toBe(30);
    expect(s.status).toBe('green');
  });

  it('multiplies the target of a summed amount by the quarters summed', () => {
    const s = year(kpi({ name: 'Revenue', unit: '€', target: 100, aggregation: 'sum' }), quarters(90, 100, 110, 100));
    expect(s.actual).toBe(400);
    expect(s.target).toBe(400);
  });

  it('multiplies the band and tolerance of a summed range KPI too, saying so', () => {
    const k = kpi({
      name: 'Overtime',
      unit: 'h',
      polarity: 'range',
      rangeLow: 10,
      rangeHigh: 20,
      tolerance: 5,
      aggregation: 'sum',
    });
    const s = year(k, quarters(15, 15, 15, 15));
    expect(s.actual).toBe(60);
    expect(s.progress).toBe(100);
    expect(s.formula.text).toContain('Target range 40 to 80: 60 is inside');
    expect(s.formula.text).toContain('Range 10 h to 20 h per quarter × 4 = 40 h to 80 h');
    // Half-reported: the band covers the reported quarters only, like the target of a summed KPI.
    const half = year(k, quarters(25, 30));
    expect(half.formula.text).toContain('Target range 20 to 40: 55 is 15 above; 100 × (1 − 15 / 10), floored at 0');
  });
});
