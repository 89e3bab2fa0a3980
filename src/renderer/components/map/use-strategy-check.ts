/**
 * The strategy check of the scorecard on screen, for the map's overlay ('analysis.strategyCheck': the history up to
 * the latest period with data, the scorecard's own lags). Read again whenever the document changes (every applied
 * write moves the revision, every full load bumps `loads`): a new link, a link's measure or a value all change it.
 */
import { useEffect, useState } from 'react';
import type { StrategyCheck } from '../../../shared/analysis';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

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
  const [answer, setAnswer] = useState<{ key: string; check: StrategyCheck | null; error: string | null } | null>(null);

  useEffect(() => {
    if (key === null || scorecardId === undefined) return;
    let live = true;
    call('analysis.strategyCheck', { scorecardId })
      .then((check) => live && setAnswer({ key, check, error: null }))
      .catch((err: unknown) => live && setAnswer({ key, check: null, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // The key holds the scorecard and the document's revision: nothing else changes the answer.
  }, [key]);

  // Verdicts of another scorecard's links are never drawn, not even while the new answer loads.
  const same = answer?.check && answer.check.scorecardId === scorecardId ? answer.check : null;
  return {
    check: key === null ? null : same,
    loading: key !== null && answer?.key !== key,
    error: answer?.key === key ? answer.error : null,
  };
}
