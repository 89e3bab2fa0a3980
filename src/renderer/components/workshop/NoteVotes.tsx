/** A note's or group's dots: the voter's + and − while voting, the total once revealed (owned by the voting part). */
import type { WorkshopBoard } from '../../../shared/workshop';
import type { BoardItem } from '../../../shared/workshop-board';

export function NoteVotes({ board, item }: { board: WorkshopBoard; item: BoardItem }) {
  void board;
  void item;
  return null;
}
