/**
 * The entry grid's figures: the status of every KPI in every visible period, evaluated here by the engine the core
 * runs (src/shared/scoring.ts) from the document store's tree and measurements; values just typed and not saved yet;
 * and the save, through the document store's one write path.
 *
 * A save's answer lists the cells it changed and the store applies them. The grid then evaluates again only the
 * visible periods whose scores those cells can move (periodsNeeded), keeps every other period's evaluation, and
 * hands unchanged rows the same objects, so one edit repaints one row.
 */
import { useMemo, useRef } from 'react';
import { create } from 'zustand';
import type { ScorecardTree } from '../../../shared/domain';
import type { Evaluation, KpiScore } from '../../../shared/evaluation';
import { periodsNeeded, type MeasurementIndex } from '../../../shared/scoring';
import { evaluateHeld, useDocumentStore, type AppliedChanges } from '../../stores/document-store';
import type { SaveItem } from './grid-edit';
import { cellKey } from './grid-model';

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
  return evaluateHeld(tree, index, period).kpis.find((k) => k.kpiId === kpiId);
}

interface Cache {
  tree: ScorecardTree | null;
  index: MeasurementIndex | null;
  /** The applied changes the evaluations are up to date with. */
  seq: number;
  byPeriod: Map<string, Evaluation>;
  scores: Map<string, KpiScore>;
}

/** The visible periods whose evaluation the applied changes can move; null when every one must be evaluated again. */
function touchedPeriods(applied: AppliedChanges | null, cache: Cache, periods: readonly string[], fy: number): Set<string> | null {
  if (!applied || applied.seq !== cache.seq + 1) return null;
  const cells = applied.changes.measurements;
  if (!cells) return new Set();
  const written = new Set([...cells.set, ...cells.removed].map((c) => c.period));
  return new Set(periods.filter((p) => periodsNeeded(p, fy).some((n) => written.has(n))));
}

/** Scores by cell key for `periods` of the scorecard shown, re-evaluating only what the last changes touched. */
export function useGridScores(tree: ScorecardTree, periods: readonly string[]): ReadonlyMap<string, KpiScore> {
  const index = useDocumentStore((s) => s.index);
  const applied = useDocumentStore((s) => s.applied);
  const cache = useRef<Cache>({ tree: null, index: null, seq: 0, byPeriod: new Map(), scores: new Map() });
  return useMemo(() => {
    const c = cache.current;
    const fy = tree.scorecard.fiscalYearStartMonth;
    let stale: Set<string> | null;
    if (c.tree !== tree) stale = null;
    else if (c.index !== index) stale = touchedPeriods(applied, c, periods, fy);
    else stale = new Set();
    const byPeriod = new Map<string, Evaluation>();
    let changed = stale === null;
    for (const p of periods) {
      const kept = stale && !stale.has(p) ? c.byPeriod.get(p) : undefined;
      if (kept) byPeriod.set(p, kept);
      else {
        byPeriod.set(p, evaluateHeld(tree, index, p));
        changed = true;
      }
    }
    if (byPeriod.size !== c.byPeriod.size) changed = true;
    let scores = c.scores;
    if (changed) {
      scores = new Map();
      for (const [p, e] of byPeriod) for (const k of e.kpis) scores.set(cellKey(k.kpiId, p), k);
    }
    cache.current = { tree, index, seq: applied?.seq ?? c.seq, byPeriod, scores };
    return scores;
  }, [tree, periods, index, applied]);
}
