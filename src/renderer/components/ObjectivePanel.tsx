/** The selected objective opened out: its KPIs with entry and "Why?", the initiatives that move it, its notes. */
import type { Frequency, Kpi, Objective, Scorecard, Theme } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { formatPercent } from '../../shared/format';
import { formatDay, initiativeSchedule, localIsoDate } from '../../shared/initiative-schedule';
import { periodLabel } from '../../shared/periods';
import { PanelKeyResults } from './okr/ObjectiveKeyResults';
import { useDocumentStore } from '../stores/document-store';
import { useScorecardNotes } from '../stores/scorecard-notes-store';
import { useUiStore } from '../stores/ui-store';
import { INITIATIVE_STATUS_LABEL } from '../view-format';
import { KpiRow } from './KpiRow';
import { OpenActions } from './OpenActions';
import { ObjectiveAlignment } from './cascade/ObjectiveAlignment';
import { AuditHistory } from '../team/AuditHistory';
import { useTeamAccess } from '../team/access';

interface Props {
  objective: Objective;
  /** Every KPI of the objective, and the ones the filters leave. */
  allKpis: Kpi[];
  kpis: Kpi[];
  theme: Theme | undefined;
  scorecard: Scorecard;
  evaluation: Evaluation | null;
  period: string;
  viewKind: Frequency;
  onClose(): void;
}

const RECENT_NOTES = 3;

export function ObjectivePanel(p: Props) {
  const { objective, scorecard } = p;
  const openDialog = useUiStore((s) => s.openDialog);
  const access = useTeamAccess();
  const initiatives = useDocumentStore((s) => s.tree?.initiatives ?? []).filter((i) =>
    i.objectiveIds.includes(objective.id),
  );
  const { notes } = useScorecardNotes();
  const objectiveNotes = notes
    .filter((n) => n.entityType === 'objective' && n.entityId === objective.id)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
  const fy = scorecard.fiscalYearStartMonth;
  const today = localIsoDate(new Date());
  const hidden = p.allKpis.length - p.kpis.length;
  const openNotes = (e: React.MouseEvent<HTMLButtonElement>) =>
    openDialog(
      { kind: 'notes', entityType: 'objective', entityId: objective.id, title: objective.title, period: p.period },
      e.currentTarget,
    );

  return (
    <section
      className="objective-panel"
      id={`objective-panel-${objective.id}`}
      aria-label={`${objective.title}: KPIs, initiatives and notes`}
    >
      <header className="objective-panel-head">
        <div className="objective-panel-title">
          <p className="panel-kicker">Selected objective</p>
          <p className="panel-name">{objective.title}</p>
          <p className="meta">
            {objective.owner ? <span>Owner: {objective.owner}</span> : null}
            {p.theme ? <span>Theme: {p.theme.name}</span> : null}
            {objective.startDate ? <span>From {formatDay(objective.startDate)}</span> : null}
            {objective.dueDate ? <span>Due {formatDay(objective.dueDate)}</span> : null}
            {objective.weight !== 1 ? <span>Weight {objective.weight}</span> : null}
          </p>
          {objective.description ? <p className="description">{objective.description}</p> : null}
        </div>
        <div className="card-actions">
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={`Add KPI to ${objective.title}`}
            onClick={(e) => openDialog({ kind: 'kpi', objectiveId: objective.id }, e.currentTarget)}
          >
            + KPI
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={`Cascade ${objective.title}…`}
            title="Add objectives in a department or team scorecard that support this one"
            onClick={(e) => openDialog({ kind: 'cascade', objectiveId: objective.id }, e.currentTarget)}
          >
            Cascade…
          </button>
          <button type="button" className="small quiet" aria-label={`Notes on ${objective.title}`} onClick={openNotes}>
            Notes
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={`Edit objective ${objective.title}`}
            onClick={(e) =>
              openDialog({ kind: 'objective', objective, perspectiveId: objective.perspectiveId }, e.currentTarget)
            }
          >
            Edit
          </button>
          <button type="button" className="small" aria-label={`Close ${objective.title}`} onClick={p.onClose}>
            Close
          </button>
        </div>
      </header>
      <ObjectiveAlignment objective={objective} period={p.period} />

      <h4 className="panel-section-title">KPIs</h4>
      {p.kpis.length === 0 ? (
        <p className="empty-note">
          {p.allKpis.length === 0 ? 'No KPIs yet. Add one to measure this objective.' : 'No key KPIs here.'}
        </p>
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
              {p.kpis.map((kpi) => (
                <KpiRow
                  key={kpi.id}
                  kpi={kpi}
                  score={p.evaluation?.kpis.find((k) => k.kpiId === kpi.id)}
                  scorecard={scorecard}
                  period={p.period}
                  viewKind={p.viewKind}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && p.kpis.length > 0 ? (
        <p className="empty-note">
          {hidden} more {hidden === 1 ? 'KPI is' : 'KPIs are'} hidden by “Key KPIs only”.
        </p>
      ) : null}

      <PanelKeyResults objective={objective} />

      <h4 className="panel-section-title">Open actions</h4>
      <OpenActions
        which={{ concernType: 'objective', concernId: objective.id }}
        label={`Open actions: ${objective.title}`}
        empty="No open action about this objective."
      />

      <div className="panel-columns">
        <div>
          <h4 className="panel-section-title">Initiatives</h4>
          {initiatives.length === 0 ? (
            <p className="empty-note">No initiative moves this objective yet.</p>
          ) : (
            <ul className="panel-items">
              {initiatives.map((i) => {
                const schedule = initiativeSchedule(i, today);
                const flagged = schedule.state === 'overdue' || schedule.state === 'behind';
                return (
                  <li key={i.id}>
                    <span className="item-text">
                      {i.title}
                      <span className="item-note">
                        {INITIATIVE_STATUS_LABEL[i.status]} · {formatPercent(i.percentComplete)} complete
                        {i.owner ? ` · ${i.owner}` : ''}
                      </span>
                      {flagged ? (
                        <span className="flag flag-red">
                          <span aria-hidden="true">! </span>
                          {schedule.text}
                        </span>
                      ) : null}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div>
          <h4 className="panel-section-title">Notes{objectiveNotes.length > 0 ? ` (${objectiveNotes.length})` : ''}</h4>
          {objectiveNotes.length === 0 ? (
            <p className="empty-note">No notes on this objective.</p>
          ) : (
            <ul className="panel-items">
              {objectiveNotes.slice(0, RECENT_NOTES).map((n) => (
                <li key={n.id}>
                  <span className="item-text">
                    <span className="item-note">
                      {formatDay(n.createdAt.slice(0, 10))}
                      {n.author ? ` · ${n.author}` : ''}
                      {n.period ? ` · about ${periodLabel(n.period, fy)}` : ''}
                    </span>
                    <span className="note-text">{n.body}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="small quiet" onClick={openNotes}>
            {objectiveNotes.length > RECENT_NOTES ? `All ${objectiveNotes.length} notes…` : 'Add or edit notes…'}
          </button>
        </div>
      </div>
      <AuditHistory entityType="objective" id={objective.id} headingId={`objective-audit-${objective.id}`} inPanel />
    </section>
  );
}
