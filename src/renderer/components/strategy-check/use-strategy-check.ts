/**
 * The strategy check of the scorecard (analysis.strategyCheck), asked again whenever the document changes (its
 * revision), the basis or the period asked for. The last answer stays on screen while a new one is worked out, and
 * "slow" turns true only after a second, so a quick answer does not flash a loading message.
 */
import { useEffect, useState } from 'react';
import type { CheckBasis, StrategyCheck } from '../../../shared/analysis';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

const SLOW_MS = 1000;

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
  /** Asked more than a second ago and not answered yet. */
  slow: boolean;
}

export function useStrategyCheck(ask: CheckAsk): CheckState {
  const revision = useDocumentStore((s) => s.revision?.revision);
  const maxLag = useDocumentStore((s) => s.tree?.scorecard.checkMaxLag);
  const key = `${ask.scorecardId}|${ask.basis}|${ask.period ?? ''}|${maxLag ?? ''}|${revision ?? ''}`;
  const [answer, setAnswer] = useState<{ key: string; check: StrategyCheck | null; error: string | null } | null>(null);
  const [slowKey, setSlowKey] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => live && setSlowKey(key), SLOW_MS);
    const input = { scorecardId: ask.scorecardId, basis: ask.basis, ...(ask.period ? { period: ask.period } : {}) };
    call('analysis.strategyCheck', input)
      .then((check) => live && setAnswer({ key, check, error: null }))
      .catch((err: unknown) => live && setAnswer({ key, check: null, error: errorMessage(err) }))
      .finally(() => window.clearTimeout(timer));
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // The key holds everything the answer depends on: the scorecard, basis, period, lag setting and revision.
  }, [key]);

  const current = answer?.key === key;
  return {
    check: answer?.check ?? null,
    error: current ? (answer?.error ?? null) : null,
    current,
    slow: !current && slowKey === key,
  };
}
