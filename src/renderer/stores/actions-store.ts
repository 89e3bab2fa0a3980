/**
 * The scorecard's action items, the data due, and the people to suggest as owners. Read when a document loads;
 * then every applied answer brings the actions it changed (a write here, a review's, an undo), and a change to
 * values, KPIs or the scorecard reads the data due again. Writes go through the document's one write path.
 * The data-due panel opens by itself once per document opened, when anything is due.
 */
import { create } from 'zustand';
import { call } from '../api';
import type { DocumentChanges } from '../../shared/changes';
import { closedPeriodOf } from '../../shared/closed-periods';
import { dataDue, type DueEntry } from '../../shared/data-due';
import type { Input } from '../../shared/contract';
import { localIsoDate } from '../../shared/initiative-schedule';
import type { ActionItem } from '../../shared/review';
import { useDocumentStore } from './document-store';

/** Today as the person at the machine reads it: the page's clock, not the backend's, so both agree with the views. */
export const today = (): string => localIsoDate(new Date());

interface ActionsState {
  scorecardId: number | null;
  actions: ActionItem[];
  due: DueEntry[];
  people: string[];
  /** The scorecard's reviews, for the "agreed at" of an action. */
  reviews: ReviewName[];
  loaded: boolean;
  /** The data-due panel is showing. */
  dueOpen: boolean;
  load(scorecardId: number): Promise<void>;
  refreshDue(): Promise<void>;
  create(input: Input<'action.create'>): Promise<ActionItem>;
  update(input: Input<'action.update'>): Promise<ActionItem>;
  remove(id: number): Promise<void>;
  showDue(open: boolean): void;
}

export interface ReviewName {
  id: number;
  title: string;
  heldOn: string;
}

const byId = (a: ActionItem, b: ActionItem) => a.id - b.id;

/**
 * What is due, worked out from what the document store holds (the scorecard's tree and all its values), by the same
 * function and with the same rule for closed periods as the core's due.list: asking the core after every edit sent
 * the whole list again (124 KB after one cell of the largest benchmark document).
 */
function dueHeld(scorecardId: number): DueEntry[] {
  const { tree, index, closed } = useDocumentStore.getState();
  if (!tree || tree.scorecard.id !== scorecardId) return [];
  const fy = tree.scorecard.fiscalYearStartMonth;
  const closedKeys = [...closed.keys()];
  return dataDue({ scorecard: tree.scorecard, objectives: tree.objectives, kpis: tree.kpis, measurements: index }, today()).filter(
    (e) => closedPeriodOf(e.period, closedKeys, fy) === undefined,
  );
}

export const useActionsStore = create<ActionsState>()((set, get) => ({
  scorecardId: null,
  actions: [],
  due: [],
  people: [],
  reviews: [],
  loaded: false,
  dueOpen: false,
  load: async (scorecardId) => {
    set({ scorecardId });
    const [actions, people, reviews] = await Promise.all([
      call('action.list', { scorecardId }),
      call('review.people', {}),
      call('review.list', { scorecardId }),
    ]);
    if (get().scorecardId === scorecardId)
      set({ actions: actions.sort(byId), due: dueHeld(scorecardId), people, reviews: reviews.map(reviewName), loaded: true });
  },
  refreshDue: async () => {
    const scorecardId = get().scorecardId;
    if (scorecardId === null) return;
    set({ due: dueHeld(scorecardId) });
  },
  create: (input) => useDocumentStore.getState().run('action.create', { createdOn: today(), ...input }),
  // Marking an action done dates it by the page's today, so the completion rate agrees with what the page shows.
  update: (input) =>
    useDocumentStore
      .getState()
      .run(
        'action.update',
        input.status && input.status !== 'open' && input.closedOn === undefined
          ? { ...input, closedOn: today() }
          : input,
      ),
  remove: async (id) => {
    await useDocumentStore.getState().run('action.delete', { id });
  },
  showDue: (dueOpen) => set({ dueOpen }),
}));

const reviewName = (r: ReviewName): ReviewName => ({ id: r.id, title: r.title, heldOn: r.heldOn });

/** The actions after `changes`, keeping those of the scorecard held. */
function applyActionChanges(actions: ActionItem[], changes: DocumentChanges, scorecardId: number): ActionItem[] {
  const c = changes.actions;
  if (!c || (c.set.length === 0 && c.removed.length === 0)) return actions;
  const rows = new Map(actions.map((a) => [a.id, a]));
  for (const id of c.removed) rows.delete(id);
  for (const a of c.set) {
    if (a.scorecardId === scorecardId) rows.set(a.id, a);
    else rows.delete(a.id);
  }
  return [...rows.values()].sort(byId);
}

/** Writes that can move what is due: values, KPIs (their due days, owners, frequency), objectives' owners, the scorecard. */
const movesDue = (c: DocumentChanges) => Boolean(c.measurements || c.kpis || c.objectives || c.scorecards);

let lastPath: string | null = null;

useDocumentStore.subscribe((state, before) => {
  const scorecardId = state.tree?.scorecard.id ?? null;
  if (state.phase === 'empty' && before.phase !== 'empty') {
    // The document was closed: opening it again is opening it, and shows what is due.
    lastPath = null;
    useActionsStore.setState({ scorecardId: null, actions: [], due: [], reviews: [], loaded: false, dueOpen: false });
    return;
  }
  if (state.loads !== before.loads) {
    if (scorecardId === null) {
      useActionsStore.setState({ scorecardId: null, actions: [], due: [], reviews: [], loaded: false, dueOpen: false });
      return;
    }
    const opened = state.info?.path ?? null;
    const fresh = opened !== lastPath;
    lastPath = opened;
    void useActionsStore
      .getState()
      .load(scorecardId)
      .then(() => {
        // Opening a document shows what is due; reloading it (another scorecard, an undo) does not nag again.
        if (fresh && useActionsStore.getState().due.length > 0) useActionsStore.setState({ dueOpen: true });
      })
      .catch(() => undefined);
  } else if (state.applied && state.applied !== before.applied && scorecardId !== null) {
    const { actions, scorecardId: held } = useActionsStore.getState();
    if (held !== scorecardId) return;
    const { changes } = state.applied;
    const next = applyActionChanges(actions, changes, scorecardId);
    if (next !== actions) useActionsStore.setState({ actions: next });
    if (next !== actions || changes.reviews)
      void call('review.people', {})
        .then((people) => useActionsStore.setState({ people }))
        .catch(() => undefined);
    if (changes.reviews)
      void call('review.list', { scorecardId })
        .then((reviews) => useActionsStore.setState({ reviews: reviews.map(reviewName) }))
        .catch(() => undefined);
    if (movesDue(changes))
      void useActionsStore
        .getState()
        .refreshDue()
        .catch(() => undefined);
  }
});
