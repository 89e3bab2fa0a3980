/** A key result's check-ins: a chart of the value against the target (confidence beside it) and the timeline. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
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
  if (kr.kind === 'milestone')
    return c.value === 1 ? translate('plans:checkIn.done') : c.value === 0 ? translate('plans:history.notDone') : '—';
  if (kr.kpiId !== null) return translate('plans:history.fromKpi');
  return formatValue(c.value, kr.unit);
}

export function KeyResultHistory({ keyResult, checkIns, editingId, onEdit }: Props) {
  const { t } = useTranslation('plans');
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
    return <p className="empty-note">{t('history.empty')}</p>;
  }
  return (
    <div className="kr-history">
      <EChart
        option={option}
        height={220}
        ariaLabel={t('history.chartLabel', { title: keyResult.title })}
        className="kr-history-chart"
        summary={ordered
          .map((c) =>
            t('history.summaryItem', {
              date: formatDay(c.date),
              value: checkInValueText(keyResult, c),
              confidence: confidenceText(c.confidence),
            }),
          )
          .join('; ')}
      />
      <ol className="kr-timeline" aria-label={t('history.listLabel', { title: keyResult.title })}>
        {[...ordered].reverse().map((c) => (
          <li key={c.id} className={c.id === editingId ? 'editing' : undefined}>
            <span className="kr-timeline-date">{formatDay(c.date)}</span>
            <span className="kr-timeline-value">{checkInValueText(keyResult, c)}</span>
            <span className="kr-timeline-confidence">
              {t('history.confidence', { confidence: confidenceText(c.confidence) })}
            </span>
            <span className="kr-timeline-comment">
              {c.comment || c.author ? `${c.comment}${c.author ? ` — ${c.author}` : ''}` : ''}
            </span>
            <button
              type="button"
              className="small quiet"
              aria-label={t('history.editCheckIn', { date: formatDay(c.date) })}
              onClick={() => onEdit(c)}
            >
              {t('words.edit')}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
