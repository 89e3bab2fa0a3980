/**
 * From levels to the pairs a lag compares (docs/strategy-check.md). A missing period stays missing: it is skipped,
 * never read as zero, and a change needs both of its periods.
 */
import type { CheckBasis } from '../analysis';

export type Series = readonly (number | null)[];

/** d[t] = x[t] − x[t−1] when both are present; d[0] and every change touching a gap are null. */
export function changes(levels: Series): (number | null)[] {
  return levels.map((x, t) => {
    const before = t > 0 ? levels[t - 1] : null;
    return x === null || before === null || before === undefined ? null : x - before;
  });
}

/** The series the check compares: the changes (default) or the levels themselves, non-finite values dropped. */
export function onBasis(levels: Series, basis: CheckBasis): (number | null)[] {
  const clean = levels.map((x) => (x === null || !Number.isFinite(x) ? null : x));
  return basis === 'changes' ? changes(clean) : clean;
}

export interface LagPairs {
  lag: number;
  /** The cause's periods t whose pair (cause[t], effect[t + lag]) has both values. */
  at: number[];
  cause: Float64Array;
  effect: Float64Array;
}

/** The pairs (cause at t, effect at t + lag) where both are present. */
export function pairAt(cause: Series, effect: Series, lag: number): LagPairs {
  const at: number[] = [];
  for (let t = 0; t + lag < effect.length && t < cause.length; t++) {
    if (cause[t] !== null && effect[t + lag] !== null) at.push(t);
  }
  return {
    lag,
    at,
    cause: Float64Array.from(at, (t) => cause[t]!),
    effect: Float64Array.from(at, (t) => effect[t + lag]!),
  };
}
