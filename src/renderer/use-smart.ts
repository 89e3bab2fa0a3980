/**
 * The SMART check of the shown scorecard (src/shared/smart.ts), one report for every view that shows hints.
 * It is computed from the document store's tree, measurements, period and scores, once per change however many
 * components ask, and a KPI is checked again only when its own cells changed (the check's cache). The report follows
 * the document with React's deferred value: an edit repaints its cell first, and the advice catches up just after.
 */
import { useDeferredValue, useMemo } from 'react';
import type { ScorecardTree, Status } from '../shared/domain';
import type { Evaluation } from '../shared/evaluation';
import { localIsoDate } from '../shared/initiative-schedule';
import type { MeasurementIndex } from '../shared/scoring';
import { checkSmart, newSmartCache, type SmartReport } from '../shared/smart';
import { useDocumentStore } from './stores/document-store';

interface Inputs {
  tree: ScorecardTree;
  index: MeasurementIndex;
  period: string;
  evaluation: Evaluation | null;
}

const cache = newSmartCache();
let last: { inputs: Inputs; today: string; report: SmartReport } | null = null;

function reportFor(inputs: Inputs): SmartReport {
  const today = localIsoDate(new Date());
  // Each component has its own inputs object: the same four values are the same report.
  const held = last?.inputs;
  if (
    last &&
    held?.tree === inputs.tree &&
    held.index === inputs.index &&
    held.period === inputs.period &&
    held.evaluation === inputs.evaluation &&
    last.today === today
  )
    return last.report;
  const { tree, index, period, evaluation } = inputs;
  // The scores shown are the period's own (a closed period's from its snapshot); a past due date is judged by them.
  const objectiveStatus =
    evaluation && evaluation.period === period
      ? new Map<number, Status>(evaluation.objectives.map((o) => [o.objectiveId, o.status]))
      : undefined;
  const report = checkSmart(tree, index, period, today, { cache, objectiveStatus });
  last = { inputs, today, report };
  return report;
}

/** The report of the shown scorecard and period; null while none is shown, or on the first render. */
export function useSmartReport(): SmartReport | null {
  const tree = useDocumentStore((s) => s.tree);
  const index = useDocumentStore((s) => s.index);
  const period = useDocumentStore((s) => s.period);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const inputs = useMemo(
    () => (tree && period ? { tree, index, period, evaluation } : null),
    [tree, index, period, evaluation],
  );
  // null first: the overview paints before the advice, which is computed in the render that follows.
  const deferred = useDeferredValue(inputs, null);
  return deferred ? reportFor(deferred) : null;
}
