/**
 * The entry grid's figures: the status of every KPI in every visible period (one scorecard.evaluateMany call),
 * values just typed that are not evaluated yet, and the save path.
 *
 * A save writes the cells in one measurement.setMany call (one undo step, all or nothing), re-evaluates only the
 * periods it touched and repaints, then lets the document store reload (header score, notes, undo menu) without
 * holding the repaint back. When that reload brings nothing but the grid's own saves, the visible periods are not
 * evaluated all over again; any other change (an undo, another window) re-evaluates them.
 */
import { create } from 'zustand';
import { call } from '../../api';
import type { Measurement } from '../../../shared/domain';
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
  /** Brings the scores up to date with the document's measurements; `force` when the structure changed. */
  sync(
    scorecardId: number,
    periods: readonly string[],
    measurements: readonly Measurement[],
    force: boolean,
  ): Promise<void>;
  /** Resolves once the cells are saved and re-evaluated, with the document store's reload still running. */
  save(scorecardId: number, periods: readonly string[], items: SaveItem[]): Promise<{ reloaded: Promise<void> }>;
}

let loadSeq = 0;
/** Full evaluations on their way: a save then evaluates everything again, so that none of them can be stale. */
let fullInFlight = 0;
/** The measurements the scores were last reconciled with, by cell key. */
let basis: Map<string, Measurement> | null = null;
/** Cells saved from the grid and already re-evaluated, expected in the document store's next measurements. */
const ownChanges = new Map<string, SaveItem>();

const forKey = (scorecardId: number, periods: readonly string[]) => `${scorecardId}:${periods.join(',')}`;

function indexed(measurements: readonly Measurement[]): Map<string, Measurement> {
  const m = new Map<string, Measurement>();
  for (const x of measurements) m.set(cellKey(x.kpiId, x.period), x);
  return m;
}

const same = (a: Measurement | undefined, b: Measurement | undefined) =>
  (a?.actual ?? null) === (b?.actual ?? null) &&
  (a?.target ?? null) === (b?.target ?? null) &&
  (a?.note ?? '') === (b?.note ?? '');

function isOwn(key: string, m: Measurement | undefined): boolean {
  const item = ownChanges.get(key);
  if (!item) return false;
  const ok =
    (m?.actual ?? null) === item.actual &&
    (item.note === undefined || (m?.note ?? '') === item.note) &&
    (item.target === undefined || (m?.target ?? null) === item.target);
  if (ok) ownChanges.delete(key);
  return ok;
}

/** True when `next` differs from `before` by more than the grid's own saves. */
function changedElsewhere(before: Map<string, Measurement>, next: Map<string, Measurement>): boolean {
  let other = false;
  for (const [k, m] of next) if (!same(before.get(k), m) && !isOwn(k, m)) other = true;
  for (const k of before.keys()) if (!next.has(k) && !isOwn(k, undefined)) other = true;
  return other;
}

export const useGridData = create<GridDataState>()((set, get) => {
  /** Evaluates `periods`; with `merge`, into the scores already there (the other periods are unchanged). */
  async function evaluate(scorecardId: number, periods: readonly string[], all: readonly string[], merge: boolean) {
    const seq = ++loadSeq;
    if (!merge) fullInFlight++;
    let evaluations;
    try {
      evaluations = await call('scorecard.evaluateMany', { scorecardId, periods: [...periods] });
    } finally {
      if (!merge) fullInFlight--;
    }
    if (seq !== loadSeq) return;
    const scores = merge ? new Map(get().scores) : new Map<string, KpiScore>();
    for (const e of evaluations) for (const k of e.kpis) scores.set(cellKey(k.kpiId, e.period), k);
    set({ scores, loadedFor: forKey(scorecardId, all) });
  }

  return {
    scores: new Map(),
    loadedFor: '',
    pending: new Map(),

    sync: async (scorecardId, periods, measurements, force) => {
      const next = indexed(measurements);
      const fresh = force || basis === null || get().loadedFor !== forKey(scorecardId, periods);
      const needed = fresh || changedElsewhere(basis!, next);
      basis = next;
      if (needed) await evaluate(scorecardId, periods, periods, false);
    },

    save: async (scorecardId, periods, items) => {
      const keys = items.map((i) => cellKey(i.kpiId, i.period));
      const pending = new Map(get().pending);
      for (const i of items) pending.set(cellKey(i.kpiId, i.period), i.actual);
      set({ pending });
      try {
        await call('measurement.setMany', { items });
        items.forEach((item, i) => ownChanges.set(keys[i]!, item));
        // Within one grid every column is of one kind and cells take values of their own period only, so an edit
        // changes the statuses of the periods it wrote to and of no other column.
        const touched = [...new Set(items.map((i) => i.period))].filter((p) => periods.includes(p));
        const whole = fullInFlight > 0 || get().loadedFor !== forKey(scorecardId, periods);
        if (whole) await evaluate(scorecardId, periods, periods, false);
        else if (touched.length) await evaluate(scorecardId, touched, periods, true);
      } catch (err) {
        for (const k of keys) ownChanges.delete(k);
        throw err;
      } finally {
        const left = new Map(get().pending);
        for (const k of keys) left.delete(k);
        set({ pending: left });
      }
      return { reloaded: useDocumentStore.getState().reload() };
    },
  };
});
