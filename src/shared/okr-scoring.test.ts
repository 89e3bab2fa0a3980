/**
 * Key results and OKRs against hand-worked examples (docs/okrs.md "How key results and OKRs are scored"). Every
 * expected number was worked out by hand from the rules; the arithmetic is in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import { evaluateWithClosed, takeSnapshot } from './closed-periods';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, ScorecardTree } from './domain';
import type { KeyResultScore } from './evaluation';
import { keyResultDefaults, type CheckIn, type KeyResult } from './okr';
import { keyResultChild, keyResultsOfPeriod, scoreKeyResult, scoreOkr } from './okr-scoring';
import { evaluateScorecard } from './scoring';

const kr = (over: Partial<KeyResult> = {}): KeyResult => ({
  ...keyResultDefaults,
  id: 1,
  objectiveId: 1,
  title: 'Active users',
  cycle: '2026-Q2',
  position: 0,
  ...over,
});
let nextId = 1;
const ci = (date: string, value: number | null, confidence: number | null = null, keyResultId = 1): CheckIn => ({
  id: nextId++,
  keyResultId,
  date,
  value,
  confidence,
  comment: '',
  author: '',
});
const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 7,
  objectiveId: 1,
  name: 'Sales',
  position: 0,
  ...over,
});
const m = (period: string, actual: number | null, kpiId = 7): Measurement => ({
  kpiId,
  period,
  actual,
  target: null,
  note: '',
});
const values = (...ms: Measurement[]) => new Map(ms.map((x) => [x.period, x]));

const score = (
  k: KeyResult,
  period: string,
  checkIns: CheckIn[] = [],
  kind: 'aspirational' | 'committed' = 'aspirational',
) => scoreKeyResult({ keyResult: k, kind, checkIns, kpi: null, period, fyStart: 1 });
const ASP = '(aspirational: 0.7 is success)';
const COM = '(committed: 1.0 is expected)';

describe('key results of a period', () => {
  const krs = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1'].map((cycle, i) => kr({ id: i + 1, cycle }));
  const cycles = (period: string, fy = 1) => keyResultsOfPeriod(krs, period, fy).map((k) => k.cycle);

  it('are those of the quarter a month lies in, the quarter itself, or the quarters of a year', () => {
    expect(cycles('2026-05')).toEqual(['2026-Q2']);
    expect(cycles('2026-Q3')).toEqual(['2026-Q3']);
    expect(cycles('2026')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });

  it('follow the fiscal year: from April, February 2027 lies in FY2026 Q4', () => {
    expect(cycles('2027-02', 4)).toEqual(['2026-Q4']);
    expect(cycles('2026-04', 4)).toEqual(['2026-Q1']);
  });
});

describe('a metric key result', () => {
  // Start 30, target 50; check-ins 35 on 10 April, 42 on 20 May (confidence 7), 49 on 1 July (after the quarter).
  const k = kr({ startValue: 30, target: 50, unit: 'users' });
  const checkIns = [ci('2026-04-10', 35, 4), ci('2026-05-20', 42, 7), ci('2026-07-01', 49, 9)];

  it('scores the latest check-in up to the period end, later ones ignored', () => {
    const s = score(k, '2026-Q2', checkIns);
    // As of 30 June: 42. (42 − 30) / (50 − 30) = 12 / 20 = 0.60 → amber (0.4 ≤ 0.60 < 0.7).
    expect(s).toMatchObject({
      current: 42,
      asOf: '2026-05-20',
      score: 0.6,
      progress: 0.6,
      status: 'amber',
      confidence: 7,
    });
    expect(s.formula.text).toBe(`Check-in of 2026-05-20: 42 users. (42 − 30) / (50 − 30) = 0.60 → amber ${ASP}`);
    // As of 30 April: 35. (35 − 30) / 20 = 0.25 → red.
    expect(score(k, '2026-04', checkIns)).toMatchObject({ current: 35, score: 0.25, status: 'red', confidence: 4 });
  });

  it('takes the confidence of the latest check-in that gives one', () => {
    expect(score(k, '2026-Q2', [ci('2026-05-01', 40, 7), ci('2026-06-01', 44, null)]).confidence).toBe(7);
  });

  it('takes the later entry of two on the same day', () => {
    // Both dated 20 May; the later entry (higher id) says 46: (46 − 30) / 20 = 0.80 → green.
    expect(score(k, '2026-Q2', [ci('2026-05-20', 40), ci('2026-05-20', 46)]).score).toBeCloseTo(0.8, 12);
  });

  it('scores a decrease with the same formula, the target below the start', () => {
    // Lead time from 20 to 5 days, now 11: (11 − 20) / (5 − 20) = −9 / −15 = 0.60; committed: red below 0.7.
    const s = score(
      kr({ direction: 'decrease', startValue: 20, target: 5, unit: 'days' }),
      '2026-Q2',
      [ci('2026-06-01', 11)],
      'committed',
    );
    expect(s).toMatchObject({ score: 0.6, status: 'red' });
    expect(s.formula.text).toBe(`Check-in of 2026-06-01: 11 days. (11 − 20) / (5 − 20) = 0.60 → red ${COM}`);
  });

  it('measures from 0 without a start value', () => {
    // (150 − 0) / (200 − 0) = 0.75 → green (≥ 0.7).
    const s = score(kr({ target: 200 }), '2026-Q2', [ci('2026-06-30', 150)]);
    expect(s).toMatchObject({ score: 0.75, status: 'green' });
    expect(s.formula.text).toBe(
      `Check-in of 2026-06-30: 150. No start value, so from 0: (150 − 0) / (200 − 0) = 0.75 → green ${ASP}`,
    );
  });

  it('caps at 1.0 above the target and floors at 0.0 below the start, keeping the unclamped progress', () => {
    // (60 − 30) / 20 = 1.50 → 1.00.
    const over = score(k, '2026-Q2', [ci('2026-06-01', 60)]);
    expect(over).toMatchObject({ score: 1, progress: 1.5, status: 'green' });
    expect(over.formula.text).toContain('(60 − 30) / (50 − 30) = 1.50, capped at 1.00 → green');
    // (20 − 30) / 20 = −0.50 → 0.00.
    const under = score(k, '2026-Q2', [ci('2026-06-01', 20)]);
    expect(under).toMatchObject({ score: 0, progress: -0.5, status: 'red' });
    expect(under.formula.text).toContain('= −0.50, raised to 0.00 → red');
  });

  it('has no score without a target, with the target equal to the start, or without a value', () => {
    expect(score(kr({ startValue: 30 }), '2026-Q2', checkIns)).toMatchObject({
      score: null,
      status: 'none',
      current: 42,
    });
    expect(score(kr({ startValue: 30 }), '2026-Q2', checkIns).formula.method).toBe('no-target');
    const same = score(kr({ startValue: 30, target: 30 }), '2026-Q2', checkIns);
    expect(same).toMatchObject({ score: null, status: 'none', formula: { method: 'target-equals-start' } });
    const none = score(k, '2026-Q2', [ci('2026-05-01', null, 6)]);
    expect(none).toMatchObject({ score: null, current: null, confidence: 6 });
    expect(none.formula.text).toBe('No value yet: no check-in with a value on or before 2026-06-30.');
  });
});

describe('a key result linked to a KPI', () => {
  // Sales from 100 to 150 this quarter; April 120, May 130, June not entered yet, July outside the cycle.
  const k = kr({ startValue: 100, target: 150, kpiId: 7 });
  const monthly = {
    kpi: kpi({ frequency: 'month' }),
    values: values(m('2026-04', 120), m('2026-05', 130), m('2026-06', null), m('2026-07', 999)),
  };
  const linked = (period: string, link = monthly, checkIns: CheckIn[] = []) =>
    scoreKeyResult({ keyResult: k, kind: 'aspirational', checkIns, kpi: link, period, fyStart: 1 });

  it("takes the KPI's latest value in the cycle up to the period end, not the check-ins' values", () => {
    // June has no value, so May's 130: (130 − 100) / (150 − 100) = 30 / 50 = 0.60. The check-in's 145 only brings confidence 8.
    const s = linked('2026-Q2', monthly, [ci('2026-06-10', 145, 8)]);
    expect(s).toMatchObject({ current: 130, asOf: '2026-05', score: 0.6, confidence: 8 });
    expect(s.formula.text).toBe(`KPI ‘Sales’, May 2026: 130. (130 − 100) / (150 − 100) = 0.60 → amber ${ASP}`);
    // As of April: 120 → (120 − 100) / 50 = 0.40 → amber.
    expect(linked('2026-04')).toMatchObject({ current: 120, score: 0.4, status: 'amber' });
  });

  it('reads a quarterly KPI from the quarter itself', () => {
    // (140 − 100) / 50 = 0.80.
    const quarterly = { kpi: kpi({ frequency: 'quarter' }), values: values(m('2026-Q2', 140)) };
    expect(linked('2026-Q2', quarterly).score).toBeCloseTo(0.8, 12);
  });

  it('says when the KPI has no value yet', () => {
    expect(linked('2026-Q2', { ...monthly, values: new Map() }).formula.text).toBe(
      'No value yet: KPI ‘Sales’ has no value in Q2 2026 up to 2026-06-30.',
    );
  });
});

describe('a milestone', () => {
  const k = kr({ kind: 'milestone', title: 'Launch the shop' });

  it('scores 0.0 until a check-in says done, and 1.0 from then on', () => {
    expect(score(k, '2026-Q2')).toMatchObject({ score: 0, current: 0, status: 'red' });
    expect(score(k, '2026-Q2').formula.text).toBe(`Milestone not done yet (no check-in) = 0.00 → red ${ASP}`);
    const checkIns = [ci('2026-05-01', 0, 5), ci('2026-06-15', 1, 9)];
    // As of 31 May the latest check-in (1 May) says not done; as of 30 June, done.
    expect(score(k, '2026-05', checkIns)).toMatchObject({ score: 0, confidence: 5 });
    expect(score(k, '2026-Q2', checkIns)).toMatchObject({ score: 1, status: 'green', asOf: '2026-06-15' });
    expect(score(k, '2026-Q2', checkIns).formula.text).toBe(
      `Milestone done (check-in of 2026-06-15) = 1.00 → green ${ASP}`,
    );
  });
});

const scored = (weight: number, s: number | null, id = nextId++) => ({
  keyResult: kr({ id, weight }),
  score: { score: s } as KeyResultScore,
});

describe("an objective's OKR score", () => {
  // 0.60 with weight 2, 0.90 with weight 1, one with no score: (0.60 × 2 + 0.90 × 1) / 3 = 2.1 / 3 = 0.70.
  const three = [scored(2, 0.6), scored(1, 0.9), scored(1, null)];

  it('is the weighted mean of the scored key results, the rest reported missing', () => {
    const okr = scoreOkr({ id: 1, okrKind: 'aspirational' }, three);
    expect(okr.score).toBeCloseTo(0.7, 12);
    expect(okr).toMatchObject({ status: 'green', reported: 2, total: 3 });
    expect(okr.formula.text).toBe(
      `Weighted mean of 2 of 3 key results: (0.60 × 2 + 0.90 × 1) / 3 = 0.70 → green ${ASP}`,
    );
  });

  it('judges a committed objective against 1.0', () => {
    const okr = scoreOkr({ id: 1, okrKind: 'committed' }, three);
    // 0.70 is amber for committed (amber ≥ 0.7, green only at 1.0).
    expect(okr).toMatchObject({ status: 'amber' });
    expect(okr.formula.text).toBe(
      `Weighted mean of 2 of 3 key results: (0.60 × 2 + 0.90 × 1) / 3 = 0.70 → amber ${COM}`,
    );
    expect(scoreOkr({ id: 1, okrKind: 'committed' }, [scored(1, 1), scored(1, 1)]).status).toBe('green');
    // (0.5 + 0.8) / 2 = 0.65 → red for committed, amber for aspirational.
    expect(scoreOkr({ id: 1, okrKind: 'committed' }, [scored(1, 0.5), scored(1, 0.8)]).status).toBe('red');
    expect(scoreOkr({ id: 1, okrKind: 'aspirational' }, [scored(1, 0.5), scored(1, 0.8)]).status).toBe('amber');
  });

  it('says "Mean" when the weights are equal, and has no score without scored key results', () => {
    expect(scoreOkr({ id: 1, okrKind: 'aspirational' }, [scored(1, 0.6), scored(1, 0.8)]).formula.text).toBe(
      `Mean of 2 key results: (0.60 × 1 + 0.80 × 1) / 2 = 0.70 → green ${ASP}`,
    );
    expect(scoreOkr({ id: 1, okrKind: 'aspirational' }, [scored(1, null)])).toMatchObject({
      score: null,
      reported: 0,
      total: 1,
    });
  });
});

describe('a key result in the balanced-scorecard rollup', () => {
  it('counts as its share of success: 0.7 of an aspirational key result is 100', () => {
    const child = (s: number, kind: 'aspirational' | 'committed') =>
      keyResultChild(kr(), { score: s, status: 'green' } as KeyResultScore, kind);
    // 0.60 / 0.7 × 100 = 85.71…; 0.80 / 0.7 × 100 = 114.3 → capped at 100; committed 0.60 / 1.0 × 100 = 60.
    expect(child(0.6, 'aspirational').score).toBeCloseTo(85.714286, 5);
    expect(child(0.8, 'aspirational').score).toBe(100);
    expect(child(0.6, 'committed').score).toBeCloseTo(60, 12);
  });
});

const scorecard = { ...scorecardDefaults, id: 1, name: 'Shop' };
const tree: ScorecardTree = {
  scorecard,
  perspectives: [{ id: 1, scorecardId: 1, name: 'Customer', description: '', position: 0, weight: 1 }],
  objectives: [
    { ...objectiveDefaults, id: 1, perspectiveId: 1, title: 'Delight customers', position: 0 },
    { ...objectiveDefaults, id: 2, perspectiveId: 1, title: 'Keep stock', position: 1 },
  ],
  kpis: [kpi({ id: 7, objectiveId: 1, target: 100 }), kpi({ id: 8, objectiveId: 2, name: 'Stock', target: 100 })],
  themes: [],
  links: [],
  initiatives: [],
  keyResults: [
    kr({ id: 1, startValue: 30, target: 50, position: 0 }),
    kr({ id: 2, title: 'NPS', startValue: 0, target: 40, position: 1 }),
    kr({ id: 3, title: 'Next quarter', cycle: '2026-Q3', startValue: 0, target: 10 }),
  ],
  checkIns: [ci('2026-05-20', 42, 7, 1), ci('2026-06-01', 14, 5, 2), ci('2026-08-01', 5, 5, 3)],
  contributions: [],
};
const measurements = [m('2026-Q2', 80, 7), m('2026-Q2', 90, 8)];

describe('evaluateScorecard with key results', () => {
  it("rolls an objective's KPIs and key results of the period up together, naming both in the formula", () => {
    const e = evaluateScorecard({ ...tree, measurements }, '2026-Q2');
    // KPI 80 / 100 = 80. KR 1: (42 − 30) / 20 = 0.60 → 0.60 / 0.7 × 100 = 85.71. KR 2: (14 − 0) / 40 = 0.35 → 50.
    // (80 + 85.71 + 50) / 3 = 215.71 / 3 = 71.90 → red. The Q3 key result is not in Q2.
    const o = e.objectives[0];
    expect(o.score).toBeCloseTo(71.9048, 3);
    expect(o.formula.text).toBe(
      'Weighted mean of 3 items (1 KPI, 2 key results): (80 × 1 + 85.71 × 1 + 50 × 1) / 3 = 72 % → red (green ≥ 100 %, amber ≥ 80 %)',
    );
    expect(e.keyResults.map((s) => s.keyResultId)).toEqual([1, 2]);
    // OKR: (0.60 + 0.35) / 2 = 0.475 → amber.
    expect(e.okrs).toHaveLength(1);
    expect(e.okrs[0].score).toBeCloseTo(0.475, 12);
    expect(e.okrs[0].status).toBe('amber');
    // An objective with KPIs only says what it always said.
    expect(e.objectives[1].formula.text).toBe(
      'Weighted mean of 1 KPI: (90 × 1) / 1 = 90 % → amber (green ≥ 100 %, amber ≥ 80 %)',
    );
  });

  it("reads a linked KPI's earlier months of the quarter when evaluating a month", () => {
    const linked: ScorecardTree = {
      ...tree,
      kpis: [kpi({ id: 7, frequency: 'month', target: 200 })],
      keyResults: [kr({ id: 1, kpiId: 7, startValue: 100, target: 150 })],
      checkIns: [],
    };
    // May has no value; April's 120 stands: (120 − 100) / 50 = 0.40.
    const e = evaluateScorecard({ ...linked, measurements: [m('2026-04', 120)] }, '2026-05');
    expect(e.keyResults[0]).toMatchObject({ current: 120, asOf: '2026-04', score: 0.4 });
  });

  it('scores a closed quarter from the key results and check-ins it was closed with', () => {
    const closed = new Map([['2026-Q2', takeSnapshot(tree, measurements, '2026-Q2')]]);
    const before = evaluateScorecard({ ...tree, measurements }, '2026-Q2');
    const later = {
      ...tree,
      measurements,
      checkIns: [ci('2026-06-02', 50, 10, 1)],
      keyResults: tree.keyResults.map((x) => ({ ...x, target: 60 })),
    };
    expect(evaluateWithClosed(later, closed, '2026-Q2').keyResults).toEqual(before.keyResults);
    expect(evaluateWithClosed(later, closed, '2026-Q2').objectives).toEqual(before.objectives);
  });
});
