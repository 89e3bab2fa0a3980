/**
 * Rank and correlation arithmetic for the strategy check (docs/strategy-check.md). Plain loops over typed arrays:
 * the permutation test calls these thousands of times per link.
 */

/** Ranks 1…n, ties sharing the average of the ranks they span (so 10, 20, 20, 30 → 1, 2.5, 2.5, 4). */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && values[order[j]!] === values[order[i]!]) j++;
    // Positions i…j−1 (0-based) hold equal values: each gets the mean of the ranks i+1…j.
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) out[order[k]!] = rank;
    i = j;
  }
  return out;
}

/** Pearson's r; null when there are fewer than 3 pairs or either side does not vary. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n !== y.length) throw new Error('pearson: the two sides must pair up');
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // A side that does not vary has no correlation to speak of (relative test: values like 1e6 + rounding noise).
  if (!(sxx > 1e-24 * (mx * mx * n + 1)) || !(syy > 1e-24 * (my * my * n + 1))) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  // Values near the float limits overflow the sums: no number rather than a wrong one.
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : null;
}

/** Spearman's ρ: Pearson's r of the ranks, ties averaged; null as for pearson. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new Error('spearman: the two sides must pair up');
  if (x.length < 3) return null;
  return pearson(ranks(x), ranks(y));
}
