/**
 * The dashboard's data for the scorecard and period of the shared header. Answers are kept for the current state of
 * the document, and the periods either side of the one shown are fetched while idle: stepping back or forward then
 * waits only for drawing.
 */
import { useEffect, useRef, useState } from 'react';
import type { DashboardData } from '../../../shared/dashboard';
import type { Measurement, ScorecardTree } from '../../../shared/domain';
import { nextPeriod, previousPeriod } from '../../../shared/periods';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

const MAX_CACHED = 12;

/** Answers fetched for one state of the document, by scorecard and period; replaced when the document changes. */
interface Cache {
  tree: ScorecardTree | null;
  measurements: readonly Measurement[];
  answers: Map<string, Promise<DashboardData>>;
}

function load(
  cache: { current: Cache },
  scorecardId: number,
  period: string,
  state: Omit<Cache, 'answers'>,
): Promise<DashboardData> {
  if (cache.current.tree !== state.tree || cache.current.measurements !== state.measurements) {
    cache.current = { ...state, answers: new Map() };
  }
  const { answers } = cache.current;
  const key = `${scorecardId}|${period}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = call('dashboard.data', { scorecardId, period });
    // A failed answer is not kept: the next visit asks again.
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
    if (answers.size > MAX_CACHED) answers.delete(answers.keys().next().value!);
  }
  return answer;
}

export function useDashboardData(): { data: DashboardData | null; error: string | null } {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const period = useDocumentStore((s) => s.period);
  // A new tree or measurements list means the document changed: what was fetched ahead is stale.
  const tree = useDocumentStore((s) => s.tree);
  const measurements = useDocumentStore((s) => s.measurements);
  const cache = useRef<Cache>({ tree: null, measurements: [], answers: new Map() });
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (scorecardId === undefined || !period) return;
    let live = true;
    const state = { tree, measurements };
    load(cache, scorecardId, period, state).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
        const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
        idle(() => {
          if (!live) return;
          for (const step of [previousPeriod, nextPeriod]) {
            try {
              void load(cache, scorecardId, step(period), state).catch(() => undefined);
            } catch {
              // Before year 0000 or after 9999 there is no neighbour to fetch.
            }
          }
        });
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [scorecardId, period, tree, measurements]);

  return { data, error };
}
