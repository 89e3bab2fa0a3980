/**
 * One notes model: every note (written in a Notes dialog, the KPI detail, a grid cell or the grid's note-on-red
 * prompt) is a Note on an entity, optionally about a period. These rules say which notes belong to a period and
 * which note a grid cell shows, for the report, the notes timeline, the KPI detail and the grid alike.
 */
import type { Note } from './domain';
import { compareKinds, periodEndDate, periodKind, periodStartDate, subPeriods, type PeriodKind } from './periods';

/** Newest first: the latest explanation is what a reader wants. */
export const newestFirst = (a: Note, b: Note): number => b.createdAt.localeCompare(a.createdAt) || b.id - a.id;

/** The period's own key and those of every shorter period inside it (a quarter's months, a year's quarters and months). */
export function periodAndParts(period: string, fyStart: number): Set<string> {
  const keys = new Set([period]);
  for (const kind of ['month', 'quarter'] as PeriodKind[]) {
    if (compareKinds(kind, periodKind(period)) < 0) for (const k of subPeriods(period, kind, fyStart)) keys.add(k);
  }
  return keys;
}

/**
 * Whether a note belongs to a period: a note about a period belongs to that period and every longer one containing
 * it (a note on May is a note of Q2 and of the year); a note about no period belongs to the period it was written in.
 */
export function isNoteOfPeriod(
  note: Pick<Note, 'period' | 'createdAt'>,
  period: string,
  fyStart: number,
  parts: ReadonlySet<string> = periodAndParts(period, fyStart),
): boolean {
  if (note.period !== null) return parts.has(note.period);
  const day = note.createdAt.slice(0, 10);
  return day >= periodStartDate(period, fyStart) && day <= periodEndDate(period, fyStart);
}

/** The notes of a period, in the order given. */
export function notesOfPeriod<N extends Pick<Note, 'period' | 'createdAt'>>(
  notes: readonly N[],
  period: string,
  fyStart: number,
): N[] {
  const parts = periodAndParts(period, fyStart);
  return notes.filter((n) => isNoteOfPeriod(n, period, fyStart, parts));
}

/**
 * When a note kept beside a value before notes were one model was written: it has no time of its own, so the end of
 * its period, or now if that end is still to come.
 */
export function valueNoteTime(period: string, fyStart: number, now: Date = new Date()): string {
  const end = `${periodEndDate(period, fyStart)}T00:00:00.000Z`;
  const current = now.toISOString();
  return end < current ? end : current;
}
