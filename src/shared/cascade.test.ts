/**
 * Scoring across levels against hand-worked examples (docs/cascading.md "How scores cross levels"): a company,
 * a sales department below it and a team below that, each objective with one quarterly KPI (target 100, so its
 * score is its actual). The arithmetic of every expected score is in the comment beside it.
 */
import { describe, expect, it } from 'vitest';
import {
  alignmentTree,
  contributionCycle,
  contributorScores,
  createCascadeScoring,
  evaluateWithContributors,
  type CascadeDocument,
} from './cascade';
import { takeSnapshot } from './closed-periods';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { CascadeScoring, Contribution, Kpi, Measurement, Objective, Scorecard } from './domain';
import type { ClosedSnapshots } from './closed-periods';
import { keyResultDefaults } from './okr';
import { evaluateScorecard } from './scoring';

const TH = '(green ≥ 100 %, amber ≥ 80 %)';
const sc = (
  id: number,
  name: string,
  parent: number | null,
  cascadeScoring: CascadeScoring = 'own',
  fy = 1,
): Scorecard => ({
  ...scorecardDefaults,
  id,
  name,
  parentScorecardId: parent,
  cascadeScoring,
  fiscalYearStartMonth: fy,
});
/** Objective n is in scorecard `scorecard` (perspective id = scorecard id) with KPI n. */
const obj = (id: number, scorecard: number, title: string): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId: scorecard,
  title,
  position: id,
});
const kpi = (id: number): Kpi => ({ ...kpiDefaults, id, objectiveId: id, name: `KPI ${id}`, position: 0, target: 100 });
const q2 = (kpiId: number, actual: number): Measurement => ({
  kpiId,
  period: '2026-Q2',
  actual,
  target: null,
  note: '',
});
const c = (id: number, from: number, to: number, weight = 1): Contribution => ({
  id,
  fromObjectiveId: from,
  toObjectiveId: to,
  weight,
});

/**
 * Company (1) ← Sales dept (2) ← Team A (3).
 *   1 Grow revenue (company, KPI 90) ← 2 Win new accounts (dept, KPI 60, weight 2), 3 Keep customers (dept, no data),
 *                                      4 Upsell (dept, KPI 75)
 *   2 Win new accounts ← 5 Call campaign (team, KPI 100)
 */
function document(
  over: { scorecards?: Scorecard[]; contributions?: Contribution[]; measurements?: Measurement[] } = {},
): CascadeDocument {
  const scorecards = over.scorecards ?? [
    sc(1, 'Company', null, 'with_contributors'),
    sc(2, 'Sales dept', 1, 'with_contributors'),
    sc(3, 'Team A', 2),
  ];
  const objectives = [
    obj(1, 1, 'Grow revenue'),
    obj(2, 2, 'Win new accounts'),
    obj(3, 2, 'Keep customers'),
    obj(4, 2, 'Upsell'),
    obj(5, 3, 'Call campaign'),
  ];
  return {
    scorecards,
    perspectives: scorecards.map((s) => ({
      id: s.id,
      scorecardId: s.id,
      name: 'Customer',
      description: '',
      position: 0,
      weight: 1,
    })),
    objectives,
    kpis: objectives.map((o) => kpi(o.id)),
    keyResults: [],
    checkIns: [],
    contributions: over.contributions ?? [c(1, 2, 1, 2), c(2, 3, 1), c(3, 4, 1), c(4, 5, 2)],
    measurements: over.measurements ?? [q2(1, 90), q2(2, 60), q2(4, 75), q2(5, 100)],
  };
}
const objectiveOf = (doc: CascadeDocument, scorecardId: number, objectiveId: number) =>
  evaluateWithContributors(doc, scorecardId, '2026-Q2').objectives.find((o) => o.objectiveId === objectiveId)!;

describe('scoring across levels', () => {
  it('counts contributors with their weights, two levels deep, and reports the one without data', () => {
    const doc = document();
    // Dept: Win new accounts = (KPI 60 × 1 + Call campaign 100 × 1) / 2 = 80 → amber.
    const dept = objectiveOf(doc, 2, 2);
    expect(dept.score).toBe(80);
    expect(dept.formula.text).toBe(
      `Weighted mean of 2 items (1 KPI, 1 contributing objective): (60 × 1 + 100 × 1) / 2 = 80 % → amber ${TH}`,
    );
    // Company: Grow revenue = (KPI 90 × 1 + Win new accounts 80 × 2 + Upsell 75 × 1) / 4 = 325 / 4 = 81.25 → amber;
    // Keep customers has no data: excluded and reported (3 of 4 items), not counted as 0.
    const company = objectiveOf(doc, 1, 1);
    expect(company.score).toBe(81.25);
    expect(company).toMatchObject({ reported: 3, total: 4, status: 'amber' });
    expect(company.formula.text).toBe(
      `Weighted mean of 3 of 4 items (1 KPI, 3 contributing objectives): (90 × 1 + 80 × 2 + 75 × 1) / 4 = 81 % → amber ${TH}`,
    );
    expect(company.contributors!.map((x) => [x.title, x.score, x.excluded])).toEqual([
      ['Win new accounts', 80, null],
      ['Keep customers', null, 'no-data'],
      ['Upsell', 75, null],
    ]);
    expect(company.contributors![1].formula.text).toBe('No data: 0 of 1 KPI reported.');
  });

  it("scores each contributor with its own scorecard's choice: 'own' leaves the team out of the department", () => {
    const doc = document({
      scorecards: [sc(1, 'Company', null, 'with_contributors'), sc(2, 'Sales dept', 1, 'own'), sc(3, 'Team A', 2)],
    });
    // Win new accounts = its KPI alone = 60. Grow revenue = (90 × 1 + 60 × 2 + 75 × 1) / 4 = 285 / 4 = 71.25 → red.
    expect(objectiveOf(doc, 2, 2).formula.text).toBe(`Weighted mean of 1 KPI: (60 × 1) / 1 = 60 % → red ${TH}`);
    expect(objectiveOf(doc, 1, 1).score).toBe(71.25);
  });

  it("scores from the objective's own KPIs only when its scorecard says 'own'", () => {
    const doc = document({
      scorecards: [sc(1, 'Company', null, 'own'), sc(2, 'Sales dept', 1, 'with_contributors'), sc(3, 'Team A', 2)],
    });
    const company = objectiveOf(doc, 1, 1);
    expect(company.formula.text).toBe(`Weighted mean of 1 KPI: (90 × 1) / 1 = 90 % → amber ${TH}`);
    expect(company.contributors).toBeUndefined();
    // The contributor scores are still there for views that show them.
    expect(contributorScores(doc, 1, ['2026-Q2'])['2026-Q2'].map((x) => x.score)).toEqual([80, null, 75]);
  });

  it('excludes a contribution on a cycle and never follows it', () => {
    // Grow revenue → Call campaign closes 5 → 2 → 1 → 5. Every edge of the loop is left out:
    // Grow revenue = (90 × 1 + Upsell 75 × 1) / 2 = 82.5, Keep customers still missing: 2 of 4 items.
    const doc = document({
      scorecards: [
        sc(1, 'Company', null, 'with_contributors'),
        sc(2, 'Sales dept', 1, 'with_contributors'),
        sc(3, 'Team A', 2, 'with_contributors'),
      ],
      contributions: [c(1, 2, 1, 2), c(2, 3, 1), c(3, 4, 1), c(4, 5, 2), c(5, 1, 5)],
    });
    const company = objectiveOf(doc, 1, 1);
    expect(company.score).toBe(82.5);
    expect(company).toMatchObject({ reported: 2, total: 4 });
    const loop = company.contributors![0];
    expect(loop).toMatchObject({ excluded: 'cycle', score: null });
    expect(loop.formula.text).toBe(
      'Not counted: this contribution closes a cycle (‘Win new accounts’ → ‘Grow revenue’ → ‘Call campaign’ → ‘Win new accounts’).',
    );
    // Team A's Call campaign = its KPI 100 alone: the edge from Grow revenue is on the loop too.
    expect(objectiveOf(doc, 3, 5)).toMatchObject({ score: 100, reported: 1, total: 2 });
  });

  it('excludes a contributor whose fiscal year starts in another month, for quarters and years', () => {
    const doc = document({
      scorecards: [sc(1, 'Company', null, 'with_contributors'), sc(2, 'Sales dept', 1, 'own', 4), sc(3, 'Team A', 2)],
    });
    const company = objectiveOf(doc, 1, 1);
    // Only the company's own KPI counts: 90 × 1 / 1 = 90, 1 of 4 items.
    expect(company).toMatchObject({ score: 90, reported: 1, total: 4 });
    expect(company.contributors!.map((x) => x.excluded)).toEqual(['fiscal-year', 'fiscal-year', 'fiscal-year']);
    expect(company.contributors![0].formula.text).toBe(
      'Not counted: ‘Sales dept’ starts its fiscal year in April and ‘Company’ in January, so 2026-Q2 names different months in each.',
    );
    // A month is the same month in both.
    expect(contributorScores(doc, 1, ['2026-05'])['2026-05'].map((x) => x.excluded)).not.toContain('fiscal-year');
  });

  it('reads a closed period of a contributing scorecard from its snapshot', () => {
    const doc = document();
    // Sales dept closed Q2 with Win new accounts' KPI at 40; it has been changed to 60 since.
    const deptTree = {
      scorecard: doc.scorecards[1],
      perspectives: [doc.perspectives[1]],
      objectives: doc.objectives.filter((o) => o.perspectiveId === 2),
      kpis: doc.kpis.filter((k) => [2, 3, 4].includes(k.id)),
      keyResults: [],
      checkIns: [],
    };
    const closed = new Map<number, ClosedSnapshots>([
      [2, new Map([['2026-Q2', takeSnapshot(deptTree, [q2(2, 40), q2(4, 75)], '2026-Q2')]])],
    ]);
    // Win new accounts = (40 + Call campaign 100) / 2 = 70, live from the team.
    const scores = contributorScores({ ...doc, closed }, 1, ['2026-Q2'])['2026-Q2'];
    expect(scores[0].score).toBe(70);
  });

  it('counts live contributors in a closed period of the scorecard above', () => {
    const doc = document();
    const companyTree = {
      scorecard: doc.scorecards[0],
      perspectives: [doc.perspectives[0]],
      objectives: [doc.objectives[0]],
      kpis: [doc.kpis[0]],
      keyResults: [],
      checkIns: [],
    };
    // The company closed Q2 with its KPI at 50 (90 now): Grow revenue = (50 × 1 + 80 × 2 + 75 × 1) / 4 = 285 / 4 = 71.25.
    const closed = new Map<number, ClosedSnapshots>([
      [1, new Map([['2026-Q2', takeSnapshot(companyTree, [q2(1, 50)], '2026-Q2')]])],
    ]);
    expect(objectiveOf({ ...doc, closed }, 1, 1).score).toBe(71.25);
  });

  it('counts key results of contributors, and works out each objective once however many ask', () => {
    const doc = {
      ...document(),
      keyResults: [
        {
          ...keyResultDefaults,
          id: 1,
          objectiveId: 4,
          title: 'Upsell deals',
          cycle: '2026-Q2',
          startValue: 0,
          target: 10,
          position: 0,
        },
      ],
      checkIns: [{ id: 1, keyResultId: 1, date: '2026-06-01', value: 7, confidence: 8, comment: '', author: '' }],
    };
    // Upsell = (KPI 75 + KR (7 − 0) / (10 − 0) = 0.70 → 0.70 / 0.7 = 100) / 2 = 87.5.
    const scoring = createCascadeScoring(doc);
    expect(scoring.objectiveScore(4, '2026-Q2')!.score).toBeCloseTo(87.5, 10);
    expect(scoring.objectiveScore(4, '2026-Q2')).toBe(scoring.objectiveScore(4, '2026-Q2'));
    expect(scoring.evaluate(1, '2026-Q2').objectives[0].contributors![2].score).toBeCloseTo(87.5, 10);
    // An objective scored on its own for a contributor is the very score its scorecard's evaluation gives it.
    expect(scoring.objectiveScore(2, '2026-Q2')).toEqual(scoring.evaluate(2, '2026-Q2').objectives[0]);
    expect(scoring.objectiveScore(1, '2026-Q2')).toEqual(scoring.evaluate(1, '2026-Q2').objectives[0]);
  });
});

describe('evaluateScorecard with contributors', () => {
  it('says when a scorecard that counts contributors was not given their scores', () => {
    const doc = document();
    const scoring = createCascadeScoring(doc);
    const input = scoring.input(1);
    // Without the scores of the objectives below, Grow revenue scores from its KPI and says why.
    const alone = evaluateScorecard(input, '2026-Q2').objectives[0];
    expect(alone.formula.text).toBe(
      `Weighted mean of 1 KPI: (90 × 1) / 1 = 90 % → amber ${TH} Contributions from other scorecards not loaded.`,
    );
    // Given them (an empty list is "none to count"), it counts them and the note is gone.
    const given = evaluateScorecard({ ...input, contributors: contributorScores(doc, 1, ['2026-Q2']) }, '2026-Q2');
    expect(given.objectives[0].score).toBe(81.25);
    expect(evaluateScorecard({ ...input, contributors: { '2026-Q2': [] } }, '2026-Q2').objectives[0].formula.text).toBe(
      `Weighted mean of 1 KPI: (90 × 1) / 1 = 90 % → amber ${TH}`,
    );
  });
});

describe('contributionCycle', () => {
  const chain = [c(1, 1, 2), c(2, 2, 3)];

  it('finds the chain a new contribution would close', () => {
    // 1 → 2 → 3 exists; 3 → 1 would close 3 → 1 → 2 → 3.
    expect(contributionCycle(chain, 3, 1)).toEqual([3, 1, 2, 3]);
    expect(contributionCycle(chain, 1, 1)).toEqual([1, 1]);
  });

  it('lets a contribution that closes no loop through', () => {
    expect(contributionCycle(chain, 1, 3)).toBeNull();
    expect(contributionCycle(chain, 4, 1)).toBeNull();
  });
});

describe('the alignment tree', () => {
  // Besides the three scorecards: Company's "Cut costs" (nothing supports it), the department's "Hire reps" (supports
  // nothing), and a Partner team with no parent whose "Co-sell" supports Grow revenue and whose "Events" supports nothing.
  const base = document();
  const doc: CascadeDocument = {
    ...base,
    scorecards: [...base.scorecards, sc(4, 'Partner team', null)],
    perspectives: [
      ...base.perspectives,
      { id: 4, scorecardId: 4, name: 'Customer', description: '', position: 0, weight: 1 },
    ],
    objectives: [
      ...base.objectives,
      obj(6, 2, 'Hire reps'),
      obj(7, 1, 'Cut costs'),
      obj(8, 4, 'Co-sell'),
      obj(9, 4, 'Events'),
    ],
    kpis: [...base.kpis, kpi(6)],
    contributions: [...base.contributions, c(5, 8, 1)],
    keyResults: [
      {
        ...keyResultDefaults,
        id: 1,
        objectiveId: 7,
        title: 'Cost per order',
        cycle: '2026-Q2',
        target: 10,
        position: 0,
      },
    ],
    checkIns: [{ id: 1, keyResultId: 1, date: '2026-06-01', value: 7, confidence: 8, comment: '', author: '' }],
  };
  const tree = alignmentTree(doc, 1, '2026-Q2', new Map());
  type Node = (typeof tree.roots)[number];
  const outline = (n: Node, depth = 0): string[] => [
    `${'  '.repeat(depth)}${n.kind} ${n.title}${n.weight === null ? '' : ` ×${n.weight}`}: ${n.score ?? 'no data'}`,
    ...n.children.flatMap((child) => outline(child, depth + 1)),
  ];

  it('runs from the company objectives down through contributors, with KPIs, key results, weights and scores', () => {
    // Grow revenue = (90 × 1 + 80 × 2 + 75 × 1) / 4 = 81.25 with Keep customers and Co-sell (no data) left out.
    // Cut costs has one key result: (7 − 0) / (10 − 0) = 0.7, as a child 0.7 / 0.7 × 100 = 100.
    expect(tree.roots.flatMap((r) => outline(r))).toEqual([
      'objective Grow revenue: 81.25',
      '  kpi KPI 1: 90',
      '  objective Win new accounts ×2: 80',
      '    kpi KPI 2: 60',
      '    objective Call campaign ×1: 100',
      '      kpi KPI 5: 100',
      '  objective Keep customers ×1: no data',
      '    kpi KPI 3: no data',
      '  objective Upsell ×1: 75',
      '    kpi KPI 4: 75',
      '  objective Co-sell ×1: no data',
      'objective Cut costs: 100',
      '  keyResult Cost per order: 0.7',
    ]);
    expect(tree.scorecards.map((s) => s.name)).toEqual(['Company', 'Sales dept', 'Team A', 'Partner team']);
  });

  it('lists what supports nothing below the root, and what nothing supports in scorecards with teams below', () => {
    expect(tree.unaligned.map((e) => `${e.scorecardName}: ${e.title}`)).toEqual([
      'Sales dept: Hire reps',
      'Partner team: Events',
    ]);
    expect(tree.unsupported.map((e) => `${e.scorecardName}: ${e.title}`)).toEqual([
      'Company: Cut costs',
      'Sales dept: Keep customers',
      'Sales dept: Upsell',
      'Sales dept: Hire reps',
    ]);
  });
});
