/**
 * Every note of the open scorecard, wherever it was written (a notes dialog, a grid cell, the grid's note-on-red
 * prompt), for the notes timeline, the objective panel and the KPI detail. Read when the scorecard is shown or the
 * document read again; every edit's answer is applied to them as it comes (src/shared/changes.ts).
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { call, errorMessage } from '../api';
import { applyNoteChanges, newestFirst, noteInTree } from '../../shared/changes';
import type { Note } from '../../shared/domain';
import { useDocumentStore } from './document-store';

interface ScorecardNotesState {
  scorecardId: number | null;
  notes: Note[];
  error: string | null;
  /** The document load the notes were read for. */
  loadedAt: number;
  /** Reads the scorecard's notes, unless they were read for this scorecard and document load already. */
  refresh(scorecardId: number, loads: number): Promise<void>;
}

export const useScorecardNotesStore = create<ScorecardNotesState>()((set, get) => {
  let seq = 0;
  return {
    scorecardId: null,
    notes: [],
    error: null,
    loadedAt: -1,
    refresh: async (scorecardId, loads) => {
      if (get().scorecardId === scorecardId && get().loadedAt === loads) return;
      const mine = ++seq;
      set({ loadedAt: loads, scorecardId: get().scorecardId === scorecardId ? scorecardId : null });
      try {
        const notes = await call('note.list', { scorecardId });
        if (mine === seq) set({ scorecardId, notes: notes.sort(newestFirst), error: null });
      } catch (err) {
        if (mine === seq) set({ error: errorMessage(err), loadedAt: -1 });
      }
    },
  };
});

useDocumentStore.subscribe((state, before) => {
  const { applied, tree } = state;
  if (!applied || applied === before.applied || !tree) return;
  const held = useScorecardNotesStore.getState();
  if (held.scorecardId !== tree.scorecard.id) return;
  const next = applyNoteChanges(held.notes, applied.changes, (n) => noteInTree(tree, n));
  if (next !== held.notes) useScorecardNotesStore.setState({ notes: next });
});

/** The scorecard's notes, kept current. */
export function useScorecardNotes(): { notes: Note[]; error: string | null } {
  const scorecardId = useDocumentStore((s) => s.tree?.scorecard.id);
  const loads = useDocumentStore((s) => s.loads);
  const notes = useScorecardNotesStore((s) => s.notes);
  const error = useScorecardNotesStore((s) => s.error);
  const loadedFor = useScorecardNotesStore((s) => s.scorecardId);
  useEffect(() => {
    if (scorecardId !== undefined) void useScorecardNotesStore.getState().refresh(scorecardId, loads);
  }, [scorecardId, loads]);
  return { notes: scorecardId !== undefined && loadedFor === scorecardId ? notes : [], error };
}
