/**
 * The entry grid's figures: the status of every KPI in every visible period, evaluated here by the engine the core
 * runs (src/shared/scoring.ts) from the document store's tree and measurements; values just typed and not saved yet;
 * and the save, through the document store's one write path.
 *
 * A value typed in is shown at once with the status it will have: the grid scores its KPI with the value laid over
 * the measurements held, in the same frame as the keypress, while the save goes to the disk. The save's answer lists
 * the cells it changed and the store applies them (or, refused, the cell goes back and says why). The grid then scores
 * again only those cells' KPIs, in the visible periods that read them (periodsNeeded), keeps every other score, and
 * hands unchanged rows the same objects, so one edit repaints one row.
 */
import { useMemo, useRef } from 'react';
import { create } from 'zustand';
import type { ScorecardTree } from '../../../shared/domain';
import type { KpiScore } from '../../../shared/evaluation';
import type { MeasurementKey } from '../../../shared/changes';
import { closedPeriodOf, inputFor, type ClosedSnapshots } from '../../../shared/closed-periods';
import { periodsNeeded, scoreKpisOf, type MeasurementIndex } from '../../../shared/scoring';
import { useDocumentStore } from '../../stores/document-store';
import type { SaveItem } from './grid-edit';
import { cellKey, splitCellKey, type CellLookup } from './grid-model';

interface PendingState {
  /** Typed values on their way to the document, by cell key: shown greyed until the answer comes. */
  pending: ReadonlyMap<string, number | null>;
}

export const useGridPending = create<PendingState>()(() => ({ pending: new Map() }));

/** Saves cells in one measurement.setMany call (one undo step, all or nothing); resolves once the store applied it. */
export async function saveCells(items: SaveItem[]): Promise<void> {
  const keys = items.map((i) => cellKey(i.kpiId, i.period));
  const pending = new Map(useGridPending.getState().pending);
  for (const i of items) pending.set(cellKey(i.kpiId, i.period), i.actual);
  useGridPending.setState({ pending });
  try {
    await useDocumentStore.getState().run('measurement.setMany', { items });
  } finally {
    const left = new Map(useGridPending.getState().pending);
    for (const k of keys) left.delete(k);
    useGridPending.setState({ pending: left });
  }
}

/** The score of one cell as the document store holds it now (after a save's answer was applied). */
export function heldScore(kpiId: number, period: string): KpiScore | undefined {
  const { tree, index } = useDocumentStore.getState();
  if (!tree) return undefined;
  const kpi = tree.kpis.find((k) => k.id === kpiId);
  return kpi ? scoreKpisOf(tree.scorecard, index, [kpi], period)[0] : undefined;
}

/**
 * Scores of `kpis` in `period`: a closed period's from its snapshot (the KPI as it was then; a KPI added since has
 * none), any other period's from the live structure and the measurements given.
 */
function scoreColumn(
  tree: ScorecardTree,
  index: MeasurementIndex,
  closed: ClosedSnapshots,
  kpis: ScorecardTree['kpis'],
  period: string,
): KpiScore[] {
  const live = { ...tree, measurements: index };
  const input = inputFor(live, closed, period);
  if (input === live) return scoreKpisOf(tree.scorecard, index, kpis, period);
  const ids = new Set(kpis.map((k) => k.id));
  return scoreKpisOf(
    input.scorecard,
    input.measurements,
    input.kpis.filter((k) => ids.has(k.id)),
    period,
  );
}

interface Cache {
  tree: ScorecardTree | null;
  closed: ClosedSnapshots | null;
  index: MeasurementIndex | null;
  periods: readonly string[];
  /** The applied changes the scores are up to date with. */
  seq: number;
  scores: Map<string, KpiScore>;
}

/**
 * Which KPIs to score again in which visible periods once `cells` changed: a KPI's score depends on its own
 * measurements only (and the scorecard's thresholds), so a changed cell moves its own KPI in the periods that read it.
 */
function rescoring(
  cells: readonly MeasurementKey[],
  periods: readonly string[],
  fy: number,
  closed: ClosedSnapshots,
): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const p of periods) {
    // A closed period scores from its snapshot, which no edit changes.
    if (closedPeriodOf(p, closed.keys(), fy) !== undefined) continue;
    const needed = new Set(periodsNeeded(p, fy));
    for (const c of cells) {
      if (!needed.has(c.period)) continue;
      let kpis = out.get(p);
      if (!kpis) out.set(p, (kpis = new Set()));
      kpis.add(c.kpiId);
    }
  }
  return out;
}

/** `scores` with the KPIs of `which` scored again against `index`. */
function rescored(
  tree: ScorecardTree,
  index: MeasurementIndex,
  scores: ReadonlyMap<string, KpiScore>,
  which: Map<string, Set<number>>,
): Map<string, KpiScore> {
  const out = new Map(scores);
  for (const [period, ids] of which) {
    // rescoring() leaves closed periods out, so these are open periods scored from the live structure.
    const kpis = tree.kpis.filter((k) => ids.has(k.id));
    for (const k of scoreKpisOf(tree.scorecard, index, kpis, period)) out.set(cellKey(k.kpiId, period), k);
  }
  return out;
}

/** The measurements held with the typed values laid over them, sharing every KPI's map that has none. */
function withPending(index: MeasurementIndex, pending: ReadonlyMap<string, number | null>): MeasurementIndex {
  const out = new Map(index);
  for (const [key, actual] of pending) {
    const { kpiId, period } = splitCellKey(key);
    const cells = new Map(out.get(kpiId) ?? []);
    const held = cells.get(period);
    cells.set(period, { kpiId, period, actual, target: held?.target ?? null, note: held?.note ?? '' });
    out.set(kpiId, cells);
  }
  return out;
}

/** Scores by cell key for `periods` of the scorecard shown, re-evaluating only what the last changes touched. */
export function useGridScores(
  tree: ScorecardTree,
  periods: readonly string[],
  pending: ReadonlyMap<string, number | null>,
  closed: ClosedSnapshots,
): ReadonlyMap<string, KpiScore> {
  const index = useDocumentStore((s) => s.index);
  const applied = useDocumentStore((s) => s.applied);
  const cache = useRef<Cache>({ tree: null, closed: null, index: null, periods: [], seq: 0, scores: new Map() });
  const held = useMemo(() => {
    const c = cache.current;
    const fy = tree.scorecard.fiscalYearStartMonth;
    let scores: Map<string, KpiScore>;
    const cells = applied?.changes.measurements;
    const same = c.tree === tree && c.periods === periods && c.closed === closed;
    if (same && c.index === index) {
      scores = c.scores;
    } else if (same && applied && applied.seq === c.seq + 1) {
      // One answer applied since the last render: score again what its cells move, keep every other cell's score.
      scores = cells
        ? rescored(tree, index, c.scores, rescoring([...cells.set, ...cells.removed], periods, fy, closed))
        : c.scores;
    } else {
      scores = new Map();
      for (const p of periods)
        for (const k of scoreColumn(tree, index, closed, tree.kpis, p)) scores.set(cellKey(k.kpiId, p), k);
    }
    cache.current = { tree, closed, index, periods, seq: applied?.seq ?? c.seq, scores };
    return scores;
  }, [tree, periods, index, applied, closed]);
  return useMemo(() => {
    if (pending.size === 0) return held;
    const typed = [...pending.keys()].map(splitCellKey);
    const which = rescoring(typed, periods, tree.scorecard.fiscalYearStartMonth, closed);
    return which.size ? rescored(tree, withPending(index, pending), held, which) : held;
  }, [held, pending, tree, periods, index, closed]);
}

/** A cell's measurement as the store holds it, by the grid's cell key, without a map of every cell. */
export function useHeldCells(): CellLookup {
  const index = useDocumentStore((s) => s.index);
  return useMemo(
    () => ({
      get: (key: string) => {
        const { kpiId, period } = splitCellKey(key);
        return index.get(kpiId)?.get(period);
      },
    }),
    [index],
  );
}
