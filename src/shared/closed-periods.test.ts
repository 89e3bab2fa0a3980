/**
 * Snapshot scoring: a closed quarter, and every month inside it, scores from what it was closed with, whatever
 * happens to targets, weights and KPIs afterwards; open periods score from the live structure.
 */
import { describe, expect, it } from 'vitest';
import {
  closedPeriodOf,
  evaluateWithClosed,
  inputFor,
  isInside,
  periodsOfSnapshot,
  takeSnapshot,
  treeFor,
  NONE_CLOSED,
} from './closed-periods';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, ScorecardTree } from './domain';
import { evaluateScorecard } from './scoring';

const scorecard = { ...scorecardDefaults, id: 1, name: 'Bakery', fiscalYearStartMonth: 4 };
const kpi = (id: number, target: number, frequency: Kpi['frequency'] = 'month'): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId: 1,
  name: `KPI ${id}`,
  position: id,
  baseline: 0,
  target,
  frequency,
  aggregation: 'sum',
});
const tree: ScorecardTree = {
  scorecard,
  perspectives: [{ id: 1, scorecardId: 1, name: 'Financial', description: '', position: 0, weight: 1 }],
  objectives: [{ ...objectiveDefaults, id: 1, perspectiveId: 1, title: 'Sell bread', position: 0 }],
  kpis: [kpi(1, 300), kpi(2, 90)],
  themes: [],
  links: [],
  initiatives: [],
  keyResults: [],
  checkIns: [],
  contributions: [],
};
const m = (kpiId: number, period: string, actual: number): Measurement => ({ kpiId, period, actual, target: null, note: '' });
// Fiscal year from April: FY2026 Q3 is October to December 2026.
const measurements = [m(1, '2026-10', 100), m(1, '2026-11', 100), m(1, '2026-12', 50), m(2, '2026-10', 30), m(2, '2027-01', 10), m(2, '2026-06', 99)];

describe('closed periods', () => {
  it('know which periods lie inside them, in the fiscal year', () => {
    expect(isInside('2026-11', '2026-Q3', 4)).toBe(true);
    expect(isInside('2027-01', '2026-Q3', 4)).toBe(false);
    expect(isInside('2026', '2026-Q3', 4)).toBe(false);
    expect(closedPeriodOf('2026-12', ['2026-Q2', '2026-Q3'], 4)).toBe('2026-Q3');
    expect(closedPeriodOf('2027-01', ['2026-Q3'], 4)).toBeUndefined();
    expect(periodsOfSnapshot('2026-Q3', 4)).toEqual(expect.arrayContaining(['2026-10', '2026-11', '2026-12', '2026-Q3', '2026']));
  });

  it('keep the values scoring needs and nothing of other periods', () => {
    const snapshot = takeSnapshot(tree, measurements, '2026-Q3');
    expect(snapshot.measurements.map((x) => `${x.kpiId}@${x.period}`)).toEqual(['1@2026-10', '1@2026-11', '1@2026-12', '2@2026-10']);
    expect(snapshot.kpis.map((k) => k.target)).toEqual([300, 90]);
  });

  it('score the quarter and its months from the snapshot after targets change and a KPI goes', () => {
    const closed = new Map([['2026-Q3', takeSnapshot(tree, measurements, '2026-Q3')]]);
    const before = evaluateScorecard({ ...tree, measurements }, '2026-Q3');
    const monthBefore = evaluateScorecard({ ...tree, measurements }, '2026-11');
    const edited = { ...tree, kpis: [{ ...kpi(1, 999), weight: 5 }] };
    const live = { ...edited, measurements: [...measurements.filter((x) => x.kpiId === 1), m(1, '2026-12', 400)] };
    expect(evaluateWithClosed(live, closed, '2026-Q3')).toEqual(before);
    expect(evaluateWithClosed(live, closed, '2026-11')).toEqual(monthBefore);
    // The next quarter is open: the new target and the missing KPI count there.
    const q4 = evaluateWithClosed(live, closed, '2026-Q4');
    // A summed monthly KPI's quarter target is three months of the new target.
    expect(q4.kpis.map((k) => [k.kpiId, k.target])).toEqual([[1, 2997]]);
    expect(treeFor(edited, closed, '2026-Q3').kpis.map((k) => k.id)).toEqual([1, 2]);
    expect(treeFor(edited, closed, '2026-Q4').kpis.map((k) => k.id)).toEqual([1]);
  });

  it('leave open periods and documents without closed periods to the live input, untouched', () => {
    const live = { ...tree, measurements };
    expect(inputFor(live, NONE_CLOSED, '2026-Q3')).toBe(live);
    expect(treeFor(tree, NONE_CLOSED, '2026-Q3')).toBe(tree);
    const closed = new Map([['2026-Q2', takeSnapshot(tree, measurements, '2026-Q2')]]);
    expect(inputFor(live, closed, '2026-Q3')).toBe(live);
  });
});
