/**
 * The open document as the views need it: which scorecard, its tree, its measurements, the chosen period and its
 * evaluation. The one write path: every edit goes through `run`, whose answer says what the edit changed
 * (src/shared/changes.ts); the store applies exactly that, in revision order, and takes the undo state from it.
 * Scores are evaluated here, by the same engine the core runs (src/shared/scoring.ts), from the tree and the
 * measurements held, so an edit repaints without asking for anything more. The document is read again only when the
 * answer cannot be applied (another page wrote, a scorecard was deleted, an import replaced thousands of rows).
 */
import { create } from 'zustand';
import { ApiCallError, call, callResult, errorMessage } from '../api';
import { t } from '../../shared/i18n';
import { applyChanges, NO_HISTORY, patchIndex, type DocumentChanges } from '../../shared/changes';
import type { DocumentInfo, HistoryState, Input, Method, Output } from '../../shared/contract';
import type { Frequency, Measurement, Scorecard, ScorecardTree } from '../../shared/domain';
import type { ContributorScores, Evaluation } from '../../shared/evaluation';
import { evaluateWithClosed, NONE_CLOSED, type ClosedSnapshots } from '../../shared/closed-periods';
import { indexMeasurements, type MeasurementIndex } from '../../shared/scoring';
import { convertPeriod, defaultPeriod } from './period-choice';
import { changesContributors, lacksContributors, NO_CONTRIBUTORS } from './contributor-scores';
import { setHeldRevision } from '../team/transport';

export type Phase = 'loading' | 'empty' | 'ready' | 'failed';

/** The changes last applied, numbered, for the stores that keep their own slices of the document (notes, grid). */
export interface AppliedChanges {
  seq: number;
  changes: DocumentChanges;
}

interface DocumentState {
  phase: Phase;
  info: DocumentInfo | null;
  scorecards: Scorecard[];
  tree: ScorecardTree | null;
  /** The tree's measurements, by KPI then period. */
  measurements: Measurement[];
  /** The same measurements by KPI and period, for the engine and for cell look-ups. */
  index: MeasurementIndex;
  evaluation: Evaluation | null;
  /** The scorecard's closed periods and their snapshots: a closed period scores from its snapshot, as in the core. */
  closed: ClosedSnapshots;
  /** The scores of the objectives below that support the scorecard's, by period (contributor-scores.ts). */
  contributors: ContributorScores;
  viewKind: Frequency;
  period: string | null;
  /** The document's revision the state reflects, and the epoch it counts in (see changes.ts); null before a load. */
  revision: { epoch: number; revision: number } | null;
  /** The last changes applied by the write path; null after a full load. */
  applied: AppliedChanges | null;
  /** Bumped by every full load, so the stores that keep slices of the document read theirs again. */
  loads: number;
  /** A load failure, shown as a banner over the overview. */
  loadError: string | null;
  /** Edits in flight; the status bar says "Saving…" meanwhile. */
  pending: number;
  /** The last edit that failed, so the status bar does not claim everything is saved. */
  saveError: string | null;
  /** What Edit ▸ Undo and Redo would do; every write's answer brings it. */
  history: HistoryState;

  init(): Promise<void>;
  reload(): Promise<void>;
  selectScorecard(id: number): Promise<void>;
  setPeriod(period: string): Promise<void>;
  setViewKind(kind: Frequency): Promise<void>;
  run<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  openDocument(path: string): Promise<void>;
  /** A new document file; with a template its first scorecard is built from it. */
  createDocument(path: string, name: string | undefined, overwrite: boolean, template?: string): Promise<void>;
  saveAs(path: string, overwrite: boolean): Promise<void>;
  closeDocument(): Promise<void>;
  dismissLoadError(): void;
  /**
   * Team mode: another person's committed write, from the server's event stream, applied by the same code as an
   * answer's changes. It carries no undo state (that is the writer's), so the page keeps its own.
   */
  receiveRemote(changes: Omit<DocumentChanges, 'history'>): void;
}

const NO_INDEX: MeasurementIndex = new Map();

const emptyDocument = {
  info: null,
  scorecards: [],
  tree: null,
  measurements: [],
  index: NO_INDEX,
  evaluation: null,
  closed: NONE_CLOSED,
  contributors: NO_CONTRIBUTORS,
  period: null,
};

/** The scores of one period, by the engine the core runs, from what the store holds. */
function evaluateHeld(
  tree: ScorecardTree,
  index: MeasurementIndex,
  period: string,
  closed: ClosedSnapshots,
  contributors: ContributorScores,
): Evaluation {
  // The tree brings its key results, check-ins and contributions; the contributors' scores come from the core.
  return evaluateWithClosed({ ...tree, measurements: index, contributors }, closed, period);
}

/** Writes that make a scorecard: the page shows the new one. */
const SHOWS_RESULT = new Set<Method>(['scorecard.create', 'scorecard.fromTemplate', 'scorecard.copy']);

export const useDocumentStore = create<DocumentState>()((set, get) => {
  /** Later loads win: a slow answer for an old scorecard must not overwrite the current one. */
  let loadSeq = 0;
  /** Answers that arrived ahead of an earlier one (two writes in flight), by revision, applied in order. */
  const early = new Map<number, DocumentChanges>();
  let appliedSeq = 0;
  /** Changes from the team server's event stream: someone else's write, which leaves this page's undo state alone. */
  const remote = new WeakSet<DocumentChanges>();
  /** The first load: main.tsx starts it before React's first render, and App's mount joins it. */
  let initialLoad: Promise<void> | null = null;

  /** Later asks win, for contributor scores and for the period shown alike. */
  let contributorSeq = 0;
  let periodSeq = 0;

  /**
   * Reads the contributor scores of `period` when they are wanted and not held (or, with `fresh`, again after a write
   * changed the contributions), and scores the period shown again with them. A failure leaves the formula saying
   * the contributions were not loaded, which is true.
   */
  async function fetchContributors(period: string, fresh = false): Promise<void> {
    const { tree, contributors: held } = get();
    if (!tree || (!fresh && !lacksContributors(tree, held, period))) return;
    const seq = ++contributorSeq;
    const scorecardId = tree.scorecard.id;
    const scores = await call('cascade.scores', { scorecardId, periods: [period] }).catch(() => null);
    const now = get();
    if (!scores || seq !== contributorSeq || !now.tree || now.tree.scorecard.id !== scorecardId) return;
    const contributors = fresh ? scores : { ...now.contributors, ...scores };
    const shown = now.period;
    set({
      contributors,
      ...(shown ? { evaluation: evaluateHeld(now.tree, now.index, shown, now.closed, contributors) } : {}),
    });
  }

  async function showPeriod(viewKind: Frequency, period: string): Promise<void> {
    const asked = ++periodSeq;
    const first = get().tree;
    if (!first) return;
    // Scored with its contributors: wait for their scores rather than show a score that changes a moment later.
    if (first.scorecard.cascadeScoring === 'with_contributors') await fetchContributors(period);
    const { tree, index, closed, contributors } = get();
    if (!tree || asked !== periodSeq) return;
    set({ viewKind, period, evaluation: evaluateHeld(tree, index, period, closed, contributors) });
    // Scored from its own items only: the scores below are still shown beside each objective ("Supported by").
    void fetchContributors(period);
  }

  /**
   * The whole first screen in one document.load call: the document, its scorecards, the scorecard (the one asked for,
   * else the first), the period and its scores, and the undo state, applied in one update.
   * keepPeriod: stay on the period shown, when it is the same scorecard (a reload after an edit, say) or another one
   * whose fiscal year starts in the same month (a department beside its company: the same quarter, compared).
   */
  async function loadDocument(preferScorecardId: number | null, keepPeriod: boolean): Promise<void> {
    const seq = ++loadSeq;
    early.clear();
    const before = get();
    const shown = before.tree?.scorecard;
    const target = before.scorecards.find((s) => s.id === preferScorecardId);
    const keep =
      keepPeriod &&
      shown !== undefined &&
      before.period !== null &&
      (shown.id === preferScorecardId || target?.fiscalYearStartMonth === shown.fiscalYearStartMonth);
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
    const { info, scorecards, tree, viewKind, period, evaluation, history, contributors } = snapshot;
    if (!info) {
      set({ ...emptyDocument, history, phase: 'empty', revision: null });
      return;
    }
    // By KPI then period, as the core lists them and as the write path keeps them (applyChanges).
    const { measurements } = snapshot;
    // One update, so the tree never shows against the previous period's scores. The answer's info says which revision
    // of the document it is: the write path applies the changes after it.
    set({
      info,
      scorecards,
      tree,
      measurements,
      index: indexMeasurements(measurements),
      period,
      evaluation,
      closed: new Map(snapshot.closed.map((c) => [c.period, c.snapshot])),
      contributors: contributors ?? NO_CONTRIBUTORS,
      history,
      phase: 'ready',
      revision: { epoch: info.epoch, revision: info.revision },
      applied: null,
      loads: before.loads + 1,
      ...(tree ? { viewKind } : {}),
    });
    contributorSeq++;
    if (period) void fetchContributors(period);
  }

  async function guarded(action: () => Promise<void>): Promise<void> {
    try {
      await action();
      set({ loadError: null });
    } catch (err) {
      set({ loadError: errorMessage(err), phase: get().phase === 'loading' ? 'failed' : get().phase });
    }
  }

  const reloadKeeping = () => guarded(() => loadDocument(get().tree?.scorecard.id ?? null, true));

  /** Applies one answer's changes to what is held; false when they cannot be, and the document must be read again. */
  function applyOne(changes: DocumentChanges): boolean {
    const state = get();
    const next = applyChanges(
      { scorecards: state.scorecards, tree: state.tree, measurements: state.measurements },
      changes,
    );
    if (!next) return false;
    const { tree, measurements, scorecards } = next;
    const patch: Partial<DocumentState> = {
      revision: { epoch: changes.epoch, revision: changes.revision },
      history: remote.has(changes) ? state.history : changes.history,
      applied: { seq: ++appliedSeq, changes },
    };
    if (scorecards !== state.scorecards) {
      patch.scorecards = scorecards;
      if (state.info) patch.info = { ...state.info, scorecards: scorecards.map((s) => ({ id: s.id, name: s.name })) };
    }
    if (tree && (tree !== state.tree || measurements !== state.measurements)) {
      // The same KPIs: patch the index with the cells that changed; another set of KPIs: index them all again.
      const index =
        measurements === state.measurements
          ? state.index
          : tree.kpis === state.tree?.kpis
            ? patchIndex(state.index, changes.measurements, new Set(tree.kpis.map((k) => k.id)))
            : indexMeasurements(measurements);
      let { period, viewKind } = state;
      // A new fiscal year or granularity moves what a period key means: open on the default period again.
      const before = state.tree?.scorecard;
      if (
        !period ||
        before?.fiscalYearStartMonth !== tree.scorecard.fiscalYearStartMonth ||
        before?.granularity !== tree.scorecard.granularity
      ) {
        viewKind = tree.scorecard.granularity;
        period = defaultPeriod(measurements, viewKind, tree.scorecard.fiscalYearStartMonth);
      }
      Object.assign(patch, {
        tree,
        measurements,
        index,
        period,
        viewKind,
        evaluation: evaluateHeld(tree, index, period, state.closed, state.contributors),
      });
    }
    set(patch);
    // Scored meanwhile with the contributor scores held; the fresh ones replace them when they come.
    const shown = get().period;
    if (shown && changesContributors(changes, state.tree, get().tree)) void fetchContributors(shown, true);
    return true;
  }

  /** Applies answers in revision order; a gap that no write in flight can fill means another page wrote: read again. */
  function receive(changes: DocumentChanges): void {
    const held = get().revision;
    if (held === null) return;
    // Another connection to the document (it was opened again, or saved as another file): read it again.
    let ok = changes.epoch === held.epoch;
    if (ok && changes.revision <= held.revision) return;
    if (ok) early.set(changes.revision, changes);
    for (let r = held.revision + 1; early.has(r) && ok; r++) {
      ok = applyOne(early.get(r)!);
      early.delete(r);
    }
    if (!ok) {
      early.clear();
      void reloadKeeping();
    }
  }

  /** Once no write is in flight, an answer (or a team event) still waiting for an earlier revision waits for one that never comes. */
  function settle(): void {
    if (get().pending === 0 && early.size > 0) {
      early.clear();
      void reloadKeeping();
    }
  }

  return {
    phase: 'loading',
    ...emptyDocument,
    viewKind: 'quarter',
    revision: null,
    applied: null,
    loads: 0,
    loadError: null,
    pending: 0,
    saveError: null,
    history: NO_HISTORY,

    // Once: main.tsx starts it before React's first render, and App's mount joins the load already under way.
    init: () => (initialLoad ??= guarded(() => loadDocument(null, false))),

    reload: reloadKeeping,

    selectScorecard: (id) => guarded(() => loadDocument(id, true)),

    setPeriod: async (period) => showPeriod(get().viewKind, period),

    setViewKind: async (kind) => {
      const { tree, period, measurements } = get();
      if (!tree || !period) return;
      await showPeriod(kind, convertPeriod(period, kind, tree.scorecard.fiscalYearStartMonth, measurements));
    },

    run: async (method, input) => {
      set((s) => ({ pending: s.pending + 1 }));
      try {
        const result = await callResult(method, input);
        if (!result.ok) {
          const { code } = result.error;
          // Someone else changed what this edit was based on: show the document as it is now, beside the refusal.
          if (code === 'CONFLICT' && result.error.conflict) void reloadKeeping();
          const info = get().info;
          // Another Quadrant has the file: the banner says so, and the edit is refused with the reason, not "not saved".
          if (code === 'READ_ONLY' && info?.readOnly) {
            throw new ApiCallError({
              code: 'READ_ONLY',
              message: t('shell:readOnly', { reason: info.readOnlyReason ?? t('shell:openElsewhere') }),
            });
          }
          // Refused edits change nothing on disk; only failures of the file itself are "not saved".
          if (code === 'IO' || code === 'READ_ONLY' || code === 'INTERNAL') set({ saveError: result.error.message });
          throw new ApiCallError(result.error);
        }
        set({ saveError: null });
        if (result.changes) {
          const held = get().revision;
          receive(result.changes);
          // Its event came first (team mode) and applied the rows: the answer still brings this person's undo state.
          if (held && result.changes.epoch === held.epoch && result.changes.revision <= held.revision)
            set({ history: result.changes.history });
        }
        if (SHOWS_RESULT.has(method)) await guarded(() => loadDocument((result.value as Scorecard).id, false));
        return result.value;
      } finally {
        set((s) => ({ pending: s.pending - 1 }));
        settle();
      }
    },

    openDocument: async (path) => {
      await call('document.open', { path });
      set({ phase: 'loading', tree: null, evaluation: null, saveError: null });
      await guarded(() => loadDocument(null, false));
    },

    createDocument: async (path, name, overwrite, template) => {
      await call('document.create', {
        path,
        ...(name ? { name } : {}),
        ...(overwrite ? { overwrite } : {}),
        ...(template ? { template } : {}),
      });
      set({ phase: 'loading', tree: null, evaluation: null, saveError: null });
      await guarded(() => loadDocument(null, false));
    },

    saveAs: async (path, overwrite) => {
      const info = await call('document.saveAs', { path, ...(overwrite ? { overwrite } : {}) });
      // The copy is open on a connection of its own: its revisions count afresh, and its history starts empty.
      early.clear();
      set({ info, saveError: null, revision: { epoch: info.epoch, revision: info.revision } });
      set({ history: await call('history.state', {}).catch(() => NO_HISTORY) });
    },

    closeDocument: async () => {
      await call('document.close', {});
      ++loadSeq;
      early.clear();
      set({ ...emptyDocument, phase: 'empty', saveError: null, loadError: null, history: NO_HISTORY, revision: null });
    },

    dismissLoadError: () => set({ loadError: null }),

    receiveRemote: (changes) => {
      const full = { ...changes, history: get().history };
      remote.add(full);
      receive(full);
      settle();
    },
  };
});

// Team mode: every /api call says which revision of the document the page's view is based on.
setHeldRevision(() => useDocumentStore.getState().revision?.revision ?? null);
