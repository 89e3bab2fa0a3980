/**
 * The entry grid's figures: the status of every KPI in every visible period (one scorecard.evaluateMany call),
 * values just typed that are not evaluated yet, and the save path. A save writes the cells in one
 * measurement.setMany call (one undo step, all or nothing), repaints from a fresh evaluation at once, and then
 * lets the document store catch up (header score, notes) without holding the repaint back.
 */
import { create } from 'zustand';
import { call } from '../../api';
import type { KpiScore } from '../../../shared/evaluation';
import { useDocumentStore } from '../../stores/document-store';
import type { SaveItem } from './grid-edit';
import { cellKey } from './grid-model';

interface GridDataState {
  /** Scores by cell key, for the periods last loaded. */
  scores: ReadonlyMap<string, KpiScore>;
  /** Which scorecard and periods `scores` are for. */
  loadedFor: string;
  pending: ReadonlyMap<string, number | null>;
  load(scorecardId: number, periods: readonly string[]): Promise<void>;
  /** Resolves once the cells are saved and re-evaluated, with the document store's reload still running. */
  save(scorecardId: number, periods: readonly string[], items: SaveItem[]): Promise<{ reloaded: Promise<void> }>;
}

let loadSeq = 0;

const forKey = (scorecardId: number, periods: readonly string[]) => `${scorecardId}:${periods.join(',')}`;

function without(map: ReadonlyMap<string, number | null>, keys: readonly string[]): Map<string, number | null> {
  const next = new Map(map);
  for (const k of keys) next.delete(k);
  return next;
}

export const useGridData = create<GridDataState>()((set, get) => ({
  scores: new Map(),
  loadedFor: '',
  pending: new Map(),

  load: async (scorecardId, periods) => {
    const seq = ++loadSeq;
    const evaluations = await call('scorecard.evaluateMany', { scorecardId, periods: [...periods] });
    if (seq !== loadSeq) return;
    const scores = new Map<string, KpiScore>();
    for (const e of evaluations) for (const k of e.kpis) scores.set(cellKey(k.kpiId, e.period), k);
    set({ scores, loadedFor: forKey(scorecardId, periods) });
  },

  save: async (scorecardId, periods, items) => {
    const keys = items.filter((i) => i.actual !== undefined).map((i) => cellKey(i.kpiId, i.period));
    const pending = new Map(get().pending);
    for (const i of items) pending.set(cellKey(i.kpiId, i.period), i.actual);
    set({ pending });
    try {
      await call('measurement.setMany', { items });
      await get().load(scorecardId, periods);
    } finally {
      set({ pending: without(get().pending, keys) });
    }
    return { reloaded: useDocumentStore.getState().reload() };
  },
}));

export function scoresLoadedFor(scorecardId: number, periods: readonly string[]): string {
  return forKey(scorecardId, periods);
}
