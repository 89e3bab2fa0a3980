/** One objective on the OKR board: its OKR score, status and formula, and its key results (all, or one owner's). */
import { useTranslation } from 'react-i18next';
import type { OkrBoardItem, OkrBoardObjective } from '../../../shared/contract-cascade';
import { formatDay } from '../../../shared/initiative-schedule';
import { confidenceText, keyResultProgressText, okrScoreText } from '../../../shared/okr-view';
import { useUiStore } from '../../stores/ui-store';
import { StatusBadge } from '../StatusBadge';
import { lastCheckIn, ScoreBar } from './ObjectiveKeyResults';

interface Props {
  entry: OkrBoardObjective;
  /** The key results to list (an owner's, on the board by owner); all of the objective's otherwise. */
  items: OkrBoardItem[];
  /** Key results of the scorecard shown can be checked in on here; others from their own scorecard. */
  canCheckIn: boolean;
  /** Name the team (scorecard) when the board spans several and is grouped by owner. */
  showTeam: boolean;
}

export function OkrBoardCard({ entry, items, canCheckIn, showTeam }: Props) {
  const { t } = useTranslation('plans');
  const openDialog = useUiStore((s) => s.openDialog);
  const { objective, okr } = entry;
  const headingId = `okr-objective-${objective.id}-${items[0]?.keyResult.id ?? 0}`;
  return (
    <li className="okr-objective">
      <article aria-labelledby={headingId}>
        <div className="okr-objective-head">
          <h3 id={headingId}>{objective.title}</h3>
          <span className="okr-score-large" title={okr.formula.text}>
            <span className="visually-hidden">{t('okr.scoreLabel')} </span>
            {okrScoreText(okr.score)}
          </span>
          <StatusBadge status={okr.status} explanation={okr.formula.text} />
        </div>
        <p className="meta">
          {objective.owner ? t('okr.ownerGroup', { name: objective.owner }) : t('okr.noOwner')}
          {showTeam ? ` · ${entry.scorecardName}` : ''} ·{' '}
          {okr.kind === 'committed' ? t('okr.committed') : t('okr.aspirational')}
        </p>
        <p className="formula-text">{okr.formula.text}</p>
        <ul className="okr-krs" aria-label={t('okr.keyResultsOf', { title: objective.title })}>
          {items.map(({ keyResult: kr, score, checkIns }) => {
            const last = lastCheckIn(checkIns);
            return (
              <li key={kr.id} className="okr-kr">
                <span className="okr-kr-text">
                  <span>{kr.title}</span>
                  <span className="item-note">
                    {keyResultProgressText(kr, score)} ·{' '}
                    {t('okr.confidenceInline', { confidence: confidenceText(score.confidence) })} ·{' '}
                    {last ? t('okr.checkedIn', { date: formatDay(last) }) : t('okr.noCheckInYet')}
                    {kr.owner && kr.owner !== objective.owner ? ` · ${kr.owner}` : ''}
                  </span>
                </span>
                <ScoreBar score={score} />
                {canCheckIn ? (
                  <button
                    type="button"
                    className="small"
                    aria-label={t('okr.checkInOn', { title: kr.title })}
                    onClick={(e) => openDialog({ kind: 'checkIn', keyResultId: kr.id }, e.currentTarget)}
                  >
                    {t('okr.checkIn')}
                  </button>
                ) : (
                  <span className="item-note" title={t('okr.otherScorecardHint')}>
                    {t('okr.otherScorecard')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </article>
    </li>
  );
}
