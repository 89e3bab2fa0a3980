/**
 * Every note of the open scorecard, wherever it was written (a notes dialog, a grid cell, the grid's note-on-red
 * prompt), for the notes timeline, the objective panel and the KPI detail. Reloaded whenever the document reloads,
 * which every edit does, notes included.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import { call, errorMessage } from '../api';
import type { Note } from '../../shared/domain';
import { useDocumentStore } from './document-store';

interface ScorecardNotesState {
  scorecardId: number | null;
  notes: Note[];
  error: string | null;
  /** What the last load was for: a tree, by identity. */
  stamp: readonly unknown[];
  refresh(scorecardId: number, stamp: readonly unknown[]): Promise<void>;
}

let seq = 0;

export const useScorecardNotesStore = create<ScorecardNotesState>()((set, get) => ({
  scorecardId: null,
  notes: [],
  error: null,
  stamp: [],
  refresh: async (scorecardId, stamp) => {
    const last = get().stamp;
    if (get().scorecardId === scorecardId && last.length === stamp.length && last.every((x, i) => x === stamp[i])) {
      return;
    }
    const mine = ++seq;
    set({ stamp, scorecardId: get().scorecardId === scorecardId ? scorecardId : null });
    try {
      const notes = await call('note.list', { scorecardId });
      if (mine === seq) set({ scorecardId, notes, error: null });
    } catch (err) {
      if (mine === seq) set({ error: errorMessage(err), stamp: [] });
    }
  },
}));

/** The scorecard's notes, kept current. */
export function useScorecardNotes(): { notes: Note[]; error: string | null } {
  const tree = useDocumentStore((s) => s.tree);
  const notes = useScorecardNotesStore((s) => s.notes);
  const error = useScorecardNotesStore((s) => s.error);
  const loadedFor = useScorecardNotesStore((s) => s.scorecardId);
  useEffect(() => {
    if (tree) void useScorecardNotesStore.getState().refresh(tree.scorecard.id, [tree]);
  }, [tree]);
  return { notes: tree && loadedFor === tree.scorecard.id ? notes : [], error };
}
