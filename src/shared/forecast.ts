/**
 * Where each KPI is heading: a projection to the end of the current fiscal quarter and year from its history,
 * the value needed in each remaining period to reach the target, and the status the projection would score.
 *
 * Averaged and latest-value KPIs follow a least-squares line through their last few periods; summed KPIs
 * (sales, costs) continue at their recent run-rate. The projected periods are filled in and scored by the
 * scoring engine itself, so aggregation, targets, polarity and thresholds mean exactly what they mean today.
 * Only values up to the viewed period count: looking at a past quarter shows the forecast as it stood then.
 */
import type { Kpi, Measurement, Status } from './domain';
import { linearFit, runRateFit, type Fit, type Point } from './forecast-fit';
import { forecastText } from './forecast-text';
import { comparePeriods, containingPeriod, nextPeriod, periodLabel, periodMonths, subPeriods } from './periods';
import { scoreKpi, type MeasurementIndex, type Thresholds } from './scoring';

/** KPI periods of history a forecast looks back over (6 months, 6 quarters, 6 years). */
export const FORECAST_WINDOW = 6;

export type ForecastMethod = 'trend' | 'run-rate' | 'flat' | 'none';
export type Comparator = 'at least' | 'at most' | 'about';

export interface Requirement {
  /** The value each remaining period needs (a summed KPI: its amount per period; otherwise its level). */
  perPeriod: number;
  /** Averaged and latest-value KPIs: the change per period from the latest value that gets there; null for sums. */
  change: number | null;
  comparator: Comparator;
  periods: number;
}

export interface HorizonForecast {
  /** The fiscal quarter or year forecast. */
  horizon: string;
  /** The aggregated value the projection scores to, with its 80 % band; null without history. */
  projected: number | null;
  low: number | null;
  high: number | null;
  target: number | null;
  progress: number | null;
  status: Status;
  /** KPI periods of the horizon not reported yet (projected). */
  remaining: number;
  required: Requirement | null;
  text: string;
}

export interface KpiForecast {
  kpiId: number;
  method: ForecastMethod;
  /** The KPI period the forecast stands at (the last one of the viewed period at the KPI's frequency). */
  asOf: string;
  /** The latest reported KPI period used, and how many reported periods the fit used. */
  anchor: string | null;
  points: number;
  /** Change per KPI period of the trend (0 for a run-rate or a flat line). */
  slope: number;
  /**
   * null for a yearly KPI (a quarter says nothing about it), and in the fiscal year's last quarter: its end is the
   * year's end, and one moment has one forecast, the year's (the quarter alone would score only its own months).
   */
  quarter: HorizonForecast | null;
  year: HorizonForecast;
}

export interface ForecastInput {
  kpi: Kpi;
  /** This KPI's measurements by period key. */
  measurements: ReadonlyMap<string, Measurement>;
  /** The viewed period (month, quarter or year). */
  period: string;
  fiscalYearStartMonth: number;
  scorecardThresholds?: Thresholds;
  window?: number;
}

export interface ForecastPoint {
  period: string;
  value: number;
  low: number;
  high: number;
}

interface Model {
  method: ForecastMethod;
  asOf: string;
  anchor: string | null;
  /** x of the anchor relative to asOf (≤ 0). */
  anchorX: number;
  fit: Fit | null;
  points: Point[];
}

const EMPTY: ReadonlyMap<string, Measurement> = new Map();

function lastMonth(period: string, fy: number): string {
  const months = periodMonths(period, fy);
  return months[months.length - 1]!;
}

function model(input: ForecastInput): Model {
  const { kpi, measurements, fiscalYearStartMonth: fy } = input;
  const asOf = containingPeriod(lastMonth(input.period, fy), kpi.frequency, fy);
  const window = input.window ?? FORECAST_WINDOW;
  const points: Point[] = [];
  let anchor: string | null = null;
  for (let x = -(window - 1); x <= 0; x++) {
    const key = nextPeriod(asOf, x);
    const actual = measurements.get(key)?.actual;
    if (actual === null || actual === undefined) continue;
    points.push({ x, y: actual });
    anchor = key;
  }
  if (anchor === null) return { method: 'none', asOf, anchor, anchorX: 0, fit: null, points };
  const anchorX = points[points.length - 1]!.x;
  if (kpi.aggregation === 'sum') return { method: 'run-rate', asOf, anchor, anchorX, fit: runRateFit(points), points };
  if (points.length === 1) return { method: 'flat', asOf, anchor, anchorX, fit: linearFit(points), points };
  return { method: 'trend', asOf, anchor, anchorX, fit: linearFit(points), points };
}

/**
 * The 80 % band of the aggregated projection. Errors of the projected periods are taken as independent, so they add
 * in quadrature; a KPI that has never been negative is not projected below zero either.
 */
function bandOf(kpi: Kpi, projected: number, halfWidths: readonly number[], count: number, m: Model): [number, number] {
  let half = 0;
  if (halfWidths.length) {
    if (kpi.aggregation === 'last') half = halfWidths[halfWidths.length - 1]!;
    else {
      const combined = Math.sqrt(halfWidths.reduce((a, h) => a + h * h, 0));
      half = kpi.aggregation === 'sum' ? combined : combined / count;
    }
  }
  const floor = m.points.every((p) => p.y >= 0) ? 0 : -Infinity;
  return [Math.max(floor, projected - half), Math.max(floor, projected + half)];
}

function comparator(kpi: Kpi): Comparator {
  return kpi.polarity === 'increase' ? 'at least' : kpi.polarity === 'decrease' ? 'at most' : 'about';
}

function horizonForecast(input: ForecastInput, m: Model, horizon: string): HorizonForecast {
  const { kpi, measurements, fiscalYearStartMonth: fy } = input;
  const subs = subPeriods(horizon, kpi.frequency, fy);
  const synthetic = new Map<string, Measurement>();
  const reported: number[] = [];
  const point: number[] = [];
  const halfWidths: number[] = [];
  let remaining = 0;
  for (const key of subs) {
    const real = measurements.get(key);
    const x = comparePeriods(key, m.asOf);
    if (m.fit && x > m.anchorX) {
      const v = m.fit.at(x);
      const h = m.fit.halfWidth(x);
      synthetic.set(key, { kpiId: kpi.id, period: key, actual: v, target: real?.target ?? null, note: '' });
      point.push(v);
      halfWidths.push(h);
      remaining++;
    } else if (real && x <= 0) {
      synthetic.set(key, real);
      if (real.actual !== null) {
        reported.push(real.actual);
        point.push(real.actual);
      }
    } else if (real) {
      // A value entered after the viewed period is not known yet at that time; its target is.
      synthetic.set(key, { ...real, actual: null });
    }
  }
  const score = scoreKpi({
    kpi,
    period: horizon,
    fiscalYearStartMonth: fy,
    measurements: synthetic,
    scorecardThresholds: input.scorecardThresholds,
  });
  const projected = point.length ? score.actual : null;
  const band = projected === null ? null : bandOf(kpi, projected, halfWidths, point.length, m);
  const required = requirement(kpi, score.target, reported, remaining, m);
  const out: HorizonForecast = {
    horizon,
    projected,
    low: band?.[0] ?? null,
    high: band?.[1] ?? null,
    target: score.target,
    progress: projected === null ? null : score.progress,
    status: projected === null ? 'none' : score.status,
    remaining,
    required,
    text: '',
  };
  out.text = forecastText(
    kpi,
    out,
    { method: m.method, points: m.points.length, window: FORECAST_WINDOW },
    periodLabel(horizon, fy),
  );
  return out;
}

function requirement(
  kpi: Kpi,
  target: number | null,
  reported: readonly number[],
  k: number,
  m: Model,
): Requirement | null {
  let goal =
    kpi.polarity === 'range'
      ? kpi.rangeLow !== null && kpi.rangeHigh !== null
        ? (kpi.rangeLow + kpi.rangeHigh) / 2
        : null
      : target;
  if (goal === null || k === 0) return null;
  const sum = reported.reduce((a, b) => a + b, 0);
  const r = reported.length;
  // The target of a summed KPI is already the horizon's total; its band is per period, so the goal is too.
  if (kpi.polarity === 'range' && kpi.aggregation === 'sum') goal *= r + k;
  let perPeriod: number;
  if (kpi.aggregation === 'sum') perPeriod = (goal - sum) / k;
  else if (kpi.aggregation === 'average') perPeriod = (goal * (r + k) - sum) / k;
  else perPeriod = goal;
  const latest = m.points.length ? m.points[m.points.length - 1]!.y : null;
  const change = kpi.aggregation === 'sum' || latest === null ? null : (perPeriod - latest) / k;
  return { perPeriod, change, comparator: comparator(kpi), periods: k };
}

export function forecastKpi(input: ForecastInput): KpiForecast {
  const m = model(input);
  const fy = input.fiscalYearStartMonth;
  const month = lastMonth(input.period, fy);
  const quarter = containingPeriod(month, 'quarter', fy);
  const year = containingPeriod(month, 'year', fy);
  const quarterIsYearEnd = lastMonth(quarter, fy) === lastMonth(year, fy);
  return {
    kpiId: input.kpi.id,
    method: m.method,
    asOf: m.asOf,
    anchor: m.anchor,
    points: m.points.length,
    slope: m.fit?.slope ?? 0,
    quarter: input.kpi.frequency === 'year' || quarterIsYearEnd ? null : horizonForecast(input, m, quarter),
    year: horizonForecast(input, m, year),
  };
}

/** Forecasts of every KPI given, for one viewed period. */
export function forecastKpis(
  kpis: readonly Kpi[],
  index: MeasurementIndex,
  period: string,
  fiscalYearStartMonth: number,
  scorecardThresholds?: Thresholds,
): KpiForecast[] {
  return kpis.map((kpi) =>
    forecastKpi({ kpi, measurements: index.get(kpi.id) ?? EMPTY, period, fiscalYearStartMonth, scorecardThresholds }),
  );
}

/** The last KPI period of the fiscal year the viewed period ends in: where a forecast line ends. */
export function forecastEnd(kpi: Kpi, period: string, fiscalYearStartMonth: number): string {
  const year = containingPeriod(lastMonth(period, fiscalYearStartMonth), 'year', fiscalYearStartMonth);
  const subs = subPeriods(year, kpi.frequency, fiscalYearStartMonth);
  return subs[subs.length - 1]!;
}

/**
 * The forecast as a line of KPI periods, for a history chart's dashed line and band: it starts at the latest
 * reported value (band of zero width, so the line joins the actuals) and runs to `until` (default: the end of the
 * fiscal year). Empty when there is nothing to project from.
 */
export function forecastPath(input: ForecastInput & { until?: string }): ForecastPoint[] {
  const m = model(input);
  if (!m.fit || !m.anchor) return [];
  const until = input.until ?? forecastEnd(input.kpi, input.period, input.fiscalYearStartMonth);
  const last = comparePeriods(until, m.asOf);
  const anchorValue = m.points[m.points.length - 1]!.y;
  const out: ForecastPoint[] = [{ period: m.anchor, value: anchorValue, low: anchorValue, high: anchorValue }];
  const floor = m.points.every((p) => p.y >= 0) ? 0 : -Infinity;
  for (let x = m.anchorX + 1; x <= last; x++) {
    const v = m.fit.at(x);
    const h = m.fit.halfWidth(x);
    out.push({ period: nextPeriod(m.asOf, x), value: v, low: Math.max(floor, v - h), high: v + h });
  }
  return out;
}

export type ForecastCounts = Record<Status, number>;

/** How many KPIs each projected status has, at the quarter's or the year's end. */
export function forecastCounts(forecasts: readonly KpiForecast[], horizon: 'quarter' | 'year'): ForecastCounts {
  const counts: ForecastCounts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const f of forecasts) counts[(horizon === 'quarter' ? f.quarter : f.year)?.status ?? 'none']++;
  return counts;
}

/** Every period key a forecast of `period` may read, at each KPI frequency: the window and the fiscal year ahead. */
export function forecastPeriodsNeeded(
  period: string,
  fiscalYearStartMonth: number,
  window = FORECAST_WINDOW,
): string[] {
  const month = lastMonth(period, fiscalYearStartMonth);
  const year = containingPeriod(month, 'year', fiscalYearStartMonth);
  const out = new Set<string>();
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const asOf = containingPeriod(month, kind, fiscalYearStartMonth);
    for (let x = -(window - 1); x <= 0; x++) out.add(nextPeriod(asOf, x));
    for (const key of subPeriods(year, kind, fiscalYearStartMonth)) out.add(key);
  }
  return [...out];
}
