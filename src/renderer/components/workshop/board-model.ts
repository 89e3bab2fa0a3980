/** Where things are on the board as the page shows it: the columns flattened for the arrow keys, and places by id. */
import { currentLocale, t } from '../../../shared/i18n';
import type { WorkshopNote } from '../../../shared/workshop';
import type { BoardColumn, BoardItem } from '../../../shared/workshop-board';

/** A focusable card in a column's reading order: a loose note or group, then a group's members. */
export interface FlatCard {
  note: WorkshopNote;
  /** Index of the loose note or group among the column's items (for a member: its group's). */
  itemIndex: number;
  /** The group a member sits in. */
  group: WorkshopNote | null;
}

export function flatten(column: BoardColumn): FlatCard[] {
  return column.items.flatMap((item, itemIndex) => [
    { note: item.note, itemIndex, group: null },
    ...item.members.map((note) => ({ note, itemIndex, group: item.note })),
  ]);
}

export interface Place {
  col: number;
  /** Index in the column's flattened cards. */
  flat: number;
  card: FlatCard;
}

export function locate(columns: readonly BoardColumn[], id: number): Place | null {
  for (let col = 0; col < columns.length; col++) {
    const cards = flatten(columns[col]!);
    const flat = cards.findIndex((c) => c.note.id === id);
    if (flat >= 0) return { col, flat, card: cards[flat]! };
  }
  return null;
}

/** The column's loose notes and groups other than the one being moved: the places it can be dropped between. */
export function othersIn(column: BoardColumn, movingId: number): BoardItem[] {
  return column.items.filter((i) => i.note.id !== movingId);
}

export const columnKey = (c: Pick<BoardColumn, 'perspectiveId'>): string =>
  c.perspectiveId === null ? 'parking' : String(c.perspectiveId);

/** "2nd", "2.", "2e", "2.º": the ordinal form the language's rules pick (Intl.PluralRules) for a place. */
export function ordinal(n: number): string {
  const form = new Intl.PluralRules(currentLocale(), { type: 'ordinal' }).select(n);
  const known = form === 'one' || form === 'two' || form === 'few' ? form : 'other';
  return t(`review:ordinal.${known}`, { n });
}

/** A place in a column as an announcement says it: "Customer, 2nd of 3". */
export const placeText = (column: string, position: number, total: number): string =>
  t('review:board.place', { column, position: ordinal(position), total });

/** A note's text as an announcement quotes it: one line, not too long. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return t('review:quoted', { text: line.length > 60 ? `${line.slice(0, 59)}…` : line });
}
