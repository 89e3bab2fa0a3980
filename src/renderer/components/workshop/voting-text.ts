/** Words the voting part uses in labels and messages: a note named briefly, a count of dots. */
import { t } from '../../../shared/i18n';
import type { WorkshopBoard, WorkshopNote } from '../../../shared/workshop';

/** A note's text as a label names it: one line, long texts cut, in the language's quotation marks. */
export function quoted(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return t('review:quoted', { text: line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line });
}

export const dots = (n: number): string => t('review:voting.dots', { count: n });

/** A group's notes in their order (none for a loose note). */
export function membersOf(board: WorkshopBoard, groupId: number): WorkshopNote[] {
  return board.notes.filter((n) => n.groupId === groupId).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** The description a promotion writes: a group's notes as lines "• text"; a single note has none. */
export function promotedDescription(members: readonly WorkshopNote[]): string {
  return members.map((m) => `• ${m.text}`).join('\n');
}
