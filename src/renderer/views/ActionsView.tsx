/**
 * Accountability between reviews: every action item of the scorecard, overdue first, filterable by owner, status
 * and due date, with its status changed in place; the completion rates per owner and per quarter beside it; and
 * the way back to the data due.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLETION_GOAL, compareActions, completionRates, isOverdue, matchesDue, type DueFilter } from '../../shared/action-stats';
import { formatPercent } from '../../shared/format';
import { currentLocale } from '../../shared/i18n';
import { formatDay } from '../../shared/initiative-schedule';
import { periodLabel } from '../../shared/periods';
import type { ActionItem, ActionStatus } from '../../shared/review';
import { ownerKey } from '../../shared/scorecard-filter';
import { errorMessage } from '../api';
import { RateBar, RateTable } from '../components/CompletionRates';
import { showDataDue } from '../components/DataDuePanel';
import { today, useActionsStore } from '../stores/actions-store';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import '../styles/actions.css';

const NOBODY = '\u0000nobody';

export function ActionsView() {
  const { t } = useTranslation('panels');
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const actions = useActionsStore((s) => s.actions);
  const due = useActionsStore((s) => s.due);
  const reviews = useActionsStore((s) => s.reviews);
  const openDialog = useUiStore((s) => s.openDialog);
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<'' | ActionStatus>('');
  const [dueFilter, setDueFilter] = useState<DueFilter>('all');
  const [error, setError] = useState<string | null>(null);
  if (!tree) return <section aria-label={t('actionsView.label')} />;
  const day = today();
  const fy = tree.scorecard.fiscalYearStartMonth;

  const owners = new Map<string, string>();
  for (const a of actions) {
    const key = ownerKey(a.owner);
    if (key && !owners.has(key)) owners.set(key, a.owner.trim().replace(/\s+/g, ' '));
  }
  const ownerOptions = [...owners.entries()].sort((a, b) => a[1].localeCompare(b[1], currentLocale()));
  const shown = actions
    .filter((a) => owner === '' || (owner === NOBODY ? ownerKey(a.owner) === '' : ownerKey(a.owner) === owner))
    .filter((a) => status === '' || a.status === status)
    .filter((a) => matchesDue(a, dueFilter, day))
    .sort(compareActions(day));
  const overdue = actions.filter((a) => isOverdue(a, day)).length;
  const open = actions.filter((a) => a.status === 'open').length;
  const rates = completionRates(actions, day, fy);
  const overdueData = due.filter((e) => e.state === 'overdue').length;

  const names = {
    objective: new Map(tree.objectives.map((o) => [o.id, o.title])),
    kpi: new Map(tree.kpis.map((k) => [k.id, k.name])),
    initiative: new Map(tree.initiatives.map((i) => [i.id, i.title])),
  };
  const concernText = (a: ActionItem) =>
    a.concernType === 'scorecard' ? tree.scorecard.name : (names[a.concernType].get(a.concernId!) ?? t('actionsView.deleted'));
  const reviewOf = (a: ActionItem) => reviews.find((r) => r.id === a.reviewId);

  async function changeStatus(a: ActionItem, next: ActionStatus): Promise<void> {
    setError(null);
    try {
      await useActionsStore.getState().update({ id: a.id, status: next });
    } catch (err) {
      setError(t('actionsView.changeFailed', { title: a.title, error: errorMessage(err) }));
    }
  }

  return (
    <section className="actions-view" aria-label={t('actionsView.label')}>
      <header className="view-header">
        <div>
          <h2>{t('actionsView.heading')}</h2>
          <p className="meta">
            <span>{t('actionsView.openOf', { open, total: actions.length })}</span>
            {overdue > 0 ? <span className="meta-alert">! {t('actionsView.overdue', { count: overdue })}</span> : null}
          </p>
        </div>
        <div className="view-header-buttons">
          <button
            type="button"
            className={overdueData > 0 ? 'due-button has-overdue' : 'due-button'}
            onClick={showDataDue}
          >
            {t('actionsView.dataDue', { count: due.length })}
          </button>
          <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'action' }, e.currentTarget)}>
            {t('actionsView.add')}
          </button>
        </div>
      </header>

      <div className="actions-layout">
        <div className="actions-main">
          <div className="filter-bar actions-filters" role="group" aria-label={t('actionsView.filters')}>
            <div className="filter-field">
              <label htmlFor={`${id}-owner`}>{t('actionsView.owner')}</label>
              <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value="">{t('actionsView.everyone')}</option>
                {ownerOptions.map(([key, name]) => (
                  <option key={key} value={key}>
                    {name}
                  </option>
                ))}
                <option value={NOBODY}>{t('actionsView.noOwner')}</option>
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor={`${id}-status`}>{t('actionsView.status')}</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(e) => setStatus(e.target.value as '' | ActionStatus)}
              >
                <option value="">{t('actionsView.any')}</option>
                <option value="open">{t('actionStatus.open')}</option>
                <option value="done">{t('actionStatus.done')}</option>
                <option value="dropped">{t('actionStatus.dropped')}</option>
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor={`${id}-due`}>{t('actionsView.due')}</label>
              <select id={`${id}-due`} value={dueFilter} onChange={(e) => setDueFilter(e.target.value as DueFilter)}>
                <option value="all">{t('actionsView.anyTime')}</option>
                <option value="overdue">{t('actionsView.overdueFilter')}</option>
                <option value="week">{t('actionsView.nextWeek')}</option>
                <option value="none">{t('actionsView.noDueDate')}</option>
              </select>
            </div>
            <p className="filter-count" role="status">
              {shown.length === actions.length
                ? t('actionsView.shown', { count: shown.length })
                : t('actionsView.shownOf', { shown: shown.length, total: actions.length })}
            </p>
          </div>
          {error ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {error}
            </div>
          ) : null}
          {actions.length === 0 ? (
            <div className="empty-card">
              <h3>{t('actionsView.emptyTitle')}</h3>
              <p>{t('actionsView.emptyText')}</p>
            </div>
          ) : shown.length === 0 ? (
            <p className="empty-note">{t('actionsView.noMatch')}</p>
          ) : (
            <div className="table-wrap">
              <table className="action-table">
                <caption className="visually-hidden">{t('actionsView.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('actionsView.action')}</th>
                    <th scope="col">{t('actionsView.owner')}</th>
                    <th scope="col">{t('actionsView.due')}</th>
                    <th scope="col">{t('actionsView.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('actionsView.edit')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => {
                    const late = isOverdue(a, day);
                    const review = reviewOf(a);
                    return (
                      <tr
                        key={a.id}
                        className={late ? 'action-overdue' : a.status !== 'open' ? 'action-closed' : undefined}
                      >
                        <th scope="row" className="action-title">
                          <span>{a.title}</span>
                          <span className="item-note">
                            {t('actionsView.concernLine', {
                              kind: t(`actionsView.concern.${a.concernType}`),
                              name: concernText(a),
                            })}
                            {review
                              ? t('actionsView.fromReview', { review: review.title })
                              : a.reviewId !== null
                                ? t('actionsView.fromDeletedReview')
                                : ''}
                          </span>
                        </th>
                        <td className="action-owner">{a.owner || '—'}</td>
                        <td className="action-due">
                          {a.dueDate ? formatDay(a.dueDate) : <span className="item-note">{t('actionsView.noDate')}</span>}
                          {late ? (
                            <span className="flag flag-red">
                              <span aria-hidden="true">! </span>
                              {t('actionsView.overdueFlag')}
                            </span>
                          ) : null}
                        </td>
                        <td>
                          <select
                            aria-label={t('actionsView.statusOf', { title: a.title })}
                            value={a.status}
                            onChange={(e) => void changeStatus(a, e.target.value as ActionStatus)}
                          >
                            {(['open', 'done', 'dropped'] as const).map((s) => (
                              <option key={s} value={s}>
                                {t(`actionStatus.${s}`)}
                              </option>
                            ))}
                          </select>
                          {a.closedOn ? <span className="item-note">{t('actionsView.closedOn', { date: formatDay(a.closedOn) })}</span> : null}
                        </td>
                        <td className="row-actions">
                          <button
                            type="button"
                            className="small quiet"
                            aria-label={t('actionsView.editAction', { title: a.title })}
                            onClick={(e) => openDialog({ kind: 'action', action: a }, e.currentTarget)}
                          >
                            {t('actionsView.edit')}
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </div>

        <aside className="completion-panel" aria-labelledby={`${id}-rates`}>
          <h3 id={`${id}-rates`}>{t('actionsView.completion')}</h3>
          <p className="item-note">{t('actionsView.completionNote', { goal: formatPercent(COMPLETION_GOAL) })}</p>
          {rates.overall.counted === 0 ? (
            <p className="empty-note">{t('actionsView.noneDue')}</p>
          ) : (
            <>
              <p className="rate-overall">
                <span>{t('actionsView.allOwners')}</span>
                <RateBar rate={rates.overall} label={t('actionsView.allOwners')} />
              </p>
              <RateTable
                caption={t('actionsView.byOwner')}
                head={t('actionsView.owner')}
                rows={rates.byOwner.map((r) => ({
                  key: r.owner || NOBODY,
                  name: r.owner || t('actionsView.noOwner'),
                  rate: r,
                }))}
              />
              <RateTable
                caption={t('actionsView.byQuarter')}
                head={t('actionsView.quarter')}
                rows={rates.byQuarter.map((r) => ({ key: r.quarter, name: periodLabel(r.quarter, fy), rate: r }))}
              />
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
