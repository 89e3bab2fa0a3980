import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { evaluateScorecard } from '../scoring';
import { card, PERIOD } from './fixtures';
import { whatIf } from './what-if';

/*
 * Scored for 2026-Q1 (green ≥ 100 %, amber ≥ 80 %):
 *   Financial (2): Grow revenue: Revenue 90 / 100 → 90 (weight 3), Margin 48 / 50 → 96 → (270 + 96) / 4 = 91.5 amber
 *   Customer (1):  Delight guests: Wait time 6 vs 5 (decrease) → 2 − 6/5 = 80 amber, Temperature 65 in 60–70 → 100
 *                  (weight 2) → (80 + 200) / 3 = 93.333 amber
 *   Scorecard: (183 + 93.333) / 3 = 92.111 amber
 */
const cafe = () =>
  card([
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
          ],
        },
      ],
    },
  ]);

const third = (n: number) => expect.closeTo(n, 3);

describe('what-if', () => {
  it('turns a KPI, its objective and perspective from amber to green and lists what moved, in order', () => {
    const c = cafe();
    const saved = structuredClone(c.input);
    // Wait time 5: 2 − 5/5 = 100 green; Delight (100 + 200) / 3 = 100 green; Customer 100 green;
    // scorecard (183 + 100) / 3 = 94.333, still amber. Grow revenue and its KPIs do not move.
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Wait time'), actual: 5 }]);
    expect(w.changes).toEqual([
      {
        kind: 'scorecard',
        id: 1,
        name: 'Corner café',
        before: { score: third(92.1111), status: 'amber' },
        after: { score: third(94.3333), status: 'amber' },
      },
      {
        kind: 'perspective',
        id: c.id('Customer'),
        name: 'Customer',
        before: { score: third(93.3333), status: 'amber' },
        after: { score: 100, status: 'green' },
      },
      {
        kind: 'objective',
        id: c.id('Delight guests'),
        name: 'Delight guests',
        before: { score: third(93.3333), status: 'amber' },
        after: { score: 100, status: 'green' },
      },
      {
        kind: 'kpi',
        id: c.id('Wait time'),
        name: 'Wait time',
        before: { score: 80, status: 'amber' },
        after: { score: 100, status: 'green' },
      },
    ]);
    expect(w.before).toEqual(evaluateScorecard(saved, PERIOD));
    const waitTime = w.after.kpis.find((k) => k.kpiId === c.id('Wait time'))!;
    expect(waitTime).toMatchObject({ actual: 5, target: 5, progress: 100, status: 'green' });
    expect(w.after.kpis.find((k) => k.kpiId === c.id('Revenue'))).toEqual(
      w.before.kpis.find((k) => k.kpiId === c.id('Revenue')),
    );
    // Nothing written: the input is as it was.
    expect(c.input).toEqual(saved);
  });

  it('reads an empty value as none entered: the objective rolls up the KPIs left', () => {
    const c = cafe();
    // Wait time none: Delight = Temperature's 100 green; Customer 100; scorecard (183 + 100) / 3 = 94.333.
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Wait time'), actual: null }]);
    expect(w.changes.map((ch) => [ch.name, ch.after.status])).toEqual([
      ['Corner café', 'amber'],
      ['Customer', 'green'],
      ['Delight guests', 'green'],
      ['Wait time', 'none'],
    ]);
    expect(w.changes[3]!.after.score).toBeNull();
  });

  it('changes nothing without values, and a value equal to the saved one moves nothing', () => {
    const c = cafe();
    const none = whatIf(c.input, PERIOD, []);
    expect(none.changes).toEqual([]);
    expect(none.after).toEqual(none.before);
    expect(whatIf(c.input, PERIOD, [{ kpiId: c.id('Revenue'), actual: 90 }]).changes).toEqual([]);
  });

  it('applies several values at once', () => {
    const c = cafe();
    // Revenue 100 and Margin 50: Grow 100 green; Wait time 5: Delight 100 green; scorecard 100 green.
    const w = whatIf(c.input, PERIOD, [
      { kpiId: c.id('Revenue'), actual: 100 },
      { kpiId: c.id('Margin'), actual: 50 },
      { kpiId: c.id('Wait time'), actual: 5 },
    ]);
    expect(w.after.scorecard).toMatchObject({ score: 100, status: 'green' });
    expect(w.changes.map((ch) => ch.kind)).toEqual([
      'scorecard',
      'perspective',
      'perspective',
      'objective',
      'objective',
      'kpi',
      'kpi',
      'kpi',
    ]);
  });

  it("replaces a monthly KPI's quarter as scored: against the reported months' target and baseline", () => {
    // Covers: monthly, summed, 100 a month, baseline 40 a month; January 80 and February 90, March not yet.
    // As saved: 170 against 2 × 100 = 200 from 2 × 40 = 80: (170 − 80) / (200 − 80) = 75 % red.
    // What if the quarter were 185: (185 − 80) / 120 = 87.5 % amber.
    const c = card([
      {
        name: 'Customer',
        objectives: [
          {
            title: 'Fill the room',
            kpis: [
              {
                name: 'Covers',
                frequency: 'month',
                aggregation: 'sum',
                baseline: 40,
                target: 100,
                values: { '2026-01': 80, '2026-02': 90 },
              },
            ],
          },
        ],
      },
    ]);
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Covers'), actual: 185 }]);
    expect(w.before.kpis[0]).toMatchObject({ actual: 170, target: 200, baseline: 80, progress: 75, status: 'red' });
    expect(w.after.kpis[0]).toMatchObject({ actual: 185, target: 200, baseline: 80, progress: 87.5, status: 'amber' });
    expect(w.changes.at(-1)).toMatchObject({
      kind: 'kpi',
      before: { score: 75, status: 'red' },
      after: { score: 87.5, status: 'amber' },
    });
  });

  it('compares a quarter with no month reported yet with the whole quarter', () => {
    // No month reported: target 3 × 100 = 300, baseline 3 × 40 = 120; 255 → (255 − 120) / (300 − 120) = 75 % red.
    const c = card([
      {
        name: 'Customer',
        objectives: [
          {
            title: 'Fill the room',
            kpis: [{ name: 'Covers', frequency: 'month', aggregation: 'sum', baseline: 40, target: 100 }],
          },
        ],
      },
    ]);
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Covers'), actual: 255 }]);
    expect(w.before.kpis[0]).toMatchObject({ actual: null, status: 'none' });
    expect(w.after.kpis[0]).toMatchObject({ actual: 255, target: 300, baseline: 120, progress: 75, status: 'red' });
  });

  it("gives a yearly KPI the quarter's value, against the year's target", () => {
    // Yearly, 400 for the year; 2026 stands at 300: in 2026-Q1, 300 / 400 = 75 % red. What if 380: 95 % amber.
    const c = card([
      {
        name: 'Financial',
        objectives: [
          {
            title: 'Grow revenue',
            kpis: [{ name: 'Annual revenue', frequency: 'year', target: 400, values: { '2026': 300 } }],
          },
        ],
      },
    ]);
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Annual revenue'), actual: 380 }]);
    expect(w.before.kpis[0]).toMatchObject({ actual: 300, progress: 75 });
    expect(w.after.kpis[0]).toMatchObject({ actual: 380, target: 400, progress: 95, status: 'amber' });
  });

  it('scores a range KPI summed over months against its band times the months reported', () => {
    // Stock days: monthly, summed, band 10–20 a month, tolerance 5; January 14 and February 15: 29 in 20–40 → 100.
    // What if 43: 3 above the band of two months; tolerance 2 × 5 = 10 → 100 × (1 − 3/10) = 70 % red.
    const c = card([
      {
        name: 'Internal',
        objectives: [
          {
            title: 'Keep stock lean',
            kpis: [
              {
                name: 'Stock days',
                frequency: 'month',
                polarity: 'range',
                rangeLow: 10,
                rangeHigh: 20,
                tolerance: 5,
                values: { '2026-01': 14, '2026-02': 15 },
              },
            ],
          },
        ],
      },
    ]);
    const w = whatIf(c.input, PERIOD, [{ kpiId: c.id('Stock days'), actual: 43 }]);
    expect(w.before.kpis[0]).toMatchObject({ actual: 29, progress: 100 });
    expect(w.after.kpis[0]!.progress).toBeCloseTo(70, 9);
  });

  it('refuses a KPI of another scorecard, naming the value', () => {
    const c = cafe();
    const call = () =>
      whatIf(c.input, PERIOD, [
        { kpiId: c.id('Revenue'), actual: 1 },
        { kpiId: 99, actual: 5 },
      ]);
    expect(call).toThrow(AppError);
    expect(call).toThrow('values[1].kpiId: KPI 99 is not a KPI of this scorecard');
    try {
      call();
    } catch (e) {
      expect((e as AppError).toData()).toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: ['values', 1, 'kpiId'] }],
      });
    }
  });
});
