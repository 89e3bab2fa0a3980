import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, Objective, Perspective, Scorecard } from './domain';
import { classifyChange, comparePeriodsOf, type ScoredPeriod } from './period-compare';
import { renderComparisonText } from './period-compare-text';
import type { ActionItem } from './review';
import { evaluateScorecard } from './scoring';

// A bakery closed Q2 2026 with one structure and scores Q3 with the live one, changed in between:
// revenue re-targeted 450 → 480 and improving, complaints re-weighted and worsening, waste deleted,
// footfall added, the oven band moved, catering dropped and a second shop planned.
const scorecard: Scorecard = { ...scorecardDefaults, id: 1, name: 'Bakery' };
const perspectives: Perspective[] = [
  { ...perspectiveDefaults, id: 1, scorecardId: 1, name: 'Financial', position: 0 },
  { ...perspectiveDefaults, id: 2, scorecardId: 1, name: 'Customer', position: 1 },
];
const objective = (id: number, perspectiveId: number, title: string, over: Partial<Objective> = {}): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId,
  title,
  position: id,
  ...over,
});
const kpi = (id: number, objectiveId: number, name: string, over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId,
  name,
  position: id,
  ...over,
});
const m = (kpiId: number, period: string, actual: number): Measurement => ({
  kpiId,
  period,
  actual,
  target: null,
  note: '',
});

const oven = { polarity: 'range', unit: '°C', tolerance: 20 } as const;
const q2Tree = {
  scorecard,
  perspectives,
  objectives: [
    objective(10, 1, 'Grow revenue'),
    objective(11, 2, 'Delight customers'),
    objective(12, 2, 'Bake consistently'),
    objective(14, 1, 'Launch catering'),
  ],
  kpis: [
    kpi(100, 10, 'Revenue', { target: 450, unit: '€' }),
    kpi(101, 11, 'Complaints', { polarity: 'decrease', target: 10 }),
    kpi(103, 11, 'Waste', { polarity: 'decrease', target: 5, unit: 'kg' }),
    kpi(104, 12, 'Oven temperature', { ...oven, rangeLow: 180, rangeHigh: 200 }),
    kpi(105, 12, 'Staff survey', { target: 80 }),
  ],
};
const q3Tree = {
  scorecard,
  perspectives,
  objectives: [
    objective(10, 1, 'Grow revenue', { weight: 2 }),
    objective(11, 2, 'Delight customers'),
    objective(12, 2, 'Bake consistently'),
    objective(13, 1, 'Open a second shop'),
  ],
  kpis: [
    kpi(100, 10, 'Revenue', { target: 480, unit: '€' }),
    kpi(102, 10, 'Footfall', { target: 1000 }),
    kpi(101, 11, 'Complaints', { polarity: 'decrease', target: 10, weight: 3 }),
    kpi(104, 12, 'Oven temperature', { ...oven, rangeLow: 185, rangeHigh: 205 }),
    kpi(105, 12, 'Staff survey', { target: 80 }),
  ],
};
const measurements = [
  m(100, '2026-Q2', 400), // 400 / 450 = 89 % → amber
  m(100, '2026-Q3', 480), // on target → green
  m(101, '2026-Q2', 10), // on target → green
  m(101, '2026-Q3', 13), // 2 − 13 / 10 = 70 % → red
  m(102, '2026-Q3', 1000),
  m(103, '2026-Q2', 5),
  m(104, '2026-Q2', 190),
  m(104, '2026-Q3', 190),
];

const scored = (tree: typeof q2Tree, period: string): ScoredPeriod => ({
  period,
  tree,
  evaluation: evaluateScorecard({ ...tree, measurements }, period),
});
const Q2 = scored(q2Tree, '2026-Q2');
const Q3 = scored(q3Tree, '2026-Q3');

const action = (id: number, title: string, over: Partial<ActionItem>): ActionItem => ({
  id,
  scorecardId: 1,
  title,
  owner: 'Mia',
  dueDate: null,
  status: 'open',
  concernType: 'scorecard',
  concernId: null,
  reviewId: null,
  reviewItemId: null,
  createdOn: '2026-07-15',
  closedOn: null,
  ...over,
});
const actions: ActionItem[] = [
  action(1, 'Call the flour supplier', { createdOn: '2026-07-15', dueDate: '2026-08-31' }),
  action(2, 'Fix the till', { createdOn: '2026-05-01', status: 'done', closedOn: '2026-08-02' }),
  action(3, 'Agreed on the last day of Q2', { createdOn: '2026-06-30' }),
  action(4, 'Try a night shift', { createdOn: '2026-09-30', status: 'dropped', closedOn: '2026-09-30' }),
  action(5, 'Agreed in Q4', { createdOn: '2026-10-01' }),
  action(6, 'Another scorecard', { scorecardId: 2, createdOn: '2026-07-01' }),
  action(7, 'Closed in Q2', { createdOn: '2026-04-01', status: 'done', closedOn: '2026-06-30' }),
];

const changeOf = (c: ReturnType<typeof comparePeriodsOf>, kind: string, id: number) =>
  c.scores.find((s) => s.kind === kind && s.id === id);
const structureOf = (c: ReturnType<typeof comparePeriodsOf>) =>
  c.structure.map((s) => `${s.kind} ${s.name}: ${s.change} ${s.detail}`.trim());

describe('comparing Q2 with Q3', () => {
  const c = comparePeriodsOf(Q2, Q3, actions);

  it('labels the periods', () => {
    expect(c).toMatchObject({
      scorecardId: 1,
      from: '2026-Q2',
      to: '2026-Q3',
      fromLabel: 'Q2 2026',
      toLabel: 'Q3 2026',
    });
  });

  it('sees revenue go from amber to green and complaints from green to red', () => {
    expect(changeOf(c, 'kpi', 100)).toMatchObject({
      name: 'Revenue',
      from: { status: 'amber' },
      to: { score: 100, status: 'green' },
      change: 'improved',
    });
    expect(changeOf(c, 'kpi', 101)).toMatchObject({
      from: { status: 'green' },
      to: { status: 'red' },
      change: 'worsened',
    });
    expect(changeOf(c, 'objective', 10)?.change).toBe('improved');
    expect(changeOf(c, 'objective', 11)?.change).toBe('worsened');
  });

  it('marks footfall new, waste and catering gone, and a KPI without data in either period unchanged', () => {
    expect(changeOf(c, 'kpi', 102)).toMatchObject({ from: null, to: { status: 'green' }, change: 'new' });
    expect(changeOf(c, 'kpi', 103)).toMatchObject({ from: { status: 'green' }, to: null, change: 'gone' });
    expect(changeOf(c, 'objective', 14)).toMatchObject({ to: null, change: 'gone' });
    expect(changeOf(c, 'objective', 13)).toMatchObject({ from: null, change: 'new' });
    expect(changeOf(c, 'kpi', 105)).toMatchObject({
      from: { status: 'none' },
      to: { status: 'none' },
      change: 'unchanged',
    });
  });

  it('lists the scorecard first, then each kind in the order of Q3 with gone ones after', () => {
    expect(c.scores.map((s) => `${s.kind} ${s.id}`)).toEqual([
      'scorecard 1',
      'perspective 1',
      'perspective 2',
      'objective 10',
      'objective 13',
      'objective 11',
      'objective 12',
      'objective 14',
      'kpi 100',
      'kpi 102',
      'kpi 101',
      'kpi 104',
      'kpi 105',
      'kpi 103',
    ]);
    expect(c.summary).toEqual({ improved: 2, worsened: 2, unchanged: 3, new: 2, gone: 2, 'no-data': 0 });
  });

  it('finds what was added, removed, re-targeted and re-weighted', () => {
    expect(structureOf(c)).toEqual([
      'objective Grow revenue: reweighted weight 1 → 2',
      'objective Open a second shop: added',
      'objective Launch catering: removed',
      'kpi Revenue: retargeted target €450 → €480',
      'kpi Footfall: added',
      'kpi Complaints: reweighted weight 1 → 3',
      'kpi Oven temperature: retargeted range 180–200 °C → 185–205 °C',
      'kpi Waste: removed',
    ]);
  });

  it('counts actions opened and closed after Q2 ended and by the end of Q3, of this scorecard only', () => {
    expect(c.actionsOpened.map((a) => a.id)).toEqual([1, 4]);
    expect(c.actionsClosed.map((a) => a.id)).toEqual([2, 4]);
  });
});

describe('comparing the other way round', () => {
  const c = comparePeriodsOf(Q3, Q2, actions);

  it('compares as given: revenue worsened, waste new, footfall gone and removed', () => {
    expect(c).toMatchObject({ from: '2026-Q3', to: '2026-Q2', fromLabel: 'Q3 2026', toLabel: 'Q2 2026' });
    expect(changeOf(c, 'kpi', 100)?.change).toBe('worsened');
    expect(changeOf(c, 'kpi', 103)?.change).toBe('new');
    expect(changeOf(c, 'kpi', 102)?.change).toBe('gone');
    expect(structureOf(c)).toContain('kpi Footfall: removed');
    expect(structureOf(c)).toContain('kpi Waste: added');
    expect(structureOf(c)).toContain('kpi Revenue: retargeted target €480 → €450');
  });

  it('keeps the same action window', () => {
    expect(c.actionsOpened.map((a) => a.id)).toEqual([1, 4]);
    expect(c.actionsClosed.map((a) => a.id)).toEqual([2, 4]);
  });
});

describe('a period against itself', () => {
  it('changes nothing and has no action window', () => {
    const c = comparePeriodsOf(Q3, Q3, actions);
    expect(c.scores.every((s) => s.change === 'unchanged')).toBe(true);
    expect(c.structure).toEqual([]);
    expect(c.actionsOpened).toEqual([]);
    expect(c.actionsClosed).toEqual([]);
  });
});

describe('the rules of a change', () => {
  it('ranks status first, then a score move of half a point', () => {
    expect(classifyChange({ score: 95, status: 'amber' }, { score: 60, status: 'red' })).toBe('worsened');
    expect(classifyChange({ score: 40, status: 'red' }, { score: 40.5, status: 'red' })).toBe('improved');
    expect(classifyChange({ score: 40, status: 'red' }, { score: 40.4, status: 'red' })).toBe('unchanged');
    expect(classifyChange({ score: 40, status: 'red' }, { score: 39.5, status: 'red' })).toBe('worsened');
    expect(classifyChange({ score: 40, status: 'red' }, { score: null, status: 'none' })).toBe('no-data');
    expect(classifyChange({ score: null, status: 'none' }, { score: 10, status: 'red' })).toBe('new');
    expect(classifyChange({ score: null, status: 'none' }, { score: null, status: 'none' })).toBe('unchanged');
  });

  it('refuses periods of two different scorecards', () => {
    const other = { ...Q3, evaluation: { ...Q3.evaluation, scorecardId: 2 } };
    expect(() => comparePeriodsOf(Q2, other, [])).toThrow(/one scorecard/);
  });

  it('labels fiscal quarters and dates the window with the fiscal year', () => {
    const fy = { ...q2Tree, scorecard: { ...scorecard, fiscalYearStartMonth: 4 } };
    const a = scored(fy, '2026-Q1');
    const b = scored(fy, '2026-Q2');
    const c = comparePeriodsOf(a, b, actions);
    expect(c.fromLabel).toBe('FY2026 Q1 (Apr–Jun 2026)');
    expect(c.toLabel).toBe('FY2026 Q2 (Jul–Sep 2026)');
    expect(c.actionsOpened.map((x) => x.id)).toEqual([1, 4]);
  });
});

describe('the plain-text report', () => {
  const text = renderComparisonText(comparePeriodsOf(Q2, Q3, actions));
  const lines = text.split('\n');

  it('heads with both periods and the summary', () => {
    expect(lines[0]).toBe('Q2 2026 → Q3 2026');
    expect(text).toContain('Objectives and KPIs: 2 improved, 2 worsened, 3 unchanged, 2 new, 2 gone, 0 without data yet');
  });

  it('lists scores in aligned columns', () => {
    const revenue = lines.find((l) => l.includes('Revenue') && l.includes('improved'))!;
    expect(revenue).toMatch(/^ {2}KPI +Revenue +88\.9 amber +100 green +improved$/);
    expect(lines.find((l) => l.includes('Waste') && l.includes('gone'))).toMatch(/100 green +— +gone$/);
    expect(lines.find((l) => l.includes('Footfall') && l.includes('new'))).toMatch(/— +100 green +new$/);
    expect(lines.find((l) => l.includes('Staff survey'))).toMatch(/no data +no data +unchanged$/);
    const header = lines[lines.indexOf('Scores') + 1];
    expect(header.indexOf('Q2 2026')).toBe(revenue.indexOf('88.9'));
    expect(header.indexOf('Q3 2026')).toBe(revenue.indexOf('100 green'));
  });

  it('lists structure changes and actions, with a dash for an empty section', () => {
    expect(text).toMatch(/KPI +Revenue +retargeted +target €450 → €480/);
    expect(text).toMatch(/Objective +Grow revenue +reweighted +weight 1 → 2/);
    expect(text).toMatch(/KPI +Waste +removed/);
    expect(text).toMatch(/Actions opened\n {2}2026-07-15 +Call the flour supplier +Mia +due 2026-08-31 +open\n/);
    expect(text).toMatch(
      /Actions closed\n {2}2026-08-02 +Fix the till +Mia +done\n {2}2026-09-30 +Try a night shift +Mia +dropped\n/,
    );
    const same = renderComparisonText(comparePeriodsOf(Q3, Q3, []));
    expect(same).toMatch(/Structure\n {2}—\n/);
    expect(same).toMatch(/Actions opened\n {2}—\n/);
    expect(same).toMatch(/Actions closed\n {2}—\n$/);
  });

  it('has no escape codes', () => {
    expect(text).not.toMatch(/\u001b/);
  });
});
