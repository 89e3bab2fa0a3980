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

/**
 * |Spearman| of the cause at plan.at with the plan's effect; 0 when either side is constant. The cause is given as
 * tie levels (0…levels−1, equal values share one), so its ranks within the pairs come from counting, not sorting:
 * this runs (permutations × lags) times per link.
 */
function absRho(plan: LagPlan, level: Int32Array, counts: Int32Array, effectSum: Float64Array): number {
  const n = plan.at.length;
  if (n < 3 || plan.effectSs <= 0) return 0;
  counts.fill(0);
  effectSum.fill(0);
  for (let i = 0; i < n; i++) {
    const v = level[plan.at[i]!]!;
    counts[v]!++;
    effectSum[v]! += plan.effectRank[i]!;
  }
  // Each level's average rank among the pairs, centred on the mean rank (n + 1) / 2; Σ rank × effect rank by level.
  const mean = (n + 1) / 2;
  let below = 0;
  let ss = 0;
  let sxy = 0;
  for (let v = 0; v < counts.length; v++) {
    const c = counts[v]!;
    if (c === 0) continue;
    const r = below + (c + 1) / 2 - mean;
    ss += c * r * r;
    sxy += r * effectSum[v]!;
    below += c;
  }
  if (ss <= 0) return 0;
  return Math.abs(sxy) / Math.sqrt(ss * plan.effectSs);
}

/** p = (1 + #{shuffles whose maximum ≥ the observed}) / (1 + permutations); also the observed maximum. */
export function maxStatPermutation(input: MaxStatInput): { pValue: number; observed: number } {
  const { cause, effect, lags } = input;
  const present: number[] = [];
  cause.forEach((x, t) => {
    if (x !== null) present.push(t);
  });
  const distinct = [...new Set(present.map((t) => cause[t]!))].sort((a, b) => a - b);
  const levelOfValue = new Map(distinct.map((x, i) => [x, i]));
  const level = new Int32Array(cause.length);
  for (const t of present) level[t] = levelOfValue.get(cause[t]!)!;
  const plans: LagPlan[] = lags.map((lag) => {
    const at: number[] = [];
    for (let t = 0; t + lag < effect.length && t < cause.length; t++) {
      if (cause[t] !== null && effect[t + lag] !== null) at.push(t);
    }
    const r = ranks(Float64Array.from(at, (t) => effect[t + lag]!));
    const mean = (r.length + 1) / 2;
    let ss = 0;
    for (let i = 0; i < r.length; i++) {
      r[i] = r[i]! - mean;
      ss += r[i]! * r[i]!;
    }
    return { at: Int32Array.from(at), effectRank: r, effectSs: ss };
  });
  const counts = new Int32Array(distinct.length);
  const effectSum = new Float64Array(distinct.length);
  const maxOver = () => {
    let max = 0;
    for (const plan of plans) {
      const rho = absRho(plan, level, counts, effectSum);
      if (rho > max) max = rho;
    }
    return max;
  };
  const observed = maxOver();
  const random = prng(input.seed);
  const pool = Int32Array.from(present, (t) => level[t]!);
  // Floating-point noise must not turn a tie with the observed maximum into a loss.
  const threshold = observed - 1e-12;
  let atLeast = 0;
  for (let p = 0; p < input.permutations; p++) {
    // Fisher–Yates over the present values; the gaps keep their places.
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = pool[i]!;
      pool[i] = pool[j]!;
      pool[j] = tmp;
    }
    for (let i = 0; i < present.length; i++) level[present[i]!] = pool[i]!;
    if (maxOver() >= threshold) atLeast++;
  }
  return { pValue: (1 + atLeast) / (1 + input.permutations), observed };
}
