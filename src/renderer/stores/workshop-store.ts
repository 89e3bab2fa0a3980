/**
 * The Workshops view's own state: which workshop is open (per scorecard), who is voting, and the board as last
 * read. The board is read with workshop.get whenever the document's revision moves (every write goes through the
 * document store's one write path, `run`), so undo, redo and another view's edits show on the board as well.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { call, errorMessage } from '../api';
import type { WorkshopBoard } from '../../shared/workshop';
import { useDocumentStore } from './document-store';

interface WorkshopUiState {
  /** The open workshop of each scorecard (by scorecard id); absent: the list. */
  openByScorecard: Record<number, number | undefined>;
  /** Who is placing dots on the laptop now, per workshop; absent: nobody is voting. */
  voterByWorkshop: Record<number, string | undefined>;
  /** Full-screen projector mode. */
  projector: boolean;
  open(scorecardId: number, workshopId: number | undefined): void;
  setVoter(workshopId: number, participant: string | undefined): void;
  setProjector(on: boolean): void;
}

export const useWorkshopStore = create<WorkshopUiState>((set) => ({
  openByScorecard: {},
  voterByWorkshop: {},
  projector: false,
  open: (scorecardId, workshopId) => set((s) => ({ openByScorecard: { ...s.openByScorecard, [scorecardId]: workshopId } })),
  setVoter: (workshopId, participant) => set((s) => ({ voterByWorkshop: { ...s.voterByWorkshop, [workshopId]: participant } })),
  setProjector: (projector) => set({ projector }),
}));

/** The board of a workshop as of the document's current revision; `current` is false while a newer read is on its way. */
export function useWorkshopBoard(workshopId: number | undefined): {
  board: WorkshopBoard | null;
  error: string | null;
  current: boolean;
} {
  const revision = useDocumentStore((s) => s.revision?.revision);
  const key = workshopId !== undefined ? `${workshopId}|${revision}` : null;
  const [result, setResult] = useState<{ key: string; board: WorkshopBoard | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!key || workshopId === undefined) return;
    let live = true;
    call('workshop.get', { id: workshopId })
      .then((board) => live && setResult({ key, board, error: null }))
      .catch((err: unknown) => live && setResult({ key, board: null, error: errorMessage(err) }));
    return () => {
      live = false;
    };
    // The key holds the workshop and the document's revision: nothing else changes the answer.
  }, [key]);
  // While a newer read is on its way, keep showing the last board of the same workshop (no flicker as notes are typed).
  const sameWorkshop = result && result.board?.workshop.id === workshopId;
  return { board: sameWorkshop ? result.board : null, error: result?.key === key ? result.error : null, current: result?.key === key };
}
