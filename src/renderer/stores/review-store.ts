/**
 * The Reviews view's slice of the document: the scorecard's reviews, the meeting templates, the names people have
 * used, and the review open in the editor with its agenda and action items. Every edit goes through the document's
 * one write path (so undo and the status bar know of it); the answers, and those of every other edit (an undo
 * included), are applied here from their changes, as the notes store does.
 */
import { create } from 'zustand';
import { call, errorMessage } from '../api';
import type { RowChanges } from '../../shared/changes';
import type { Input } from '../../shared/contract';
import type { ReviewDetail } from '../../shared/contract-review';
import type { ActionItem, Review, ReviewItem, ReviewTemplate } from '../../shared/review';
import { useDocumentStore } from './document-store';

interface ReviewState {
  scorecardId: number | null;
  /** The scorecard's reviews, newest first. */
  reviews: Review[];
  templates: ReviewTemplate[];
  /** Earlier attendees and owners, for suggestions. */
  people: string[];
  /** The review open in the editor. */
  detail: ReviewDetail | null;
  loading: boolean;
  error: string | null;

  /** Reads the scorecard's reviews, the templates and the names (again). */
  load(scorecardId: number): Promise<void>;
  open(id: number): Promise<void>;
  close(): void;
  start(input: Input<'review.start'>): Promise<ReviewDetail>;
  updateReview(input: Input<'review.update'>): Promise<void>;
  deleteReview(id: number): Promise<void>;
  addItem(input: Input<'review.item.create'>): Promise<ReviewItem>;
  updateItem(input: Input<'review.item.update'>): Promise<void>;
  deleteItem(id: number): Promise<void>;
  /** Moves an agenda line up (-1) or down (+1); false when it is already at that end. */
  moveItem(id: number, by: -1 | 1): Promise<boolean>;
  createAction(input: Input<'action.create'>): Promise<ActionItem>;
  updateAction(input: Input<'action.update'>): Promise<void>;
  deleteAction(id: number): Promise<void>;
  createTemplate(input: Input<'review.template.create'>): Promise<ReviewTemplate>;
  updateTemplate(input: Input<'review.template.update'>): Promise<void>;
  deleteTemplate(id: number): Promise<void>;
}

/** Newest meeting first; on the same day, the later started first. */
const newestReviewFirst = (a: Review, b: Review) => (a.heldOn < b.heldOn ? 1 : a.heldOn > b.heldOn ? -1 : b.id - a.id);
const byPosition = (a: ReviewItem, b: ReviewItem) => a.position - b.position || a.id - b.id;
const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** `list` with the rows of `changes` that belong to it, in `order`; the same array when nothing of it changed. */
function patchRows<T extends { id: number }>(
  list: T[],
  changes: RowChanges<T> | undefined,
  belongs: (row: T) => boolean,
  order: (a: T, b: T) => number,
): T[] {
  if (!changes || (changes.set.length === 0 && changes.removed.length === 0)) return list;
  const rows = new Map(list.map((r) => [r.id, r]));
  let touched = false;
  for (const id of changes.removed) touched = rows.delete(id) || touched;
  for (const row of changes.set) {
    if (belongs(row)) {
      rows.set(row.id, row);
      touched = true;
    } else if (rows.delete(row.id)) {
      touched = true;
    }
  }
  return touched ? [...rows.values()].sort(order) : list;
}

const run = <M extends Parameters<ReturnType<typeof useDocumentStore.getState>['run']>[0]>(
  method: M,
  input: Input<M>,
) => useDocumentStore.getState().run(method, input);

export const useReviewStore = create<ReviewState>()((set, get) => {
  let loadSeq = 0;

  async function readPeople(): Promise<void> {
    const people = await call('review.people', {}).catch(() => get().people);
    set({ people });
  }

  return {
    scorecardId: null,
    reviews: [],
    templates: [],
    people: [],
    detail: null,
    loading: false,
    error: null,

    load: async (scorecardId) => {
      const seq = ++loadSeq;
      const switched = get().scorecardId !== scorecardId;
      set({ scorecardId, loading: true, error: null, ...(switched ? { reviews: [], detail: null } : {}) });
      try {
        const [reviews, templates, people] = await Promise.all([
          call('review.list', { scorecardId }),
          call('review.templates', {}),
          call('review.people', {}),
        ]);
        if (seq !== loadSeq) return;
        set({ reviews: [...reviews].sort(newestReviewFirst), templates, people });
        const open = get().detail;
        if (open) {
          // The open review may have gone with an undo of its start, or a document read again.
          if (reviews.some((r) => r.id === open.review.id)) await get().open(open.review.id);
          else set({ detail: null });
        }
      } catch (err) {
        if (seq === loadSeq) set({ error: errorMessage(err) });
      } finally {
        if (seq === loadSeq) set({ loading: false });
      }
    },

    open: async (id) => {
      try {
        const detail = await call('review.get', { id });
        set({ detail, error: null });
      } catch (err) {
        set({ error: errorMessage(err) });
      }
    },

    close: () => set({ detail: null }),

    start: async (input) => {
      const detail = await run('review.start', input);
      // The answer's changes list the review and its lines; the actions brought back are read with it.
      set({ detail });
      void readPeople();
      return detail;
    },
    updateReview: async (input) => {
      await run('review.update', input);
      if (input.attendees) void readPeople();
    },
    deleteReview: async (id) => {
      await run('review.delete', { id });
    },
    addItem: (input) => run('review.item.create', input),
    updateItem: async (input) => {
      await run('review.item.update', input);
    },
    deleteItem: async (id) => {
      await run('review.item.delete', { id });
    },
    moveItem: async (id, by) => {
      const detail = get().detail;
      if (!detail) return false;
      const ids = detail.items.map((i) => i.id);
      const at = ids.indexOf(id);
      const to = at + by;
      if (at < 0 || to < 0 || to >= ids.length) return false;
      [ids[at], ids[to]] = [ids[to]!, ids[at]!];
      await run('review.item.reorder', { reviewId: detail.review.id, ids });
      return true;
    },
    createAction: async (input) => {
      const action = await run('action.create', input);
      if (input.owner) void readPeople();
      return action;
    },
    updateAction: async (input) => {
      await run('action.update', input);
      if (input.owner) void readPeople();
    },
    deleteAction: async (id) => {
      await run('action.delete', { id });
    },
    createTemplate: (input) => run('review.template.create', input),
    updateTemplate: async (input) => {
      await run('review.template.update', input);
    },
    deleteTemplate: async (id) => {
      await run('review.template.delete', { id });
    },
  };
});

// Every applied answer brings the rows it changed; a full load of the document reads the slice again.
useDocumentStore.subscribe((state, before) => {
  const review = useReviewStore.getState();
  const scorecardId = state.tree?.scorecard.id ?? null;
  if (review.scorecardId === null) return;
  if (scorecardId === null) {
    useReviewStore.setState({ scorecardId: null, reviews: [], detail: null });
    return;
  }
  if (state.loads !== before.loads || scorecardId !== review.scorecardId) {
    void review.load(scorecardId);
    return;
  }
  if (!state.applied || state.applied === before.applied) return;
  const { changes } = state.applied;
  const reviews = patchRows(review.reviews, changes.reviews, (r) => r.scorecardId === scorecardId, newestReviewFirst);
  const templates = patchRows(review.templates, changes.reviewTemplates, () => true, byId);
  let detail = review.detail;
  if (detail) {
    const id = detail.review.id;
    if (changes.reviews?.removed.includes(id)) {
      detail = null;
    } else {
      const head = changes.reviews?.set.find((r) => r.id === id) ?? detail.review;
      const items = patchRows(detail.items, changes.reviewItems, (i) => i.reviewId === id, byPosition);
      // Actions agreed at this review, and those its agenda brings back (by the agenda line's entity).
      const brought = new Set(items.filter((i) => i.kind === 'action' && i.entityId !== null).map((i) => i.entityId));
      const shown = (a: ActionItem) => a.reviewId === id || brought.has(a.id);
      const actions = patchRows(detail.actions, changes.actions, shown, byId);
      if (head !== detail.review || items !== detail.items || actions !== detail.actions) {
        detail = { review: head, items, actions };
      }
    }
  }
  if (reviews !== review.reviews || templates !== review.templates || detail !== review.detail) {
    useReviewStore.setState({ reviews, templates, detail });
  }
});
