/**
 * Notes of a scorecard in time order: the notes people wrote on the scorecard, perspectives, objectives, KPIs and
 * initiatives, wherever they wrote them (a notes dialog, the KPI detail, a grid cell or its note-on-red prompt).
 */
import type { Note, NoteEntityType, ScorecardTree } from './domain';
import { isNoteOfPeriod, periodAndParts } from './notes';
import { periodEndDate } from './periods';

export type TimelineKind = NoteEntityType;

export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  /** What the note is on. */
  entityType: NoteEntityType;
  entityId: number;
  entityName: string;
  period: string | null;
  author: string;
  body: string;
  /** When it was written (YYYY-MM-DD). */
  date: string;
  /** When it was written, in full: which period a note about no period belongs to. */
  createdAt: string;
  noteId: number;
}

type Names = Pick<ScorecardTree, 'scorecard' | 'perspectives' | 'objectives' | 'kpis' | 'initiatives'>;

export function entityNames(tree: Names): Record<NoteEntityType, Map<number, string>> {
  return {
    scorecard: new Map([[tree.scorecard.id, tree.scorecard.name]]),
    perspective: new Map(tree.perspectives.map((p) => [p.id, p.name])),
    objective: new Map(tree.objectives.map((o) => [o.id, o.title])),
    kpi: new Map(tree.kpis.map((k) => [k.id, k.name])),
    initiative: new Map(tree.initiatives.map((i) => [i.id, i.title])),
  };
}

/** Newest first; notes on things no longer in the scorecard are left out. */
export function buildNotesTimeline(notes: readonly Note[], tree: Names): TimelineEntry[] {
  const names = entityNames(tree);
  const out: TimelineEntry[] = [];
  for (const n of notes) {
    const name = names[n.entityType].get(n.entityId);
    if (name === undefined) continue;
    out.push({
      key: `note-${n.id}`,
      kind: n.entityType,
      entityType: n.entityType,
      entityId: n.entityId,
      entityName: name,
      period: n.period,
      author: n.author,
      body: n.body,
      date: n.createdAt.slice(0, 10),
      createdAt: n.createdAt,
      noteId: n.id,
    });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.noteId - a.noteId));
}

export interface TimelineFilter {
  /** '' for every kind. */
  kind: TimelineKind | '';
  /** '' for every period; otherwise the notes of this period, by the rule the report uses (shared/notes.ts). */
  period: string;
}

export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
  fyStart: number,
): TimelineEntry[] {
  const parts = filter.period ? periodAndParts(filter.period, fyStart) : null;
  return entries.filter((e) => {
    if (filter.kind && e.kind !== filter.kind) return false;
    return !parts || isNoteOfPeriod(e, filter.period, fyStart, parts);
  });
}

/** The periods notes are about, latest first, for a period filter. */
export function timelinePeriods(entries: readonly TimelineEntry[], fyStart: number): string[] {
  const periods = [...new Set(entries.map((e) => e.period).filter((p): p is string => p !== null))];
  const end = new Map(periods.map((p) => [p, periodEndDate(p, fyStart)]));
  // By where a period ends, so a month sits between the quarters around it; the longer period first on a tie.
  return periods.sort((a, b) => (end.get(b)! < end.get(a)! ? -1 : end.get(b)! > end.get(a)! ? 1 : a.length - b.length));
}
