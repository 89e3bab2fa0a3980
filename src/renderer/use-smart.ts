/**
 * The SMART check of the shown scorecard (src/shared/smart.ts), one report for every view that shows hints.
 * It is computed from the document store's tree, measurements, period and scores once per change, however many
 * components ask, and a KPI is checked again only when its own cells changed (the check's cache). It is advice, so
 * it waits for an idle moment: an edit repaints its cell first and the hints catch up just after, and the first
 * check of a large scorecard (a forecast per KPI) runs after the first paint, not before it.
 */
import { create } from 'zustand';
import type { ScorecardTree, Status } from '../shared/domain';
import type { Evaluation } from '../shared/evaluation';
import { localIsoDate } from '../shared/initiative-schedule';
import type { MeasurementIndex } from '../shared/scoring';
import { i18n } from '../shared/i18n';
import { checkSmart, newSmartCache, type SmartReport } from '../shared/smart';
import { useDocumentStore } from './stores/document-store';

interface Inputs {
  tree: ScorecardTree | null;
  index: MeasurementIndex;
  period: string | null;
  evaluation: Evaluation | null;
}

const useSmartStore = create<{ report: SmartReport | null }>()(() => ({ report: null }));
const cache = newSmartCache();

function check({ tree, index, period, evaluation }: Inputs): SmartReport | null {
  if (!tree || !period) return null;
  // The scores shown are the period's own (a closed period's from its snapshot); a past due date is judged by them.
  const objectiveStatus =
    evaluation && evaluation.period === period
      ? new Map<number, Status>(evaluation.objectives.map((o) => [o.objectiveId, o.status]))
      : undefined;
  return checkSmart(tree, index, period, localIsoDate(new Date()), { cache, objectiveStatus });
}

/** Long enough after a change for its frame to be painted, short enough to feel immediate when the hints update. */
const SETTLE_MS = 150;

/**
 * A moment after the change, then when the window is idle: an idle callback alone can fall in the gap before the
 * very frame that shows the edit, and delay it by the length of the check.
 */
const later = (run: () => void): void => {
  setTimeout(() => {
    // A busy window still gets its hints within half a second of the change: a hint left from before an edit or an
    // undo (an Achievable hint about values no longer there) must not linger.
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 300 });
    else run();
  }, SETTLE_MS);
};

let scheduled = false;
let started = false;

/** Follows the document store from the first component that asks; later changes are checked when idle. */
function start(): void {
  if (started) return;
  started = true;
  const pick = (s: Inputs): Inputs => ({ tree: s.tree, index: s.index, period: s.period, evaluation: s.evaluation });
  let held = pick(useDocumentStore.getState());
  const run = () => {
    scheduled = false;
    useSmartStore.setState({ report: check(held) });
  };
  useDocumentStore.subscribe((s) => {
    const next = pick(s);
    if (
      next.tree === held.tree &&
      next.index === held.index &&
      next.period === held.period &&
      next.evaluation === held.evaluation
    )
      return;
    // Another scorecard (or none): clear at once, so no hint is shown beside an item it is not about.
    if (next.tree?.scorecard.id !== held.tree?.scorecard.id) useSmartStore.setState({ report: null });
    held = next;
    if (!scheduled) {
      scheduled = true;
      later(run);
    }
  });
  // The hints are words: a language chosen now shows them in it without waiting for the next edit.
  i18n.on('languageChanged', () => {
    if (!scheduled) {
      scheduled = true;
      later(run);
    }
  });
  scheduled = true;
  later(run);
}

/** The report of the shown scorecard and period; null until the first check has run. */
export function useSmartReport(): SmartReport | null {
  start();
  return useSmartStore((s) => s.report);
}
