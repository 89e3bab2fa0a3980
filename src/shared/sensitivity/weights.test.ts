import { describe, expect, it } from 'vitest';
import type { SensitivityTarget, WeightSwing } from '../analysis';
import { card, PERIOD } from './fixtures';
import { analyseSensitivity, swingSpan } from './weights';

/*
 * The café, scored for 2026-Q1 with the default thresholds (green ≥ 100 %, amber ≥ 80 %), worked by hand:
 *
 *   Financial (weight 2)
 *     Grow revenue (1)   Revenue  (3): 90 / 100           → 90
 *                        Margin   (1): 48 / 50            → 96
 *                        weighted: (90·3 + 96·1) / 4      = 91.5  amber;  worst child: 90 amber
 *   Customer (weight 1)
 *     Delight guests (1) Wait time   (1): decrease, 6 vs 5: 2 − 6/5 → 80
 *                        Temperature (2): 65 in 60–70          → 100
 *                        Sign-ups    (0): 10 / 100 → 10, shown but not counted
 *                        weighted: (80·1 + 100·2) / 3 = 93.333 amber;  worst child: 80 amber
 *   Scorecard: (91.5·2 + 93.333·1) / 3 = 92.111 amber;  worst child: min(90, 80) = 80 amber
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
            { name: 'Sign-ups', weight: 0, target: 100, actual: 10 },
          ],
        },
      ],
    },
  ]);

const bar = (t: SensitivityTarget, name: string): WeightSwing => {
  const swing = t.swings.find((s) => s.name === name);
  if (!swing) throw new Error(`no swing for ${name}`);
  return swing;
};

describe('the score under each rollup method', () => {
  it('gives the scorecard and each perspective under its own method first, then the other', () => {
    const s = analyseSensitivity(cafe().input, PERIOD, 1);
    expect(s).toMatchObject({ scorecardId: 1, period: PERIOD, step: 1 });
    expect(s.targets.map((t) => [t.kind, t.name])).toEqual([
      ['scorecard', 'Corner café'],
      ['perspective', 'Financial'],
      ['perspective', 'Customer'],
    ]);
    const [scorecard, financial, customer] = s.targets;
    expect(scorecard!.score).toBeCloseTo(92.1111, 3);
    expect(scorecard!.methods.map((m) => [m.method, m.status])).toEqual([
      ['weighted_mean', 'amber'],
      ['worst_child', 'amber'],
    ]);
    expect(scorecard!.methods[0]!.score).toBeCloseTo(92.1111, 3);
    expect(scorecard!.methods[1]!.score).toBe(80);
    expect(financial!.methods.map((m) => m.score)).toEqual([91.5, 90]);
    expect(customer!.methods[0]!.score).toBeCloseTo(93.3333, 3);
    expect(customer!.methods[1]!.score).toBe(80);
  });

  it("puts a worst-child scorecard's own method first", () => {
    const c = cafe();
    const s = analyseSensitivity(
      { ...c.input, scorecard: { ...c.input.scorecard, rollupMethod: 'worst_child' } },
      PERIOD,
      1,
    );
    expect(s.targets[0]!.methods.map((m) => [m.method, m.score])).toEqual([
      ['worst_child', 80],
      ['weighted_mean', expect.closeTo(92.1111, 3)],
    ]);
    expect(s.targets[0]).toMatchObject({ score: 80, status: 'amber' });
  });

  it('turns a status by the method: red under worst child, amber as a weighted mean', () => {
    // One KPI at 50 (red) beside three at 100: mean (50 + 300) / 4 = 87.5 amber; worst child 50 red.
    const c = card([
      {
        name: 'Financial',
        objectives: [
          {
            title: 'Grow revenue',
            kpis: [50, 100, 100, 100].map((actual, i) => ({ name: `K${i}`, target: 100, actual })),
          },
        ],
      },
    ]);
    const methods = analyseSensitivity(c.input, PERIOD, 1).targets[0]!.methods;
    expect(methods).toEqual([
      { method: 'weighted_mean', score: 87.5, status: 'amber' },
      { method: 'worst_child', score: 50, status: 'red' },
    ]);
  });
});

describe('the tornado: every weight one step down and up', () => {
  it('moves the scorecard as worked by hand, largest swing first', () => {
    const scorecard = analyseSensitivity(cafe().input, PERIOD, 1).targets[0]!;
    /*
     * Each weight alone, step 1 (the score's span is max − min of low, base and high):
     *   Sign-ups    0 → 0 / 1: base / Delight (80 + 200 + 10) / 4 = 72.5 → (183 + 72.5) / 3 = 85.167    span 6.944
     *   Wait time   1 → 0 / 2: Delight 100 → (183 + 100) / 3 = 94.333 / (160 + 200) / 4 = 90 → 91    span 3.333
     *   Temperature 2 → 1 / 3: Delight (80 + 100) / 2 = 90 → 91 / (80 + 300) / 4 = 95 → 92.667        span 1.667
     *   Margin      1 → 0 / 2: Grow 90 → (180 + 93.333) / 3 = 91.111 / (270 + 192) / 5 = 92.4 → 92.711 span 1.6
     *   Grow revenue 1 → 0 / 2: Financial has no score, the scorecard is Customer's 93.333 / unchanged span 1.222
     *   Customer    1 → 0 / 2: 91.5 / (183 + 186.667) / 4 = 92.417                                 span 0.917
     *   Delight     1 → 0 / 2: Customer has no score → 91.5 / unchanged                             span 0.611
     *   Revenue     3 → 2 / 4: Grow (180 + 96) / 3 = 92 → 92.444 / (360 + 96) / 5 = 91.2 → 91.911   span 0.533
     *   Financial   2 → 1 / 3: (91.5 + 93.333) / 2 = 92.417 / (274.5 + 93.333) / 4 = 91.958          span 0.458
     */
    expect(scorecard.swings.map((s) => s.name)).toEqual([
      'Sign-ups',
      'Wait time',
      'Temperature',
      'Margin',
      'Grow revenue',
      'Customer',
      'Delight guests',
      'Revenue',
      'Financial',
    ]);
    const expected: Record<string, [number, number, number, number]> = {
      'Sign-ups': [0, 1, 92.1111, 85.1667],
      'Wait time': [0, 2, 94.3333, 91],
      Temperature: [1, 3, 91, 92.6667],
      Margin: [0, 2, 91.1111, 92.7111],
      'Grow revenue': [0, 2, 93.3333, 92.1111],
      Customer: [0, 2, 91.5, 92.4167],
      'Delight guests': [0, 2, 91.5, 92.1111],
      Revenue: [2, 4, 92.4444, 91.9111],
      Financial: [1, 3, 92.4167, 91.9583],
    };
    for (const [name, [lowWeight, highWeight, low, high]] of Object.entries(expected)) {
      const s = bar(scorecard, name);
      expect([s.lowWeight, s.highWeight], name).toEqual([lowWeight, highWeight]);
      expect(s.low, name).toBeCloseTo(low, 3);
      expect(s.high, name).toBeCloseTo(high, 3);
    }
    expect(bar(scorecard, 'Revenue')).toMatchObject({ kind: 'kpi', weight: 3 });
    expect(bar(scorecard, 'Financial')).toMatchObject({ kind: 'perspective', weight: 2 });
    expect(bar(scorecard, 'Grow revenue')).toMatchObject({ kind: 'objective', weight: 1 });
  });

  it("holds only the weights below a perspective, its own objective's weight moving nothing", () => {
    const [, financial, customer] = analyseSensitivity(cafe().input, PERIOD, 1).targets;
    // Margin: Grow 90 / 92.4 (span 2.4); Revenue: 92 / 91.2 (0.8); Grow revenue, the only objective: no score / 91.5 (0).
    expect(financial!.swings.map((s) => [s.name, s.low, s.high])).toEqual([
      ['Margin', 90, 92.4],
      ['Revenue', 92, expect.closeTo(91.2, 9)],
      ['Grow revenue', null, 91.5],
    ]);
    expect(swingSpan(financial!.swings[2]!, financial!.score)).toBe(0);
    // Sign-ups 93.333 / 72.5; Wait time 100 / 90; Temperature 90 / 95; Delight guests: no score / 93.333.
    expect(customer!.swings.map((s) => s.name)).toEqual(['Sign-ups', 'Wait time', 'Temperature', 'Delight guests']);
    expect(bar(customer!, 'Sign-ups').high).toBe(72.5);
    expect(bar(customer!, 'Wait time')).toMatchObject({ low: 100, high: 90 });
  });

  it('clamps the weights to 0–1000 and leaves the clamped end at the base score', () => {
    const c = cafe();
    const kpis = c.input.kpis.map((k) => (k.name === 'Revenue' ? { ...k, weight: 999.5 } : k));
    const scorecard = analyseSensitivity({ ...c.input, kpis }, PERIOD, 2.5).targets[0]!;
    const revenue = bar(scorecard, 'Revenue');
    expect([revenue.lowWeight, revenue.highWeight]).toEqual([997, 1000]);
    const signUps = bar(scorecard, 'Sign-ups');
    expect([signUps.lowWeight, signUps.highWeight]).toEqual([0, 2.5]);
    expect(signUps.low).toBe(scorecard.score);
    // Revenue at 999.5: Grow (90·999.5 + 96) / 1000.5 = 90.006; Sign-ups at 2.5: Delight (80 + 200 + 25) / 5.5 = 55.455.
    const grow = (90 * 999.5 + 96) / 1000.5;
    expect(signUps.high).toBeCloseTo((2 * grow + 305 / 5.5) / 3, 9);
  });

  it('leaves weights that move nothing in the list, at the end, with a span of 0', () => {
    // Two objectives at the same score: their weights change the mean of equal numbers, so nothing.
    const c = card([
      {
        name: 'Customer',
        objectives: [
          { title: 'A', kpis: [{ name: 'KA', target: 100, actual: 90 }] },
          { title: 'B', kpis: [{ name: 'KB', target: 100, actual: 90 }] },
        ],
      },
    ]);
    const scorecard = analyseSensitivity(c.input, PERIOD, 1).targets[0]!;
    expect(scorecard.swings).toHaveLength(5);
    for (const s of scorecard.swings) expect(swingSpan(s, scorecard.score), s.name).toBe(0);
  });
});

describe('the span of a bar', () => {
  it('reaches from the lowest to the highest of low, base and high, a missing score left out', () => {
    expect(swingSpan({ low: 91, high: 94 }, 92)).toBe(3);
    expect(swingSpan({ low: 94, high: 91 }, 92)).toBe(3);
    expect(swingSpan({ low: null, high: 91 }, 95)).toBe(4);
    expect(swingSpan({ low: null, high: null }, 95)).toBe(0);
    expect(swingSpan({ low: null, high: 95 }, null)).toBe(0);
  });
});
