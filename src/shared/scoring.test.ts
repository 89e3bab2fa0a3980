import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { scoreKpi } from './scoring';

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'KPI',
  position: 0,
  frequency: 'month',
  ...over,
});
const m = (period: string, actual: number | null, target: number | null = null, kpiId = 1): Measurement => ({
  kpiId,
  period,
  actual,
  target,
  note: '',
});
const score = (k: Kpi, period: string, ms: Measurement[], fy = 1) =>
  scoreKpi({ kpi: k, period, fiscalYearStartMonth: fy, measurements: ms });
const TH = '(green ≥ 100 %, amber ≥ 80 %)';

interface Row {
  name: string;
  k: Partial<Kpi>;
  a: number;
  progress: number | null;
  score: number | null;
  status: string;
  method: string;
  text?: string;
}
const row = (
  name: string,
  k: Partial<Kpi>,
  a: number,
  progress: number | null,
  score: number | null,
  status: string,
  method: string,
  text?: string,
): Row => ({ name, k, a, progress, score, status, method, text });

// Every expected number below was worked out by hand from the rules, not by running the engine.
// One case per line reads as a table.
// prettier-ignore
const single: Row[] = [
  row('increase from baseline', { baseline: 380, target: 450 }, 412, 45.7142857, 45.7142857, 'red', 'increase-baseline', `Increase from baseline: (412 − 380) / (450 − 380) = 46 % → red ${TH}`),
  row('increase, ratio to target', { target: 450 }, 412, 91.5555556, 91.5555556, 'amber', 'increase-ratio', `Ratio to target: 412 / 450 = 92 % → amber ${TH}`),
  row('increase, exactly on target', { target: 450 }, 450, 100, 100, 'green', 'increase-ratio'),
  row('increase, over target is unclamped', { target: 400 }, 500, 125, 100, 'green', 'increase-ratio'),
  row('increase, negative actual', { target: 100 }, -50, -50, 0, 'red', 'increase-ratio', `Ratio to target: −50 / 100 = −50 % → red ${TH}`),
  row('increase, negative target beaten', { target: -10 }, -5, 150, 100, 'green', 'increase-ratio', `Ratio to target (negative target): 1 + (−5 − (−10)) / 10 = 150 % → green ${TH}`),
  row('increase, negative target missed', { target: -10 }, -20, 0, 0, 'red', 'increase-ratio'),
  row('increase, baseline above target ignored', { baseline: 500, target: 450 }, 412, 91.5555556, 91.5555556, 'amber', 'increase-ratio', `Baseline 500 ignored: not below the target. Ratio to target: 412 / 450 = 92 % → amber ${TH}`),
  row('increase, baseline equal to target ignored', { baseline: 450, target: 450 }, 412, 91.5555556, 91.5555556, 'amber', 'increase-ratio', `Baseline 450 ignored: equal to the target. Ratio to target: 412 / 450 = 92 % → amber ${TH}`),
  row('increase, target 0 met', { target: 0 }, 0, 100, 100, 'green', 'zero-target', `Target 0: met (0 ≥ 0) = 100 % → green ${TH}`),
  row('increase, target 0 not met', { target: 0 }, -1, 0, 0, 'red', 'zero-target', `Target 0: not met (−1 < 0) = 0 % → red ${TH}`),
  row('increase, target 0 with a usable baseline', { baseline: -10, target: 0 }, -5, 50, 50, 'red', 'increase-baseline', `Increase from baseline: (−5 − (−10)) / (0 − (−10)) = 50 % → red ${TH}`),
  row('increase, target 0 with baseline on the wrong side', { baseline: 5, target: 0 }, 3, 100, 100, 'green', 'zero-target'),
  row('decrease from baseline', { polarity: 'decrease', baseline: 100, target: 50 }, 60, 80, 80, 'amber', 'decrease-baseline', `Decrease from baseline: (100 − 60) / (100 − 50) = 80 % → amber ${TH}`),
  row('decrease, ratio mirrored', { polarity: 'decrease', target: 50 }, 60, 80, 80, 'amber', 'decrease-ratio', `Ratio to target, mirrored: 2 − 60 / 50 = 80 % → amber ${TH}`),
  row('decrease, half the target', { polarity: 'decrease', target: 50 }, 25, 150, 100, 'green', 'decrease-ratio'),
  row('decrease, far above target', { polarity: 'decrease', target: 50 }, 120, -40, 0, 'red', 'decrease-ratio'),
  row('decrease, negative target beaten', { polarity: 'decrease', target: -10 }, -15, 150, 100, 'green', 'decrease-ratio', `Ratio to target, mirrored (negative target): 1 + (−10 − (−15)) / 10 = 150 % → green ${TH}`),
  row('decrease, negative target missed', { polarity: 'decrease', target: -10 }, -5, 50, 50, 'red', 'decrease-ratio'),
  row('decrease, baseline below target ignored', { polarity: 'decrease', baseline: 40, target: 50 }, 45, 110, 100, 'green', 'decrease-ratio', `Baseline 40 ignored: not above the target. Ratio to target, mirrored: 2 − 45 / 50 = 110 % → green ${TH}`),
  row('decrease, target 0 met', { polarity: 'decrease', target: 0 }, -2, 100, 100, 'green', 'zero-target', `Target 0: met (−2 ≤ 0) = 100 % → green ${TH}`),
  row('decrease, target 0 not met', { polarity: 'decrease', target: 0 }, 3, 0, 0, 'red', 'zero-target', `Target 0: not met (3 > 0) = 0 % → red ${TH}`),
  row('decrease, target 0 from baseline', { polarity: 'decrease', baseline: 10, target: 0 }, 4, 60, 60, 'red', 'decrease-baseline'),
  row('no target', { target: null }, 5, null, null, 'none', 'no-target', 'No target set.'),
  row('no target, decrease', { polarity: 'decrease', baseline: 5, target: null }, 5, null, null, 'none', 'no-target'),
];

const band = { polarity: 'range', rangeLow: 10, rangeHigh: 20, target: 999 } as const;
const range = (a: number, tolerance: number | null, progress: number, status: string): Row =>
  row(
    `range 10 to 20, tolerance ${tolerance}, actual ${a}`,
    { ...band, tolerance },
    a,
    progress,
    progress,
    status,
    'range',
  );
// prettier-ignore
const ranges: Row[] = [
  range(10, 5, 100, 'green'), range(20, 5, 100, 'green'), range(15, 5, 100, 'green'), range(21, 5, 80, 'amber'),
  range(22, 5, 60, 'red'), range(7, 5, 40, 'red'), range(25, 5, 0, 'red'), range(5, 5, 0, 'red'), range(30, 5, 0, 'red'),
  range(40, 5, 0, 'red'), range(21, null, 0, 'red'), range(21, 0, 0, 'red'), range(21, -1, 0, 'red'),
  row('negative range, 2 below', { polarity: 'range', rangeLow: -20, rangeHigh: -10, tolerance: 4 }, -22, 50, 50, 'red', 'range'),
  row('range without a high bound', { polarity: 'range', rangeLow: 10, rangeHigh: null }, 12, null, null, 'none', 'no-range', 'No target range set.'),
  row('range with low above high', { polarity: 'range', rangeLow: 20, rangeHigh: 10 }, 12, null, null, 'none', 'no-range'),
];

describe('scoring one KPI for one month', () => {
  it.each([...single, ...ranges])('$name', (row) => {
    const s = score(kpi(row.k), '2026-03', [m('2026-03', row.a)]);
    expect(s.actual).toBe(row.a);
    if (row.progress === null) expect(s.progress).toBeNull();
    else expect(s.progress).toBeCloseTo(row.progress, 6);
    if (row.score === null) expect(s.score).toBeNull();
    else expect(s.score).toBeCloseTo(row.score, 6);
    expect(s.status).toBe(row.status);
    expect(s.formula.method).toBe(row.method);
    if (row.text) expect(s.formula.text).toBe(row.text);
    expect([s.reported, s.expected]).toEqual([1, 1]);
  });

  it('words range formulas', () => {
    expect(score(kpi(ranges[4].k), '2026-03', [m('2026-03', 22)]).formula.text).toBe(
      `Target range 10 to 20: 22 is 2 above; 100 × (1 − 2 / 5) = 60 % → red ${TH}`,
    );
    expect(score(kpi(ranges[8].k), '2026-03', [m('2026-03', 30)]).formula.text).toBe(
      `Target range 10 to 20: 30 is 10 above; 100 × (1 − 10 / 5), floored at 0 = 0 % → red ${TH}`,
    );
    expect(score(kpi(ranges[10].k), '2026-03', [m('2026-03', 21)]).formula.text).toContain(
      '21 is 1 above and no tolerance is set = 0 %',
    );
    expect(score(kpi(ranges[2].k), '2026-03', [m('2026-03', 15)]).formula.text).toBe(
      `Target range 10 to 20: 15 is inside = 100 % → green ${TH}`,
    );
  });

  it('reports no data for a missing period, with the target still shown', () => {
    const s = score(kpi({ target: 10 }), '2026-03', [m('2026-02', 8), m('2026-04', 9)]);
    expect(s).toMatchObject({
      actual: null,
      target: 10,
      progress: null,
      score: null,
      status: 'none',
      reported: 0,
      expected: 1,
    });
    expect(s.formula).toEqual({ method: 'no-data', text: 'No data for Mar 2026.' });
    expect(score(kpi({ target: 10 }), '2026-03', [m('2026-03', null, 12)]).status).toBe('none');
  });
});

describe('thresholds', () => {
  it('uses the KPI’s own thresholds', () => {
    const k = kpi({ target: 100, greenThreshold: 90, amberThreshold: 70 });
    expect(score(k, '2026-03', [m('2026-03', 91)]).status).toBe('green');
    expect(score(k, '2026-03', [m('2026-03', 75)]).status).toBe('amber');
    expect(score(k, '2026-03', [m('2026-03', 69)]).status).toBe('red');
    expect(score(k, '2026-03', [m('2026-03', 70)])).toMatchObject({
      status: 'amber',
      greenThreshold: 90,
      amberThreshold: 70,
    });
  });

  it('reads amber above green as amber = green', () => {
    const k = kpi({ target: 100, greenThreshold: 90, amberThreshold: 95 });
    expect(score(k, '2026-03', [m('2026-03', 92)])).toMatchObject({ status: 'green', amberThreshold: 90 });
    expect(score(k, '2026-03', [m('2026-03', 89)]).status).toBe('red');
    expect(score(kpi({ target: 100, amberThreshold: 120 }), '2026-03', [m('2026-03', 99)])).toMatchObject({
      status: 'red',
      amberThreshold: 100,
    });
  });

  it('falls back to the scorecard’s thresholds', () => {
    const s = scoreKpi({
      kpi: kpi({ target: 100 }),
      period: '2026-03',
      fiscalYearStartMonth: 1,
      measurements: [m('2026-03', 60)],
      scorecardThresholds: { greenThreshold: 90, amberThreshold: 50 },
    });
    expect(s).toMatchObject({ status: 'amber', greenThreshold: 90, amberThreshold: 50 });
  });

  it('never rounds across a threshold in the words', () => {
    expect(score(kpi({ target: 100 }), '2026-03', [m('2026-03', 99.6)]).formula.text).toBe(
      `Ratio to target: 99.6 / 100 = 99.6 % → amber ${TH}`,
    );
  });
});

describe('a quarter of a monthly KPI', () => {
  const sum = kpi({ target: 100, aggregation: 'sum' });
  it('sums all three months', () => {
    const s = score(sum, '2026-Q1', [m('2026-01', 90), m('2026-02', 100), m('2026-03', 110)]);
    expect(s).toMatchObject({ actual: 300, target: 300, progress: 100, status: 'green', reported: 3, expected: 3 });
    expect(s.formula.text).toBe(
      `Sum of 3 months: actual 300, target 300. Ratio to target: 300 / 300 = 100 % → green ${TH}`,
    );
  });
  it('compares a partial quarter like for like', () => {
    const s = score(sum, '2026-Q1', [m('2026-01', 90), m('2026-02', 100), m('2026-03', null)]);
    expect(s).toMatchObject({ actual: 190, target: 200, progress: 95, status: 'amber', reported: 2, expected: 3 });
    expect(s.formula.text).toBe(
      `Sum of 2 of 3 months reported: actual 190, target 200 (targets of the reported months only, like for like). Ratio to target: 190 / 200 = 95 % → amber ${TH}`,
    );
  });
  it('sums the monthly baseline over the reported months, like the target', () => {
    const withBaseline = kpi({ baseline: 80, target: 100, aggregation: 'sum' });
    const s = score(withBaseline, '2026-Q1', [m('2026-01', 90), m('2026-02', 100)]);
    // Two months: baseline 160, target 200, actual 190 → (190 − 160) / (200 − 160) = 75 %.
    expect(s).toMatchObject({ actual: 190, target: 200, baseline: 160, progress: 75, status: 'red' });
    expect(s.formula.text).toContain('Baseline 80 per month × 2 = 160.');
    expect(s.formula.text).toContain('(190 − 160) / (200 − 160) = 75 %');
  });
  it('lets a month’s own target override the KPI’s', () => {
    const s = score(sum, '2026-Q1', [m('2026-01', 90), m('2026-02', 100, 120)]);
    expect(s.target).toBe(220);
    expect(s.progress).toBeCloseTo(86.3636364, 6);
  });
  it('averages the reported months and their targets', () => {
    const avg = kpi({ target: 100, aggregation: 'average' });
    expect(score(avg, '2026-Q1', [m('2026-01', 90), m('2026-03', 110)])).toMatchObject({
      actual: 100,
      target: 100,
      progress: 100,
      reported: 2,
    });
    const s = score(avg, '2026-Q1', [m('2026-01', 90, 80), m('2026-02', 100)]);
    expect([s.actual, s.target]).toEqual([95, 90]);
    expect(s.progress).toBeCloseTo(105.5555556, 6);
    expect(s.formula.text).toContain('Average of 2 of 3 months reported: actual 95, target 90');
  });
  it('takes the latest reported month and its target', () => {
    const last = kpi({ target: 100, aggregation: 'last' });
    const s = score(last, '2026-Q1', [m('2026-01', 90), m('2026-02', 100, 120), m('2026-03', null, 500)]);
    expect(s).toMatchObject({ actual: 100, target: 120, status: 'amber', reported: 2, expected: 3 });
    expect(s.progress).toBeCloseTo(83.3333333, 6);
    expect(s.formula.text).toContain(
      'Latest reported of 3 months (Feb 2026; 2 of 3 months reported): actual 100, target 120.',
    );
  });
  it('has no data when no month reported, and shows the full target', () => {
    const s = score(sum, '2026-Q1', [m('2025-12', 5), m('2026-04', 5)]);
    expect(s).toMatchObject({ actual: null, target: 300, status: 'none', reported: 0, expected: 3 });
    expect(s.formula.text).toBe('No data for Q1 2026 (0 of 3 months reported).');
  });
  it('names the month without a target', () => {
    const s = score(kpi({ target: null }), '2026-Q1', [m('2026-01', 90, 100), m('2026-02', 100)]);
    expect(s).toMatchObject({ actual: 190, target: null, status: 'none', score: null });
    expect(s.formula).toEqual({
      method: 'no-target',
      text: 'Sum of 2 of 3 months reported: actual 190. No target set for Feb 2026.',
    });
  });
  it('handles negative monthly values', () => {
    const burn = kpi({ polarity: 'decrease', target: -10 });
    expect(score(burn, '2026-Q1', [m('2026-01', -12), m('2026-02', -8)])).toMatchObject({
      actual: -20,
      target: -20,
      progress: 100,
      status: 'green',
    });
  });
  it('does not let float noise flip a KPI that is exactly on target', () => {
    expect(
      score(kpi({ target: 0.1, aggregation: 'average' }), '2026-Q1', [
        m('2026-01', 0.1),
        m('2026-02', 0.1),
        m('2026-03', 0.1),
      ]),
    ).toMatchObject({ progress: 100, status: 'green' });
    const s = score(kpi({ target: null }), '2026-Q1', [m('2026-01', 0.3, 0.1), m('2026-02', 0, 0.2)]);
    expect(s.status).toBe('green');
    expect(s.formula.text).toContain('= 100 % → green');
  });
});

describe('other frequencies', () => {
  it('sums quarters into a fiscal year starting in April', () => {
    const k = kpi({ frequency: 'quarter', target: 25 });
    const s = score(k, '2026', [m('2026-Q1', 20), m('2026-Q2', 30), m('2026-Q4', 25), m('2027-Q1', 999)], 4);
    expect(s).toMatchObject({ actual: 75, target: 75, progress: 100, reported: 3, expected: 4 });
    expect(s.formula.text).toContain('Sum of 3 of 4 quarters reported');
  });
  it('shows a quarterly KPI’s quarter when viewed for a month', () => {
    const k = kpi({ frequency: 'quarter', target: 300 });
    const s = score(k, '2026-08', [m('2026-Q3', 240)]);
    expect(s).toMatchObject({
      period: '2026-08',
      actual: 240,
      target: 300,
      progress: 80,
      status: 'amber',
      reported: 1,
      expected: 1,
    });
    expect(s.formula.text).toBe(`Quarterly KPI: value of Q3 2026. Ratio to target: 240 / 300 = 80 % → amber ${TH}`);
    expect(score(k, '2026-02', [m('2025-Q4', 300, 200)], 4)).toMatchObject({ actual: 300, target: 200, progress: 150 });
    const none = score(k, '2026-08', [m('2026-Q2', 240)]);
    expect(none).toMatchObject({ status: 'none', reported: 0, expected: 1 });
    expect(none.formula.text).toBe('Quarterly KPI: value of Q3 2026. No data for Q3 2026.');
  });
  it('shows a yearly KPI’s year when viewed for a quarter', () => {
    const s = score(kpi({ frequency: 'year', target: 10 }), '2026-Q4', [m('2026', 5)], 10);
    expect(s).toMatchObject({ actual: 5, progress: 50 });
    expect(s.formula.text).toMatch(/^Yearly KPI: value of FY2026 \(Oct 2026–Sep 2027\)\./);
  });
  it('ignores measurements of other KPIs and accepts a map', () => {
    const k = kpi({ target: 10 });
    expect(score(k, '2026-03', [m('2026-03', 1, null, 2), m('2026-03', 10)]).actual).toBe(10);
    const map = new Map([['2026-03', m('2026-03', 5)]]);
    expect(scoreKpi({ kpi: k, period: '2026-03', fiscalYearStartMonth: 1, measurements: map }).progress).toBe(50);
  });
});
