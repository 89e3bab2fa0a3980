/**
 * dashboard.data on the sample document: the same scores as scorecard.evaluate, last year beside them, and
 * forecasts that follow new values as they are entered.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { forecastKpi } from '../../src/shared/forecast';
import type { Measurement } from '../../src/shared/domain';
import { client, tempDir } from '../helpers';

const api = client();
const { call, fail } = api;
let scorecardId: number;

/** The dashboard's evaluations carry every number but not the formula texts. */
function lean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v) => (key === 'text' ? '' : v)) as T;
}

beforeAll(() => {
  const path = join(tempDir('quadrant-dashboard-'), 'Sample.scorecard');
  writeSampleDocument(path);
  scorecardId = call('document.open', { path }).scorecards[0]!.id;
});
afterAll(() => api.session.close());

describe('the dashboard of a period', () => {
  it('scores the last eight periods and the same period last year exactly as scorecard.evaluate does', () => {
    const data = call('dashboard.data', { scorecardId, period: '2026-Q3' });
    expect(data.periods).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(data.evaluations).toEqual(lean(call('scorecard.evaluateMany', { scorecardId, periods: data.periods })));
    expect(data.lastYear).toEqual(lean(call('scorecard.evaluate', { scorecardId, period: '2025-Q3' })));
    expect(data.evaluations.at(-1)!.scorecard.score).not.toBeNull();
    expect(data.evaluations.at(-1)!.kpis[0]!.formula.text).toBe('');
  });

  it('evaluates last year separately when it is outside the trend (a month view)', () => {
    const data = call('dashboard.data', { scorecardId, period: '2026-09' });
    expect(data.periods.at(-1)).toBe('2026-09');
    expect(data.periods[0]).toBe('2026-02');
    expect(data.lastYear.period).toBe('2025-09');
    expect(data.lastYear).toEqual(lean(call('scorecard.evaluate', { scorecardId, period: '2025-09' })));
  });

  it('forecasts every KPI as the pure forecast does from all of its values', () => {
    const data = call('dashboard.data', { scorecardId, period: '2026-Q3' });
    const kpis = call('kpi.list', { scorecardId });
    expect(data.forecasts.map((f) => f.kpiId).sort()).toEqual(kpis.map((k) => k.id).sort());
    const all = call('measurement.list', { scorecardId });
    const scorecard = call('scorecard.get', { id: scorecardId }).scorecard;
    for (const kpi of kpis) {
      const own = new Map<string, Measurement>(all.filter((m) => m.kpiId === kpi.id).map((m) => [m.period, m]));
      const expected = forecastKpi({
        kpi,
        measurements: own,
        period: '2026-Q3',
        fiscalYearStartMonth: scorecard.fiscalYearStartMonth,
        scorecardThresholds: scorecard,
      });
      expect(
        data.forecasts.find((f) => f.kpiId === kpi.id),
        kpi.name,
      ).toEqual(expected);
    }
    expect(data.forecasts.some((f) => f.year.status !== 'none')).toBe(true);
  });

  it('moves the forecast when a value is entered', () => {
    const before = call('dashboard.data', { scorecardId, period: '2026-Q3' });
    const f = before.forecasts.find((x) => x.method === 'run-rate' && x.quarter !== null && x.year.projected !== null)!;
    const kpi = call('kpi.get', { id: f.kpiId });
    const next = kpi.frequency === 'month' ? '2026-10' : '2026-Q4';
    call('measurement.set', { kpiId: kpi.id, period: next, actual: 1_000_000 });
    // Viewing the next period, the new value is history; viewing Q3 it is still the future.
    expect(call('dashboard.data', { scorecardId, period: '2026-Q3' }).forecasts).toEqual(before.forecasts);
    const later = call('dashboard.data', { scorecardId, period: kpi.frequency === 'month' ? '2026-10' : '2026-Q4' });
    const moved = later.forecasts.find((x) => x.kpiId === kpi.id)!;
    expect(moved.year.projected!).toBeGreaterThan(f.year.projected!);
    call('measurement.delete', { kpiId: kpi.id, period: next });
  });

  it('refuses a bad period or an unknown scorecard, naming the field', () => {
    const bad = fail('dashboard.data', { scorecardId, period: '2026-13' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.issues?.[0]?.path).toEqual(['period']);
    expect(fail('dashboard.data', { scorecardId: 9999, period: '2026-Q3' }).code).toBe('NOT_FOUND');
  });
});
