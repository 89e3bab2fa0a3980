/**
 * One analysis read, for the Strategy check's panels and the map's overlay: asked again when its key changes (the key
 * holds the scorecard, the period, the document's revision and the inputs; null asks nothing), a later answer never
 * overwritten by an earlier one, the last answer kept while a new one is read, and "working" said only after a
 * moment so a quick answer does not flash a message.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api';

export interface Query<T> {
  data: T | null;
  error: string | null;
  /** The answer shown is for the key asked (false while a newer one is on its way). */
  current: boolean;
  /** Asked more than a moment ago and not answered yet. */
  slow: boolean;
}

const SLOW_MS = 600;

export function useAnalysisQuery<T>(key: string | null, ask: () => Promise<T>): Query<T> {
  const [answer, setAnswer] = useState<{ key: string; data: T | null; error: string | null } | null>(null);
  const [slowKey, setSlowKey] = useState<string | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = setTimeout(() => live && setSlowKey(key), SLOW_MS);
    ask()
      .then((data) => live && setAnswer({ key, data, error: null }))
      .catch((err: unknown) => live && setAnswer({ key, data: null, error: errorMessage(err) }))
      .finally(() => clearTimeout(timer));
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The key says everything the answer depends on; `ask` is a new closure on each render.
  }, [key]);
  const current = answer !== null && answer.key === key;
  return {
    data: answer?.data ?? null,
    error: current ? answer.error : null,
    current,
    slow: !current && slowKey === key,
  };
}
