/** Owner, status, theme and "Key KPIs only": filters that combine, remembered for the session. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status, Theme } from '../../shared/domain';
import { filtersActive } from '../../shared/scorecard-filter';
import { useOverviewStore } from '../stores/overview-store';
import { STATUS_TEXT } from './StatusBadge';

interface Props {
  owners: string[];
  themes: Theme[];
  /** Objectives shown, out of all, for the live count. */
  shown: number;
  total: number;
  /** The empty result offers its own "Clear filters"; one such button on screen is enough. */
  hideClear?: boolean;
}

const STATUSES: Status[] = ['red', 'amber', 'green', 'none'];

export function FilterBar({ owners, themes, shown, total, hideClear }: Props) {
  const { t } = useTranslation('panels');
  const id = useId();
  const filters = useOverviewStore((s) => s.filters);
  const setFilters = useOverviewStore((s) => s.setFilters);
  const clearFilters = useOverviewStore((s) => s.clearFilters);
  const active = filtersActive(filters);
  // A remembered owner who no longer owns anything stays selectable, so the filter never silently changes.
  const ownerOptions = filters.owner && !owners.includes(filters.owner) ? [filters.owner, ...owners] : owners;

  return (
    <div className="filter-bar" role="group" aria-label={t('filterBar.label')}>
      <div className="filter-field">
        <label htmlFor={`${id}-owner`}>{t('filterBar.owner')}</label>
        <select id={`${id}-owner`} value={filters.owner} onChange={(e) => setFilters({ owner: e.target.value })}>
          <option value="">{t('filterBar.anyone')}</option>
          {ownerOptions.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-status`}>{t('filterBar.status')}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => setFilters({ status: e.target.value as Status | '' })}
        >
          <option value="">{t('filterBar.anyStatus')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s].icon} {STATUS_TEXT[s].label}
            </option>
          ))}
        </select>
      </div>
      {themes.length > 0 ? (
        <div className="filter-field">
          <label htmlFor={`${id}-theme`}>{t('filterBar.theme')}</label>
          <select
            id={`${id}-theme`}
            value={filters.themeId ?? ''}
            onChange={(e) => setFilters({ themeId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('filterBar.anyTheme')}</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label className="filter-switch">
        <input
          type="checkbox"
          role="switch"
          checked={filters.keyOnly}
          onChange={(e) => setFilters({ keyOnly: e.target.checked })}
        />
        <span>
          <span className="key-star" aria-hidden="true">
            ★
          </span>
          {t('filterBar.keyOnly')}
        </span>
      </label>
      <span className="filter-count" role="status">
        {active ? t('filterBar.shownOf', { shown, total }) : t('filterBar.objectives', { count: total })}
      </span>
      {active && !hideClear ? (
        <button type="button" className="small quiet" onClick={clearFilters}>
          {t('filterBar.clear')}
        </button>
      ) : null}
    </div>
  );
}
