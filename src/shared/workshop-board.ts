/**
 * The board as the page and the report show it: one column per perspective (in the scorecard's order) and the
 * parking lot last; in each, the loose notes and the groups (with their members) in their order, or by votes once
 * the votes are revealed. Zod-free: the board's first paint needs no schemas.
 */
import type { Perspective } from './domain';
import { t } from './i18n';
import type { WorkshopBoard, WorkshopNote, WorkshopVote } from './workshop';

export interface BoardItem {
  /** A loose note, or a group (kind 'group') with its members. */
  note: WorkshopNote;
  members: WorkshopNote[];
  /** Dots on the note or group itself, from every participant. */
  votes: number;
}

export interface BoardColumn {
  /** null: the parking lot. */
  perspectiveId: number | null;
  title: string;
  items: BoardItem[];
}

/** The parking lot's name in English (history labels); a column shows it in the reader's language. */
export const PARKING_LOT = 'Parking lot';

const byPosition = (a: WorkshopNote, b: WorkshopNote) => a.position - b.position || a.id - b.id;

/** Dots per note or group, from every participant. */
export function voteTotals(votes: readonly WorkshopVote[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (const v of votes) totals.set(v.noteId, (totals.get(v.noteId) ?? 0) + v.dots);
  return totals;
}

/** How many dots the participant has placed, and how many are left. */
export function dotsOf(board: WorkshopBoard, participant: string): { used: number; left: number } {
  const used = board.votes.filter((v) => v.participant === participant).reduce((sum, v) => sum + v.dots, 0);
  return { used, left: Math.max(0, board.workshop.dotsPerParticipant - used) };
}

/**
 * The columns of the board. Sorted by votes (most first, ties in board order) when `byVotes`; a group's members
 * stay in their own order. Notes of a perspective that is no longer the scorecard's show in the parking lot.
 */
export function boardColumns(perspectives: readonly Pick<Perspective, 'id' | 'name' | 'position'>[], board: WorkshopBoard, byVotes: boolean): BoardColumn[] {
  const ordered = [...perspectives].sort((a, b) => a.position - b.position || a.id - b.id);
  const known = new Set(ordered.map((p) => p.id));
  const totals = voteTotals(board.votes);
  const members = new Map<number, WorkshopNote[]>();
  for (const n of board.notes) {
    if (n.groupId !== null) members.set(n.groupId, [...(members.get(n.groupId) ?? []), n]);
  }
  const columnOf = (n: WorkshopNote) => (n.perspectiveId !== null && known.has(n.perspectiveId) ? n.perspectiveId : null);
  const columns: BoardColumn[] = [
    ...ordered.map((p) => ({ perspectiveId: p.id, title: p.name, items: [] as BoardItem[] })),
    { perspectiveId: null, title: t('review:board.parkingLot'), items: [] },
  ];
  const byColumn = new Map(columns.map((c) => [c.perspectiveId, c]));
  const loose = board.notes.filter((n) => n.groupId === null).sort(byPosition);
  for (const n of loose) {
    byColumn.get(columnOf(n))!.items.push({
      note: n,
      members: (members.get(n.id) ?? []).sort(byPosition),
      votes: totals.get(n.id) ?? 0,
    });
  }
  if (byVotes) for (const c of columns) c.items = c.items.map((item, i) => ({ item, i })).sort((a, b) => b.item.votes - a.item.votes || a.i - b.i).map((x) => x.item);
  return columns;
}
