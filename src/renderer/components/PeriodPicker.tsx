/** Month / quarter / year, stepping to the previous or next period, and closing or reopening the period shown. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClosedPeriodOf } from '../closed-view';
import { useUiStore } from '../stores/ui-store';
import { LockIcon } from './LockIcon';
import type { Frequency } from '../../shared/domain';
import { nextPeriod, periodLabel, previousPeriod } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';

const KINDS: readonly Frequency[] = ['month', 'quarter', 'year'];

export function PeriodPicker({ fyStart }: { fyStart: number }) {
  const { t } = useTranslation(['app', 'common']);
  const id = useId();
  const period = useDocumentStore((s) => s.period);
  const viewKind = useDocumentStore((s) => s.viewKind);
  const setPeriod = useDocumentStore((s) => s.setPeriod);
  const setViewKind = useDocumentStore((s) => s.setViewKind);
  if (!period) return null;
  return (
    <div className="period-picker" role="group" aria-label={t('periodPicker.label')}>
      <label className="visually-hidden" htmlFor={`${id}-kind`}>
        {t('periodPicker.viewBy')}
      </label>
      <select id={`${id}-kind`} value={viewKind} onChange={(e) => void setViewKind(e.target.value as Frequency)}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`periodPicker.kinds.${k}`)}
          </option>
        ))}
      </select>
      <div className="stepper">
        <button
          type="button"
          className="icon-button"
          aria-label={t('periodPicker.previous')}
          title={t('periodPicker.previous')}
          onClick={() => void setPeriod(previousPeriod(period))}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <output className="period-label" aria-live="polite" aria-label={t('periodPicker.chosen')}>
          {periodLabel(period, fyStart)}
        </output>
        <button
          type="button"
          className="icon-button"
          aria-label={t('periodPicker.next')}
          title={t('periodPicker.next')}
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
  const { t } = useTranslation(['app', 'common']);
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  const closedBy = useClosedPeriodOf(period);
  if (!period) return null;
  if (closedBy === undefined) {
    return (
      <div className="period-lock" role="group" aria-label={t('periodLock.label')}>
        <button
          type="button"
          className="quiet"
          onClick={(e) => openDialog({ kind: 'period', action: 'close', period }, e.currentTarget)}
        >
          {t('periodLock.close', { period: periodLabel(period, fyStart) })}
        </button>
      </div>
    );
  }
  const label = periodLabel(closedBy, fyStart);
  const why =
    closedBy === period
      ? t('periodLock.closedWhy', { period: label })
      : t('periodLock.partOfClosedWhy', { period: periodLabel(period, fyStart), closed: label });
  return (
    <div className="period-lock" role="group" aria-label={t('periodLock.label')}>
      <span className="closed-badge" title={why}>
        <LockIcon />
        {closedBy === period ? t('periodLock.closed') : t('periodLock.closedWith', { period: label })}
        <span className="visually-hidden">. {why}</span>
      </span>
      <button
        type="button"
        className="quiet"
        onClick={(e) => openDialog({ kind: 'period', action: 'reopen', period: closedBy }, e.currentTarget)}
      >
        {t('periodLock.reopen', { period: label })}
      </button>
    </div>
  );
}
