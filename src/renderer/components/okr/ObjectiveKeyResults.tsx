/**
 * An objective's key results for the period shown: in brief on its overview card (only when it has some), and in
 * full in its panel with the OKR score and formula, each key result's score bar, confidence, last check-in and a
 * "Check in" button.
 */
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../shared/domain';
import type { KeyResultScore, OkrScore } from '../../../shared/evaluation';
import { formatDay } from '../../../shared/initiative-schedule';
import type { CheckIn, KeyResult } from '../../../shared/okr';
import { keyResultsOfPeriod } from '../../../shared/okr-scoring';
import { periodLabel } from '../../../shared/periods';
import { confidenceText, keyResultProgressText, okrScoreText } from '../../../shared/okr-view';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { STATUS_TEXT, StatusBadge } from '../StatusBadge';
import '../../styles/okr.css';

export interface ObjectiveOkr {
  keyResults: KeyResult[];
  /** The objective's key results of other cycles than the period shown: counted, so none seems lost. */
  elsewhere: string[];
  scores: Map<number, KeyResultScore>;
  checkIns: Map<number, CheckIn[]>;
  okr: OkrScore | undefined;
}

/** The objective's key results scored in the period shown, with their scores and check-ins. */
export function useObjectiveOkr(objectiveId: number): ObjectiveOkr {
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const own = (tree?.keyResults ?? []).filter((k) => k.objectiveId === objectiveId);
  const keyResults =
    tree && period
      ? keyResultsOfPeriod(own, period, tree.scorecard.fiscalYearStartMonth).sort((a, b) => a.position - b.position)
      : [];
  const ids = new Set(keyResults.map((k) => k.id));
  const checkIns = new Map<number, CheckIn[]>();
  for (const c of tree?.checkIns ?? [])
    if (ids.has(c.keyResultId)) checkIns.set(c.keyResultId, [...(checkIns.get(c.keyResultId) ?? []), c]);
  const elsewhere = [...new Set(own.filter((k) => !ids.has(k.id)).map((k) => k.cycle))].sort();
  return {
    keyResults,
    elsewhere,
    scores: new Map(
      (evaluation?.keyResults ?? []).filter((s) => ids.has(s.keyResultId)).map((s) => [s.keyResultId, s]),
    ),
    checkIns,
    okr: evaluation?.okrs.find((o) => o.objectiveId === objectiveId),
  };
}

export function lastCheckIn(checkIns: readonly CheckIn[] | undefined): string | null {
  return (checkIns ?? []).reduce<string | null>(
    (latest, c) => (latest === null || c.date > latest ? c.date : latest),
    null,
  );
}

/** A 0.0–1.0 score as a bar with its number; the bar's colour is the status, its text says it too. */
export function ScoreBar({ score, compact }: { score: KeyResultScore | undefined; compact?: boolean }) {
  const { t } = useTranslation('plans');
  const status = score?.status ?? 'none';
  const width = Math.round(Math.max(0, Math.min(1, score?.score ?? 0)) * 100);
  return (
    <span className="kr-score" title={score?.formula.text}>
      {compact ? null : (
        <span className="kr-bar" aria-hidden="true">
          <span className={`kr-bar-fill status-fill-${status}`} style={{ width: `${width}%` }} />
        </span>
      )}
      <span className={`kr-score-number status-${status}-text`}>
        <span aria-hidden="true">{STATUS_TEXT[status].icon} </span>
        <span className="visually-hidden">{t('okr.score')} </span>
        {okrScoreText(score?.score)}
        <span className="visually-hidden">, {STATUS_TEXT[status].label}</span>
      </span>
    </span>
  );
}

function CheckInButton({ keyResult, label }: { keyResult: KeyResult; label?: string }) {
  const { t } = useTranslation('plans');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <button
      type="button"
      className="small"
      aria-label={t('okr.checkInOn', { title: keyResult.title })}
      onClick={(e) => openDialog({ kind: 'checkIn', keyResultId: keyResult.id }, e.currentTarget)}
    >
      {label ?? t('okr.checkIn')}
    </button>
  );
}

/**
 * On the card the name leaves the objective's title out (the card names it): a button whose name contains the title
 * would be a second match for the card's own title button.
 */
function AddKeyResultButton({
  objective,
  className,
  onCard,
}: {
  objective: Objective;
  className: string;
  onCard?: boolean;
}) {
  const { t } = useTranslation('plans');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <button
      type="button"
      className={className}
      aria-label={onCard ? t('keyResult.addTitle') : t('keyResult.addTo', { title: objective.title })}
      onClick={(e) => openDialog({ kind: 'keyResult', objectiveId: objective.id }, e.currentTarget)}
    >
      {t('keyResult.addButton')}
    </button>
  );
}

/** On the overview card: one line per key result, or just a quiet way to add the first. */
export function CardKeyResults({ objective }: { objective: Objective }) {
  const { t } = useTranslation('plans');
  const { keyResults, scores, okr } = useObjectiveOkr(objective.id);
  if (keyResults.length === 0) {
    return (
      <div className="card-okr-empty">
        <AddKeyResultButton objective={objective} className="link-button small" onCard />
      </div>
    );
  }
  return (
    <div className="card-okr">
      <p className="card-okr-head" title={okr?.formula.text}>
        <span>{t('okr.short')}</span>
        <span className={`card-okr-score status-${okr?.status ?? 'none'}-text`}>
          <span className="visually-hidden">{t('okr.scoreLabel')} </span>
          {okrScoreText(okr?.score)}
        </span>
      </p>
      <ul className="card-krs" aria-label={t('okr.keyResultsOf', { title: objective.title })}>
        {keyResults.map((kr) => {
          const s = scores.get(kr.id);
          return (
            <li key={kr.id} className="card-kr">
              <span className="card-kr-title">{kr.title}</span>
              <ScoreBar score={s} compact />
              <CheckInButton keyResult={kr} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** In the objective's panel: the OKR score with its formula and every key result in full. */
export function PanelKeyResults({ objective }: { objective: Objective }) {
  const { t } = useTranslation('plans');
  const { keyResults, elsewhere, scores, checkIns, okr } = useObjectiveOkr(objective.id);
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <section className="panel-okr" aria-label={t('okr.keyResultsOf', { title: objective.title })}>
      <div className="panel-okr-head">
        <h4 className="panel-section-title">{t('okr.keyResults')}</h4>
        {okr ? (
          <>
            <span className="okr-score-large">
              <span className="visually-hidden">{t('okr.scoreLabel')} </span>
              {okrScoreText(okr.score)}
            </span>
            <StatusBadge status={okr.status} explanation={okr.formula.text} />
          </>
        ) : null}
        <span className="spacer" />
        <AddKeyResultButton objective={objective} className="small quiet" />
      </div>
      {okr ? <p className="formula-text">{okr.formula.text}</p> : null}
      {keyResults.length === 0 ? (
        <p className="empty-note">{t('okr.panelEmpty')}</p>
      ) : (
        <ul className="panel-krs">
          {keyResults.map((kr) => {
            const s = scores.get(kr.id);
            const last = lastCheckIn(checkIns.get(kr.id));
            return (
              <li key={kr.id} className="panel-kr">
                <div className="panel-kr-main">
                  <button
                    type="button"
                    className="link-button kr-title"
                    aria-label={t('keyResult.editNamed', { title: kr.title })}
                    onClick={(e) =>
                      openDialog({ kind: 'keyResult', objectiveId: objective.id, keyResult: kr }, e.currentTarget)
                    }
                  >
                    {kr.title}
                  </button>
                  <span className="item-note">
                    {keyResultProgressText(kr, s)} ·{' '}
                    {t('okr.confidenceInline', { confidence: confidenceText(s?.confidence) })} ·{' '}
                    {last ? t('okr.lastCheckIn', { date: formatDay(last) }) : t('okr.noCheckInYet')}
                    {kr.owner ? ` · ${kr.owner}` : ''}
                  </span>
                  {s ? <span className="formula-text small">{s.formula.text}</span> : null}
                </div>
                <ScoreBar score={s} />
                <CheckInButton keyResult={kr} />
              </li>
            );
          })}
        </ul>
      )}
      {elsewhere.length > 0 ? (
        <p className="empty-note">
          {t('okr.elsewhere', { cycles: elsewhere.map((c) => periodLabel(c, fy)).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}
