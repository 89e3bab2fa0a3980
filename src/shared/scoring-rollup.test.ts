import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, Objective, Perspective, RollupMethod, Scorecard } from './domain';
import { evaluateScorecard, indexMeasurements, rollup, type RollupChild } from './scoring';
import { DEFAULT_THRESHOLDS } from './scoring-status';

const KPIS = { key: 'kpi' } as const;
const child = (
  score: number | null,
  weight = 1,
  status: RollupChild['status'] = score === null ? 'none' : score >= 100 ? 'green' : score >= 80 ? 'amber' : 'red',
  name = 'K',
): RollupChild => ({ name, score, status, weight });
const mean = (children: RollupChild[]) => rollup(children, 'weighted_mean', DEFAULT_THRESHOLDS, KPIS);

describe('weighted mean rollup', () => {
  it('averages the reported children by weight and says how many reported', () => {
    const r = mean([child(80), child(null), child(100, 2), child(40), child(null)]);
    expect(r).toMatchObject({ score: 80, status: 'amber', reported: 3, total: 5, method: 'weighted_mean' });
    expect(r.formula).toEqual({
      method: 'weighted-mean',
      text: 'Weighted mean of 3 of 5 KPIs: (80 × 1 + 100 × 2 + 40 × 1) / 4 = 80 % → amber (green ≥ 100 %, amber ≥ 80 %)',
    });
  });
  it('shows children of weight 0 but does not count them', () => {
    const r = mean([child(50, 0), child(90, 1)]);
    expect(r).toMatchObject({ score: 90, status: 'amber', reported: 2, total: 2 });
    expect(r.formula.text).toBe(
      'Weighted mean of 2 KPIs (1 with weight 0 not counted): (90 × 1) / 1 = 90 % → amber (green ≥ 100 %, amber ≥ 80 %)',
    );
  });
  it('has no score when only weight-0 children reported', () => {
    const r = mean([child(50, 0), child(null, 1)]);
    expect(r).toMatchObject({ score: null, status: 'none', reported: 1, total: 2 });
    expect(r.formula).toEqual({
      method: 'zero-weight',
      text: '1 of 2 KPIs reported, but it has weight 0, so none counts.',
    });
  });
  it('has no score when no child reported', () => {
    expect(mean([child(null), child(null), child(null)])).toMatchObject({
      score: null,
      status: 'none',
      reported: 0,
      total: 3,
      formula: { method: 'no-data', text: 'No data: 0 of 3 KPIs reported.' },
    });
    expect(mean([])).toMatchObject({
      score: null,
      status: 'none',
      reported: 0,
      total: 0,
      formula: { method: 'no-children', text: 'No KPIs to roll up.' },
    });
  });
  it('abbreviates long formulas', () => {
    const r = mean(Array.from({ length: 10 }, () => child(50)));
    expect(r.score).toBe(50);
    expect(r.formula.text).toBe(
      'Weighted mean of 10 KPIs: (50 × 1 + 50 × 1 + 50 × 1 + 50 × 1 + 50 × 1 + 50 × 1 + 50 × 1 + 50 × 1 + …) / 10 = 50 % → red (green ≥ 100 %, amber ≥ 80 %)',
    );
  });
  it('keeps equal scores exact whatever the weights', () => {
    expect(mean([child(80, 0.1), child(80, 0.1), child(80, 0.1)])).toMatchObject({ score: 80, status: 'amber' });
  });
  it('applies the given thresholds to the rolled-up score', () => {
    expect(rollup([child(70)], 'weighted_mean', { greenThreshold: 70, amberThreshold: 50 }, KPIS).status).toBe('green');
  });
});

describe('worst child rollup', () => {
  const worst = (children: RollupChild[]) => rollup(children, 'worst_child', DEFAULT_THRESHOLDS, KPIS);
  it('takes the lowest score and the worst status, which may belong to different children', () => {
    // 'Margin' is green at 85 by its own thresholds; 'Churn' is amber at 90 by the defaults.
    const r = worst([
      child(85, 1, 'green', 'Margin'),
      child(90, 1, 'amber', 'Churn'),
      child(95, 1, 'green', 'NPS'),
      child(null),
    ]);
    expect(r).toMatchObject({ score: 85, status: 'amber', reported: 3, total: 4, method: 'worst_child' });
    expect(r.formula).toEqual({
      method: 'worst-child',
      text: 'Worst child of 3 of 4 KPIs: min(85, 90, 95) = 85 %; worst status amber (Churn).',
    });
  });
  it('ignores weight-0 children', () => {
    expect(worst([child(10, 0, 'red'), child(100, 1, 'green')])).toMatchObject({
      score: 100,
      status: 'green',
      reported: 2,
    });
  });
  it('is red when any counted child is red', () => {
    expect(worst([child(100), child(30), child(90)])).toMatchObject({ score: 30, status: 'red' });
  });
});

const scorecard = (over: Partial<Scorecard> = {}): Scorecard => ({
  ...scorecardDefaults,
  id: 1,
  name: 'Company',
  ...over,
});
const perspective = (id: number, position: number, name: string, over: Partial<Perspective> = {}): Perspective => ({
  ...perspectiveDefaults,
  id,
  scorecardId: 1,
  name,
  position,
  ...over,
});
const objective = (id: number, perspectiveId: number, position: number, over: Partial<Objective> = {}): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId,
  title: `O${id}`,
  position,
  ...over,
});
const kpi = (id: number, objectiveId: number, position: number, over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId,
  name: `K${id}`,
  position,
  frequency: 'month',
  target: 100,
  ...over,
});
const m = (kpiId: number, period: string, actual: number | null): Measurement => ({
  kpiId,
  period,
  actual,
  target: null,
  note: '',
});

function doc(rollupMethod: RollupMethod) {
  return {
    scorecard: scorecard({ rollupMethod }),
    perspectives: [
      perspective(10, 1, 'Customer'),
      perspective(11, 0, 'Financial', { weight: 2 }),
      perspective(99, 0, 'Elsewhere', { scorecardId: 2 }),
    ],
    objectives: [objective(20, 10, 0), objective(21, 11, 1), objective(22, 11, 0), objective(23, 99, 0)],
    kpis: [
      kpi(30, 22, 1),
      kpi(31, 22, 0, { polarity: 'decrease', target: 50, weight: 2 }),
      kpi(32, 22, 2),
      kpi(33, 21, 0, { weight: 0 }),
      kpi(34, 21, 1),
      kpi(35, 20, 0),
      kpi(36, 23, 0),
    ],
    measurements: [
      m(30, '2026-03', 80),
      m(31, '2026-03', 50),
      m(32, '2026-02', 100),
      m(33, '2026-03', 40),
      m(34, '2026-03', 120),
      m(36, '2026-03', 1),
    ],
  };
}

describe('evaluating a scorecard', () => {
  it('rolls KPIs up to objectives, perspectives and the scorecard, in position order', () => {
    const e = evaluateScorecard(doc('weighted_mean'), '2026-03');
    expect(e.perspectives.map((p) => p.perspectiveId)).toEqual([11, 10]);
    expect(e.objectives.map((o) => o.objectiveId)).toEqual([22, 21, 20]);
    expect(e.kpis.map((k) => k.kpiId)).toEqual([31, 30, 32, 33, 34, 35]);
    expect(e.kpis.map((k) => k.score)).toEqual([100, 80, null, 40, 100, null]);
    expect(e.kpis[4].progress).toBe(120);

    const [o22, o21, o20] = e.objectives;
    expect(o22.score).toBeCloseTo(93.3333333, 6);
    expect(o22).toMatchObject({ status: 'amber', reported: 2, total: 3 });
    expect(o22.formula.text).toBe(
      'Weighted mean of 2 of 3 KPIs: (100 × 2 + 80 × 1) / 3 = 93 % → amber (green ≥ 100 %, amber ≥ 80 %)',
    );
    expect(o21).toMatchObject({ score: 100, status: 'green', reported: 2, total: 2 });
    expect(o20).toMatchObject({ score: null, status: 'none', reported: 0, total: 1 });

    const [financial, customer] = e.perspectives;
    expect(financial.score).toBeCloseTo(96.6666667, 6);
    expect(financial).toMatchObject({ status: 'amber', reported: 2, total: 2 });
    expect(customer).toMatchObject({ score: null, status: 'none', formula: { method: 'no-data' } });

    expect(e.scorecard.score).toBeCloseTo(96.6666667, 6);
    expect(e.scorecard).toMatchObject({ status: 'amber', reported: 1, total: 2, method: 'weighted_mean' });
    expect(e.scorecard.formula.text).toMatch(
      /^Weighted mean of 1 of 2 perspectives: \(96\.67 × 2\) \/ 2 = 97 % → amber/,
    );
    expect(e).toMatchObject({ scorecardId: 1, period: '2026-03' });
  });

  it('rolls up by worst child', () => {
    const e = evaluateScorecard(doc('worst_child'), '2026-03');
    expect(e.objectives.map((o) => [o.score, o.status])).toEqual([
      [80, 'amber'],
      [100, 'green'],
      [null, 'none'],
    ]);
    expect(e.perspectives.map((p) => [p.score, p.status])).toEqual([
      [80, 'amber'],
      [null, 'none'],
    ]);
    expect(e.scorecard).toMatchObject({ score: 80, status: 'amber', method: 'worst_child' });
  });

  it('has no score when nothing reported', () => {
    const d = { ...doc('weighted_mean'), measurements: [] };
    const e = evaluateScorecard(d, '2026-03');
    expect(e.kpis.every((k) => k.status === 'none')).toBe(true);
    expect(e.scorecard).toMatchObject({ score: null, status: 'none', reported: 0, total: 2 });
  });

  it('evaluates a fiscal quarter of a year starting in April', () => {
    const d = {
      scorecard: scorecard({ fiscalYearStartMonth: 4 }),
      perspectives: [perspective(10, 0, 'Financial')],
      objectives: [objective(20, 10, 0)],
      kpis: [kpi(30, 20, 0, { target: 10 })],
      measurements: [
        m(30, '2026-12', 999),
        m(30, '2027-01', 10),
        m(30, '2027-02', 10),
        m(30, '2027-03', 10),
        m(30, '2027-04', 999),
      ],
    };
    const e = evaluateScorecard(d, '2026-Q4');
    expect(e.kpis[0]).toMatchObject({
      actual: 30,
      target: 30,
      progress: 100,
      reported: 3,
      expected: 3,
      status: 'green',
    });
    expect(e.scorecard).toMatchObject({ score: 100, status: 'green' });
  });

  it('rejects a bad period', () => {
    expect(() => evaluateScorecard(doc('weighted_mean'), '2026-13')).toThrow(/Invalid period/);
  });

  it('evaluates 720 KPIs × 120 months, from a list or a pre-built index, alike', () => {
    const perspectives = [0, 1, 2, 3].map((i) => perspective(i + 1, i, `P${i}`));
    const objectives = Array.from({ length: 72 }, (_, i) => objective(100 + i, 1 + (i % 4), i));
    const kpis = Array.from({ length: 720 }, (_, i) =>
      kpi(1000 + i, 100 + (i % 72), i, { aggregation: i % 2 ? 'sum' : 'average' }),
    );
    const measurements: Measurement[] = [];
    for (const k of kpis)
      for (let month = 0; month < 120; month++)
        measurements.push(
          m(k.id, `${2017 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`, 90 + (month % 20)),
        );
    expect(measurements).toHaveLength(86_400);
    const input = { scorecard: scorecard(), perspectives, objectives, kpis, measurements };
    // Speed is measured by `npm run bench`, not here: this checks the large case is computed right.
    const e = evaluateScorecard(input, '2026-Q2');
    expect(e.kpis).toHaveLength(720);
    expect(e.kpis.every((k) => k.reported === 3)).toBe(true);
    const indexed = evaluateScorecard({ ...input, measurements: indexMeasurements(measurements) }, '2026-Q2');
    expect(indexed).toEqual(e);
  });
});
