/**
 * The strategy check of the scorecard (analysis.strategyCheck), asked again whenever the document changes (its
 * revision), the basis or the period asked for. The last answer stays on screen while a new one is worked out.
 */
import type { CheckBasis, StrategyCheck } from '../../../shared/analysis';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useAnalysisQuery } from './analysis-query';

export interface CheckAsk {
  scorecardId: number;
  basis: CheckBasis;
  /** null: the latest period with data. */
  period: string | null;
}

export interface CheckState {
  check: StrategyCheck | null;
  error: string | null;
  /** The answer shown is for the question asked. */
  current: boolean;
  /** Asked a moment ago and not answered yet. */
  slow: boolean;
}

export function useStrategyCheck(ask: CheckAsk): CheckState {
  const revision = useDocumentStore((s) => s.revision?.revision);
  const maxLag = useDocumentStore((s) => s.tree?.scorecard.checkMaxLag);
  // Everything the answer depends on: the scorecard, basis, period, lag setting and revision.
  const key = `${ask.scorecardId}|${ask.basis}|${ask.period ?? ''}|${maxLag ?? ''}|${revision ?? ''}`;
  const { data, error, current, slow } = useAnalysisQuery(key, () =>
    call('analysis.strategyCheck', {
      scorecardId: ask.scorecardId,
      basis: ask.basis,
      ...(ask.period ? { period: ask.period } : {}),
    }),
  );
  return { check: data, error, current, slow };
}
