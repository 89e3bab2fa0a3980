/** Progress % by polarity (increase, decrease, target range), with the formula in words. */
import type { Kpi } from './domain';
import { formatNumber, MINUS } from './format';
import { outcomeText, type Thresholds } from './scoring-status';

export type KpiMethod =
  | 'no-data'
  | 'no-target'
  | 'no-range'
  | 'increase-baseline'
  | 'decrease-baseline'
  | 'increase-ratio'
  | 'decrease-ratio'
  | 'zero-target'
  | 'range';

/** A JSON-safe bound for progress: a target of 1e-300 would otherwise make it Infinity, which JSON turns into null. */
const MAX_PROGRESS = 1e15;

const num = (n: number): string => formatNumber(n);
/** A number as an operand after '−' or '+', bracketed when negative so "5 − −3" reads "5 − (−3)". */
const operand = (n: number): string => (n < 0 ? `(${num(n)})` : num(n));

export interface Progress {
  progress: number | null;
  method: KpiMethod;
  text: string;
}

/**
 * Progress % of an actual against the target in force, by the KPI's polarity.
 * `missingTargetIn` names the sub-period without a target, for the wording when there is none.
 */
export function progressFor(
  kpi: Kpi,
  a: number,
  t: number | null,
  missingTargetIn: string | null,
  th: Thresholds,
): Progress {
  if (kpi.polarity === 'range') return rangeProgress(kpi, a, th);
  if (t === null) {
    const where = missingTargetIn !== null ? ` for ${missingTargetIn}` : '';
    return { progress: null, method: 'no-target', text: `No target set${where}.` };
  }
  const increase = kpi.polarity === 'increase';
  const b = kpi.baseline;
  const out = (progress: number, method: KpiMethod, formula: string, prefix = ''): Progress => {
    const p = Math.max(-MAX_PROGRESS, Math.min(MAX_PROGRESS, progress));
    return { progress: p, method, text: `${prefix}${formula} = ${outcomeText(p, th)}` };
  };
  let prefix = '';
  if (b !== null) {
    if (increase && b < t) {
      return out(
        ((a - b) / (t - b)) * 100,
        'increase-baseline',
        `Increase from baseline: (${num(a)} ${MINUS} ${operand(b)}) / (${num(t)} ${MINUS} ${operand(b)})`,
      );
    }
    if (!increase && b > t) {
      return out(
        ((b - a) / (b - t)) * 100,
        'decrease-baseline',
        `Decrease from baseline: (${num(b)} ${MINUS} ${operand(a)}) / (${num(b)} ${MINUS} ${operand(t)})`,
      );
    }
    // Linear progress from a baseline past the target would run backwards; the ratio rule still means something.
    prefix = `Baseline ${num(b)} ignored: ${b === t ? 'equal to' : increase ? 'not below' : 'not above'} the target. `;
  }
  if (t === 0) {
    const met = increase ? a >= 0 : a <= 0;
    const cmp = increase ? (met ? '≥' : '<') : met ? '≤' : '>';
    return out(met ? 100 : 0, 'zero-target', `Target 0: ${met ? 'met' : 'not met'} (${num(a)} ${cmp} 0)`, prefix);
  }
  const abs = Math.abs(t);
  if (increase) {
    if (t > 0) return out((a / t) * 100, 'increase-ratio', `Ratio to target: ${num(a)} / ${num(t)}`, prefix);
    return out(
      (1 + (a - t) / abs) * 100,
      'increase-ratio',
      `Ratio to target (negative target): 1 + (${num(a)} ${MINUS} ${operand(t)}) / ${num(abs)}`,
      prefix,
    );
  }
  if (t > 0) {
    return out(
      (2 - a / t) * 100,
      'decrease-ratio',
      `Ratio to target, mirrored: 2 ${MINUS} ${operand(a)} / ${num(t)}`,
      prefix,
    );
  }
  return out(
    (1 + (t - a) / abs) * 100,
    'decrease-ratio',
    `Ratio to target, mirrored (negative target): 1 + (${num(t)} ${MINUS} ${operand(a)}) / ${num(abs)}`,
    prefix,
  );
}

function rangeProgress(kpi: Kpi, a: number, th: Thresholds): Progress {
  const { rangeLow: low, rangeHigh: high, tolerance } = kpi;
  if (low === null || high === null) return { progress: null, method: 'no-range', text: 'No target range set.' };
  if (low > high) {
    const text = `Target range invalid: low ${num(low)} is above high ${num(high)}.`;
    return { progress: null, method: 'no-range', text };
  }
  const range = `Target range ${num(low)} to ${num(high)}: ${num(a)}`;
  const done = (progress: number, text: string): Progress => ({
    progress,
    method: 'range',
    text: `${text} = ${outcomeText(progress, th)}`,
  });
  if (a >= low && a <= high) return done(100, `${range} is inside`);
  const distance = a < low ? low - a : a - high;
  const side = `${range} is ${num(distance)} ${a < low ? 'below' : 'above'}`;
  if (tolerance === null || tolerance <= 0) return done(0, `${side} and no tolerance is set`);
  const raw = 100 * (1 - distance / tolerance);
  const formula = `${side}; 100 × (1 ${MINUS} ${num(distance)} / ${num(tolerance)})`;
  return raw < 0 ? done(0, `${formula}, floored at 0`) : done(raw, formula);
}
