import { describe, expect, it } from 'vitest';
import { initiativeDefaults, kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from './defaults';
import { dashboardPeriods, samePeriodLastYear, scoreChange, shortPeriodLabel, type DashboardData } from './dashboard';
import { dashboardModel } from './dashboard-model';
import type { Initiative, Kpi, Measurement, Objective, Perspective, Scorecard } from './domain';
import { forecastKpis } from './forecast';
import { evaluateScorecard, indexMeasurements } from './scoring';

const scorecard: Scorecard = { ...scorecardDefaults, id: 1, name: 'Bakery', granularity: 'quarter' };
const perspectives: Perspective[] = ['Financial', 'Customer', 'Process'].map((name, i) => ({
  ...perspectiveDefaults,
  id: i + 1,
  scorecardId: 1,
  name,
  position: i,
}));
const objectives: Objective[] = perspectives.map((p) => ({
  ...objectiveDefaults,
  id: p.id,
  perspectiveId: p.id,
  title: `Objective of ${p.name}`,
  position: 0,
}));
const kpi = (id: number, objectiveId: number, over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId,
  name: `KPI ${id}`,
  position: id,
  frequency: 'quarter',
  aggregation: 'last',
  target: 100,
  ...over,
});
const kpis: Kpi[] = [
  kpi(1, 1, { unit: '€' }),
  kpi(2, 1),
  kpi(3, 2),
  kpi(4, 2),
  kpi(5, 3),
  kpi(6, 3),
  kpi(7, 3, { name: 'Never measured' }),
];
const quarters = dashboardPeriods('2026-Q3');
/** KPI k scores 10·k % in Q3 2026 and 10 points less each quarter before; KPI 6 stopped reporting after Q1 2026. */
const measurements: Measurement[] = [];
for (const k of kpis.slice(0, 6)) {
  quarters.forEach((period, i) => {
    if (k.id === 6 && period > '2026-Q1') return;
    measurements.push({
      kpiId: k.id,
      period,
      actual: Math.max(0, 10 * k.id + 10 * (i - 7) + 60),
      target: null,
      note: '',
    });
  });
}

function data(period: string): DashboardData {
  const index = indexMeasurements(measurements);
  const input = { scorecard, perspectives, objectives, kpis, measurements: index };
  const periods = dashboardPeriods(period);
  return {
    scorecardId: 1,
    period,
    periods,
    evaluations: periods.map((p) => evaluateScorecard(input, p)),
    lastYear: evaluateScorecard(input, samePeriodLastYear(period)),
    forecasts: forecastKpis(kpis, index, period, 1),
  };
}

const initiative = (id: number, over: Partial<Initiative>): Initiative => ({
  ...initiativeDefaults,
  id,
  scorecardId: 1,
  title: `Initiative ${id}`,
  ...over,
});
const tree = {
  scorecard,
  perspectives,
  objectives,
  kpis,
  initiatives: [
    initiative(1, {
      status: 'in_progress',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      percentComplete: 5,
      budget: 100,
      spent: 150,
    }),
    initiative(2, { status: 'cancelled', budget: 50, spent: 10 }),
    initiative(3, { status: 'planned' }),
  ],
};

describe('the dashboard model', () => {
  const m = dashboardModel(data('2026-Q3'), tree, '2026-09-30');

  it('labels periods briefly and compares the overall score with the previous period and last year', () => {
    expect([m.periodLabel, m.previousLabel, m.lastYearLabel]).toEqual(['Q3 2026', 'Q2 2026', 'Q3 2025']);
    expect(m.overall.vsPrevious.direction).toBe('up');
    expect(m.overall.vsPrevious.text).toMatch(/^▲ \+\d+ pts vs Q2 2026$/);
    expect(m.overall.vsLastYear.text).toMatch(/^▲ \+\d+ pts vs Q3 2025$/);
    expect(m.overall.caption).toBe('Overall score, Q3 2026');
  });

  it('counts KPIs by status with their change, and lists those without data with their last value', () => {
    const total = m.statuses.rows.reduce((n, r) => n + r.count, 0);
    expect(total).toBe(kpis.length);
    expect(m.statuses.rows.find((r) => r.status === 'none')).toMatchObject({ count: 2 });
    expect(m.noData).toEqual([
      { kpiId: 6, name: 'KPI 6', objective: 'Objective of Process', lastReported: 'Q1 2026' },
      { kpiId: 7, name: 'Never measured', objective: 'Objective of Process', lastReported: null },
    ]);
  });

  it('names the five furthest from target, worst first, with eight periods of scores and the value change', () => {
    expect(m.worst.chart.items.map((k) => k.name)).toEqual(['KPI 1', 'KPI 2', 'KPI 3', 'KPI 4', 'KPI 5']);
    expect(m.worst.chart.items[0]!.trend).toHaveLength(8);
    expect(m.worst.chart.items[0]!.valueText).toBe('€70 (target €100)');
    expect(m.worst.rows[0]!.vsPrevious.text).toBe('+€10 vs Q2 2026');
  });

  it('gives a radar against last year, a heatmap row per objective, and a forecast for every KPI', () => {
    expect(m.perspectives.radar?.series.map((s) => s.label)).toEqual(['Q3 2026', 'Q3 2025']);
    expect(m.heatmap.rows.map((r) => r.cells.length)).toEqual([8, 8, 8]);
    const counts = m.forecast.counts.year;
    expect(counts.green + counts.amber + counts.red + counts.none).toBe(kpis.length);
    expect(m.forecast.year).toBe('2026');
    for (const c of m.forecast.concerns) expect(c.text).toMatch(/^Projected .* against .*\.$/);
  });

  it('leaves cancelled initiatives out and flags the one behind schedule', () => {
    expect(m.budget.items).toEqual([{ name: 'Initiative 1', budget: 100, spent: 150 }]);
    expect(m.progress.items.map((i) => [i.name, i.behind])).toEqual([
      ['Initiative 1', true],
      ['Initiative 3', false],
    ]);
    expect(m.progress.items[0]!.timeElapsed).toBeGreaterThan(70);
  });

  it('says so when the comparison period has no data', () => {
    const early = dashboardModel(data('2024-Q4'), tree, '2026-09-30');
    expect(early.overall.vsLastYear).toEqual({ direction: 'none', text: 'no data for Q4 2023', short: 'no data' });
    expect(early.perspectives.bars.previousLabel).toBeUndefined();
    expect(scoreChange(50, 50.2, 'Q1')).toEqual({ direction: 'flat', text: 'no change vs Q1', short: 'no change' });
  });

  it('names fiscal quarters and years off a calendar fiscal year', () => {
    expect(shortPeriodLabel('2026-Q3', 4)).toBe('FY26 Q3');
    expect(shortPeriodLabel('2026', 4)).toBe('FY2026');
    expect(shortPeriodLabel('2026-07', 4)).toBe('Jul 2026');
  });
});

describe('the dashboard model of a closed period', () => {
  it('leaves out, without failing, KPIs its evaluation scores that the structure given does not name', () => {
    // A closed quarter is scored from its snapshot: KPI 1 and KPI 7 were deleted since, so the live tree lacks them.
    const live = { ...tree, kpis: kpis.filter((k) => k.id !== 1 && k.id !== 7) };
    const model = dashboardModel(data('2026-Q3'), live, '2026-10-01');
    const named = [...model.worst.rows.map((r) => r.kpiId), ...model.noData.map((r) => r.kpiId)];
    expect(named).not.toContain(1);
    expect(named).not.toContain(7);
    expect(model.worst.rows.length).toBeGreaterThan(0);
    expect(model.forecast.concerns.every((c) => c.kpiId !== 1)).toBe(true);
  });
});
