/**
 * Closed periods as the page shows them: which closed period the shown period lies in (a month of a closed quarter
 * is locked with it), and the structure a view lists for the shown period (the snapshot's, for a closed one).
 */
import { useMemo } from 'react';
import { closedPeriodOf, treeFor } from '../shared/closed-periods';
import type { ScorecardTree } from '../shared/domain';
import { useDocumentStore } from './stores/document-store';

/** The closed period that locks `period` (itself, or the quarter or year it lies in), if any. */
export function useClosedPeriodOf(period: string | null): string | undefined {
  const closed = useDocumentStore((s) => s.closed);
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  return period === null ? undefined : closedPeriodOf(period, closed.keys(), fy);
}

/** The tree the views list for the shown period: a KPI deleted after Q3 closed still shows in Q3. */
export function useShownTree(): ScorecardTree | null {
  const tree = useDocumentStore((s) => s.tree);
  const closed = useDocumentStore((s) => s.closed);
  const period = useDocumentStore((s) => s.period);
  return useMemo(() => (tree && period ? treeFor(tree, closed, period) : tree), [tree, closed, period]);
}

/**
 * The tree to name things by across several periods (the dashboard's trend reads closed and open ones): the shown
 * period's structure first, then the live one, then every closed period's snapshot, so a KPI deleted after a period
 * closed still has its name where that period's scores list it.
 */
export function useNamingTree(): ScorecardTree | null {
  const shown = useShownTree();
  const tree = useDocumentStore((s) => s.tree);
  const closed = useDocumentStore((s) => s.closed);
  return useMemo(() => {
    if (!shown || !tree || closed.size === 0) return shown;
    const merge = <T extends { id: number }>(
      pick: (t: Pick<ScorecardTree, 'kpis' | 'objectives' | 'perspectives'>) => readonly T[],
    ) => {
      const out = new Map<number, T>();
      for (const source of [shown, tree, ...closed.values()])
        for (const x of pick(source)) if (!out.has(x.id)) out.set(x.id, x);
      return [...out.values()];
    };
    return {
      ...shown,
      perspectives: merge((t) => t.perspectives),
      objectives: merge((t) => t.objectives),
      kpis: merge((t) => t.kpis),
    };
  }, [shown, tree, closed]);
}
