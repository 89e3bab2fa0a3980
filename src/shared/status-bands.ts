/**
 * The green and amber zones of a KPI in its own units, for one target and pair of thresholds: the inverse of
 * the scoring rules in scoring-progress.ts. A chart paints red everywhere, then amber, then green on top.
 */
import type { Kpi } from './domain';
import { statusFor, type Thresholds } from './scoring-status';

/** A closed interval of values; ±Infinity for an open end. */
export interface Band {
  from: number;
  to: number;
}

export interface StatusBands {
  amber: Band | null;
  green: Band | null;
}

type BandKpi = Pick<Kpi, 'polarity' | 'baseline' | 'rangeLow' | 'rangeHigh' | 'tolerance'>;

const NONE: StatusBands = { amber: null, green: null };

/** Values at or above (increasing) or at or below (decreasing) the value where progress reaches `p`. */
function monotonic(valueAt: (p: number) => number, increasing: boolean, th: Thresholds): StatusBands {
  const zone = (p: number): Band =>
    increasing ? { from: valueAt(p), to: Infinity } : { from: -Infinity, to: valueAt(p) };
  return { amber: zone(Math.min(th.amberThreshold, th.greenThreshold)), green: zone(th.greenThreshold) };
}

export function statusBands(kpi: BandKpi, target: number | null, th: Thresholds): StatusBands {
  if (kpi.polarity === 'range') {
    const { rangeLow: low, rangeHigh: high, tolerance } = kpi;
    if (low === null || high === null || low > high) return NONE;
    // Inside the range progress is 100 %; outside it falls linearly to 0 at `tolerance` away.
    const widen = (p: number): Band | null => {
      if (p > 100) return null;
      // Progress is floored at 0 %, so a threshold of 0 is reached everywhere.
      if (p <= 0) return { from: -Infinity, to: Infinity };
      const d = tolerance !== null && tolerance > 0 ? tolerance * (1 - p / 100) : 0;
      return { from: low - d, to: high + d };
    };
    return { amber: widen(Math.min(th.amberThreshold, th.greenThreshold)), green: widen(th.greenThreshold) };
  }
  if (target === null) return NONE;
  const increase = kpi.polarity === 'increase';
  const b = kpi.baseline;
  if (b !== null && increase && b < target) return monotonic((p) => b + (p / 100) * (target - b), true, th);
  if (b !== null && !increase && b > target) return monotonic((p) => b - (p / 100) * (b - target), false, th);
  if (target === 0) {
    // Met or not: progress is 100 % on the right side of zero, 0 % on the other.
    const met: Band = increase ? { from: 0, to: Infinity } : { from: -Infinity, to: 0 };
    const all: Band = { from: -Infinity, to: Infinity };
    const pick = (status: 'amber' | 'green'): Band | null => {
      const unmet = statusFor(0, th);
      const metStatus = statusFor(100, th);
      const reaches = (s: string) => s === 'green' || (status === 'amber' && s === 'amber');
      return reaches(unmet) ? all : reaches(metStatus) ? met : null;
    };
    return { amber: pick('amber'), green: pick('green') };
  }
  const abs = Math.abs(target);
  return increase
    ? monotonic((p) => target + (p / 100 - 1) * abs, true, th)
    : monotonic((p) => target + (1 - p / 100) * abs, false, th);
}

export function inBand(value: number, band: Band | null): boolean {
  return band !== null && value >= band.from - 1e-9 && value <= band.to + 1e-9;
}
