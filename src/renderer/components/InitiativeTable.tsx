/** Initiatives as a table: owner, status and schedule, % complete, budget against spent, the objectives they move. */
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
        <caption className="visually-hidden">Initiatives</caption>
        <thead>
          <tr>
            <th scope="col">Initiative</th>
            <th scope="col">Owner</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Complete
            </th>
            <th scope="col" className="num">
              Spent of budget
            </th>
            <th scope="col">Objectives</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
                    label={`Open actions: ${i.title}`}
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
                  <Meter value={i.percentComplete} label={`${formatPercent(i.percentComplete)} complete`} />
                </td>
                <td className="num">
                  {i.budget === null && i.spent === null ? (
                    '—'
                  ) : (
                    <>
                      {formatNumber(i.spent)} of {formatNumber(i.budget)}
                      {budget.usedPercent !== null ? (
                        <Meter
                          value={budget.usedPercent}
                          label={`${formatPercent(budget.usedPercent)} of the budget spent`}
                          over={budget.overBy !== null}
                        />
                      ) : null}
                      {budget.overBy !== null ? (
                        <span className="flag flag-red">
                          <span aria-hidden="true">! </span>Over budget by {formatNumber(budget.overBy)}
                        </span>
                      ) : null}
                    </>
                  )}
                </td>
                <td>
                  {i.objectiveIds.length === 0 ? (
                    <span className="item-note">None linked</span>
                  ) : (
                    <ul className="objective-links">
                      {i.objectiveIds.map((id) => (
                        <li key={id}>
                          <button
                            type="button"
                            className="link-button"
                            title="Show on the scorecard"
                            onClick={() => showObjective(id)}
                          >
                            {titles.get(id) ?? `Objective ${id}`}
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
                    aria-label={`Notes on ${i.title}`}
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
                    Notes
                  </button>
                  <button
                    type="button"
                    className="small quiet"
                    aria-label={`Edit initiative ${i.title}`}
                    onClick={(e) => openDialog({ kind: 'initiative', initiative: i }, e.currentTarget)}
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
  );
}
