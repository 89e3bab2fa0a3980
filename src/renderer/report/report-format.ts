/** Words and numbers as the printed report shows them. */
import type { Status } from '../../shared/domain';
import { formatNumber, formatPercent, formatRange, formatValue, MINUS } from '../../shared/format';
import { TREND_ARROW, trendDirection } from '../../shared/trend';
import { MONTH_LONG_NAMES, MONTH_NAMES } from '../../shared/periods';

export const STATUS_WORDS: Record<Status, { glyph: string; label: string }> = {
  green: { glyph: '✓', label: 'On track' },
  amber: { glyph: '!', label: 'At risk' },
  red: { glyph: '✕', label: 'Off track' },
  none: { glyph: '–', label: 'No data' },
};

/** "▲ +12 pts", "▼ −3 pts", "▶ no change", or a dash when either period has no score. */
export function changeText(previous: number | null | undefined, current: number | null | undefined): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none') return '—';
  if (direction === 'flat') return `${TREND_ARROW.flat} no change`;
  const points = Math.round((current as number) - (previous as number));
  return `${TREND_ARROW[direction]} ${formatNumber(points, { signed: true })} pts`;
}

export function changeWords(
  previous: number | null | undefined,
  current: number | null | undefined,
  since: string,
): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none')
    return current === null || current === undefined ? 'No data this period' : `No data for ${since}`;
  if (direction === 'flat') return `No change since ${since}`;
  const points = Math.max(1, Math.round(Math.abs((current as number) - (previous as number))));
  return `${direction === 'up' ? 'Up' : 'Down'} ${points} ${points === 1 ? 'point' : 'points'} since ${since}`;
}

export function scoreText(score: number | null | undefined): string {
  return formatPercent(score);
}

/** "6 October 2026": a date a board member reads without thinking, the same on every machine. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTH_LONG_NAMES[(m ?? 1) - 1]} ${y}`;
}

export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}

export function money(n: number | null): string {
  return n === null ? '—' : formatNumber(n, { maxDecimals: 0 });
}

export { MINUS };

/** The target as printed: the period's target, or a target-range KPI's band ("25–35 days"). */
export function targetText(
  kpi: { polarity: string; rangeLow: number | null; rangeHigh: number | null; unit: string },
  target: number | null | undefined,
): string {
  if (target !== null && target !== undefined) return formatValue(target, kpi.unit);
  return kpi.polarity === 'range' ? formatRange(kpi.rangeLow, kpi.rangeHigh, kpi.unit) : formatValue(null, kpi.unit);
}
