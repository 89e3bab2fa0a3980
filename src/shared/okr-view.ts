/**
 * How key results read on screen: the cycle a page starts on, the quarters offered, a score with two decimals and
 * "current → target" with the unit. Pure, shared by the objective's key results, the dialogs and the OKR board.
 */
import { formatNumber, formatValue, EMPTY_VALUE } from './format';
import { t } from './i18n';
import type { KeyResultScore } from './evaluation';
import type { KeyResult } from './okr';
import { containingPeriod, nextPeriod, parsePeriod, periodForDate, periodLabel, subPeriods } from './periods';

/**
 * The quarter a key result or the board starts on: the quarter of the period the scorecard shows (so a new key
 * result appears where it was added); for a year shown, today's quarter when it lies in that year, else its last.
 */
export function shownCycle(period: string | null, fyStart: number, today: string): string {
  const todays = periodForDate(today, 'quarter', fyStart);
  if (period === null) return todays;
  const kind = parsePeriod(period).kind;
  if (kind !== 'year') return containingPeriod(period, 'quarter', fyStart);
  const quarters = subPeriods(period, 'quarter', fyStart);
  return quarters.includes(todays) ? todays : quarters[quarters.length - 1]!;
}

/** Quarters to choose a cycle from: a year back and a year ahead of `around`, plus any cycle already in use. */
export function cycleChoices(
  around: string,
  fyStart: number,
  used: readonly string[] = [],
): { value: string; label: string }[] {
  const keys = new Set<string>(used);
  for (let n = -4; n <= 4; n++) keys.add(nextPeriod(around, n));
  return [...keys].sort().map((k) => ({ value: k, label: periodLabel(k, fyStart) }));
}

/** An OKR score the common way: 0.00–1.00 with two decimals, a dash when there is none. */
export function okrScoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? EMPTY_VALUE : formatNumber(score, { minDecimals: 2, maxDecimals: 2 });
}

/** Where a key result stands: '42 € → 50 €' for a metric, 'Done' / 'Not done yet' for a milestone. */
export function keyResultProgressText(
  kr: Pick<KeyResult, 'kind' | 'unit' | 'target'>,
  score: KeyResultScore | undefined,
): string {
  const current = score?.current ?? null;
  if (kr.kind === 'milestone') return current === 1 ? t('plans:checkIn.done') : t('plans:okr.notDoneYet');
  return `${formatValue(current, kr.unit)} → ${formatValue(kr.target, kr.unit)}`;
}

/** Confidence as people say it: '7/10'. */
export function confidenceText(confidence: number | null | undefined): string {
  return confidence === null || confidence === undefined ? EMPTY_VALUE : `${formatNumber(confidence)}/10`;
}
