/** An objective with its rollup and the table of its KPIs. */
import type { Frequency, Kpi, Objective, Scorecard, Theme } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { formatPercent } from '../../shared/format';
import { useUiStore } from '../stores/ui-store';
import { reportedText } from '../view-format';
import { KpiRow } from './KpiRow';
import { StatusBadge } from './StatusBadge';

interface Props {
  objective: Objective;
  kpis: Kpi[];
  theme: Theme | undefined;
  scorecard: Scorecard;
  evaluation: Evaluation | null;
  period: string;
  viewKind: Frequency;
}

export function ObjectiveCard({ objective, kpis, theme, scorecard, evaluation, period, viewKind }: Props) {
  const openDialog = useUiStore((s) => s.openDialog);
  const score = evaluation?.objectives.find((o) => o.objectiveId === objective.id);
  const headingId = `objective-${objective.id}`;
  const total = score?.total ?? kpis.length;
  return (
    <article className="objective" aria-labelledby={headingId}>
      <header className="objective-header">
        <div className="objective-title">
          <h3 id={headingId}>{objective.title}</h3>
          <p className="meta">
            {objective.owner ? <span>Owner: {objective.owner}</span> : null}
            {theme ? (
              <span className="theme-chip">
                <span className="theme-dot" style={{ background: theme.colour }} aria-hidden="true" />
                {theme.name}
              </span>
            ) : null}
            {objective.dueDate ? <span>Due {objective.dueDate}</span> : null}
          </p>
        </div>
        <div className="objective-score">
          <StatusBadge status={score?.status ?? 'none'} explanation={score?.formula.text} />
          <span className="score" title={score?.formula.text}>
            <span className="visually-hidden">Score </span>
            {formatPercent(score?.score ?? null)}
          </span>
          <span className="reported">{reportedText(score?.reported ?? 0, total, total === 1 ? 'KPI' : 'KPIs')}</span>
        </div>
        <div className="card-actions">
          <button
            type="button"
            className="small quiet"
            aria-label={`Add KPI to ${objective.title}`}
            onClick={(e) => openDialog({ kind: 'kpi', objectiveId: objective.id }, e.currentTarget)}
          >
            + KPI
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={`Notes on ${objective.title}`}
            onClick={(e) =>
              openDialog(
                { kind: 'notes', entityType: 'objective', entityId: objective.id, title: objective.title, period },
                e.currentTarget,
              )
            }
          >
            Notes
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={`Edit objective ${objective.title}`}
            onClick={(e) =>
              openDialog({ kind: 'objective', objective, perspectiveId: objective.perspectiveId }, e.currentTarget)
            }
          >
            Edit
          </button>
        </div>
      </header>
      {kpis.length === 0 ? (
        <p className="empty-note">No KPIs yet. Add one to measure this objective.</p>
      ) : (
        <div className="table-wrap">
          <table className="kpi-table">
            <caption className="visually-hidden">KPIs of {objective.title}</caption>
            <colgroup>
              <col />
              <col className="col-unit kpi-unit" />
              <col className="col-value" />
              <col className="col-value" />
              <col className="col-progress" />
              <col className="col-status" />
              <col className="col-actions" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">KPI</th>
                <th scope="col" className="kpi-unit">
                  Unit
                </th>
                <th scope="col" className="num">
                  Actual
                </th>
                <th scope="col" className="num">
                  Target
                </th>
                <th scope="col" className="num">
                  Progress
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {kpis.map((kpi) => (
                <KpiRow
                  key={kpi.id}
                  kpi={kpi}
                  score={evaluation?.kpis.find((k) => k.kpiId === kpi.id)}
                  scorecard={scorecard}
                  period={period}
                  viewKind={viewKind}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
