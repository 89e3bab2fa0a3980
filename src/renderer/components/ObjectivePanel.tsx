/** The selected objective opened out: its KPIs with entry and "Why?", the initiatives that move it, its notes. */
import { useTranslation } from 'react-i18next';
import type { Frequency, Kpi, Objective, Scorecard, Theme } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { formatNumber, formatPercent } from '../../shared/format';
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
  const { t } = useTranslation(['app', 'common']);
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
      aria-label={t('panel.label', { title: objective.title })}
    >
      <header className="objective-panel-head">
        <div className="objective-panel-title">
          <p className="panel-kicker">{t('panel.kicker')}</p>
          <p className="panel-name">{objective.title}</p>
          <p className="meta">
            {objective.owner ? <span>{t('card.owner', { owner: objective.owner })}</span> : null}
            {p.theme ? <span>{t('panel.theme', { theme: p.theme.name })}</span> : null}
            {objective.startDate ? <span>{t('panel.from', { date: formatDay(objective.startDate) })}</span> : null}
            {objective.dueDate ? <span>{t('panel.due', { date: formatDay(objective.dueDate) })}</span> : null}
            {objective.weight !== 1 ? (
              <span>{t('section.weight', { weight: formatNumber(objective.weight, { maxDecimals: 6 }) })}</span>
            ) : null}
          </p>
          {objective.description ? <p className="description">{objective.description}</p> : null}
        </div>
        <div className="card-actions">
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={t('panel.addKpiTo', { title: objective.title })}
            onClick={(e) => openDialog({ kind: 'kpi', objectiveId: objective.id }, e.currentTarget)}
          >
            {t('panel.addKpi')}
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={t('panel.cascadeNamed', { title: objective.title })}
            title={t('panel.cascadeHint')}
            onClick={(e) => openDialog({ kind: 'cascade', objectiveId: objective.id }, e.currentTarget)}
          >
            {t('panel.cascade')}
          </button>
          <button
            type="button"
            className="small quiet"
            aria-label={t('notesOn', { name: objective.title })}
            onClick={openNotes}
          >
            {t('common:notes')}
          </button>
          <button
            type="button"
            className="small quiet"
            hidden={access.edit !== null}
            aria-label={t('panel.editObjective', { title: objective.title })}
            onClick={(e) =>
              openDialog({ kind: 'objective', objective, perspectiveId: objective.perspectiveId }, e.currentTarget)
            }
          >
            {t('common:edit')}
          </button>
          <button
            type="button"
            className="small"
            aria-label={t('panel.closeNamed', { title: objective.title })}
            onClick={p.onClose}
          >
            {t('common:close')}
          </button>
        </div>
      </header>
      <ObjectiveAlignment objective={objective} period={p.period} />

      <h4 className="panel-section-title">{t('panel.kpis')}</h4>
      {p.kpis.length === 0 ? (
        <p className="empty-note">{p.allKpis.length === 0 ? t('panel.noKpis') : t('panel.noKeyKpis')}</p>
      ) : (
        <div className="table-wrap">
          <table className="kpi-table">
            <caption className="visually-hidden">{t('card.kpisOf', { title: objective.title })}</caption>
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
                <th scope="col">{t('panel.columns.kpi')}</th>
                <th scope="col" className="kpi-unit">
                  {t('panel.columns.unit')}
                </th>
                <th scope="col" className="num">
                  {t('panel.columns.actual')}
                </th>
                <th scope="col" className="num">
                  {t('panel.columns.target')}
                </th>
                <th scope="col" className="num">
                  {t('panel.columns.progress')}
                </th>
                <th scope="col">{t('panel.columns.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('panel.columns.actions')}</span>
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
        <p className="empty-note">{t('panel.hiddenByKeyOnly', { count: hidden })}</p>
      ) : null}

      <PanelKeyResults objective={objective} />

      <h4 className="panel-section-title">{t('openActions.heading')}</h4>
      <OpenActions
        which={{ concernType: 'objective', concernId: objective.id }}
        label={t('openActions.of', { name: objective.title })}
        empty={t('panel.noOpenActions')}
      />

      <div className="panel-columns">
        <div>
          <h4 className="panel-section-title">{t('panel.initiatives')}</h4>
          {initiatives.length === 0 ? (
            <p className="empty-note">{t('panel.noInitiatives')}</p>
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
                        {t('panel.initiativeProgress', {
                          status: INITIATIVE_STATUS_LABEL[i.status],
                          percent: formatPercent(i.percentComplete),
                        })}
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
          <h4 className="panel-section-title">
            {objectiveNotes.length > 0 ? t('panel.notesCount', { n: objectiveNotes.length }) : t('common:notes')}
          </h4>
          {objectiveNotes.length === 0 ? (
            <p className="empty-note">{t('panel.noNotes')}</p>
          ) : (
            <ul className="panel-items">
              {objectiveNotes.slice(0, RECENT_NOTES).map((n) => (
                <li key={n.id}>
                  <span className="item-text">
                    <span className="item-note">
                      {formatDay(n.createdAt.slice(0, 10))}
                      {n.author ? ` · ${n.author}` : ''}
                      {n.period ? ` · ${t('about', { period: periodLabel(n.period, fy) })}` : ''}
                    </span>
                    <span className="note-text">{n.body}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="small quiet" onClick={openNotes}>
            {objectiveNotes.length > RECENT_NOTES
              ? t('panel.allNotes', { n: objectiveNotes.length })
              : t('panel.addOrEditNotes')}
          </button>
        </div>
      </div>
      <AuditHistory entityType="objective" id={objective.id} headingId={`objective-audit-${objective.id}`} inPanel />
    </section>
  );
}
