import { describe, expect, it } from 'vitest';
import type { TakesTarget, WhatItTakes } from '../analysis';
import type { Scorecard } from '../domain';
import { AppError } from '../errors';
import type { EvaluateInput } from '../scoring';
import { card, PERIOD, type KpiSpec } from './fixtures';
import { whatIf } from './what-if';
import { whatItTakes } from './what-it-takes';

/** Green at 90 %, amber at 70 %: a rollup turns green before every KPI is on target, so the answers are not all targets. */
const TH: Partial<Scorecard> = { greenThreshold: 90, amberThreshold: 70 };

const oneObjective = (title: string, kpis: KpiSpec[], over: Partial<Scorecard> = {}) =>
  card([{ name: 'Customer', objectives: [{ title, kpis }] }], { ...TH, ...over });

const item = (r: WhatItTakes, name: string) => {
  const found = r.items.find((i) => i.name === name);
  if (!found) throw new Error(`no item ${name}`);
  return found;
};

const statusOf = (input: EvaluateInput, target: TakesTarget, values: { kpiId: number; actual: number }[]) => {
  const after = whatIf(input, PERIOD, values).after;
  return target.kind === 'scorecard'
    ? after.scorecard.status
    : after.objectives.find((o) => o.objectiveId === target.id)!.status;
};

/** Every value found, typed as a what-if, turns the target green; one hundredth less far does not. */
function confirm(
  input: EvaluateInput,
  target: TakesTarget,
  r: WhatItTakes,
  start: { kpiId: number; actual: number }[] = [],
) {
  for (const i of r.items) {
    if (i.needed === null) continue;
    const others = start.filter((v) => v.kpiId !== i.kpiId);
    expect(statusOf(input, target, [...others, { kpiId: i.kpiId, actual: i.needed }]), i.name).toBe('green');
    const towards = i.current === null ? 1 : Math.sign(i.needed - i.current);
    const short = Math.round((i.needed - towards * 0.01) * 100) / 100;
    expect(statusOf(input, target, [...others, { kpiId: i.kpiId, actual: short }]), `${i.name} at ${short}`).not.toBe(
      'green',
    );
  }
}

describe('what it takes to turn an objective green', () => {
  it('raises an increase KPI, rounded up to the hundredth', () => {
    /*
     * Grow revenue: Revenue 222.2 / 333.3 → 66.667 (weight 2); Margin 5.6 / 7 → 80 (weight 1); Tips (weight 0).
     * (2 × 66.667 + 80) / 3 = 71.111 amber.
     * Revenue alone: (2s + 80) / 3 ≥ 90 → s ≥ 95 → 0.95 × 333.3 = 316.635 → 316.64 (316.63 gives 89.999).
     * Margin alone: (133.333 + s) / 3 ≥ 90 → s ≥ 136.7, past the cap of 100: at 7 % the objective is 77.8 amber.
     */
    const c = oneObjective('Grow revenue', [
      { name: 'Revenue', unit: '€', weight: 2, target: 333.3, actual: 222.2 },
      { name: 'Margin', unit: '%', target: 7, actual: 5.6 },
      { name: 'Tips', unit: '€', weight: 0, target: 50, actual: 10 },
    ]);
    const target: TakesTarget = { kind: 'objective', id: c.id('Grow revenue') };
    const r = whatItTakes(c.input, PERIOD, target);
    expect(r).toMatchObject({
      scorecardId: 1,
      period: PERIOD,
      target: { kind: 'objective', id: c.id('Grow revenue'), name: 'Grow revenue' },
      status: 'amber',
    });
    expect(r.score).toBeCloseTo(71.111, 3);
    expect(r.items).toEqual([
      { kpiId: c.id('Revenue'), name: 'Revenue', unit: '€', current: 222.2, needed: 316.64, change: 94.44, note: '' },
      {
        kpiId: c.id('Margin'),
        name: 'Margin',
        unit: '%',
        current: 5.6,
        needed: null,
        change: null,
        note: 'Even at its target (7 %), Grow revenue stays amber: its other KPIs hold it back.',
      },
      {
        kpiId: c.id('Tips'),
        name: 'Tips',
        unit: '€',
        current: 10,
        needed: null,
        change: null,
        note: 'Weight 0: it does not count towards Grow revenue.',
      },
    ]);
    confirm(c.input, target, r);
  });

  it('lowers a decrease KPI, rounded down to the hundredth', () => {
    /*
     * Serve quickly: Wait time 4.2 min vs 3 (decrease, weight 2) → 2 − 4.2/3 = 60; Accuracy 85 / 100 → 85.
     * (120 + 85) / 3 = 68.333 red.
     * Wait time alone: (2s + 85) / 3 ≥ 90 → s ≥ 92.5 → 2 − a/3 ≥ 0.925 → a ≤ 3.225 → 3.22 (3.23 gives 89.89).
     * Accuracy alone: (120 + s) / 3 ≥ 90 → s ≥ 150: at 100 the objective is 73.3, amber.
     */
    const c = oneObjective('Serve quickly', [
      { name: 'Wait time', unit: 'min', polarity: 'decrease', weight: 2, target: 3, actual: 4.2 },
      { name: 'Accuracy', unit: '%', target: 100, actual: 85 },
    ]);
    const target: TakesTarget = { kind: 'objective', id: c.id('Serve quickly') };
    const r = whatItTakes(c.input, PERIOD, target);
    expect(r.status).toBe('red');
    expect(item(r, 'Wait time')).toMatchObject({ current: 4.2, needed: 3.22, change: -0.98, note: '' });
    expect(item(r, 'Accuracy')).toMatchObject({
      needed: null,
      note: 'Even at its target (100 %), Serve quickly stays amber: its other KPIs hold it back.',
    });
    confirm(c.input, target, r);
  });

  it('lowers a decrease KPI from its baseline', () => {
    // Complaints: baseline 40, target 10 (decrease), 25 → (40 − 25) / 30 = 50 red; alone it must reach 90:
    // (40 − a) / 30 ≥ 0.9 → a ≤ 13.
    const c = oneObjective('Fewer complaints', [
      { name: 'Complaints', polarity: 'decrease', baseline: 40, target: 10, actual: 25 },
    ]);
    const target: TakesTarget = { kind: 'objective', id: c.id('Fewer complaints') };
    const r = whatItTakes(c.input, PERIOD, target);
    expect(r.items).toEqual([expect.objectContaining({ current: 25, needed: 13, change: -12 })]);
    confirm(c.input, target, r);
  });

  it('brings a range KPI back towards its band, from above or from below', () => {
    /*
     * Keep it warm: Temperature 60–70 °C, tolerance 3; Humidity 100 / 100.
     * At 71.9 (1.9 above): 100 × (1 − 1.9/3) = 36.667 → (36.667 + 100) / 2 = 68.333 red.
     * Alone it needs 80: at most 0.6 outside → 70.6 (70.61 gives 89.83).
     * From 58.1 (a what-if, 1.9 below): the same on the other side → 59.4.
     */
    const c = oneObjective('Keep it warm', [
      { name: 'Temperature', unit: '°C', polarity: 'range', rangeLow: 60, rangeHigh: 70, tolerance: 3, actual: 71.9 },
      { name: 'Humidity', unit: '%', target: 100, actual: 100 },
    ]);
    const target: TakesTarget = { kind: 'objective', id: c.id('Keep it warm') };
    const above = whatItTakes(c.input, PERIOD, target);
    expect(above.status).toBe('red');
    expect(item(above, 'Temperature')).toMatchObject({ current: 71.9, needed: 70.6, change: -1.3 });
    expect(item(above, 'Humidity')).toMatchObject({
      needed: null,
      note: 'Already at its best (100 %), Keep it warm stays red: its other KPIs hold it back.',
    });
    confirm(c.input, target, above);

    const start = [{ kpiId: c.id('Temperature'), actual: 58.1 }];
    const below = whatItTakes(c.input, PERIOD, target, start);
    expect(below.score).toBeCloseTo(68.333, 3);
    expect(item(below, 'Temperature')).toMatchObject({ current: 58.1, needed: 59.4, change: 1.3 });
    confirm(c.input, target, below, start);
  });

  it('works a KPI with no value yet out from where it would score 0 %', () => {
    /*
     * Grow loyalty: Members (baseline 20, target 120, weight 3) has no value; Visits 80 / 100 → 80; Feedback has no
     * target. The objective is Visits' 80, amber.
     * Members alone: (3s + 80) / 4 ≥ 90 → s ≥ 93.333 → 20 + 0.93333 × 100 = 113.333 → 113.34.
     * Visits alone (Members still empty): s ≥ 90 → 90.
     */
    const c = oneObjective('Grow loyalty', [
      { name: 'Members', weight: 3, baseline: 20, target: 120 },
      { name: 'Visits', target: 100, actual: 80 },
      { name: 'Feedback', actual: 4 },
    ]);
    const target: TakesTarget = { kind: 'objective', id: c.id('Grow loyalty') };
    const r = whatItTakes(c.input, PERIOD, target);
    expect(r).toMatchObject({ status: 'amber', score: 80 });
    expect(item(r, 'Members')).toEqual({
      kpiId: c.id('Members'),
      name: 'Members',
      unit: '',
      current: null,
      needed: 113.34,
      change: null,
      note: 'No value yet: worked out from 20, where it would score 0 %.',
    });
    expect(item(r, 'Visits')).toMatchObject({ current: 80, needed: 90, change: 10 });
    expect(item(r, 'Feedback')).toMatchObject({
      needed: null,
      note: 'No target set: its progress cannot be worked out.',
    });
    confirm(c.input, target, r);
  });

  it('says no single KPI can do it when the worst child holds the objective', () => {
    // Worst child: Rating 50 / 100 → red; Wait time 6 vs 5 → 80 amber. Rating at 100 leaves Wait time amber;
    // Wait time at 5 leaves Rating red.
    const c = oneObjective(
      'Delight guests',
      [
        { name: 'Rating', target: 100, actual: 50 },
        { name: 'Wait time', polarity: 'decrease', target: 5, actual: 6 },
      ],
      { rollupMethod: 'worst_child' },
    );
    const r = whatItTakes(c.input, PERIOD, { kind: 'objective', id: c.id('Delight guests') });
    expect(r.status).toBe('red');
    expect(r.items.map((i) => [i.name, i.needed, i.note])).toEqual([
      ['Rating', null, 'Even at its target (100), Delight guests stays amber: another KPI is amber.'],
      ['Wait time', null, 'Even at its target (5), Delight guests stays red: another KPI is red.'],
    ]);
  });

  it('finds the one KPI that holds a worst-child objective back, up to its own green above 100 %', () => {
    // Worst child: Rating 50 → red, Quality 100 / 100 with its own green at 110 % → amber, Speed 100 → green.
    // Rating must turn green (≥ 90) with Quality still amber: no. With Rating fixed by a what-if, Quality needs 110.
    const c = oneObjective(
      'Delight guests',
      [
        { name: 'Rating', target: 100, actual: 50 },
        { name: 'Quality', target: 100, actual: 100, greenThreshold: 110 },
        { name: 'Speed', target: 100, actual: 100 },
      ],
      { rollupMethod: 'worst_child' },
    );
    const target: TakesTarget = { kind: 'objective', id: c.id('Delight guests') };
    const start = [{ kpiId: c.id('Rating'), actual: 95 }];
    const r = whatItTakes(c.input, PERIOD, target, start);
    expect(r.status).toBe('amber');
    expect(item(r, 'Quality')).toMatchObject({ current: 100, needed: 110, change: 10, note: '' });
    expect(item(r, 'Rating').needed).toBeNull();
    expect(item(r, 'Speed').note).toBe('Already at its best (100), Delight guests stays amber: another KPI is amber.');
    confirm(c.input, target, r, start);
  });

  it('has nothing to say of an objective already green', () => {
    const c = oneObjective('Grow revenue', [{ name: 'Revenue', target: 100, actual: 95 }]);
    const r = whatItTakes(c.input, PERIOD, { kind: 'objective', id: c.id('Grow revenue') });
    expect(r).toMatchObject({ status: 'green', score: 95, items: [] });
  });

  it('refuses an objective of another scorecard', () => {
    const c = oneObjective('Grow revenue', [{ name: 'Revenue', target: 100, actual: 95 }]);
    expect(() => whatItTakes(c.input, PERIOD, { kind: 'objective', id: 77 })).toThrow(AppError);
    expect(() => whatItTakes(c.input, PERIOD, { kind: 'objective', id: 77 })).toThrow(
      'target.id: objective 77 is not an objective of this scorecard',
    );
  });
});

describe('what it takes to turn the scorecard green', () => {
  it('asks every KPI, the others as they are', () => {
    /*
     * Financial: Grow revenue: Revenue 70 / 100 → 70; Customer: Delight guests: Rating 100 / 100 → 100.
     * Scorecard (70 + 100) / 2 = 85 amber. Revenue alone: (s + 100) / 2 ≥ 90 → s ≥ 80 → 80.
     */
    const c = card(
      [
        {
          name: 'Financial',
          objectives: [{ title: 'Grow revenue', kpis: [{ name: 'Revenue', target: 100, actual: 70 }] }],
        },
        {
          name: 'Customer',
          objectives: [{ title: 'Delight guests', kpis: [{ name: 'Rating', target: 100, actual: 100 }] }],
        },
      ],
      TH,
    );
    const r = whatItTakes(c.input, PERIOD, { kind: 'scorecard' });
    expect(r).toMatchObject({ target: { kind: 'scorecard', name: 'Corner café' }, status: 'amber', score: 85 });
    expect(r.items).toEqual([
      { kpiId: c.id('Revenue'), name: 'Revenue', unit: '', current: 70, needed: 80, change: 10, note: '' },
      {
        kpiId: c.id('Rating'),
        name: 'Rating',
        unit: '',
        current: 100,
        needed: null,
        change: null,
        note: 'Already at its best (100), Corner café stays amber: the rest of the scorecard holds it back.',
      },
    ]);
    confirm(c.input, { kind: 'scorecard' }, r);
  });

  it('starts from the what-if values', () => {
    // With Rating at 90 (a what-if): (70 + 90) / 2 = 80 → Revenue needs (s + 90) / 2 ≥ 90 → 90; Rating needs
    // (70 + s) / 2 ≥ 90 → s ≥ 110, past its cap: at 100 the scorecard is 85, amber.
    const c = card(
      [
        {
          name: 'Financial',
          objectives: [{ title: 'Grow revenue', kpis: [{ name: 'Revenue', target: 100, actual: 70 }] }],
        },
        {
          name: 'Customer',
          objectives: [{ title: 'Delight guests', kpis: [{ name: 'Rating', target: 100, actual: 100 }] }],
        },
      ],
      TH,
    );
    const start = [{ kpiId: c.id('Rating'), actual: 90 }];
    const r = whatItTakes(c.input, PERIOD, { kind: 'scorecard' }, start);
    expect(r.score).toBe(80);
    expect(item(r, 'Revenue')).toMatchObject({ current: 70, needed: 90, change: 20 });
    expect(item(r, 'Rating')).toMatchObject({
      current: 90,
      needed: null,
      note: 'Even at its target (100), Corner café stays amber: the rest of the scorecard holds it back.',
    });
    confirm(c.input, { kind: 'scorecard' }, r, start);
  });
});
