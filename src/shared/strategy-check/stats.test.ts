import { describe, expect, it } from 'vitest';
import { changes, onBasis, pairAt } from './lagged';
import { maxStatPermutation } from './permutation';
import { pearson, ranks, spearman } from './stats';

describe('ranks', () => {
  it('averages the ranks of ties', () => {
    expect([...ranks([10, 20, 20, 40])]).toEqual([1, 2.5, 2.5, 4]);
    expect([...ranks([3, 1, 3, 3, 2])]).toEqual([4, 1, 4, 4, 2]);
    expect([...ranks([])]).toEqual([]);
  });
});

describe('Spearman and Pearson, worked by hand', () => {
  // x = 10, 20, 20, 40 and y = 1, 3, 2, 4.
  const x = [10, 20, 20, 40];
  const y = [1, 3, 2, 4];

  it('Spearman with a tie', () => {
    // Ranks 1, 2.5, 2.5, 4 and 1, 3, 2, 4, both centred on 2.5: −1.5, 0, 0, 1.5 and −1.5, 0.5, −0.5, 1.5.
    // Σxy = 2.25 + 0 + 0 + 2.25 = 4.5; Σx² = 4.5; Σy² = 5; ρ = 4.5 / √22.5 = 3 / √10 = 0.948683.
    expect(spearman(x, y)).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('Pearson on the values', () => {
    // Means 22.5 and 2.5; deviations −12.5, −2.5, −2.5, 17.5 and −1.5, 0.5, −0.5, 1.5.
    // Σxy = 18.75 − 1.25 + 1.25 + 26.25 = 45; Σx² = 475; Σy² = 5; r = 45 / √2375 = 9 / √95 = 0.923381.
    expect(pearson(x, y)).toBeCloseTo(9 / Math.sqrt(95), 12);
  });

  it('tells a monotone curve (ρ = 1) from a straight line (r < 1)', () => {
    const xs = [1, 2, 3, 4, 5];
    const squares = xs.map((v) => v * v);
    expect(spearman(xs, squares)).toBe(1);
    // Σ(x − 3)(y − 11) = 60, Σ(x − 3)² = 10, Σ(y − 11)² = 374: r = 60 / √3740 = 0.981105.
    expect(pearson(xs, squares)).toBeCloseTo(60 / Math.sqrt(3740), 12);
    expect(
      spearman(
        xs,
        squares.map((v) => -v),
      ),
    ).toBe(-1);
  });

  it('is null with fewer than 3 pairs or a side that does not vary', () => {
    expect(spearman([1, 2], [2, 1])).toBeNull();
    expect(pearson([1, 2], [2, 1])).toBeNull();
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(pearson([0.1, 0.1, 0.1, 0.1], [1, 2, 3, 4])).toBeNull();
    expect(pearson([1e6 + 0.1, 1e6 + 0.1, 1e6 + 0.1], [1, 2, 3])).toBeNull();
    expect(pearson([1e300, -1e300, 1e300], [1, 2, 3])).toBeNull();
  });
});

describe('changes and lag pairs: a missing period is skipped, never zero', () => {
  it('a change needs both of its periods', () => {
    expect(changes([5, 7, null, 10, 9, null])).toEqual([null, 2, null, null, -1, null]);
    expect(onBasis([5, Number.NaN, 4], 'levels')).toEqual([5, null, 4]);
  });

  it('pairs the cause at t with the effect at t + lag only where both are present', () => {
    const cause = [1, null, 3, 4, 5];
    const effect = [10, 20, 30, null, 50];
    const lag0 = pairAt(cause, effect, 0);
    expect(lag0.at).toEqual([0, 2, 4]);
    expect([...lag0.cause]).toEqual([1, 3, 5]);
    expect([...lag0.effect]).toEqual([10, 30, 50]);
    const lag1 = pairAt(cause, effect, 1);
    // t = 0 → effect[1] = 20; t = 2 → effect[3] missing; t = 3 → effect[4] = 50; t = 4 has no later effect.
    expect(lag1.at).toEqual([0, 3]);
    expect([...lag1.effect]).toEqual([20, 50]);
    expect(pairAt(cause, effect, 5).at).toEqual([]);
  });

  it('gives another answer than zeros in the gaps would', () => {
    const withGap = [10, 11, null, 13, 14, 15];
    const effect = [20, 22, 24, 26, 28, 30];
    const skipped = pairAt(withGap, effect, 0);
    expect(pearson(skipped.cause, skipped.effect)).toBeCloseTo(1, 12);
    const zeroed = pairAt(
      withGap.map((v) => v ?? 0),
      effect,
      0,
    );
    expect(pearson(zeroed.cause, zeroed.effect)).toBeLessThan(0.5);
    expect(spearman(zeroed.cause, zeroed.effect)).toBeLessThan(0.9);
  });
});

describe('the permutation test of the largest |ρ| over the lags', () => {
  const cause = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8];
  const effect = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5];

  it('is repeatable from its seed and lies in [1 / (P + 1), 1]', () => {
    const a = maxStatPermutation({ cause, effect, lags: [0, 1], permutations: 499, seed: 42 });
    expect(maxStatPermutation({ cause, effect, lags: [0, 1], permutations: 499, seed: 42 })).toEqual(a);
    expect(a.pValue).toBeGreaterThanOrEqual(1 / 500);
    expect(a.pValue).toBeLessThanOrEqual(1);
    expect(a.observed).toBeCloseTo(
      Math.max(Math.abs(spearman(cause, effect)!), Math.abs(spearman(cause.slice(0, -1), effect.slice(1))!)),
      12,
    );
  });

  it('gives the smallest p to a perfect relation and 1 to a constant effect', () => {
    const rising = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(maxStatPermutation({ cause: rising, effect: rising, lags: [0], permutations: 999, seed: 1 }).pValue).toBe(
      1 / 1000,
    );
    const flat = rising.map(() => 4);
    expect(maxStatPermutation({ cause: rising, effect: flat, lags: [0], permutations: 99, seed: 1 }).pValue).toBe(1);
  });

  it('matches the exact p-value of a small case when enumerating would', () => {
    // Six values, lag 0, ρ = 1 observed: of the 720 orders exactly two (identity and reversal) reach |ρ| = 1,
    // so the exact p is 2 / 720 = 0.00278; with 20,000 shuffles the estimate is within 0.002 of it.
    const six = [1, 2, 3, 4, 5, 6];
    const { pValue } = maxStatPermutation({ cause: six, effect: six, lags: [0], permutations: 20_000, seed: 9 });
    expect(Math.abs(pValue - 2 / 720)).toBeLessThan(0.002);
  });

  it('keeps the gaps in place: a shuffle moves only present values', () => {
    // With the gap at t = 1 fixed, lag 0 pairs t = 0, 2, 3, 4, 5 whatever the shuffle; a test that moved the gap
    // would pair other periods and the observed ρ would not be among the shuffled ones.
    const withGap = [1, null, 2, 3, 4, 5];
    const effect = [1, 9, 2, 3, 4, 5];
    const { pValue, observed } = maxStatPermutation({ cause: withGap, effect, lags: [0], permutations: 5000, seed: 3 });
    expect(observed).toBe(1);
    // 5 present values: 2 of 120 orders give |ρ| = 1, p ≈ 0.0167.
    expect(Math.abs(pValue - 2 / 120)).toBeLessThan(0.006);
  });
});
