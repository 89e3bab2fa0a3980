/**
 * The open document as the overview needs it: which scorecard, its tree, its measurements, the
 * chosen period and its evaluation. Every edit goes through `run`, which commits on the server
 * and then reloads, so the screen always shows what is on disk.
 */
import { create } from 'zustand';
import { ApiCallError, call, errorMessage } from '../api';
import type { DocumentInfo, HistoryState, Input, Method, Output } from '../../shared/contract';
import type { Frequency, Measurement, Scorecard, ScorecardTree } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import { convertPeriod } from './period-choice';

export type Phase = 'loading' | 'empty' | 'ready' | 'failed';

interface DocumentState {
  phase: Phase;
  info: DocumentInfo | null;
  scorecards: Scorecard[];
  tree: ScorecardTree | null;
  measurements: Measurement[];
  evaluation: Evaluation | null;
  viewKind: Frequency;
  period: string | null;
  /** A load failure, shown as a banner over the overview. */
  loadError: string | null;
  /** Edits in flight; the status bar says "Saving…" meanwhile. */
  pending: number;
  /** The last edit that failed, so the status bar does not claim everything is saved. */
  saveError: string | null;
  /** What Edit ▸ Undo and Redo would do; refreshed with every load, so after every edit too. */
  history: HistoryState;

  init(): Promise<void>;
  reload(): Promise<void>;
  selectScorecard(id: number): Promise<void>;
  setPeriod(period: string): Promise<void>;
  setViewKind(kind: Frequency): Promise<void>;
  run<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  openDocument(path: string): Promise<void>;
  createDocument(path: string, name: string | undefined, overwrite: boolean): Promise<void>;
  saveAs(path: string, overwrite: boolean): Promise<void>;
  closeDocument(): Promise<void>;
  dismissLoadError(): void;
}

/** Later loads win: a slow answer for an old period must not overwrite the current one. */
let loadSeq = 0;
let initialLoad: Promise<void> | null = null;

export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const emptyDocument = {
  info: null,
  scorecards: [],
  tree: null,
  measurements: [],
  evaluation: null,
  period: null,
};

export const useDocumentStore = create<DocumentState>()((set, get) => {
  /** Period, view and scores change together, so the label never sits over another period's numbers. */
  async function showPeriod(scorecardId: number, viewKind: Frequency, period: string): Promise<void> {
    const seq = ++loadSeq;
    const evaluation = await call('scorecard.evaluate', { scorecardId, period });
    if (seq === loadSeq) set({ viewKind, period, evaluation });
  }

  /**
   * The whole first screen in one document.load call: the document, its scorecards, the scorecard (the one asked for,
   * else the first), the period and its scores, and the undo state, applied in one update.
   * keepPeriod: stay on the period shown, when it is the same scorecard (a reload after an edit, say).
   */
  async function loadDocument(preferScorecardId: number | null, keepPeriod: boolean): Promise<void> {
    const seq = ++loadSeq;
    const before = get();
    const shown = before.tree?.scorecard;
    const keep = keepPeriod && shown !== undefined && shown.id === preferScorecardId && before.period !== null;
    const asked = preferScorecardId === null ? {} : { scorecardId: preferScorecardId };
    let snapshot = await call(
      'document.load',
      keep ? { ...asked, viewKind: before.viewKind, period: before.period! } : asked,
    );
    if (seq !== loadSeq) return;
    // Rare second calls, when the answer shows the choices sent were made for something else. Another file (opened
    // from the native menu or by a drop): start afresh, not from the old scorecard's choices.
    if (snapshot.info && snapshot.info.path !== before.info?.path && preferScorecardId !== null) {
      snapshot = await call('document.load', {});
    } else if (
      keep &&
      snapshot.tree?.scorecard.id === shown.id &&
      snapshot.tree.scorecard.fiscalYearStartMonth !== shown.fiscalYearStartMonth
    ) {
      // Its fiscal year moved: the same quarter key now names other months, so keep the view but not the period.
      snapshot = await call('document.load', { ...asked, viewKind: before.viewKind });
    }
    if (seq !== loadSeq) return;
    const { info, scorecards, tree, measurements, viewKind, period, evaluation, history } = snapshot;
    if (!info) {
      set({ ...emptyDocument, history, phase: 'empty' });
      return;
    }
    // One update, so the tree never shows against the previous period's scores.
    set({
      info,
      scorecards,
      tree,
      measurements,
      period,
      evaluation,
      history,
      phase: 'ready',
      ...(tree ? { viewKind } : {}),
    });
  }

  async function guarded(action: () => Promise<void>): Promise<void> {
    try {
      await action();
      set({ loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err), phase: get().phase === 'loading' ? 'failed' : get().phase });
    }
  }

  return {
    phase: 'loading',
    ...emptyDocument,
    viewKind: 'quarter',
    loadError: null,
    pending: 0,
    saveError: null,
    history: NO_HISTORY,

    // Once: main.tsx starts it before React's first render, and App's mount joins the load already under way.
    init: () => (initialLoad ??= guarded(() => loadDocument(null, false))),

    reload: () => guarded(() => loadDocument(get().tree?.scorecard.id ?? null, true)),

    selectScorecard: (id) => guarded(() => loadDocument(id, false)),

    setPeriod: (period) =>
      guarded(async () => {
        const tree = get().tree;
        if (!tree) return;
        await showPeriod(tree.scorecard.id, get().viewKind, period);
      }),

    setViewKind: (kind) =>
      guarded(async () => {
        const { tree, period, measurements } = get();
        if (!tree || !period) return;
        const next = convertPeriod(period, kind, tree.scorecard.fiscalYearStartMonth, measurements);
        await showPeriod(tree.scorecard.id, kind, next);
      }),

    run: async (method, input) => {
      set((s) => ({ pending: s.pending + 1 }));
      try {
        const out = await call(method, input);
        set({ saveError: null });
        const createdScorecard = method === 'scorecard.create' ? (out as Scorecard).id : null;
        await guarded(() =>
          loadDocument(createdScorecard ?? get().tree?.scorecard.id ?? null, createdScorecard === null),
        );
        return out;
      } catch (err) {
        // Refused edits change nothing on disk; only failures of the file itself are "not saved".
        const code = (err as { code?: string }).code;
        const info = get().info;
        // Another Quadrant has the file: the banner says so, and the edit is refused with the reason, not "not saved".
        if (code === 'READ_ONLY' && info?.readOnly) {
          throw new ApiCallError({
            code: 'READ_ONLY',
            message: `Read-only: ${info.readOnlyReason ?? 'the document is open elsewhere.'}`,
          });
        }
        if (code === 'IO' || code === 'READ_ONLY' || code === 'INTERNAL') set({ saveError: errorMessage(err) });
        throw err;
      } finally {
        set((s) => ({ pending: s.pending - 1 }));
      }
    },

    openDocument: async (path) => {
      await call('document.open', { path });
      set({ phase: 'loading', tree: null, evaluation: null, saveError: null });
      await guarded(() => loadDocument(null, false));
    },

    createDocument: async (path, name, overwrite) => {
      await call('document.create', { path, ...(name ? { name } : {}), ...(overwrite ? { overwrite } : {}) });
      set({ phase: 'loading', tree: null, evaluation: null, saveError: null });
      await guarded(() => loadDocument(null, false));
    },

    saveAs: async (path, overwrite) => {
      const info = await call('document.saveAs', { path, ...(overwrite ? { overwrite } : {}) });
      set({ info, saveError: null });
    },

    closeDocument: async () => {
      await call('document.close', {});
      ++loadSeq;
      set({ ...emptyDocument, phase: 'empty', saveError: null, loadError: null, history: NO_HISTORY });
    },

    dismissLoadError: () => set({ loadError: null }),
  };
});
