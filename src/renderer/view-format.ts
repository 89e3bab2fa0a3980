/** Display strings the overview needs beyond src/shared/format. */
import type { Frequency, InitiativeStatus, Kpi } from '../shared/domain';
import { EMPTY_VALUE, formatValue } from '../shared/format';

const KIND_NOUN: Record<Frequency, { one: string; many: string; adjective: string }> = {
  month: { one: 'month', many: 'months', adjective: 'Monthly' },
  quarter: { one: 'quarter', many: 'quarters', adjective: 'Quarterly' },
  year: { one: 'year', many: 'years', adjective: 'Yearly' },
};

export function kindNoun(kind: Frequency, count = 1): string {
  return count === 1 ? KIND_NOUN[kind].one : KIND_NOUN[kind].many;
}

export function frequencyLabel(kind: Frequency): string {
  return KIND_NOUN[kind].adjective;
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

export function reportedText(reported: number, total: number, noun: string): string {
  return `${reported} of ${total} ${noun} reported`;
}

export const INITIATIVE_STATUS_LABEL: Record<InitiativeStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  on_hold: 'On hold',
  done: 'Done',
  cancelled: 'Cancelled',
};
