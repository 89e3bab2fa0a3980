/** The "Enter data" view: the entry grid of the open scorecard for the chosen period's columns. */
import { useMemo, useRef } from 'react';
import type { ScorecardTree } from '../../../shared/domain';
import { useDocumentStore } from '../../stores/document-store';
import { EntryGrid } from './EntryGrid';

/**
 * The same tree object for as long as its content is the same: the document store reloads it after every edit,
 * and the grid's rows, layout and evaluations key on it.
 */
function useStableTree(tree: ScorecardTree | null): ScorecardTree | null {
  const last = useRef<{ tree: ScorecardTree | null; json: string }>({ tree: null, json: '' });
  return useMemo(() => {
    const json = JSON.stringify(tree);
    if (json !== last.current.json) last.current = { tree, json };
    return last.current.tree;
  }, [tree]);
}

export function GridView() {
  const tree = useStableTree(useDocumentStore((s) => s.tree));
  const period = useDocumentStore((s) => s.period);
  const measurements = useDocumentStore((s) => s.measurements);
  if (!tree || !period) return null;
  return (
    <section className="grid-view" aria-label="Enter data">
      <EntryGrid key={tree.scorecard.id} tree={tree} period={period} measurements={measurements} />
    </section>
  );
}
