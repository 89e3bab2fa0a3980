/** One KPI in its objective's table, with its value entry and its "Why?" explanation below it. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Frequency, Kpi, Measurement, Scorecard } from '../../shared/domain';
import type { KpiScore } from '../../shared/evaluation';
import { formatPercent, formatValue } from '../../shared/format';
import { compareKinds, containingPeriod, periodLabel, subPeriods } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import { frequencyLabel, kindNoun, targetText } from '../view-format';
import { summedByMistake } from '../../shared/aggregation';
import { AggregationHint } from './AggregationHint';
import { StatusBadge } from './StatusBadge';
import { SmartMarker } from './smart/SmartMarker';
import { useSmartReport } from '../use-smart';
import { ValueEntry } from './ValueEntry';
import { useTeamAccess } from '../team/access';
import { useClosedPeriodOf } from '../closed-view';
import { lockedReason } from './grid/grid-model';

const COLUMNS = 7;

interface Props {
  kpi: Kpi;
  score: KpiScore | undefined;
  scorecard: Scorecard;
  period: string;
  viewKind: Frequency;
}

export function KpiRow({ kpi, score, scorecard, period, viewKind }: Props) {
  const { t } = useTranslation('panels');
  const openDialog = useUiStore((s) => s.openDialog);
  // This KPI's cells only: the index shares a KPI's map until one of its cells changes, so other edits skip this row.
  const cells = useDocumentStore((s) => s.index.get(kpi.id));
  const smart = useSmartReport()?.kpis.get(kpi.id);
  const [entering, setEntering] = useState(false);
  const lockedBy = useClosedPeriodOf(period);
  const access = useTeamAccess();
  const denied = access.enter(kpi.owner);
  const [why, setWhy] = useState(false);
  const [askNote, setAskNote] = useState(false);
  const enterButton = useRef<HTMLButtonElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  const fy = scorecard.fiscalYearStartMonth;
  const whyId = `kpi-why-${kpi.id}`;
  // Values are entered at the KPI's own frequency: the months of a quarter, or the quarter a month lies in.
  const entryPeriods =
    compareKinds(kpi.frequency, viewKind) > 0
      ? [containingPeriod(period, kpi.frequency, fy)]
      : subPeriods(period, kpi.frequency, fy);
  const measurements: Measurement[] = entryPeriods.flatMap((p) => {
    const m = cells?.get(p);
    return m ? [m] : [];
  });
  const status = score?.status ?? 'none';
  const explanation = score?.formula.text ?? t('kpi.notEvaluated');

  function finishEntry(saved: boolean): void {
    setEntering(false);
    let red = false;
    if (saved && scorecard.requireNoteOnRed) {
      const after = useDocumentStore.getState().evaluation?.kpis.find((k) => k.kpiId === kpi.id);
      red = after?.status === 'red';
    }
    setAskNote(red);
    // After a value turns the KPI red, the next useful thing is the note; the prompt's text describes the button.
    requestAnimationFrame(() => (red ? noteButton.current : enterButton.current)?.focus());
  }

  function openNotes(): void {
    setAskNote(false);
    openDialog({ kind: 'notes', entityType: 'kpi', entityId: kpi.id, title: kpi.name, period }, enterButton.current);
  }

  return (
    <>
      <tr className={`kpi-row kpi-${status}`}>
        <th scope="row" className="kpi-name">
          {kpi.isKey ? (
            <span className="key-star" role="img" aria-label={t('kpi.keyKpi')} title={t('kpi.keyKpi')}>
              ★
            </span>
          ) : null}
          <button
            type="button"
            className="link-button"
            title={t('kpiRow.detailTitle')}
            onClick={(e) => openDialog({ kind: 'kpiDetail', kpiId: kpi.id }, e.currentTarget)}
          >
            {kpi.name}
          </button>
          {kpi.frequency !== viewKind ? <span className="kpi-frequency">{frequencyLabel(kpi.frequency)}</span> : null}
        </th>
        <td className="kpi-unit">{kpi.unit}</td>
        <td className="num">
          {formatValue(score?.actual ?? null, kpi.unit)}
          {score && score.expected > 1 ? (
            <span className="sub-count">
              {t('kpiRow.subCount', {
                reported: score.reported,
                expected: score.expected,
                periods: kindNoun(kpi.frequency, score.expected),
              })}
            </span>
          ) : null}
        </td>
        <td className="num">{targetText(kpi, score?.target ?? kpi.target)}</td>
        <td className="num">{formatPercent(score?.progress ?? null)}</td>
        <td>
          <StatusBadge status={status} explanation={explanation} />
        </td>
        <td className="row-actions">
          {/* Beside the row's actions, not in its header: a screen reader names every cell of the row by its header. */}
          <SmartMarker item={smart} />
          <button
            type="button"
            ref={enterButton}
            className="small"
            aria-expanded={entering}
            aria-label={t('kpiRow.enterValueFor', { name: kpi.name })}
            // A closed period's values are locked, and in team mode a KPI may be someone else's: the button stays
            // where it is and says why instead.
            disabled={lockedBy !== undefined || denied !== null}
            title={lockedBy === undefined ? (denied ?? undefined) : lockedReason(lockedBy, fy)}
            onClick={() => setEntering((v) => !v)}
          >
            {t('kpiRow.enterValue')}
          </button>
          <button
            type="button"
            className="small quiet"
            aria-expanded={why}
            aria-controls={whyId}
            aria-label={t('kpiRow.whyFor', { name: kpi.name })}
            title={explanation}
            onClick={() => setWhy((v) => !v)}
          >
            {t('kpiRow.why')}
          </button>
          {access.edit ? null : (
            <button
              type="button"
              className="small quiet"
              aria-label={t('kpiRow.editKpi', { name: kpi.name })}
              onClick={(e) => openDialog({ kind: 'kpi', kpi, objectiveId: kpi.objectiveId }, e.currentTarget)}
            >
              {t('kpiRow.edit')}
            </button>
          )}
        </td>
      </tr>
      {summedByMistake(kpi) ? (
        <tr className="kpi-detail kpi-hint">
          <td colSpan={COLUMNS}>
            <AggregationHint kpi={kpi} compact />
          </td>
        </tr>
      ) : null}
      {entering && lockedBy === undefined && denied === null ? (
        <tr className="kpi-detail">
          <td colSpan={COLUMNS}>
            <ValueEntry
              kpi={kpi}
              periods={entryPeriods}
              fyStart={fy}
              measurements={measurements}
              onDone={finishEntry}
            />
          </td>
        </tr>
      ) : null}
      {askNote ? (
        <tr className="kpi-detail">
          <td colSpan={COLUMNS}>
            <div className="note-prompt">
              <span id={`${whyId}-red`}>
                {t('kpiRow.offTrack', { name: kpi.name, period: periodLabel(period, fy) })}
              </span>
              <button
                type="button"
                ref={noteButton}
                className="small"
                aria-describedby={`${whyId}-red`}
                onClick={openNotes}
              >
                {t('kpi.addNote')}
              </button>
              <button type="button" className="small quiet" onClick={() => setAskNote(false)}>
                {t('kpiRow.notNow')}
              </button>
            </div>
          </td>
        </tr>
      ) : null}
      {why ? (
        <tr className="kpi-detail" id={whyId}>
          <td colSpan={COLUMNS} className="why">
            <p className="formula">{explanation}</p>
            <dl className="facts">
              {score ? (
                <div>
                  <dt>{t('kpiRow.reported')}</dt>
                  <dd>
                    {t('kpiRow.subCount', {
                      reported: score.reported,
                      expected: score.expected,
                      periods: kindNoun(kpi.frequency, score.expected),
                    })}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('kpi.measured')}</dt>
                <dd>
                  {t('kpi.measuredValue', {
                    frequency: frequencyLabel(kpi.frequency),
                    aggregation: t(`kpi.aggregation.${kpi.aggregation}`),
                  })}
                </dd>
              </div>
              {kpi.owner ? (
                <div>
                  <dt>{t('kpi.owner')}</dt>
                  <dd>{kpi.owner}</dd>
                </div>
              ) : null}
              {kpi.dataSource ? (
                <div>
                  <dt>{t('kpi.dataSource')}</dt>
                  <dd>{kpi.dataSource}</dd>
                </div>
              ) : null}
            </dl>
            {kpi.description ? <p className="description">{kpi.description}</p> : null}
            <button type="button" className="small quiet" onClick={openNotes}>
              {t('kpiRow.notesOn', { name: kpi.name })}
            </button>
          </td>
        </tr>
      ) : null}
    </>
  );
}
