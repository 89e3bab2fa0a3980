/** Progress % by polarity (increase, decrease, target range), with the formula in words. */
import type { Kpi } from './domain';
import { formatNumber } from './format';
import { t as tr } from './i18n';
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
 * `missingTargetIn` names (as a label) the sub-period without a target, for the wording when there is none.
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
    const text =
      missingTargetIn !== null
        ? tr('engine:kpiFormula.noTargetFor', { period: missingTargetIn })
        : tr('engine:kpiFormula.noTarget');
    return { progress: null, method: 'no-target', text };
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
        tr('engine:kpiFormula.increaseBaseline', { actual: num(a), baseline: operand(b), target: num(t) }),
      );
    }
    if (!increase && b > t) {
      return out(
        ((b - a) / (b - t)) * 100,
        'decrease-baseline',
        tr('engine:kpiFormula.decreaseBaseline', { baseline: num(b), actual: operand(a), target: operand(t) }),
      );
    }
    // Linear progress from a baseline past the target would run backwards; the ratio rule still means something.
    const why = b === t ? 'baselineEqual' : increase ? 'baselineNotBelow' : 'baselineNotAbove';
    prefix = `${tr(`engine:kpiFormula.${why}`, { baseline: num(b) })} `;
  }
  if (t === 0) {
    const met = increase ? a >= 0 : a <= 0;
    const cmp = increase ? (met ? '≥' : '<') : met ? '≤' : '>';
    const text = tr(met ? 'engine:kpiFormula.zeroTargetMet' : 'engine:kpiFormula.zeroTargetNotMet', {
      actual: num(a),
      comparison: cmp,
    });
    return out(met ? 100 : 0, 'zero-target', text, prefix);
  }
  const abs = Math.abs(t);
  if (increase) {
    if (t > 0) {
      const text = tr('engine:kpiFormula.ratio', { actual: num(a), target: num(t) });
      return out((a / t) * 100, 'increase-ratio', text, prefix);
    }
    return out(
      (1 + (a - t) / abs) * 100,
      'increase-ratio',
      tr('engine:kpiFormula.ratioNegative', { actual: num(a), target: operand(t), abs: num(abs) }),
      prefix,
    );
  }
  if (t > 0) {
    return out(
      (2 - a / t) * 100,
      'decrease-ratio',
      tr('engine:kpiFormula.mirrored', { actual: operand(a), target: num(t) }),
      prefix,
    );
  }
  return out(
    (1 + (t - a) / abs) * 100,
    'decrease-ratio',
    tr('engine:kpiFormula.mirroredNegative', { target: num(t), actual: operand(a), abs: num(abs) }),
    prefix,
  );
}

function rangeProgress(kpi: Kpi, a: number, th: Thresholds): Progress {
  const { rangeLow: low, rangeHigh: high, tolerance } = kpi;
  if (low === null || high === null)
    return { progress: null, method: 'no-range', text: tr('engine:kpiFormula.noRange') };
  if (low > high) {
    const text = tr('engine:kpiFormula.rangeInvalid', { low: num(low), high: num(high) });
    return { progress: null, method: 'no-range', text };
  }
  const done = (progress: number, text: string): Progress => ({
    progress,
    method: 'range',
    text: `${text} = ${outcomeText(progress, th)}`,
  });
  const where = { low: num(low), high: num(high), actual: num(a) };
  if (a >= low && a <= high) return done(100, tr('engine:kpiFormula.rangeInside', where));
  const distance = a < low ? low - a : a - high;
  const side = tr(a < low ? 'engine:kpiFormula.rangeBelow' : 'engine:kpiFormula.rangeAbove', {
    ...where,
    distance: num(distance),
  });
  if (tolerance === null || tolerance <= 0) return done(0, tr('engine:kpiFormula.rangeNoTolerance', { side }));
  const raw = 100 * (1 - distance / tolerance);
  const formula = tr('engine:kpiFormula.rangeTolerance', { side, distance: num(distance), tolerance: num(tolerance) });
  return raw < 0 ? done(0, tr('engine:kpiFormula.rangeFloored', { formula })) : done(raw, formula);
}
