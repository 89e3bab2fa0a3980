/** Month / quarter / year, stepping to the previous or next period, and closing or reopening the period shown. */
import { useId } from 'react';
import { useClosedPeriodOf } from '../closed-view';
import { useUiStore } from '../stores/ui-store';
import { LockIcon } from './LockIcon';
import type { Frequency } from '../../shared/domain';
import { nextPeriod, periodLabel, previousPeriod } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';

const KINDS: { value: Frequency; label: string }[] = [
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
  { value: 'year', label: 'Year' },
];

export function PeriodPicker({ fyStart }: { fyStart: number }) {
  const id = useId();
  const period = useDocumentStore((s) => s.period);
  const viewKind = useDocumentStore((s) => s.viewKind);
  const setPeriod = useDocumentStore((s) => s.setPeriod);
  const setViewKind = useDocumentStore((s) => s.setViewKind);
  if (!period) return null;
  return (
    <div className="period-picker" role="group" aria-label="Period">
      <label className="visually-hidden" htmlFor={`${id}-kind`}>
        View by
      </label>
      <select id={`${id}-kind`} value={viewKind} onChange={(e) => void setViewKind(e.target.value as Frequency)}>
        {KINDS.map((k) => (
          <option key={k.value} value={k.value}>
            {k.label}
          </option>
        ))}
      </select>
      <div className="stepper">
        <button
          type="button"
          className="icon-button"
          aria-label="Previous period"
          title="Previous period"
          onClick={() => void setPeriod(previousPeriod(period))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <output className="period-label" aria-live="polite" aria-label="Chosen period">
          {periodLabel(period, fyStart)}
        </output>
        <button
          type="button"
          className="icon-button"
          aria-label="Next period"
          title="Next period"
          onClick={() => void setPeriod(nextPeriod(period))}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
    </div>
  );
}

/**
 * The shown period's lock: a "Closed" badge and Reopen… when it is closed (a month of a closed quarter shows the
 * quarter's lock), else Close…. Both open the period dialog, which says what the act does before it is done.
 */
export function PeriodLock({ fyStart }: { fyStart: number }) {
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  const closedBy = useClosedPeriodOf(period);
  if (!period) return null;
  if (closedBy === undefined) {
    return (
      <div className="period-lock" role="group" aria-label="Closing">
        <button
          type="button"
          className="quiet"
          onClick={(e) => openDialog({ kind: 'period', action: 'close', period }, e.currentTarget)}
        >
          Close {periodLabel(period, fyStart)}…
        </button>
      </div>
    );
  }
  const label = periodLabel(closedBy, fyStart);
  const why =
    closedBy === period
      ? `${label} is closed: its values and targets are locked, and it is scored as it was when it was closed.`
      : `${periodLabel(period, fyStart)} is part of ${label}, which is closed: its values and targets are locked.`;
  return (
    <div className="period-lock" role="group" aria-label="Closing">
      <span className="closed-badge" title={why}>
        <LockIcon />
        {closedBy === period ? 'Closed' : `Closed with ${label}`}
        <span className="visually-hidden">. {why}</span>
      </span>
      <button
        type="button"
        className="quiet"
        onClick={(e) => openDialog({ kind: 'period', action: 'reopen', period: closedBy }, e.currentTarget)}
      >
        Reopen {label}…
      </button>
    </div>
  );
}
