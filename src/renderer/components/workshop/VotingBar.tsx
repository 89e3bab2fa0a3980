/** Dot voting above the board: whose turn it is, dots left, next participant, reveal and clear (owned by the voting part). */
import type { WorkshopBoard } from '../../../shared/workshop';

export function VotingBar({ board }: { board: WorkshopBoard }) {
  void board;
  return null;
}
