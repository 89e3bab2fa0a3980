/**
 * Notes of a scorecard in time order: the notes people wrote on the scorecard, perspectives, objectives, KPIs and
 * initiatives, and the notes kept beside a KPI's value for a period.
 */
import type { Measurement, Note, NoteEntityType, ScorecardTree } from './domain';
import { periodEndDate, periodMonths } from './periods';

export type TimelineKind = NoteEntityType | 'value';

export interface TimelineEntry {
  key: string;
  kind: TimelineKind;
  /** What the note is on; value notes are on their KPI. */
  entityType: NoteEntityType;
  entityId: number;
  entityName: string;
  period: string | null;
  author: string;
  body: string;
  /** When it was written (YYYY-MM-DD); for a value note, which has no time of its own, the end of its period. */
  date: string;
  /** The note entity's id; null for value notes. */
  noteId: number | null;
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
export function buildNotesTimeline(
  notes: readonly Note[],
  measurements: readonly Measurement[],
  tree: Names,
  fyStart: number,
): TimelineEntry[] {
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
      noteId: n.id,
    });
  }
  for (const m of measurements) {
    const body = m.note.trim();
    const name = names.kpi.get(m.kpiId);
    if (!body || name === undefined) continue;
    out.push({
      key: `value-${m.kpiId}-${m.period}`,
      kind: 'value',
      entityType: 'kpi',
      entityId: m.kpiId,
      entityName: name,
      period: m.period,
      author: '',
      body,
      date: periodEndDate(m.period, fyStart),
      noteId: null,
    });
  }
  return out.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (b.noteId ?? 0) - (a.noteId ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export interface TimelineFilter {
  /** '' for every kind. */
  kind: TimelineKind | '';
  /** '' for every period; otherwise notes about this period or a period inside it. */
  period: string;
}

export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
  fyStart: number,
): TimelineEntry[] {
  const months = filter.period ? new Set(periodMonths(filter.period, fyStart)) : null;
  return entries.filter((e) => {
    if (filter.kind && e.kind !== filter.kind) return false;
    if (months) {
      if (!e.period) return false;
      if (!periodMonths(e.period, fyStart).every((m) => months.has(m))) return false;
    }
    return true;
  });
}

/** The periods notes are about, latest first, for a period filter. */
export function timelinePeriods(entries: readonly TimelineEntry[], fyStart: number): string[] {
  const periods = [...new Set(entries.map((e) => e.period).filter((p): p is string => p !== null))];
  const end = new Map(periods.map((p) => [p, periodEndDate(p, fyStart)]));
  // By where a period ends, so a month sits between the quarters around it; the longer period first on a tie.
  return periods.sort((a, b) => (end.get(b)! < end.get(a)! ? -1 : end.get(b)! > end.get(a)! ? 1 : a.length - b.length));
}
