/**
 * What the dashboard shows for one scorecard and period, as the API returns it, and the period arithmetic and
 * comparisons around it. The chart data made from it is in dashboard-model.ts.
 */
import type { Status } from './domain';
import type { Evaluation } from './evaluation';
import type { KpiForecast } from './forecast';
import { formatNumber, formatValue, MINUS } from './format';
import { parsePeriod, periodRange, previousPeriod, samePeriodLastYear } from './periods';
import { TREND_ARROW, trendDirection, type TrendDirection } from './trend';

/** Periods of the score trend and the heatmap, the viewed one last. */
export const DASHBOARD_PERIODS = 8;

export interface DashboardData {
  scorecardId: number;
  period: string;
  /** The trend periods, oldest first, ending with `period`. */
  periods: string[];
  /**
   * One evaluation per trend period, in the same order: the last is the viewed period, the one before it the previous.
   * Formula texts are left empty here (scorecard.evaluate has them).
   */
  evaluations: Evaluation[];
  /** The same period a year earlier. */
  lastYear: Evaluation;
  /** Every KPI of the scorecard, in scorecard order. */
  forecasts: KpiForecast[];
}

export function dashboardPeriods(period: string, count = DASHBOARD_PERIODS): string[] {
  return periodRange(previousPeriod(period, count - 1), period);
}

export { samePeriodLastYear };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A label short enough for an axis: "Jul 2026", "Q3 2026" ("FY26 Q3" off a calendar fiscal year), "2026". */
export function shortPeriodLabel(key: string, fiscalYearStartMonth: number): string {
  const p = parsePeriod(key);
  const calendar = fiscalYearStartMonth === 1;
  if (p.kind === 'month') return `${MONTHS[p.index - 1]} ${p.year}`;
  if (p.kind === 'quarter') return calendar ? `Q${p.index} ${p.year}` : `FY${String(p.year).slice(-2)} Q${p.index}`;
  return calendar ? String(p.year) : `FY${p.year}`;
}

export interface Change {
  direction: TrendDirection;
  /** "▲ 4 pts vs Q2 2026", "no data in Q3 2025". */
  text: string;
}

const signed = (n: number): string => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** A score's change in points; higher scores are better whatever the KPI's polarity. */
export function scoreChange(current: number | null, previous: number | null, label: string): Change {
  const direction = trendDirection(previous, current);
  if (direction === 'none') {
    return { direction, text: current === null ? 'no data' : `no data for ${label}` };
  }
  const points = Math.round((current as number) - (previous as number));
  if (direction === 'flat' || points === 0) return { direction: 'flat', text: `no change vs ${label}` };
  return { direction, text: `${TREND_ARROW[direction]} ${signed(points)} pts vs ${label}` };
}

/** A count's change ("+2 vs Q2 2026"); null previous means that period had no evaluation data. */
export function countChange(current: number, previous: number | null, label: string): Change {
  if (previous === null) return { direction: 'none', text: `no data for ${label}` };
  const d = current - previous;
  if (d === 0) return { direction: 'flat', text: `no change vs ${label}` };
  return { direction: d > 0 ? 'up' : 'down', text: `${signed(d)} vs ${label}` };
}

/** A KPI value's change in its own unit; whether up is good depends on the KPI, so only the sign is said. */
export function valueChange(current: number | null, previous: number | null, label: string, unit: string): Change {
  if (current === null) return { direction: 'none', text: 'no data' };
  if (previous === null) return { direction: 'none', text: `no data for ${label}` };
  const d = current - previous;
  if (d === 0) return { direction: 'flat', text: `no change vs ${label}` };
  // Rounded to 12 significant digits: 8.97 − 8.57 is 0.40000000000000036 in floating point.
  const magnitude = formatValue(Number(Math.abs(d).toPrecision(12)), unit);
  const amount = `${d > 0 ? '+' : MINUS}${magnitude}`;
  return { direction: d > 0 ? 'up' : 'down', text: `${amount} vs ${label}` };
}

export type StatusCounts = Record<Status, number>;

export function kpiStatusCounts(evaluation: Evaluation): StatusCounts {
  const counts: StatusCounts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const k of evaluation.kpis) counts[k.status]++;
  return counts;
}

/** Whether an evaluation has any reported value: a period before the scorecard started compares with nothing. */
export function hasData(evaluation: Evaluation | undefined): evaluation is Evaluation {
  return evaluation !== undefined && evaluation.kpis.some((k) => k.actual !== null);
}
