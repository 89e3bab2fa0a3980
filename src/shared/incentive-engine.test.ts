import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, Objective } from './domain';
import type { EvaluateInput } from './scoring';
import { incentiveFactors, whatIfMeasurements, type IncentiveInput } from './incentive-engine';
import type { IncentiveItem, IncentivePlan } from './incentives';
import type { KeyResult } from './okr';
import { keyResultDefaults } from './okr';

const plan: IncentivePlan = { scorecardId: 1, threshold: 50, cap: 150, note: '' };

const objective = (id: number, title: string, owner: string): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId: 1,
  title,
  owner,
  position: id,
});

/** Quarterly KPIs scored as a ratio to target (no baseline): progress = actual / target × 100. */
const kpi = (id: number, name: string, owner: string, target: number): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId: 1,
  name,
  owner,
  target,
  position: id,
  frequency: 'quarter',
  aggregation: 'last',
});

const value = (kpiId: number, period: string, actual: number): Measurement => ({
  kpiId,
  period,
  actual,
  target: null,
  note: '',
});

/**
 * One objective, "Grow sales" (Lee), with five KPIs, Q3 2026:
 *   Revenue (Mia)            target 100, actual 120 → 120 %  (history 200, 150: a trend that would say 100)
 *   New accounts (Mia)       target 10,  actual 4   → 40 %
 *   Repeat orders (Mia)      target 100, actual 95  → 95 %
 *   Net Promoter Score (mia) target 50,  no value at all → no data
 *   Online revenue (Kim)     target 100, Q1 60, Q2 80, no Q3 value → no data; its trend says 100 for Q3
 */
function scorecard(): EvaluateInput {
  return {
    scorecard: { ...scorecardDefaults, id: 1, name: 'Shop' },
    perspectives: [{ id: 1, scorecardId: 1, name: 'Financial', description: '', weight: 1, position: 0 }],
    objectives: [objective(1, 'Grow sales', 'Lee')],
    kpis: [
      kpi(1, 'Revenue', 'Mia', 100),
      kpi(2, 'New accounts', 'Mia', 10),
      kpi(3, 'Repeat orders', ' Mia ', 100),
      kpi(4, 'Net Promoter Score', 'mia', 50),
      kpi(5, 'Online revenue', 'Kim', 100),
    ],
    measurements: [
      value(1, '2026-Q1', 200),
      value(1, '2026-Q2', 150),
      value(1, '2026-Q3', 120),
      value(2, '2026-Q3', 4),
      value(3, '2026-Q3', 95),
      value(5, '2026-Q1', 60),
      value(5, '2026-Q2', 80),
    ],
  };
}

const item = (entityId: number, terms: Partial<IncentiveItem>): IncentiveItem => ({
  id: entityId,
  scorecardId: 1,
  entityType: 'kpi',
  entityId,
  weight: 1,
  threshold: null,
  cap: null,
  ...terms,
});

const run = (over: Partial<IncentiveInput> = {}) =>
  incentiveFactors({ scoring: scorecard(), plan, items: [item(1, { weight: 2 })], period: '2026-Q3', ...over });

const person = (result: ReturnType<typeof run>, name: string) => result.people.find((p) => p.person === name)!;

describe('incentive factors from what each person owns', () => {
  it('weights the payouts, pays nothing below the threshold and leaves items without data out', () => {
    const r = run();
    // Owners of the objective and the KPIs; " Mia " and "mia" are Mia, named as first written.
    expect(r.people.map((p) => p.person)).toEqual(['Kim', 'Lee', 'Mia']);
    const mia = person(r, 'Mia').actual;
    expect(mia.lines.map((l) => [l.title, l.weight, l.achievement, l.payout])).toEqual([
      ['Revenue', 2, 120, 120],
      ['New accounts', 1, 40, 0],
      ['Repeat orders', 1, 95, 95],
      ['Net Promoter Score', 1, null, null],
    ]);
    // (120 × 2 + 0 × 1 + 95 × 1) / (100 × 4) = 335 / 400 = 0.8375
    expect(mia.factor).toBeCloseTo(0.8375, 10);
    expect(mia.formula).toBe('(120 × 2 + 0 × 1 + 95 × 1) / (100 × 4) = 0.84. Left out, no data: Net Promoter Score.');
    expect(mia.lines[0]!.formula).toBe('Progress 120 % ≥ threshold 50 % → pays min(120, cap 150) = 120 %.');
    expect(mia.lines[1]!.formula).toBe('Progress 40 % < threshold 50 % → pays 0 %.');
    expect(mia.lines[3]!.excluded).toBe('No value for Q3 2026.');
  });

  it('takes an objective’s score as its achievement', () => {
    const lee = person(run(), 'Lee').actual;
    // Scores clamp to 100: (100 + 40 + 95) / 3 KPIs reported = 78.33…; NPS and Online revenue have no value.
    expect(lee.lines[0]!.achievement).toBeCloseTo(235 / 3, 10);
    // (78.3 × 1) / (100 × 1) = 0.78
    expect(lee.factor).toBeCloseTo(0.78333, 4);
    expect(lee.formula).toBe('(78.3 × 1) / (100 × 1) = 0.78.');
    expect(lee.lines[0]!.formula).toBe('Score 78.3 % ≥ threshold 50 % → pays min(78.3, cap 150) = 78.3 %.');
  });

  it('applies an item’s own threshold and cap instead of the plan’s', () => {
    const items = [item(1, { weight: 2, cap: 110 }), item(3, { threshold: 96 })];
    const mia = person(run({ items }), 'Mia').actual;
    expect(mia.lines.map((l) => [l.threshold, l.cap, l.payout])).toEqual([
      [50, 110, 110],
      [50, 150, 0],
      [96, 150, 0],
      [50, 150, null],
    ]);
    // (110 × 2 + 0 × 1 + 0 × 1) / (100 × 4) = 220 / 400 = 0.55
    expect(mia.factor).toBeCloseTo(0.55, 10);
    expect(mia.formula).toMatch(/^\(110 × 2 \+ 0 × 1 \+ 0 × 1\) \/ \(100 × 4\) = 0\.55\./);
  });

  it('has no factor when nothing has data or every weight is 0, and says so', () => {
    const kim = person(run(), 'Kim').actual;
    expect(kim.factor).toBeNull();
    expect(kim.formula).toBe('No item has data for Q3 2026: no factor. Left out, no data: Online revenue.');
    const zero = person(
      run({ items: [item(1, { weight: 0 }), item(2, { weight: 0 }), item(3, { weight: 0 })] }),
      'Mia',
    );
    expect(zero.actual.factor).toBeNull();
    expect(zero.actual.formula).toMatch(/^Every item with data has weight 0/);
  });

  it('turns a key result’s progress (0–1) into a percent', () => {
    const kr: KeyResult = {
      ...keyResultDefaults,
      id: 7,
      objectiveId: 1,
      title: 'Ten new cafés',
      cycle: '2026-Q3',
      startValue: 0,
      target: 10,
      owner: 'Ada',
      position: 0,
    };
    const checkIn = { id: 1, keyResultId: 7, date: '2026-09-01', value: 8.5, confidence: 7, comment: '', author: '' };
    const ada = person(run({ scoring: { ...scorecard(), keyResults: [kr], checkIns: [checkIn] } }), 'Ada').actual;
    // (8.5 − 0) / (10 − 0) = 0.85; 0.85 × 100 = 85 % ≥ 50 % → pays 85; (85 × 1) / (100 × 1) = 0.85
    expect(ada.lines[0]!.formula).toBe('Progress 0.85 × 100 = 85 % ≥ threshold 50 % → pays min(85, cap 150) = 85 %.');
    expect(ada.factor).toBeCloseTo(0.85, 10);
  });
});

describe('the what-if at the period’s end', () => {
  it('gives KPIs without a value their forecast and keeps entered values', () => {
    const { index, kpiIds } = whatIfMeasurements(scorecard(), '2026-Q3');
    // Online revenue: a line through Q1 60 and Q2 80 reaches 100 in Q3. NPS has no history, so no forecast.
    expect(kpiIds).toEqual([5]);
    expect(index.get(5)!.get('2026-Q3')!.actual).toBeCloseTo(100, 10);
    // Revenue's trend (200, 150, …) would say 100, but 120 was entered: it stays.
    expect(index.get(1)!.get('2026-Q3')!.actual).toBe(120);
  });

  it('fills only the months of the period still missing after the latest value, for a monthly KPI', () => {
    const monthly: Kpi = { ...kpi(9, 'Online orders', 'Kim', 100), frequency: 'month', aggregation: 'average' };
    const base = scorecard();
    const input: EvaluateInput = {
      ...base,
      kpis: [monthly],
      measurements: [value(9, '2026-05', 80), value(9, '2026-06', 100), value(9, '2026-07', 90)],
    };
    const { index, kpiIds } = whatIfMeasurements(input, '2026-Q3');
    expect(kpiIds).toEqual([9]);
    // Least squares through May 80, Jun 100, Jul 90 (x = −4, −3, −2 before September): slope 5, 90 at x = −3,
    // so August (x = −1) 100 and September (x = 0) 105. June is not part of Q3 and stays as entered.
    expect([...index.get(9)!.entries()].map(([k, m]) => [k, Math.round(m.actual! * 1e9) / 1e9])).toEqual([
      ['2026-05', 80],
      ['2026-06', 100],
      ['2026-07', 90],
      ['2026-08', 100],
      ['2026-09', 105],
    ]);
    const kim = person(run({ scoring: input, items: [] }), 'Kim');
    // Actual: only July reported, 90 / 100 = 90 %. What-if: (90 + 100 + 105) / 3 = 98.33 % → 0.98
    expect(kim.actual.lines[0]!.achievement).toBeCloseTo(90, 8);
    expect(kim.whatIf.lines[0]!.achievement).toBeCloseTo(295 / 3, 8);
    expect(kim.whatIf.formula).toBe('(98.3 × 1) / (100 × 1) = 0.98.');
  });

  it('scores the people again from the forecast', () => {
    const r = run();
    expect(r.whatIf.text).toBe(
      'At the end of Q3 2026: 1 KPI without a value for Q3 2026 takes its forecast; entered values stay.',
    );
    const kim = person(r, 'Kim').whatIf;
    // Forecast 100 against target 100 = 100 % → pays 100; (100 × 1) / (100 × 1) = 1.00
    expect(kim.lines[0]).toMatchObject({
      achievement: expect.closeTo(100, 8),
      payout: expect.closeTo(100, 8),
      forecast: true,
    });
    expect(kim.formula).toBe('(100 × 1) / (100 × 1) = 1.00.');
    // Lee's objective now counts Online revenue too: (100 + 40 + 95 + 100) / 4 = 83.75 → 0.84
    const lee = person(r, 'Lee').whatIf;
    expect(lee.lines[0]!.forecast).toBe(true);
    expect(lee.factor).toBeCloseTo(0.8375, 8);
    // Mia has nothing forecast: the same 0.84.
    expect(person(r, 'Mia').whatIf.factor).toBeCloseTo(0.8375, 10);
  });
});
