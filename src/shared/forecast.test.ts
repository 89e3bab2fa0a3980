import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { forecastCounts, forecastEnd, forecastKpi, forecastPath, type ForecastInput } from './forecast';
import { linearFit, runRateFit } from './forecast-fit';

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'KPI',
  position: 0,
  frequency: 'month',
  aggregation: 'last',
  ...over,
});

/** Monthly values from January 2026 on; null leaves a month out. */
function months(values: readonly (number | null)[], start = 1, target: number | null = null): Map<string, Measurement> {
  const out = new Map<string, Measurement>();
  values.forEach((actual, i) => {
    if (actual === null) return;
    const period = `2026-${String(start + i).padStart(2, '0')}`;
    out.set(period, { kpiId: 1, period, actual, target, note: '' });
  });
  return out;
}

const run = (k: Kpi, ms: Map<string, Measurement>, period: string, extra: Partial<ForecastInput> = {}) =>
  forecastKpi({ kpi: k, measurements: ms, period, fiscalYearStartMonth: 1, ...extra });

describe('forecast of a KPI to the end of its quarter and fiscal year', () => {
  it('continues a straight series exactly, with no band', () => {
    const k = kpi({ target: 40 });
    const ms = months([10, 12, 14, 16, 18, 20]);
    const f = run(k, ms, '2026-05');
    expect(f.method).toBe('trend');
    expect(f.slope).toBe(2);
    // Viewing May: June is not known yet, so the quarter ends on the projected June value.
    expect(f.quarter?.horizon).toBe('2026-Q2');
    expect(f.quarter?.projected).toBe(20);
    expect(f.quarter?.remaining).toBe(1);
    expect(f.year.horizon).toBe('2026');
    expect(f.year.projected).toBe(32);
    expect(f.year.low).toBe(32);
    expect(f.year.high).toBe(32);
    expect(f.year.target).toBe(40);
    expect(f.year.progress).toBe(80);
    expect(f.year.status).toBe('amber');

    const path = forecastPath({ kpi: k, measurements: ms, period: '2026-06', fiscalYearStartMonth: 1 });
    expect(path.map((p) => p.period)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(path.map((p) => p.value)).toEqual([20, 22, 24, 26, 28, 30, 32]);
    expect(path.every((p) => p.low === p.value && p.high === p.value)).toBe(true);
  });

  it('averages a straight series over the year exactly', () => {
    const f = run(kpi({ aggregation: 'average', target: 21 }), months([10, 12, 14, 16, 18, 20]), '2026-06');
    // 10, 12, … 32: mean 21.
    expect(f.year.projected).toBe(21);
    expect(f.year.status).toBe('green');
    expect(f.quarter?.remaining).toBe(0);
    expect(f.quarter?.projected).toBe(18);
    expect(f.quarter?.required).toBeNull();
  });

  it('never lets a flat series reach a higher target', () => {
    for (const aggregation of ['last', 'average', 'sum'] as const) {
      const f = run(kpi({ aggregation, target: 120 }), months([100, 100, 100, 100, 100, 100]), '2026-06');
      expect(f.year.projected, aggregation).toBeLessThan(f.year.target!);
      expect(f.year.status, aggregation).not.toBe('green');
      expect(f.year.required!.perPeriod, aggregation).toBeGreaterThan(100);
    }
    const sum = run(kpi({ aggregation: 'sum', target: 120 }), months([100, 100, 100, 100, 100, 100]), '2026-06');
    expect(sum.method).toBe('run-rate');
    expect(sum.year.projected).toBe(1200);
    expect(sum.year.target).toBe(1440);
    // (1440 − 600) / 6 remaining months.
    expect(sum.year.required).toMatchObject({ perPeriod: 140, change: null, comparator: 'at least', periods: 6 });
  });

  it('asks a decreasing KPI to come down: a negative required change per period', () => {
    const churn = run(kpi({ polarity: 'decrease', target: 5 }), months([8, 8, 8]), '2026-03');
    expect(churn.quarter?.remaining).toBe(0);
    expect(churn.year.required?.comparator).toBe('at most');
    expect(churn.year.required?.perPeriod).toBe(5);
    expect(churn.year.required?.change).toBeCloseTo(-3 / 9, 12);
    expect(churn.year.status).toBe('red');

    const rising = run(kpi({ polarity: 'increase', target: 11 }), months([8, 8, 8]), '2026-03');
    expect(rising.year.required?.change).toBeCloseTo(3 / 9, 12);

    // A cost budget of 100 a month: 150 a month so far leaves 50 a month for the rest of the year.
    const costs = run(
      kpi({ polarity: 'decrease', aggregation: 'sum', target: 100 }),
      months([150, 150, 150, 150, 150, 150]),
      '2026-06',
    );
    expect(costs.year.required).toMatchObject({ perPeriod: 50, comparator: 'at most', periods: 6 });
    expect(costs.year.projected).toBe(1800);
    expect(costs.year.status).toBe('red');
    // Overspent beyond the whole year's budget: what is left to spend is below zero.
    const over = run(
      kpi({ polarity: 'decrease', aggregation: 'sum', target: 100 }),
      months([400, 400, 400, 400]),
      '2026-04',
    );
    expect(over.year.required!.perPeriod).toBeLessThan(0);
  });

  it('fits across missing months at their real places in time and projects the late ones', () => {
    // y = 2·month + 8 with February and May missing; viewing June, which is not reported either.
    const ms = months([10, null, 14, 16, null, null]);
    const f = run(kpi({ target: 40 }), ms, '2026-06');
    expect(f.anchor).toBe('2026-04');
    expect(f.points).toBe(3);
    expect(f.slope).toBe(2);
    expect(f.quarter?.remaining).toBe(2);
    expect(f.quarter?.projected).toBe(20);
    expect(f.year.projected).toBe(32);
    expect(f.year.required?.periods).toBe(8);
  });

  it('projects summed KPIs by run-rate and averaged ones by trend from the same values', () => {
    const ms = months([10, 20, 30, 40, 50, 60]);
    const sum = run(kpi({ aggregation: 'sum', target: 50 }), ms, '2026-06');
    expect(sum.method).toBe('run-rate');
    expect(sum.year.projected).toBe(210 + 6 * 35);
    expect(sum.year.low!).toBeLessThan(420);
    expect(sum.year.high!).toBeGreaterThan(420);
    const average = run(kpi({ aggregation: 'average', target: 50 }), ms, '2026-06');
    expect(average.method).toBe('trend');
    expect(average.year.projected).toBe(65);
    expect(run(kpi({ aggregation: 'last', target: 50 }), ms, '2026-06').year.projected).toBe(120);
  });

  it('keeps the band of a KPI that has never been negative above zero, and adds period errors in quadrature', () => {
    const f = run(kpi({ aggregation: 'sum', target: 10 }), months([0, 40, 0, 40, 0, 40]), '2026-06');
    expect(f.year.low!).toBeGreaterThanOrEqual(120);
    expect(f.year.projected).toBe(240);
    // Six projected months of the same spread: √6 times one month's half-width, not six times.
    const half = f.year.high! - f.year.projected!;
    const path = forecastPath({
      kpi: kpi({ aggregation: 'sum' }),
      measurements: months([0, 40, 0, 40, 0, 40]),
      period: '2026-06',
      fiscalYearStartMonth: 1,
    });
    expect(half).toBeCloseTo(Math.sqrt(6) * (path[1]!.high - path[1]!.value), 9);
    expect(path.every((p) => p.low >= 0)).toBe(true);
  });

  it('uses only what was known at the viewed period', () => {
    const ms = months([10, 12, 14, 100, 100, 100]);
    const f = run(kpi({ target: 40 }), ms, '2026-03');
    expect(f.anchor).toBe('2026-03');
    expect(f.year.projected).toBe(32);
  });

  it('scores the projection with the KPI’s own thresholds, as the engine does', () => {
    const ms = months([95, 95, 95]);
    expect(run(kpi({ target: 100 }), ms, '2026-03').year.status).toBe('amber');
    expect(run(kpi({ target: 100, greenThreshold: 90 }), ms, '2026-03').year.status).toBe('green');
    expect(
      run(kpi({ target: 100 }), ms, '2026-03', { scorecardThresholds: { greenThreshold: 95, amberThreshold: 50 } }).year
        .status,
    ).toBe('green');
  });

  it('says nothing without recent data, and leaves a quarter out for a yearly KPI', () => {
    const none = run(kpi({ target: 10 }), new Map(), '2026-06');
    expect(none.method).toBe('none');
    expect(none.year).toMatchObject({ projected: null, status: 'none' });
    expect(none.year.text).toMatch(/No forecast/);
    expect(forecastPath({ kpi: kpi(), measurements: new Map(), period: '2026-06', fiscalYearStartMonth: 1 })).toEqual(
      [],
    );

    const yearly = kpi({ frequency: 'year', target: 10 });
    const ys = new Map<string, Measurement>([
      ['2025', { kpiId: 1, period: '2025', actual: 8, target: null, note: '' }],
    ]);
    const f = run(yearly, ys, '2026-Q2');
    expect(f.quarter).toBeNull();
    expect(f.asOf).toBe('2026');
    expect(f.method).toBe('flat');
    expect(f.year.projected).toBe(8);
  });

  it('follows fiscal years and quarterly KPIs', () => {
    const k = kpi({ frequency: 'quarter', aggregation: 'sum', target: 100 });
    const qs = new Map<string, Measurement>(
      ['2026-Q1', '2026-Q2'].map((period) => [period, { kpiId: 1, period, actual: 90, target: null, note: '' }]),
    );
    // Fiscal year from April: 2026-08 is in FY2026 Q2.
    const f = forecastKpi({ kpi: k, measurements: qs, period: '2026-08', fiscalYearStartMonth: 4 });
    expect(f.asOf).toBe('2026-Q2');
    expect(f.quarter?.horizon).toBe('2026-Q2');
    expect(f.quarter?.remaining).toBe(0);
    expect(f.year.projected).toBe(360);
    expect(f.year.required?.perPeriod).toBe(110);
    expect(forecastEnd(k, '2026-08', 4)).toBe('2026-Q4');
  });

  it('counts KPIs by projected status', () => {
    const good = run(kpi({ target: 10 }), months([10, 10, 10]), '2026-03');
    const bad = run(kpi({ target: 100 }), months([10, 10, 10]), '2026-03');
    const none = run(kpi({ target: 100 }), new Map(), '2026-03');
    expect(forecastCounts([good, bad, none], 'year')).toEqual({ green: 1, amber: 0, red: 1, none: 1 });
  });
});

describe('fits', () => {
  it('give a band that widens away from the data and none for a single point', () => {
    const fit = linearFit([
      { x: -3, y: 1 },
      { x: -2, y: 3 },
      { x: -1, y: 2 },
      { x: 0, y: 4 },
    ]);
    expect(fit.halfWidth(5)).toBeGreaterThan(fit.halfWidth(1));
    expect(linearFit([{ x: 0, y: 7 }]).at(4)).toBe(7);
    expect(runRateFit([{ x: 0, y: 7 }]).halfWidth(3)).toBe(0);
  });
});
