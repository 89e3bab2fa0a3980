/**
 * The strategy check of the scorecard on screen, for the map's overlay ('analysis.strategyCheck': the history up to
 * the latest period with data, the scorecard's own lags). Read again whenever the document changes (every applied
 * write moves the revision, every full load bumps `loads`): a new link, a link's measure or a value all change it.
 */
import type { StrategyCheck } from '../../../shared/analysis';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useAnalysisQuery } from '../strategy-check/analysis-query';

export interface StrategyCheckState {
  /** The answer for this scorecard (the previous one while a new one is read); null before the first. */
  check: StrategyCheck | null;
  loading: boolean;
  error: string | null;
}

export function useStrategyCheck(enabled: boolean): StrategyCheckState {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const loads = useDocumentStore((s) => s.loads);
  const key = enabled && scorecardId !== undefined ? `${scorecardId}|${revision}|${loads}` : null;
  const { data, error, current } = useAnalysisQuery(key, () =>
    call('analysis.strategyCheck', { scorecardId: scorecardId! }),
  );
  // Verdicts of another scorecard's links are never drawn, not even while the new answer loads.
  const same = data && data.scorecardId === scorecardId ? data : null;
  return { check: key === null ? null : same, loading: key !== null && !current, error };
}
