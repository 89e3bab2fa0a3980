import { describe, expect, it } from 'vitest';
import { card, PERIOD, type KpiSpec } from './fixtures';
import { whatIf } from './what-if';
import { whatItTakes } from './what-it-takes';

/** One objective with one KPI, green at 90 %, amber at 70 %. */
const single = (kpi: KpiSpec) =>
  card([{ name: 'Customer', objectives: [{ title: 'Fill the room', kpis: [kpi] }] }], {
    greenThreshold: 90,
    amberThreshold: 70,
  });

describe('what it takes, for KPIs of another frequency than the period', () => {
  it("asks a monthly summed KPI for the quarter's total, like for like with the months reported", () => {
    // Covers: 100 a month from a baseline of 40; January 80, February 90: 170 against 200 from 80 → 75 % amber.
    // Green: (a − 80) / (200 − 80) ≥ 0.9 → a ≥ 188, the two months' total.
    const c = single({
      name: 'Covers',
      frequency: 'month',
      aggregation: 'sum',
      baseline: 40,
      target: 100,
      values: { '2026-01': 80, '2026-02': 90 },
    });
    const target = { kind: 'objective', id: c.id('Fill the room') } as const;
    const r = whatItTakes(c.input, PERIOD, target);
    expect(r).toMatchObject({ status: 'amber', score: 75 });
    expect(r.items).toEqual([
      { kpiId: c.id('Covers'), name: 'Covers', unit: '', current: 170, needed: 188, change: 18, note: '' },
    ]);
    const after = (actual: number) => whatIf(c.input, PERIOD, [{ kpiId: c.id('Covers'), actual }]).after.objectives[0]!;
    expect(after(188).status).toBe('green');
    expect(after(187.99).status).toBe('amber');
  });

  it("asks a yearly KPI for the year's value, against the year's target", () => {
    // Yearly, 400 for the year; 2026 stands at 300: 75 % amber in 2026-Q1. Green: a / 400 ≥ 0.9 → 360.
    const c = single({ name: 'Guests a year', frequency: 'year', target: 400, values: { '2026': 300 } });
    const r = whatItTakes(c.input, PERIOD, { kind: 'objective', id: c.id('Fill the room') });
    expect(r.items).toEqual([expect.objectContaining({ current: 300, needed: 360, change: 60 })]);
  });
});

describe('what it takes, for a KPI under a weight of 0', () => {
  it('says the perspective or objective of weight 0 keeps it out of the scorecard', () => {
    // Financial (weight 0): Revenue 50 / 100; Customer: Guests 70 / 100 (Care weight 0 beside Delight).
    // The scorecard is Delight's 70 (amber); Revenue and Returns cannot move it, Guests needs 90.
    const c = card(
      [
        {
          name: 'Financial',
          weight: 0,
          objectives: [{ title: 'Grow', kpis: [{ name: 'Revenue', target: 100, actual: 50 }] }],
        },
        {
          name: 'Customer',
          objectives: [
            { title: 'Delight', kpis: [{ name: 'Guests', target: 100, actual: 70 }] },
            { title: 'Care', weight: 0, kpis: [{ name: 'Returns', target: 100, actual: 10 }] },
          ],
        },
      ],
      { greenThreshold: 90, amberThreshold: 70 },
    );
    const r = whatItTakes(c.input, PERIOD, { kind: 'scorecard' });
    expect(r).toMatchObject({ status: 'amber', score: 70 });
    expect(r.items.map((i) => [i.name, i.needed, i.note])).toEqual([
      ['Revenue', null, 'Financial has weight 0: it does not count towards Corner café.'],
      ['Guests', 90, ''],
      ['Returns', null, 'Care has weight 0: it does not count towards Corner café.'],
    ]);
  });
});
