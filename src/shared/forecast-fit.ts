/** The statistics behind forecasts: a least-squares line and a mean run-rate, each with a prediction band. */

/** The z of a two-sided 80 % band: wide enough to be honest about noise, narrow enough to say something. */
export const BAND_Z = 1.2816;

export interface Point {
  /** Position in KPI periods relative to the as-of period (0 = as of, −1 = the one before). */
  x: number;
  y: number;
}

export interface Fit {
  /** Value predicted at x. */
  at(x: number): number;
  /** Half-width of the 80 % prediction band at x; 0 when the data cannot say (one point, or an exact fit). */
  halfWidth(x: number): number;
  /** Change per period (0 for a run-rate). */
  slope: number;
}

/**
 * Ordinary least squares. With one point the line is flat through it; exactly collinear data continues exactly.
 */
export function linearFit(points: readonly Point[]): Fit {
  const n = points.length;
  if (n === 0) throw new Error('linearFit needs at least one point');
  if (n === 1) return { at: () => points[0]!.y, halfWidth: () => 0, slope: 0 };
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const first = points[0]!;
  const last = points[n - 1]!;
  // Collinear data: the slope between the ends, so a straight series continues without float drift.
  const endSlope = last.x === first.x ? 0 : (last.y - first.y) / (last.x - first.x);
  const exact = points.every((p) => p.y === last.y + endSlope * (p.x - last.x));
  const slope = exact ? endSlope : sxx === 0 ? 0 : sxy / sxx;
  const at = exact ? (x: number) => last.y + slope * (x - last.x) : (x: number) => my + slope * (x - mx);
  let sse = 0;
  for (const p of points) sse += (p.y - at(p.x)) ** 2;
  const s = n > 2 ? Math.sqrt(sse / (n - 2)) : 0;
  return {
    at,
    slope,
    halfWidth: (x) => (s === 0 || sxx === 0 ? 0 : BAND_Z * s * Math.sqrt(1 + 1 / n + (x - mx) ** 2 / sxx)),
  };
}

/** Every coming period is the mean of the recent ones: how a summed KPI (sales, costs) is usually projected. */
export function runRateFit(points: readonly Point[]): Fit {
  const n = points.length;
  if (n === 0) throw new Error('runRateFit needs at least one point');
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    sum += p.y;
    min = Math.min(min, p.y);
    max = Math.max(max, p.y);
  }
  // Equal values give their value back exactly, not a mean with float noise.
  const rate = min === max ? min : sum / n;
  let ss = 0;
  for (const p of points) ss += (p.y - rate) ** 2;
  const s = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const half = BAND_Z * s * Math.sqrt(1 + 1 / n);
  return { at: () => rate, halfWidth: () => half, slope: 0 };
}
