/**
 * What a write changed, as the dispatcher answers it beside the write's own value: the rows written or removed in
 * every table of the document, read back after the commit, with the document's revision and the undo state. The
 * renderer applies exactly these to what it holds (applyChanges) instead of fetching the document again, so an edit
 * of one cell sends one cell back.
 */
import type { HistoryState } from './contract';
import type {
  CauseLink,
  Initiative,
  Kpi,
  Measurement,
  Note,
  Objective,
  Perspective,
  Scorecard,
  ScorecardTree,
  Theme,
} from './domain';
import type { ActionItem, Review, ReviewItem, ReviewTemplate } from './review';
import type { CheckIn, KeyResult } from './okr';
import type { Contribution } from './domain';
import type { MeasurementIndex } from './scoring';

/** Rows of one table that a write left in place (inserted or updated, as they are now) or removed (their ids). */
export interface RowChanges<T> {
  set: T[];
  removed: number[];
  /** Ids among `set` that the write inserted: a row that moved in from elsewhere is not among them. */
  created: number[];
}

export interface MeasurementKey {
  kpiId: number;
  period: string;
}

export interface DocumentChanges {
  /** The open connection of the document the revision counts on: a document opened again starts a new epoch. */
  epoch: number;
  /** Counts the document's committed changes since it was opened in this session; one per write that changed rows. */
  revision: number;
  history: HistoryState;
  /** So many rows changed that listing them would cost more than reading the document again: reload it. */
  reload?: true;
  scorecards?: RowChanges<Scorecard>;
  perspectives?: RowChanges<Perspective>;
  themes?: RowChanges<Theme>;
  objectives?: RowChanges<Objective>;
  links?: RowChanges<CauseLink>;
  kpis?: RowChanges<Kpi>;
  initiatives?: RowChanges<Initiative>;
  notes?: RowChanges<Note>;
  reviewTemplates?: RowChanges<ReviewTemplate>;
  reviews?: RowChanges<Review>;
  reviewItems?: RowChanges<ReviewItem>;
  actions?: RowChanges<ActionItem>;
  contributions?: RowChanges<Contribution>;
  keyResults?: RowChanges<KeyResult>;
  checkIns?: RowChanges<CheckIn>;
  /** Cells as the API lists them (value and the cell's note); removed cells hold neither any more. */
  measurements?: { set: Measurement[]; removed: MeasurementKey[] };
}

/** The undo state with nothing to undo or redo (no document open, or one just opened). */
export const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

/** Above this many changed rows a write answers `reload` instead of the rows (a scorecard deleted, an import). */
export const MAX_CHANGED_ROWS = 5000;

/** What the renderer holds of the open document. */
export interface DocumentView {
  scorecards: Scorecard[];
  tree: ScorecardTree | null;
  /** The measurements of the tree's KPIs, by KPI id then period. */
  measurements: Measurement[];
}

type Ordered = { id: number };
const byId = (a: Ordered, b: Ordered) => a.id - b.id;
const byPosition =
  <T extends { id: number; position: number }>(parent: (x: T) => number) =>
  (a: T, b: T) =>
    parent(a) - parent(b) || a.position - b.position || a.id - b.id;

/** The orders of the repositories' ORDER BY clauses (src/main/core/repositories), so a patched list equals a fresh one. */
const ORDER = {
  scorecards: byId,
  perspectives: byPosition<Perspective>((p) => p.scorecardId),
  themes: byId,
  objectives: byPosition<Objective>((o) => o.perspectiveId),
  links: byId,
  kpis: byPosition<Kpi>((k) => k.objectiveId),
  initiatives: byId,
  contributions: byId,
  keyResults: byPosition<KeyResult>((k) => k.objectiveId),
  checkIns: (a: CheckIn, b: CheckIn) => a.keyResultId - b.keyResultId || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id),
} as const;

export const compareMeasurements = (a: MeasurementKey, b: MeasurementKey): number =>
  a.kpiId - b.kpiId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** Signals that the changes cannot be applied to what is held (a row moved in from another scorecard): reload. */
class NeedsReload extends Error {}

/**
 * `list` with the changed rows of `changes` that `belongs` accepts, in `order`. A row that moves in or out of the
 * list by an update (not by its creation or deletion) brings or leaves rows the changes do not list (an objective's
 * KPIs and their measurements): that needs a reload.
 */
function patch<T extends Ordered>(
  list: T[],
  changes: RowChanges<T> | undefined,
  belongs: (row: T) => boolean,
  order: (a: T, b: T) => number,
): T[] {
  if (!changes || (changes.set.length === 0 && changes.removed.length === 0)) return list;
  const byKey = new Map(list.map((x) => [x.id, x]));
  const created = new Set(changes.created);
  let touched = false;
  for (const id of changes.removed) touched = byKey.delete(id) || touched;
  for (const row of changes.set) {
    const had = byKey.has(row.id);
    if (belongs(row)) {
      if (!had && !created.has(row.id)) throw new NeedsReload();
      byKey.set(row.id, row);
      touched = true;
    } else if (had) {
      throw new NeedsReload();
    }
  }
  return touched ? [...byKey.values()].sort(order) : list;
}

function patchMeasurements(
  list: Measurement[],
  changes: DocumentChanges['measurements'],
  kpiIds: ReadonlySet<number>,
  keptKpis: boolean,
): Measurement[] {
  const dropped = keptKpis ? list : list.filter((m) => kpiIds.has(m.kpiId));
  if (!changes || (changes.set.length === 0 && changes.removed.length === 0)) return dropped;
  const out = dropped === list ? [...list] : dropped;
  // Sorted by KPI then period: each change is a binary search, so one edit costs log n, not a sort of every cell.
  const find = (key: MeasurementKey): [number, boolean] => {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareMeasurements(out[mid]!, key);
      if (c === 0) return [mid, true];
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return [lo, false];
  };
  for (const key of changes.removed) {
    const [at, found] = find(key);
    if (found) out.splice(at, 1);
  }
  for (const m of changes.set) {
    if (!kpiIds.has(m.kpiId)) continue;
    const [at, found] = find(m);
    if (found) out[at] = m;
    else out.splice(at, 0, m);
  }
  return out;
}

/**
 * The view after `changes`, sharing every list and row that did not change (so memoised views of them do not
 * render again); null when the changes cannot be applied and the document must be read again.
 */
export function applyChanges(view: DocumentView, changes: DocumentChanges): DocumentView | null {
  if (changes.reload) return null;
  try {
    const scorecards = patch(view.scorecards, changes.scorecards, () => true, ORDER.scorecards);
    const tree = view.tree;
    if (!tree) return { ...view, scorecards };
    const id = tree.scorecard.id;
    const scorecard = scorecards.find((s) => s.id === id);
    // The scorecard itself was deleted: the store chooses another one by reading the document again.
    if (!scorecard) return null;
    const perspectives = patch(tree.perspectives, changes.perspectives, (p) => p.scorecardId === id, ORDER.perspectives);
    const perspectiveIds = new Set(perspectives.map((p) => p.id));
    const objectives = patch(tree.objectives, changes.objectives, (o) => perspectiveIds.has(o.perspectiveId), ORDER.objectives);
    const objectiveIds = new Set(objectives.map((o) => o.id));
    const kpis = patch(tree.kpis, changes.kpis, (k) => objectiveIds.has(k.objectiveId), ORDER.kpis);
    const keyResults = patch(tree.keyResults, changes.keyResults, (k) => objectiveIds.has(k.objectiveId), ORDER.keyResults);
    const keyResultIds = new Set(keyResults.map((k) => k.id));
    const next: ScorecardTree = {
      scorecard,
      perspectives,
      objectives,
      kpis,
      themes: patch(tree.themes, changes.themes, (t) => t.scorecardId === id, ORDER.themes),
      links: patch(tree.links, changes.links, (l) => objectiveIds.has(l.fromObjectiveId), ORDER.links),
      initiatives: patch(tree.initiatives, changes.initiatives, (i) => i.scorecardId === id, ORDER.initiatives),
      keyResults,
      checkIns: patch(tree.checkIns, changes.checkIns, (c) => keyResultIds.has(c.keyResultId), ORDER.checkIns),
      contributions: patch(
        tree.contributions,
        changes.contributions,
        (c) => objectiveIds.has(c.fromObjectiveId) || objectiveIds.has(c.toObjectiveId),
        ORDER.contributions,
      ),
    };
    const treeChanged = (Object.keys(next) as (keyof ScorecardTree)[]).some((k) => next[k] !== tree[k]);
    const kpiIds = new Set(kpis.map((k) => k.id));
    const measurements = patchMeasurements(view.measurements, changes.measurements, kpiIds, kpis === tree.kpis);
    return { scorecards, tree: treeChanged ? next : tree, measurements };
  } catch (err) {
    if (err instanceof NeedsReload) return null;
    throw err;
  }
}

/**
 * The index of the measurements after `cells` changed, sharing every KPI's map they did not touch: what the
 * document store keeps beside the list, patched in a few look-ups instead of indexing every cell again.
 */
export function patchIndex(
  index: MeasurementIndex,
  cells: DocumentChanges['measurements'],
  kpiIds: ReadonlySet<number>,
): MeasurementIndex {
  if (!cells || (cells.set.length === 0 && cells.removed.length === 0)) return index;
  const out = new Map(index) as Map<number, Map<string, Measurement>>;
  const copied = new Set<number>();
  const own = (kpiId: number) => {
    let m = out.get(kpiId);
    if (!copied.has(kpiId)) {
      m = new Map(m ?? []);
      out.set(kpiId, m);
      copied.add(kpiId);
    }
    return m!;
  };
  for (const key of cells.removed) {
    if (!out.has(key.kpiId)) continue;
    const m = own(key.kpiId);
    m.delete(key.period);
    if (m.size === 0) out.delete(key.kpiId);
  }
  for (const cell of cells.set) if (kpiIds.has(cell.kpiId)) own(cell.kpiId).set(cell.period, cell);
  return out;
}

/** Notes after `changes`, newest first as the notes views show them, keeping those `belongs` accepts. */
export function applyNoteChanges(notes: Note[], changes: DocumentChanges, belongs: (n: Note) => boolean): Note[] {
  const c = changes.notes;
  if (!c || (c.set.length === 0 && c.removed.length === 0)) return notes;
  const byKey = new Map(notes.map((n) => [n.id, n]));
  for (const id of c.removed) byKey.delete(id);
  for (const n of c.set) {
    if (belongs(n)) byKey.set(n.id, n);
    else byKey.delete(n.id);
  }
  return [...byKey.values()].sort(newestFirst);
}

/** Newest first: the latest explanation is what a reader wants. */
export const newestFirst = (a: Note, b: Note): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id;

/** Whether a note is about the tree's scorecard or one of its parts. */
export function noteInTree(tree: ScorecardTree, n: Note): boolean {
  const has = (rows: readonly { id: number }[]) => rows.some((r) => r.id === n.entityId);
  switch (n.entityType) {
    case 'scorecard':
      return n.entityId === tree.scorecard.id;
    case 'perspective':
      return has(tree.perspectives);
    case 'objective':
      return has(tree.objectives);
    case 'kpi':
      return has(tree.kpis);
    case 'initiative':
      return has(tree.initiatives);
  }
}
