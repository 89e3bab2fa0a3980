/**
 * Cause and effect (docs/strategy-check.md): every link of the strategy map tested against the history — the lag
 * with the strongest relation, Spearman and Pearson, the paired periods, a permutation p-value corrected for the
 * lags tested, and a verdict in words that never claims causation — with the chosen link's charts.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PAIRS, type CheckBasis } from '../../../shared/analysis';
import type { Scorecard } from '../../../shared/domain';
import { containingPeriod, periodKind, periodLabel } from '../../../shared/periods';
import { useDocumentStore } from '../../stores/document-store';
import { useUiStore } from '../../stores/ui-store';
import { CheckControls } from './CheckControls';
import { LinkDetail } from './LinkDetail';
import { LinkTable } from './LinkTable';
import { useStrategyCheck } from './use-strategy-check';
import '../../styles/strategy-check.css';

/** The period shown elsewhere in the app, at the scorecard's granularity; null when it is coarser (a year). */
function shownAtGranularity(period: string | null, scorecard: Scorecard): string | null {
  if (!period) return null;
  const kind = periodKind(period);
  if (kind === scorecard.granularity) return period;
  if (kind === 'month') return containingPeriod(period, scorecard.granularity, scorecard.fiscalYearStartMonth);
  return null;
}

export function CauseEffectPanel({ scorecardId }: { scorecardId: number }) {
  const { t } = useTranslation('map');
  const tree = useDocumentStore((s) => s.tree);
  const shown = useDocumentStore((s) => s.period);
  const [basis, setBasis] = useState<CheckBasis>('changes');
  const [period, setPeriod] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const { check, error, current, slow } = useStrategyCheck({ scorecardId, basis, period });
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  const labels = useMemo(() => check?.periods.map((p) => periodLabel(p, fy)) ?? [], [check, fy]);
  if (!tree) return null;
  const scorecard = tree.scorecard;
  const periodWord = scorecard.granularity;

  if (tree.links.length === 0) {
    return (
      <div className="check-empty">
        <h2>{t('check.noLinksTitle')}</h2>
        <p>{t('check.noLinksText')}</p>
        <button type="button" className="primary" onClick={() => useUiStore.getState().setView('map')}>
          {t('check.openMap')}
        </button>
      </div>
    );
  }

  const hasHistory =
    check !== null &&
    check.periods.length >= 2 &&
    check.links.some((l) => l.causeValues.some((v) => v !== null) || l.effectValues.some((v) => v !== null));
  const chosen = check?.links.find((l) => l.linkId === selected) ?? check?.links[0] ?? null;

  return (
    <div className="cause-effect" aria-busy={!current}>
      <CheckControls
        scorecard={scorecard}
        basis={basis}
        onBasis={setBasis}
        period={period}
        onPeriod={setPeriod}
        shownPeriod={shownAtGranularity(shown, scorecard)}
      />
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="meta check-progress" role="status">
        {slow ? t('check.testing') : ''}
      </p>
      {check === null ? null : !hasHistory ? (
        <div className="check-empty">
          <h2>{t('check.noHistoryTitle')}</h2>
          <p>{t(`check.noHistoryText.${periodWord}`, { count: MIN_PAIRS })}</p>
        </div>
      ) : (
        <>
          <p className="check-method">{check.method}</p>
          <p className="meta">
            {t(check.basis === 'changes' ? 'check.meta.changes' : 'check.meta.levels', {
              from: labels[0],
              to: labels[labels.length - 1],
              periods: t(`periodCount.${periodWord}`, { count: check.periods.length }),
              maxLag: check.maxLag,
            })}
          </p>
          <LinkTable
            links={check.links}
            selected={chosen?.linkId ?? null}
            onSelect={setSelected}
            periodWord={periodWord}
          />
          {chosen ? (
            <LinkDetail link={chosen} labels={labels} basis={check.basis} kpis={tree.kpis} periodWord={periodWord} />
          ) : null}
        </>
      )}
    </div>
  );
}
