/** Words and numbers as the printed report shows them. */
import type { Status } from '../../shared/domain';
import { formatNumber, formatPercent, formatRange, formatValue, MINUS } from '../../shared/format';
import { currentLanguage, currentLocale, t } from '../../shared/i18n';
import { statusLabel } from '../../shared/scoring-status';
import { TREND_ARROW, trendDirection } from '../../shared/trend';
import { MONTH_LONG_NAMES, MONTH_NAMES } from '../../shared/periods';

const STATUS_GLYPHS: Record<Status, string> = { green: '✓', amber: '!', red: '✕', none: '–' };

/** A status as printed: a glyph that reads in greyscale, and its words in the report's language. */
export function statusWords(status: Status): { glyph: string; label: string } {
  return { glyph: STATUS_GLYPHS[status], label: statusLabel(status) };
}

/** "▲ +12 pts", "▼ −3 pts", "▶ no change", or a dash when either period has no score. */
export function changeText(previous: number | null | undefined, current: number | null | undefined): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none') return '—';
  if (direction === 'flat') return `${TREND_ARROW.flat} ${t('report:format.noChange')}`;
  const points = Math.round((current as number) - (previous as number));
  return `${TREND_ARROW[direction]} ${t('report:format.points', { change: formatNumber(points, { signed: true }) })}`;
}

export function changeWords(
  previous: number | null | undefined,
  current: number | null | undefined,
  since: string,
): string {
  const direction = trendDirection(previous, current);
  if (direction === 'none')
    return current === null || current === undefined
      ? t('report:format.noDataNow')
      : t('report:format.noDataFor', { period: since });
  if (direction === 'flat') return t('report:format.flat', { period: since });
  const points = Math.max(1, Math.round(Math.abs((current as number) - (previous as number))));
  return t(direction === 'up' ? 'report:format.up' : 'report:format.down', {
    count: points,
    points: formatNumber(points),
    period: since,
  });
}

export function scoreText(score: number | null | undefined): string {
  return formatPercent(score);
}

/** A calendar date in the report's language, by Intl (the date is a day, not a moment: read in UTC). */
function intlDate(y: number, m: number, d: number, month: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "6 October 2026": a date a board member reads without thinking, the same on every machine. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  // English keeps the day-first form it always printed, whichever English locale the report is in.
  if (currentLanguage() !== 'en') return intlDate(y!, m ?? 1, d ?? 1, 'long');
  return `${d} ${MONTH_LONG_NAMES[(m ?? 1) - 1]} ${y}`;
}

export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (currentLanguage() !== 'en') return intlDate(y!, m ?? 1, d ?? 1, 'short');
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
