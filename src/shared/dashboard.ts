/**
 * What the dashboard shows for one scorecard and period, as the API returns it, and the period arithmetic and
 * comparisons around it. The chart data made from it is in dashboard-model.ts.
 */
import type { Status } from './domain';
import type { Evaluation } from './evaluation';
import type { KpiForecast } from './forecast';
import { formatNumber, formatValue, MINUS } from './format';
import { currentLocale, t } from './i18n';
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

/** A month's short name in the current locale ("Jul", "Juli", "juil."). */
function shortMonth(index: number): string {
  return new Intl.DateTimeFormat(currentLocale(), { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, index - 1, 1),
  );
}

/** A label short enough for an axis: "Jul 2026", "Q3 2026" ("FY26 Q3" off a calendar fiscal year), "2026". */
export function shortPeriodLabel(key: string, fiscalYearStartMonth: number): string {
  const p = parsePeriod(key);
  const calendar = fiscalYearStartMonth === 1;
  const year = String(p.year);
  if (p.kind === 'month') return t('plans:dashboard.period.month', { month: shortMonth(p.index), year });
  if (p.kind === 'quarter')
    return calendar
      ? t('plans:dashboard.period.quarter', { n: p.index, year })
      : t('plans:dashboard.period.fiscalQuarter', { n: p.index, yy: year.slice(-2) });
  return calendar ? year : t('plans:dashboard.period.fiscalYear', { year });
}

export interface Change {
  direction: TrendDirection;
  /** "▲ 4 pts vs Q2 2026", "no data in Q3 2025". */
  text: string;
  /** The same without the period, for a column whose header names it: "▲ 4 pts", "no data". */
  short: string;
}

type ChangeKey = 'noData' | 'noDataFor' | 'noChange' | 'points' | 'amount';

function change(direction: TrendDirection, key: ChangeKey, label: string, amount = ''): Change {
  return {
    direction,
    text: t(`plans:dashboard.change.${key}`, { label, amount }),
    short: t(`plans:dashboard.change.${key}Short`, { amount }),
  };
}

const signed = (n: number): string => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** A score's change in points; higher scores are better whatever the KPI's polarity. */
export function scoreChange(current: number | null, previous: number | null, label: string): Change {
  const direction = trendDirection(previous, current);
  if (direction === 'none') {
    return change(direction, current === null ? 'noData' : 'noDataFor', label);
  }
  const points = Math.round((current as number) - (previous as number));
  if (direction === 'flat' || points === 0) return change('flat', 'noChange', label);
  return change(direction, 'points', label, `${TREND_ARROW[direction]} ${signed(points)}`);
}

/** A count's change ("+2 vs Q2 2026"); null previous means that period had no evaluation data. */
export function countChange(current: number, previous: number | null, label: string): Change {
  if (previous === null) return change('none', 'noDataFor', label);
  const d = current - previous;
  if (d === 0) return change('flat', 'noChange', label);
  return change(d > 0 ? 'up' : 'down', 'amount', label, signed(d));
}

/** A KPI value's change in its own unit; whether up is good depends on the KPI, so only the sign is said. */
export function valueChange(current: number | null, previous: number | null, label: string, unit: string): Change {
  if (current === null) return change('none', 'noData', label);
  if (previous === null) return change('none', 'noDataFor', label);
  const d = current - previous;
  if (d === 0) return change('flat', 'noChange', label);
  // Rounded to 12 significant digits: 8.97 − 8.57 is 0.40000000000000036 in floating point.
  const magnitude = formatValue(Number(Math.abs(d).toPrecision(12)), unit);
  const amount = `${d > 0 ? '+' : MINUS}${magnitude}`;
  return change(d > 0 ? 'up' : 'down', 'amount', label, amount);
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
