/**
 * Accountability between reviews: every action item of the scorecard, overdue first, filterable by owner, status
 * and due date, with its status changed in place; the completion rates per owner and per quarter beside it; and
 * the way back to the data due.
 */
import { useId, useState } from 'react';
import { compareActions, completionRates, isOverdue, matchesDue, type DueFilter } from '../../shared/action-stats';
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

const STATUS_LABEL: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };
const CONCERN_LABEL = { scorecard: 'Scorecard', objective: 'Objective', kpi: 'KPI', initiative: 'Initiative' } as const;
const NOBODY = '\u0000nobody';

export function ActionsView() {
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
  if (!tree) return <section aria-label="Actions" />;
  const day = today();
  const fy = tree.scorecard.fiscalYearStartMonth;

  const owners = new Map<string, string>();
  for (const a of actions) {
    const key = ownerKey(a.owner);
    if (key && !owners.has(key)) owners.set(key, a.owner.trim().replace(/\s+/g, ' '));
  }
  const ownerOptions = [...owners.entries()].sort((a, b) => a[1].localeCompare(b[1], 'en'));
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
    a.concernType === 'scorecard' ? tree.scorecard.name : (names[a.concernType].get(a.concernId!) ?? '(deleted)');
  const reviewOf = (a: ActionItem) => reviews.find((r) => r.id === a.reviewId);

  async function changeStatus(a: ActionItem, next: ActionStatus): Promise<void> {
    setError(null);
    try {
      await useActionsStore.getState().update({ id: a.id, status: next });
    } catch (err) {
      setError(`Could not change “${a.title}”: ${errorMessage(err)}`);
    }
  }

  return (
    <section className="actions-view" aria-label="Actions">
      <header className="view-header">
        <div>
          <h2>Actions</h2>
          <p className="meta">
            <span>
              {open} open of {actions.length}
            </span>
            {overdue > 0 ? <span className="meta-alert">! {overdue} overdue</span> : null}
          </p>
        </div>
        <div className="view-header-buttons">
          <button
            type="button"
            className={overdueData > 0 ? 'due-button has-overdue' : 'due-button'}
            onClick={showDataDue}
          >
            Data due ({due.length})
          </button>
          <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'action' }, e.currentTarget)}>
            Add action…
          </button>
        </div>
      </header>

      <div className="actions-layout">
        <div className="actions-main">
          <div className="filter-bar actions-filters" role="group" aria-label="Filter actions">
            <div className="filter-field">
              <label htmlFor={`${id}-owner`}>Owner</label>
              <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
                <option value="">Everyone</option>
                {ownerOptions.map(([key, name]) => (
                  <option key={key} value={key}>
                    {name}
                  </option>
                ))}
                <option value={NOBODY}>No owner</option>
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor={`${id}-status`}>Status</label>
              <select
                id={`${id}-status`}
                value={status}
                onChange={(e) => setStatus(e.target.value as '' | ActionStatus)}
              >
                <option value="">Any</option>
                <option value="open">Open</option>
                <option value="done">Done</option>
                <option value="dropped">Dropped</option>
              </select>
            </div>
            <div className="filter-field">
              <label htmlFor={`${id}-due`}>Due</label>
              <select id={`${id}-due`} value={dueFilter} onChange={(e) => setDueFilter(e.target.value as DueFilter)}>
                <option value="all">Any time</option>
                <option value="overdue">Overdue</option>
                <option value="week">In the next 7 days</option>
                <option value="none">No due date</option>
              </select>
            </div>
            <p className="filter-count" role="status">
              {shown.length === actions.length ? `${shown.length} shown` : `${shown.length} of ${actions.length} shown`}
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
              <h3>No actions yet</h3>
              <p>An action is a promise with an owner and a date: agree them at a review, or add one here.</p>
            </div>
          ) : shown.length === 0 ? (
            <p className="empty-note">No action matches these filters.</p>
          ) : (
            <div className="table-wrap">
              <table className="action-table">
                <caption className="visually-hidden">Action items, overdue first</caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="visually-hidden">Edit</span>
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
                            {CONCERN_LABEL[a.concernType]}: {concernText(a)}
                            {review ? ` · from ${review.title}` : a.reviewId !== null ? ' · from a deleted review' : ''}
                          </span>
                        </th>
                        <td className="action-owner">{a.owner || '—'}</td>
                        <td className="action-due">
                          {a.dueDate ? formatDay(a.dueDate) : <span className="item-note">No date</span>}
                          {late ? (
                            <span className="flag flag-red">
                              <span aria-hidden="true">! </span>Overdue
                            </span>
                          ) : null}
                        </td>
                        <td>
                          <select
                            aria-label={`Status of ${a.title}`}
                            value={a.status}
                            onChange={(e) => void changeStatus(a, e.target.value as ActionStatus)}
                          >
                            {(['open', 'done', 'dropped'] as const).map((s) => (
                              <option key={s} value={s}>
                                {STATUS_LABEL[s]}
                              </option>
                            ))}
                          </select>
                          {a.closedOn ? <span className="item-note">on {formatDay(a.closedOn)}</span> : null}
                        </td>
                        <td className="row-actions">
                          <button
                            type="button"
                            className="small quiet"
                            aria-label={`Edit action ${a.title}`}
                            onClick={(e) => openDialog({ kind: 'action', action: a }, e.currentTarget)}
                          >
                            Edit
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
          <h3 id={`${id}-rates`}>Completion rate</h3>
          <p className="item-note">
            Actions done by their due date, of those due (dropped ones left out). EOS aims at 90 %.
          </p>
          {rates.overall.counted === 0 ? (
            <p className="empty-note">No action has reached its due date yet.</p>
          ) : (
            <>
              <p className="rate-overall">
                <span>All owners</span>
                <RateBar rate={rates.overall} label="All owners" />
              </p>
              <RateTable
                caption="By owner"
                head="Owner"
                rows={rates.byOwner.map((r) => ({ key: r.owner || NOBODY, name: r.owner || 'No owner', rate: r }))}
              />
              <RateTable
                caption="By quarter due"
                head="Quarter"
                rows={rates.byQuarter.map((r) => ({ key: r.quarter, name: periodLabel(r.quarter, fy), rate: r }))}
              />
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
