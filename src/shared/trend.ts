/** Which way a score moved since the previous period, and how to say so. */
import { formatNumber, MINUS } from './format';
import { t } from './i18n';

export type TrendDirection = 'up' | 'down' | 'flat' | 'none';

/** Changes smaller than this many points are rounding noise, not a movement worth an arrow. */
export const TREND_EPSILON = 0.5;

/** Scores are already polarity-adjusted (higher is always better), so up means improving. */
export function trendDirection(
  previous: number | null | undefined,
  current: number | null | undefined,
): TrendDirection {
  if (previous === null || previous === undefined || current === null || current === undefined) return 'none';
  const delta = current - previous;
  if (Math.abs(delta) < TREND_EPSILON) return 'flat';
  return delta > 0 ? 'up' : 'down';
}

export const TREND_ARROW: Record<TrendDirection, string> = { up: '▲', down: '▼', flat: '▶', none: '' };

/** "Up 12 points since Q2 2026", "No change since …", "No trend: Q2 2026 had no data". */
export function trendText(
  previous: number | null | undefined,
  current: number | null | undefined,
  previousLabel: string,
): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none') {
    return current === null || current === undefined
      ? t('engine:trend.noDataNow')
      : t('engine:trend.noDataBefore', { period: previousLabel });
  }
  if (direction === 'flat') return t('engine:trend.flat', { period: previousLabel });
  // At least 1, so the words never say "0 points" beside an arrow.
  const points = Math.max(1, Math.round(Math.abs((current as number) - (previous as number))));
  return t(direction === 'up' ? 'engine:trend.up' : 'engine:trend.down', {
    count: points,
    points: formatNumber(points),
    period: previousLabel,
  });
}

/** The change in a few characters for a card: "+12", "−3", "±0"; the words are in trendText. */
export function trendShort(previous: number | null | undefined, current: number | null | undefined): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none') return '';
  if (direction === 'flat') return '±0';
  const points = Math.max(1, Math.round(Math.abs((current as number) - (previous as number))));
  return `${direction === 'up' ? '+' : MINUS}${formatNumber(points)}`;
}
