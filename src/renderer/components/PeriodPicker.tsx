/** Month / quarter / year, and stepping to the previous or next period. */
import { useId } from 'react';
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
