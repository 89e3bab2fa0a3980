/**
 * The dashboard's data for the scorecard and period of the shared header. Answers are kept for the current state of
 * the document, and the periods either side of the one shown are fetched while idle: stepping back or forward then
 * waits only for drawing.
 */
import { useEffect, useState } from 'react';
import type { DashboardData } from '../../../shared/dashboard';
import { nextPeriod, previousPeriod } from '../../../shared/periods';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

/** Answers fetched for the current document state, by scorecard and period; replaced when the document changes. */
const MAX_CACHED = 12;
let cache: { version: unknown; answers: Map<string, Promise<DashboardData>> } = { version: null, answers: new Map() };

function load(scorecardId: number, period: string, version: unknown): Promise<DashboardData> {
  if (cache.version !== version) cache = { version, answers: new Map() };
  const key = `${scorecardId}|${period}`;
  let answer = cache.answers.get(key);
  if (!answer) {
    answer = call('dashboard.data', { scorecardId, period });
    // A failed answer is not kept: the next visit asks again.
    answer.catch(() => cache.answers.delete(key));
    cache.answers.set(key, answer);
    if (cache.answers.size > MAX_CACHED) cache.answers.delete(cache.answers.keys().next().value!);
  }
  return answer;
}

export function useDashboardData(): { data: DashboardData | null; error: string | null } {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const period = useDocumentStore((s) => s.period);
  // A new evaluation object means the document changed or the period did: fetch again.
  const evaluation = useDocumentStore((s) => s.evaluation);
  // A new measurements list means the document changed: what was fetched ahead is stale.
  const measurements = useDocumentStore((s) => s.measurements);
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (scorecardId === undefined || !period) return;
    let live = true;
    load(scorecardId, period, measurements).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
        const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
        idle(() => {
          if (!live) return;
          for (const step of [previousPeriod, nextPeriod]) {
            try {
              void load(scorecardId, step(period), measurements).catch(() => undefined);
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
  }, [scorecardId, period, evaluation, measurements]);

  return { data, error };
}
