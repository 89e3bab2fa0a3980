/** A key result's check-ins: a chart of the value against the target (confidence beside it) and the timeline. */
import { useMemo } from 'react';
import { keyResultHistoryOption } from '../../../shared/charts/key-result-history';
import { formatDay } from '../../../shared/initiative-schedule';
import type { CheckIn, KeyResult } from '../../../shared/okr';
import { confidenceText } from '../../../shared/okr-view';
import { formatValue } from '../../../shared/format';
import { EChart, useChartTheme } from '../EChart';

interface Props {
  keyResult: KeyResult;
  /** Any order. */
  checkIns: readonly CheckIn[];
  /** The check-in being edited, marked in the timeline. */
  editingId?: number;
  onEdit(checkIn: CheckIn): void;
}

/** Oldest first by date, then by when it was entered. */
export function byDate(a: CheckIn, b: CheckIn): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id;
}

export function checkInValueText(kr: KeyResult, c: CheckIn): string {
  if (kr.kind === 'milestone') return c.value === 1 ? 'Done' : c.value === 0 ? 'Not done' : '—';
  if (kr.kpiId !== null) return 'from the KPI';
  return formatValue(c.value, kr.unit);
}

export function KeyResultHistory({ keyResult, checkIns, editingId, onEdit }: Props) {
  const theme = useChartTheme();
  const ordered = useMemo(() => [...checkIns].sort(byDate), [checkIns]);
  const option = useMemo(
    () =>
      keyResultHistoryOption({
        keyResult,
        points: ordered.map((c) => ({
          date: c.date,
          label: formatDay(c.date),
          value: c.value,
          confidence: c.confidence,
        })),
        theme,
      }),
    [keyResult, ordered, theme],
  );
  if (ordered.length === 0) {
    return <p className="empty-note">No check-ins yet. The first one starts the timeline and the chart.</p>;
  }
  return (
    <div className="kr-history">
      <EChart
        option={option}
        height={220}
        ariaLabel={`Check-ins of ${keyResult.title}: value against target, with confidence`}
        className="kr-history-chart"
        summary={ordered
          .map(
            (c) =>
              `${formatDay(c.date)}: ${checkInValueText(keyResult, c)}, confidence ${confidenceText(c.confidence)}`,
          )
          .join('; ')}
      />
      <ol className="kr-timeline" aria-label={`Check-ins of ${keyResult.title}`}>
        {[...ordered].reverse().map((c) => (
          <li key={c.id} className={c.id === editingId ? 'editing' : undefined}>
            <span className="kr-timeline-date">{formatDay(c.date)}</span>
            <span className="kr-timeline-value">{checkInValueText(keyResult, c)}</span>
            <span className="kr-timeline-confidence">Confidence {confidenceText(c.confidence)}</span>
            <span className="kr-timeline-comment">
              {c.comment || c.author ? `${c.comment}${c.author ? ` — ${c.author}` : ''}` : ''}
            </span>
            <button
              type="button"
              className="small quiet"
              aria-label={`Edit the check-in of ${formatDay(c.date)}`}
              onClick={() => onEdit(c)}
            >
              Edit
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
