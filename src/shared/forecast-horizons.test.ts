/** The dashboard's forecast columns name moments: two columns for one moment must not tell two stories. */
import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { forecastCounts, forecastKpi, forecastKpis } from './forecast';
import { indexMeasurements } from './scoring';

const kpi = (over: Partial<Kpi>): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'KPI',
  position: 0,
  frequency: 'quarter',
  ...over,
});
const quarters = (kpiId: number, values: readonly number[]): Measurement[] =>
  values.map((actual, i) => ({ kpiId, period: `2026-Q${i + 1}`, actual, target: null, note: '' }));

describe('forecast horizons', () => {
  // A rating that improved all year: Q4 alone is green, the year's average is not.
  const rating = kpi({ id: 1, name: 'Mystery shopper', unit: '%', target: 90, aggregation: 'average' });
  const index = indexMeasurements(quarters(1, [60, 70, 80]));

  it('gives the last quarter of the fiscal year one forecast, the year’s', () => {
    const f = forecastKpis([rating], index, '2026-Q4', 1);
    expect(f[0]!.quarter).toBeNull();
    expect(f[0]!.year.horizon).toBe('2026');
    expect(forecastCounts(f, 'quarter')).toEqual({ green: 0, amber: 0, red: 0, none: 1 });
  });

  it('keeps both where the quarter ends before the year, also in a fiscal year from April', () => {
    const q3 = forecastKpis([rating], index, '2026-Q3', 1)[0]!;
    expect(q3.quarter?.horizon).toBe('2026-Q3');
    expect(q3.year.horizon).toBe('2026');
    // FY2026 from April ends in March 2027: viewing February 2027 is the year's last quarter.
    const feb = forecastKpi({ kpi: rating, measurements: new Map(), period: '2027-02', fiscalYearStartMonth: 4 });
    expect(feb.quarter).toBeNull();
    const jan = forecastKpi({ kpi: rating, measurements: new Map(), period: '2026-12', fiscalYearStartMonth: 4 });
    expect(jan.quarter?.horizon).toBe('2026-Q3');
  });

  it('asks a summed range KPI for the middle of its band in each remaining period', () => {
    const overtime = kpi({
      name: 'Overtime',
      unit: 'h',
      polarity: 'range',
      rangeLow: 10,
      rangeHigh: 20,
      aggregation: 'sum',
    });
    const f = forecastKpis([overtime], indexMeasurements(quarters(1, [15, 15])), '2026-Q2', 1)[0]!;
    expect(f.year.required?.perPeriod).toBe(15);
    expect(f.year.status).toBe('green');
  });
});
