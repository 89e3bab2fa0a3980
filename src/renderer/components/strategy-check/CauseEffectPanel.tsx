/**
 * Cause and effect (docs/strategy-check.md): every link of the strategy map tested against the history — the lag
 * with the strongest relation, Spearman and Pearson, the paired periods, a permutation p-value corrected for the
 * lags tested, and a verdict in words that never claims causation — with the chosen link's charts.
 */
import { useMemo, useState } from 'react';
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
        <h2>No cause-and-effect links yet</h2>
        <p>Draw cause-and-effect links on the strategy map first: each link is a hypothesis this check tests.</p>
        <button type="button" className="primary" onClick={() => useUiStore.getState().setView('map')}>
          Open the strategy map
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
        {slow ? 'Testing the links against the history…' : ''}
      </p>
      {check === null ? null : !hasHistory ? (
        <div className="check-empty">
          <h2>No history to test yet</h2>
          <p>
            Enter values for the objectives’ KPIs over several {periodWord}s: a link needs {MIN_PAIRS} paired{' '}
            {periodWord}s of changes before the check gives a verdict.
          </p>
        </div>
      ) : (
        <>
          <p className="check-method">{check.method}</p>
          <p className="meta">
            {labels[0]} – {labels[labels.length - 1]}: {check.periods.length} {periodWord}s, lags 0–{check.maxLag}{' '}
            tested, on the {check.basis === 'changes' ? 'period-to-period changes' : 'levels'}.
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
