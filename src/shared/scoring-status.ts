/** Thresholds, statuses and the percent wording shared by KPI scoring and rollups. */
import { DEFAULT_AMBER_THRESHOLD, DEFAULT_GREEN_THRESHOLD } from './defaults';
import type { Status } from './domain';
import { formatPercent } from './format';
import { currentLocale, t as tr } from './i18n';

export interface Thresholds {
  greenThreshold: number;
  amberThreshold: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  greenThreshold: DEFAULT_GREEN_THRESHOLD,
  amberThreshold: DEFAULT_AMBER_THRESHOLD,
};

/**
 * Sums and means of decimals carry float noise (0.1 + 0.2 ≠ 0.3); a KPI exactly on target must not
 * turn amber because its progress came out as 99.99999999999999.
 */
const STATUS_EPSILON = 1e-9;

/** The KPI's own thresholds where set, else the fallback; amber above green is read as amber = green. */
export function resolveThresholds(
  own: { greenThreshold: number | null; amberThreshold: number | null } | null,
  fallback: Thresholds = DEFAULT_THRESHOLDS,
): Thresholds {
  const green = own?.greenThreshold ?? fallback.greenThreshold;
  const amber = own?.amberThreshold ?? fallback.amberThreshold;
  return { greenThreshold: green, amberThreshold: Math.min(amber, green) };
}

/** Status of a progress % (unclamped for KPIs, the score for rollups). */
export function statusFor(progress: number | null, t: Thresholds): Status {
  if (progress === null || Number.isNaN(progress)) return 'none';
  if (progress >= t.greenThreshold - STATUS_EPSILON) return 'green';
  if (progress >= Math.min(t.amberThreshold, t.greenThreshold) - STATUS_EPSILON) return 'amber';
  return 'red';
}

const STATUS_RANK: Record<Status, number> = { none: -1, red: 0, amber: 1, green: 2 };

/** Red < amber < green; 'none' only when every status is 'none' (or there are none). */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'none';
  for (const s of statuses) {
    if (s === 'none') continue;
    if (worst === 'none' || STATUS_RANK[s] < STATUS_RANK[worst]) worst = s;
  }
  return worst;
}

/** Negative when a is worse than b. 'none' sorts before red so missing data is seen first. */
export function compareStatus(a: Status, b: Status): number {
  return STATUS_RANK[a] - STATUS_RANK[b];
}

/** Few distinct threshold pairs exist in a document, and every KPI's formula names its pair. */
const thresholdsTextCache = new Map<string, string>();

export function thresholdsText(t: Thresholds): string {
  const key = `${currentLocale()}|${t.greenThreshold}|${t.amberThreshold}`;
  let text = thresholdsTextCache.get(key);
  if (text === undefined) {
    const pct = (n: number) => formatPercent(n, { maxDecimals: 2 });
    text = tr('engine:kpiFormula.thresholds', { green: pct(t.greenThreshold), amber: pct(t.amberThreshold) });
    if (thresholdsTextCache.size > 1000) thresholdsTextCache.clear();
    thresholdsTextCache.set(key, text);
  }
  return text;
}

/**
 * Progress in whole percent, unless rounding would put it on the other side of a threshold
 * ("= 100 % → amber" would contradict itself); then with as many decimals as it takes.
 */
export function progressText(p: number, t: Thresholds): string {
  const status = statusFor(p, t);
  for (let d = 0; d <= 6; d++) {
    if (statusFor(Number(p.toFixed(d)), t) === status) return formatPercent(p, { maxDecimals: d });
  }
  return formatPercent(p, { maxDecimals: 12 });
}

/** The status in the lower-case word a formula ends with ("→ amber"). */
export function statusWord(status: Status): string {
  return tr(`engine:statusWord.${status}`);
}

/** The status as a label people read beside a score ("On track"). */
export function statusLabel(status: Status): string {
  return tr(STATUS_LABEL_KEYS[status]);
}

const STATUS_LABEL_KEYS = {
  green: 'engine:status.onTrack',
  amber: 'engine:status.atRisk',
  red: 'engine:status.offTrack',
  none: 'engine:status.noData',
} as const;

export function outcomeText(p: number, t: Thresholds): string {
  return tr('engine:kpiFormula.outcome', {
    progress: progressText(p, t),
    status: statusWord(statusFor(p, t)),
    thresholds: thresholdsText(t),
  });
}
