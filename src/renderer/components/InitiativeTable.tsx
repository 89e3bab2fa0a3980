/** Initiatives as a table: owner, status and schedule, % complete, budget against spent, the objectives they move. */
import { useTranslation } from 'react-i18next';
import type { Initiative, Objective } from '../../shared/domain';
import { formatNumber, formatPercent } from '../../shared/format';
import { budgetState, initiativeSchedule } from '../../shared/initiative-schedule';
import { useOverviewStore } from '../stores/overview-store';
import { useUiStore } from '../stores/ui-store';
import { INITIATIVE_STATUS_LABEL } from '../view-format';
import { OpenActions } from './OpenActions';

interface Props {
  initiatives: Initiative[];
  objectives: Objective[];
  today: string;
  period: string | null;
}

const SCHEDULE_FLAG = { overdue: '✕', behind: '!' } as const;

function Meter({ value, label, over }: { value: number; label: string; over?: boolean }) {
  return (
    <span className={`meter${over ? ' meter-over' : ''}`} aria-hidden="true" title={label}>
      <span className="meter-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
    </span>
  );
}

export function InitiativeTable({ initiatives, objectives, today, period }: Props) {
  const { t } = useTranslation('panels');
  const openDialog = useUiStore((s) => s.openDialog);
  const setView = useUiStore((s) => s.setView);
  const toggleObjective = useOverviewStore((s) => s.toggleObjective);
  const selectedObjective = useOverviewStore((s) => s.selectedObjectiveId);
  const titles = new Map(objectives.map((o) => [o.id, o.title]));

  function showObjective(id: number): void {
    if (selectedObjective !== id) toggleObjective(id);
    setView('overview');
    requestAnimationFrame(() => document.getElementById(`objective-panel-${id}`)?.scrollIntoView({ block: 'center' }));
  }

  return (
    <div className="table-wrap">
      <table className="initiative-table">
        <caption className="visually-hidden">{t('initiativeTable.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('initiativeTable.initiative')}</th>
            <th scope="col">{t('initiativeTable.owner')}</th>
            <th scope="col">{t('initiativeTable.status')}</th>
            <th scope="col" className="num">
              {t('initiativeTable.complete')}
            </th>
            <th scope="col" className="num">
              {t('initiativeTable.spentOfBudget')}
            </th>
            <th scope="col">{t('initiativeTable.objectives')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('initiativeTable.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {initiatives.map((i) => {
            const schedule = initiativeSchedule(i, today);
            const budget = budgetState(i.budget, i.spent);
            const flagged = schedule.state === 'overdue' || schedule.state === 'behind';
            return (
              <tr key={i.id} className={flagged ? 'initiative-flagged' : undefined}>
                <th scope="row" className="initiative-title">
                  <span>{i.title}</span>
                  {i.description ? <span className="item-note clamp">{i.description}</span> : null}
                  <OpenActions
                    which={{ concernType: 'initiative', concernId: i.id }}
                    label={t('initiativeTable.openActions', { title: i.title })}
                    compact
                  />
                </th>
                <td className="initiative-owner">{i.owner || '—'}</td>
                <td>
                  <span className="initiative-status">{INITIATIVE_STATUS_LABEL[i.status]}</span>
                  {flagged ? (
                    <span className="flag flag-red">
                      <span aria-hidden="true">{SCHEDULE_FLAG[schedule.state as 'overdue' | 'behind']} </span>
                      {schedule.text}
                    </span>
                  ) : schedule.state === 'not_started' || schedule.state === 'undated' ? (
                    <span className="item-note">{schedule.text}</span>
                  ) : null}
                </td>
                <td className="num">
                  {formatPercent(i.percentComplete)}
                  <Meter value={i.percentComplete} label={t('initiativeTable.completeMeter', { percent: formatPercent(i.percentComplete) })} />
                </td>
                <td className="num">
                  {i.budget === null && i.spent === null ? (
                    '—'
                  ) : (
                    <>
                      {t('initiativeTable.spentOf', { spent: formatNumber(i.spent), budget: formatNumber(i.budget) })}
                      {budget.usedPercent !== null ? (
                        <Meter
                          value={budget.usedPercent}
                          label={t('initiativeTable.budgetSpent', { percent: formatPercent(budget.usedPercent) })}
                          over={budget.overBy !== null}
                        />
                      ) : null}
                      {budget.overBy !== null ? (
                        <span className="flag flag-red">
                          <span aria-hidden="true">! </span>
                          {t('initiativeTable.overBudget', { amount: formatNumber(budget.overBy) })}
                        </span>
                      ) : null}
                    </>
                  )}
                </td>
                <td>
                  {i.objectiveIds.length === 0 ? (
                    <span className="item-note">{t('initiativeTable.noneLinked')}</span>
                  ) : (
                    <ul className="objective-links">
                      {i.objectiveIds.map((id) => (
                        <li key={id}>
                          <button
                            type="button"
                            className="link-button"
                            title={t('initiativeTable.showOnScorecard')}
                            onClick={() => showObjective(id)}
                          >
                            {titles.get(id) ?? t('initiativeTable.objectiveN', { id })}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="small quiet"
                    aria-label={t('initiativeTable.notesOn', { title: i.title })}
                    onClick={(e) =>
                      openDialog(
                        {
                          kind: 'notes',
                          entityType: 'initiative',
                          entityId: i.id,
                          title: i.title,
                          period: period ?? undefined,
                        },
                        e.currentTarget,
                      )
                    }
                  >
                    {t('initiativeTable.notes')}
                  </button>
                  <button
                    type="button"
                    className="small quiet"
                    aria-label={t('initiativeTable.editInitiative', { title: i.title })}
                    onClick={(e) => openDialog({ kind: 'initiative', initiative: i }, e.currentTarget)}
                  >
                    {t('initiativeTable.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
