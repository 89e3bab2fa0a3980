import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../evaluation';
import { keyResultDefaults, type CheckIn, type KeyResult } from '../okr';
import { evaluateScorecard, type EvaluateInput } from '../scoring';
import { card, PERIOD } from './fixtures';
import { model, reroll, type Change, type Rerolled } from './reroll';
import { indexed } from './scope';
import { whatIf } from './what-if';
import { whatItTakes } from './what-it-takes';

/** A scorecard with every kind of child an objective can have: KPIs, key results (one linked to a KPI), contributors. */
function everything(): { input: EvaluateInput; id: (name: string) => number } {
  const c = card(
    [
      {
        name: 'Financial',
        weight: 2,
        objectives: [
          {
            title: 'Grow revenue',
            kpis: [
              { name: 'Revenue', weight: 3, target: 100, actual: 90 },
              { name: 'Margin', target: 50, actual: 48 },
            ],
          },
          {
            title: 'Cut costs',
            weight: 2,
            kpis: [{ name: 'Costs', polarity: 'decrease', baseline: 80, target: 60, actual: 66 }],
          },
        ],
      },
      {
        name: 'Customer',
        objectives: [
          {
            title: 'Delight guests',
            kpis: [
              { name: 'Wait time', polarity: 'decrease', target: 5, actual: 6 },
              {
                name: 'Temperature',
                weight: 2,
                polarity: 'range',
                rangeLow: 60,
                rangeHigh: 70,
                tolerance: 10,
                actual: 65,
              },
              { name: 'Sign-ups', weight: 0, target: 100, actual: 10 },
            ],
          },
        ],
      },
    ],
    { cascadeScoring: 'with_contributors', greenThreshold: 90, amberThreshold: 60 },
  );
  const kr = (id: number, objectiveId: number, title: string, over: Partial<KeyResult>): KeyResult => ({
    ...keyResultDefaults,
    id,
    objectiveId,
    title,
    cycle: PERIOD,
    position: id,
    ...over,
  });
  const keyResults = [
    kr(1, c.id('Grow revenue'), 'Open the terrace', { startValue: 0, target: 100, weight: 2 }),
    kr(2, c.id('Grow revenue'), 'Revenue from regulars', { target: 300, kpiId: c.id('Revenue') }),
  ];
  const checkIns: CheckIn[] = [
    { id: 1, keyResultId: 1, date: '2026-02-15', value: 60, confidence: 7, comment: '', author: '' },
  ];
  const contributors = {
    [PERIOD]: [
      {
        contributionId: 1,
        fromObjectiveId: 99,
        toObjectiveId: c.id('Cut costs'),
        title: 'Buy in bulk',
        scorecardId: 2,
        scorecardName: 'Kitchen',
        weight: 1,
        score: 70,
        status: 'red' as const,
        excluded: null,
        formula: { method: 'weighted-mean', text: '' },
      },
    ],
  };
  return { input: { ...c.input, keyResults, checkIns, contributors }, id: c.id };
}

function expectSame(r: Rerolled, e: Evaluation, what: string) {
  expect(r.scorecard.score, what).toBeCloseTo(e.scorecard.score!, 9);
  expect(r.scorecard.status, what).toBe(e.scorecard.status);
  for (const p of e.perspectives)
    expect(
      [p.perspectiveId, r.perspective(p.perspectiveId)?.score ?? null, r.perspective(p.perspectiveId)?.status],
      what,
    ).toEqual([p.perspectiveId, p.score === null ? null : expect.closeTo(p.score, 9), p.status]);
  for (const o of e.objectives)
    expect(
      [o.objectiveId, r.objective(o.objectiveId)?.score ?? null, r.objective(o.objectiveId)?.status],
      what,
    ).toEqual([o.objectiveId, o.score === null ? null : expect.closeTo(o.score, 9), o.status]);
}

describe('rolling up again after one change', () => {
  it('agrees with a whole evaluation for every weight, key results and contributors included', () => {
    const { input } = everything();
    const base = evaluateScorecard(input, PERIOD);
    // The fixture has all three kinds of children, as the test means it to.
    expect(base.keyResults).toHaveLength(2);
    expect(base.objectives.find((o) => o.contributors)?.contributors).toHaveLength(1);
    const m = model(indexed(input, PERIOD), PERIOD);
    const lists = { perspective: input.perspectives, objective: input.objectives, kpi: input.kpis } as const;
    for (const kind of ['perspective', 'objective', 'kpi'] as const) {
      for (const item of lists[kind]) {
        for (const weight of [0, 0.5, 3, 1000]) {
          const changed = {
            ...input,
            [`${kind === 'kpi' ? 'kpis' : `${kind}s`}`]: lists[kind].map((x) =>
              x.id === item.id ? { ...x, weight } : x,
            ),
          };
          const change: Change = { kind, id: item.id, weight };
          expectSame(reroll(m, change), evaluateScorecard(changed, PERIOD), `${kind} ${item.id} at ${weight}`);
        }
      }
    }
  });

  it('agrees with a whole evaluation under the other rollup method', () => {
    const { input } = everything();
    const m = model(indexed(input, PERIOD), PERIOD);
    expectSame(
      reroll(m, null, 'worst_child'),
      evaluateScorecard({ ...input, scorecard: { ...input.scorecard, rollupMethod: 'worst_child' } }, PERIOD),
      'worst child',
    );
    expectSame(reroll(m, null), evaluateScorecard(input, PERIOD), 'no change');
  });

  it('finds what it takes through a key result that reads the KPI, as a what-if confirms', () => {
    /*
     * Grow revenue (green ≥ 90 %): Revenue 90 / 100 → 90 (weight 3); Margin 48 / 50 → 96; "Open the terrace" 60 of
     * 100 → 0.6 / 0.7 (aspirational) → 85.714 (weight 2); "Revenue from regulars" reads Revenue: 90 / 300 = 0.3 →
     * 42.857. (270 + 96 + 171.429 + 42.857) / 7 = 82.898 amber.
     * Revenue at a ≥ 100 moves both: (300 + 96 + 171.429 + a / 2.1) / 7 ≥ 90 → a ≥ 2.1 × 62.571 = 131.4.
     * (Counting Revenue's own score only, 100 would leave it at 87.2: no value would do.)
     */
    const { input, id } = everything();
    const target = { kind: 'objective', id: id('Grow revenue') } as const;
    const r = whatItTakes(input, PERIOD, target);
    expect(r.status).toBe('amber');
    expect(r.score).toBeCloseTo(82.898, 3);
    const revenue = r.items.find((i) => i.kpiId === id('Revenue'))!;
    expect(revenue).toMatchObject({ current: 90, needed: 131.4, change: 41.4, note: '' });
    const status = (actual: number) =>
      whatIf(input, PERIOD, [{ kpiId: id('Revenue'), actual }]).after.objectives.find(
        (o) => o.objectiveId === id('Grow revenue'),
      )!.status;
    expect(status(131.4)).toBe('green');
    expect(status(131.39)).toBe('amber');
  });
});
