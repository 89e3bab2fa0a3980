/** Everything about one KPI: definition, owner, polarity, baseline, target and thresholds, this period's formula,
 * its history, and the notes written about it over time. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import type { Kpi } from '../../shared/domain';
import type { KpiScore } from '../../shared/evaluation';
import { EMPTY_VALUE, formatNumber, formatPercent, formatValue } from '../../shared/format';
import { formatDay } from '../../shared/initiative-schedule';
import { buildNotesTimeline } from '../../shared/notes-timeline';
import { periodLabel } from '../../shared/periods';
import { call, errorMessage } from '../api';
import { libraryEntryOf } from '../library-entry';
import { useDocumentStore } from '../stores/document-store';
import { useScorecardNotes } from '../stores/scorecard-notes-store';
import { useUiStore } from '../stores/ui-store';
import { lazyPart } from '../lazy-part';
import { frequencyLabel, targetText } from '../view-format';
import { AggregationHint } from './AggregationHint';
import { historyPeriods } from './kpi-history-periods';
import { KpiHistoryPlaceholder } from './KpiHistoryPlaceholder';
import { Modal } from './Modal';
import { OpenActions } from './OpenActions';
import { StatusBadge } from './StatusBadge';
import { AuditHistory } from '../team/AuditHistory';
import { useTeamAccess } from '../team/access';
import { isTeamMode } from '../team/transport';
import '../styles/kpi-detail.css';

/** The history chart brings ECharts: it loads when a KPI dialog first shows it (or earlier, while the window is idle). */
export const HistoryChart = lazyPart(
  () => import('./KpiHistoryChart').then((m) => m.KpiHistoryChart),
  () => <KpiHistoryPlaceholder />,
);

function polarityText(kpi: Kpi): string {
  if (kpi.polarity === 'increase') return t('panels:kpi.higherBetter');
  if (kpi.polarity === 'decrease') return t('panels:kpi.lowerBetter');
  const band = targetText(kpi, null);
  return kpi.tolerance !== null && kpi.tolerance > 0
    ? t('panels:kpiDetail.rangeTolerance', { band, tolerance: formatValue(kpi.tolerance, kpi.unit) })
    : t('panels:kpiDetail.rangeStrict', { band });
}

function thresholdsText(score: KpiScore | undefined, kpi: Kpi): string {
  if (!score) return EMPTY_VALUE;
  const values = { green: formatPercent(score.greenThreshold), amber: formatPercent(score.amberThreshold) };
  return kpi.greenThreshold !== null || kpi.amberThreshold !== null
    ? t('panels:kpiDetail.thresholdsOwn', values)
    : t('panels:kpiDetail.thresholdsScorecard', values);
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "Save to my library": the KPI's definition into the user's own library, confirmed quietly beside the button. */
function SaveToLibrary({ kpi, perspective }: { kpi: Kpi; perspective: { name: string; position: number } | undefined }) {
  const { t } = useTranslation('panels');
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function save(): Promise<void> {
    setBusy(true);
    try {
      const saved = await call('library.save', libraryEntryOf(kpi, perspective));
      setState({ ok: true, text: t('kpiDetail.savedToLibrary', { name: saved.name }) });
    } catch (err) {
      setState({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="quiet" disabled={busy} onClick={() => void save()}>
        {t('kpiDetail.saveToLibrary')}
      </button>
      <span className={state?.ok === false ? 'save-library-status error' : 'save-library-status'} role="status">
        {state?.text ?? ''}
      </span>
    </>
  );
}

export function KpiDetailDialog({ kpiId, onClose }: { kpiId: number; onClose(): void }) {
  const { t } = useTranslation('panels');
  const tree = useDocumentStore((s) => s.tree);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const measurements = useDocumentStore((s) => s.measurements);
  const period = useDocumentStore((s) => s.period);
  const viewKind = useDocumentStore((s) => s.viewKind);
  const openDialog = useUiStore((s) => s.openDialog);
  const { notes } = useScorecardNotes();
  const access = useTeamAccess();
  const kpi = tree?.kpis.find((k) => k.id === kpiId);
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  const periods = useMemo(
    () => (kpi && period ? historyPeriods(kpi, measurements, period, viewKind, fy) : []),
    [kpi, measurements, period, viewKind, fy],
  );
  const timeline = useMemo(
    () =>
      tree
        ? buildNotesTimeline(
            notes.filter((n) => n.entityType === 'kpi' && n.entityId === kpiId),
            tree,
          )
        : [],
    [tree, notes, kpiId],
  );

  if (!tree || !kpi || !period) {
    return (
      <Modal title={t('kpiDetail.fallbackTitle')} onClose={onClose} size="small">
        <div className="dialog-body">
          <p>{t('kpiDetail.gone')}</p>
        </div>
      </Modal>
    );
  }
  const score = evaluation?.kpis.find((k) => k.kpiId === kpi.id);
  const objective = tree.objectives.find((o) => o.id === kpi.objectiveId);
  const periodName = periodLabel(period, fy);
  const overridden = score && score.target !== null && kpi.target !== null && score.target !== kpi.target;

  return (
    <Modal
      title={kpi.name}
      subtitle={objective ? t('kpiDetail.subtitle', { objective: objective.title }) : undefined}
      onClose={onClose}
      size="large"
    >
      <div className="dialog-body kpi-detail">
        {kpi.description ? <p className="kpi-definition">{kpi.description}</p> : null}
        <dl className="kpi-facts">
          <Fact term={t('kpi.owner')}>{kpi.owner || t('kpiDetail.nobodyYet')}</Fact>
          <Fact term={t('kpi.dataSource')}>{kpi.dataSource || t('kpiDetail.notRecorded')}</Fact>
          <Fact term={t('kpiDetail.direction')}>{polarityText(kpi)}</Fact>
          <Fact term={t('kpi.measured')}>
            {t(kpi.unit ? 'kpi.measuredValueIn' : 'kpi.measuredValue', {
              frequency: frequencyLabel(kpi.frequency),
              aggregation: t(`kpi.aggregation.${kpi.aggregation}`),
              unit: kpi.unit,
            })}
          </Fact>
          <Fact term={t('kpiDetail.baseline')}>
            {kpi.baseline === null ? t('kpiDetail.none') : formatValue(kpi.baseline, kpi.unit)}
          </Fact>
          <Fact term={t('kpiDetail.targetFor', { period: periodName })}>
            {targetText(kpi, score?.target ?? kpi.target)}
            {overridden ? ` ${t('kpiDetail.usually', { value: formatValue(kpi.target, kpi.unit) })}` : ''}
          </Fact>
          <Fact term={t('kpiDetail.thresholds')}>{thresholdsText(score, kpi)}</Fact>
          <Fact term={t('kpiDetail.weight')}>
            {formatNumber(kpi.weight)}
            {kpi.isKey ? ` · ★ ${t('kpi.keyKpi')}` : ''}
          </Fact>
        </dl>
        <AggregationHint kpi={kpi} />

        <section className="kpi-section" aria-labelledby="kpi-formula-heading">
          <h3 id="kpi-formula-heading">{t('kpiDetail.scoreFor', { period: periodName })}</h3>
          <div className="kpi-score-line">
            <StatusBadge status={score?.status ?? 'none'} />
            <span className="kpi-score-value">
              {t('kpiDetail.actual', { value: formatValue(score?.actual ?? null, kpi.unit) })}
            </span>
            {score && score.expected > 1 ? (
              <span className="reported">
                {t('kpiDetail.subPeriods', { reported: score.reported, expected: score.expected })}
              </span>
            ) : null}
          </div>
          <p className="formula kpi-formula">{score?.formula.text ?? t('kpi.notEvaluated')}</p>
        </section>

        <section className="kpi-section" aria-labelledby="kpi-actions-heading">
          <h3 id="kpi-actions-heading">{t('kpiDetail.openActions')}</h3>
          <OpenActions
            which={{ concernType: 'kpi', concernId: kpi.id }}
            label={t('kpiDetail.openActionsOf', { name: kpi.name })}
            empty={t('kpiDetail.noOpenActions')}
          />
        </section>

        <section className="kpi-section" aria-labelledby="kpi-history-heading">
          <h3 id="kpi-history-heading">{t('kpiDetail.history')}</h3>
          <HistoryChart.Component kpi={kpi} scorecardId={tree.scorecard.id} fy={fy} periods={periods} />
        </section>

        <section className="kpi-section" aria-labelledby="kpi-notes-heading">
          <div className="kpi-section-head">
            <h3 id="kpi-notes-heading">{t('kpiDetail.notesOverTime')}</h3>
            <button
              hidden={access.enter(kpi.owner) !== null}
              type="button"
              className="small"
              onClick={(e) =>
                openDialog(
                  { kind: 'notes', entityType: 'kpi', entityId: kpi.id, title: kpi.name, period },
                  e.currentTarget,
                )
              }
            >
              {t('kpi.addNote')}
            </button>
          </div>
          {timeline.length === 0 ? (
            <p className="empty-note">{t('kpiDetail.noNotes')}</p>
          ) : (
            <ol className="kpi-notes">
              {timeline.map((e) => (
                <li key={e.key}>
                  <p className="note-meta">
                    {e.period ? <span className="chip">{periodLabel(e.period, fy)}</span> : null}
                    <span>{e.author || t('kpiDetail.unknownAuthor')}</span>
                    <time dateTime={e.date}>{formatDay(e.date)}</time>
                  </p>
                  <p className="note-body">{e.body}</p>
                </li>
              ))}
            </ol>
          )}
        </section>

        <AuditHistory entityType="kpi" id={kpi.id} headingId="kpi-audit-heading" />
      </div>
      <div className="dialog-footer">
        {access.edit ? null : (
          <button
            type="button"
            className="quiet"
            onClick={(e) => openDialog({ kind: 'kpi', kpi, objectiveId: kpi.objectiveId }, e.currentTarget)}
          >
            {t('kpiDetail.editKpi')}
          </button>
        )}
        {/* The library is a file on this computer: a team server's page has none. */}
        {isTeamMode() ? null : (
          <SaveToLibrary kpi={kpi} perspective={tree.perspectives.find((p) => p.id === objective?.perspectiveId)} />
        )}
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('kpiDetail.close')}
        </button>
      </div>
    </Modal>
  );
}
