/** Display strings the overview needs beyond src/shared/format. */
import type { Frequency, InitiativeStatus, Kpi } from '../shared/domain';
import { EMPTY_VALUE, formatValue } from '../shared/format';
import { t } from '../shared/i18n';

export function kindNoun(kind: Frequency, count = 1): string {
  return t(`shell:kind.${kind}`, { count });
}

export function frequencyLabel(kind: Frequency): string {
  return t(`shell:frequency.${kind}`);
}

/** What the KPI aims at: a number, or a band for target-range KPIs. */
export function targetText(kpi: Kpi, target: number | null): string {
  if (kpi.polarity === 'range' && (kpi.rangeLow !== null || kpi.rangeHigh !== null)) {
    const lo = kpi.rangeLow === null ? '' : formatValue(kpi.rangeLow, kpi.unit);
    const hi = kpi.rangeHigh === null ? '' : formatValue(kpi.rangeHigh, kpi.unit);
    if (lo && hi) return `${lo} – ${hi}`;
    return lo ? `≥ ${lo}` : `≤ ${hi}`;
  }
  if (target === null) return EMPTY_VALUE;
  const arrow = kpi.polarity === 'decrease' ? '≤ ' : '';
  return `${arrow}${formatValue(target, kpi.unit)}`;
}

// Getters: each read is in the language shown then.
export const INITIATIVE_STATUS_LABEL: Record<InitiativeStatus, string> = {
  get planned() {
    return t('shell:initiativeStatus.planned');
  },
  get in_progress() {
    return t('shell:initiativeStatus.in_progress');
  },
  get on_hold() {
    return t('shell:initiativeStatus.on_hold');
  },
  get done() {
    return t('shell:initiativeStatus.done');
  },
  get cancelled() {
    return t('shell:initiativeStatus.cancelled');
  },
};
