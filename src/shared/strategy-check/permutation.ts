/**
 * The permutation test of a link (docs/strategy-check.md): the largest |Spearman| over the lags tested, against the
 * same maximum when the cause's values are shuffled in time. Taking the maximum over the lags corrects for having
 * tried several (Westfall–Young), and the shuffles make the p-value exact however few the periods.
 */
import { prng } from '../prng';
import { ranks } from './stats';
import type { Series } from './lagged';

export interface MaxStatInput {
  /** The cause's compared series (changes or levels), null where missing: gaps stay where they are. */
  cause: Series;
  effect: Series;
  /** The lags in the maximum (those with enough pairs). */
  lags: readonly number[];
  permutations: number;
  seed: number;
}

interface LagPlan {
  /** Cause positions paired at this lag. */
  at: Int32Array;
  /** The effect's ranks at the paired positions, centred, and their sum of squares. */
  effectRank: Float64Array;
  effectSs: number;
}

function centredRanks(values: ArrayLike<number>): { centred: Float64Array; ss: number } {
  const r = ranks(values);
  const mean = (r.length + 1) / 2;
  let ss = 0;
  for (let i = 0; i < r.length; i++) {
    r[i] = r[i]! - mean;
    ss += r[i]! * r[i]!;
  }
  return { centred: r, ss };
}

/** |Spearman| of the cause values at plan.at (read from `cause`) with the plan's effect; 0 when either is constant. */
function absRho(plan: LagPlan, cause: Float64Array, buffer: Float64Array): number {
  const n = plan.at.length;
  if (n < 3 || plan.effectSs <= 0) return 0;
  const x = buffer.subarray(0, n);
  for (let i = 0; i < n; i++) x[i] = cause[plan.at[i]!]!;
  const { centred, ss } = centredRanks(x);
  if (ss <= 0) return 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) sxy += centred[i]! * plan.effectRank[i]!;
  return Math.abs(sxy) / Math.sqrt(ss * plan.effectSs);
}

/** p = (1 + #{shuffles whose maximum ≥ the observed}) / (1 + permutations); also the observed maximum. */
export function maxStatPermutation(input: MaxStatInput): { pValue: number; observed: number } {
  const { cause, effect, lags } = input;
  const values = new Float64Array(cause.length);
  const present: number[] = [];
  cause.forEach((x, t) => {
    if (x !== null) {
      values[t] = x;
      present.push(t);
    }
  });
  const plans: LagPlan[] = lags.map((lag) => {
    const at: number[] = [];
    for (let t = 0; t + lag < effect.length && t < cause.length; t++) {
      if (cause[t] !== null && effect[t + lag] !== null) at.push(t);
    }
    const { centred, ss } = centredRanks(Float64Array.from(at, (t) => effect[t + lag]!));
    return { at: Int32Array.from(at), effectRank: centred, effectSs: ss };
  });
  const buffer = new Float64Array(cause.length);
  const maxOver = (series: Float64Array) => {
    let max = 0;
    for (const plan of plans) max = Math.max(max, absRho(plan, series, buffer));
    return max;
  };
  const observed = maxOver(values);
  const random = prng(input.seed);
  const pool = Float64Array.from(present, (t) => values[t]!);
  const shuffled = new Float64Array(cause.length);
  // Floating-point noise must not turn a tie with the observed maximum into a loss.
  const threshold = observed - 1e-12;
  let atLeast = 0;
  for (let p = 0; p < input.permutations; p++) {
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = tmp;
    }
    for (let i = 0; i < present.length; i++) shuffled[present[i]!] = pool[i]!;
    if (maxOver(shuffled) >= threshold) atLeast++;
  }
  return { pValue: (1 + atLeast) / (1 + input.permutations), observed };
}
