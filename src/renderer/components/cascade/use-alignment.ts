/**
 * The alignment tree of the scorecard and period on screen, read from the core ('cascade.alignment': it scores the
 * scorecards below, which the page does not hold). Read again when the scorecard, the period or the document changes
 * (every applied write moves the revision; every full load bumps `loads`).
 */
import { useEffect, useState } from 'react';
import type { AlignmentTree } from '../../../shared/cascade';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

export interface AlignmentState {
  /** The tree of the current request; the previous one while a new one is read, null before the first. */
  tree: AlignmentTree | null;
  /** True while the answer for the current scorecard, period and revision is awaited. */
  loading: boolean;
  error: string | null;
}

export function useAlignment(enabled = true): AlignmentState {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const period = useDocumentStore((s) => s.period);
  const revision = useDocumentStore((s) => s.revision?.revision);
  const loads = useDocumentStore((s) => s.loads);
  const key = enabled && scorecardId !== undefined && period ? `${scorecardId}|${period}|${revision}|${loads}` : null;
  const [answer, setAnswer] = useState<{ key: string; tree: AlignmentTree | null; error: string | null } | null>(null);

  useEffect(() => {
    if (key === null || scorecardId === undefined || !period) return;
    let live = true;
    call('cascade.alignment', { scorecardId, period })
      .then((tree) => live && setAnswer({ key, tree, error: null }))
      .catch((err: unknown) => live && setAnswer({ key, tree: null, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // The key holds the scorecard, the period and the document's revision: nothing else changes the answer.
  }, [key]);

  // A tree of another scorecard is never shown, not even while the new one loads.
  const same = answer?.tree && answer.tree.scorecardId === scorecardId ? answer.tree : null;
  return {
    tree: same,
    loading: key !== null && answer?.key !== key,
    error: answer?.key === key ? answer.error : null,
  };
}
