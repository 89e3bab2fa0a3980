import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Polarity } from './domain';
import { progressFor } from './scoring-progress';
import { statusFor } from './scoring-status';
import { inBand, statusBands } from './status-bands';

const kpi = (fields: Partial<Kpi>): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'K',
  position: 0,
  ...fields,
});
const th = { greenThreshold: 100, amberThreshold: 80 };

/** The status a value gets from the bands: green on top of amber on top of red. */
function bandStatus(k: Kpi, target: number | null, value: number, t = th) {
  const b = statusBands(k, target, t);
  return inBand(value, b.green) ? 'green' : inBand(value, b.amber) ? 'amber' : 'red';
}

function engineStatus(k: Kpi, target: number | null, value: number, t = th) {
  return statusFor(progressFor(k, value, target, null, t).progress, t);
}

describe('status bands', () => {
  it('draws the worked example: baseline 380, target 450', () => {
    const k = kpi({ polarity: 'increase', baseline: 380 });
    expect(statusBands(k, 450, th)).toEqual({ amber: { from: 436, to: Infinity }, green: { from: 450, to: Infinity } });
    expect(bandStatus(k, 450, 412)).toBe('red');
  });

  it('turns over for a decreasing KPI and widens around a target range', () => {
    expect(statusBands(kpi({ polarity: 'decrease', baseline: 20 }), 10, th)).toEqual({
      amber: { from: -Infinity, to: 12 },
      green: { from: -Infinity, to: 10 },
    });
    expect(statusBands(kpi({ polarity: 'range', rangeLow: 3, rangeHigh: 5, tolerance: 2 }), null, th)).toEqual({
      amber: { from: 2.6, to: 5.4 },
      green: { from: 3, to: 5 },
    });
    expect(statusBands(kpi({ polarity: 'increase' }), null, th)).toEqual({ amber: null, green: null });
  });

  // The bands must say what the engine says, for every rule and many values around the boundaries.
  const cases: { name: string; k: Kpi; targets: (number | null)[] }[] = [
    { name: 'increase from baseline', k: kpi({ polarity: 'increase', baseline: 380 }), targets: [450, 1000] },
    { name: 'decrease from baseline', k: kpi({ polarity: 'decrease', baseline: 30 }), targets: [12, -4] },
    { name: 'increase ratio', k: kpi({ polarity: 'increase' }), targets: [200, -50, 0] },
    { name: 'decrease ratio', k: kpi({ polarity: 'decrease' }), targets: [8, -8, 0] },
    { name: 'baseline past target', k: kpi({ polarity: 'increase' as Polarity, baseline: 500 }), targets: [450] },
    { name: 'range', k: kpi({ polarity: 'range', rangeLow: 60, rangeHigh: 80, tolerance: 15 }), targets: [null] },
    { name: 'range without tolerance', k: kpi({ polarity: 'range', rangeLow: 2, rangeHigh: 4 }), targets: [null] },
  ];
  const thresholdSets = [th, { greenThreshold: 90, amberThreshold: 50 }, { greenThreshold: 120, amberThreshold: 0 }];
  for (const c of cases) {
    it(`agrees with the scoring engine: ${c.name}`, () => {
      const disagreements: string[] = [];
      for (const t of thresholdSets) {
        for (const target of c.targets) {
          for (let v = -1200; v <= 1200; v += 0.5) {
            const bands = bandStatus(c.k, target, v, t);
            const engine = engineStatus(c.k, target, v, t);
            if (bands !== engine) disagreements.push(`target ${target}, value ${v}: ${bands} ≠ ${engine}`);
          }
        }
      }
      expect(disagreements).toEqual([]);
    });
  }
});
