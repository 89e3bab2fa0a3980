/** The previous period's evaluation beside the current one, for trend arrows: one evaluateMany call per change. */
import { useEffect, useState } from 'react';
import { call } from './api';
import type { Evaluation } from '../shared/evaluation';
import { previousPeriod } from '../shared/periods';
import { useDocumentStore } from './stores/document-store';

export interface TrendPair {
  previousPeriod: string;
  previous: Evaluation;
  current: Evaluation;
}

export function useTrend(): TrendPair | null {
  const tree = useDocumentStore((s) => s.tree);
  const measurements = useDocumentStore((s) => s.measurements);
  const period = useDocumentStore((s) => s.period);
  const [pair, setPair] = useState<TrendPair | null>(null);

  useEffect(() => {
    if (!tree || !period) return;
    let live = true;
    const before = previousPeriod(period);
    call('scorecard.evaluateMany', { scorecardId: tree.scorecard.id, periods: [before, period] })
      .then(([previous, current]) => {
        if (live && previous && current) setPair({ previousPeriod: before, previous, current });
      })
      // A missing arrow is no reason to interrupt anyone: the scores themselves still show.
      .catch(() => live && setPair(null));
    return () => {
      live = false;
    };
    // measurements: a new value changes the trend even when the tree object is reused.
  }, [tree, period, measurements]);

  return pair && pair.current.period === period && pair.current.scorecardId === tree?.scorecard.id ? pair : null;
}
