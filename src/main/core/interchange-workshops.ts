/**
 * The references and rules of a file's workshops, notes and votes (interchange-io.ts checks the rest), checked before
 * anything is written, each problem named by its JSON path: what the workshop handlers would refuse, a file may not
 * bring in either (a note in another scorecard's column, a member of something that is not a group, more dots than
 * a participant has).
 */
import type { InterchangeDocument } from '../../shared/interchange';
import {
  MAX_NOTES_PER_WORKSHOP,
  MAX_WORKSHOPS_PER_SCORECARD,
  type Workshop,
  type WorkshopNote,
} from '../../shared/workshop';

type Path = (string | number)[];
type Bad = (path: Path, message: string) => never;

interface Sets {
  scorecards: Set<number>;
  objectives: Set<number>;
  kpis: Set<number>;
}

function byId<T extends { id: number }>(rows: T[], key: string, bad: Bad): Map<number, T> {
  const out = new Map<number, T>();
  rows.forEach((r, i) => {
    if (out.has(r.id)) bad([key, i, 'id'], `id ${r.id} is used twice`);
    out.set(r.id, r);
  });
  return out;
}

function count(counts: Map<number, number>, key: number): number {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
}

function checkNotes(
  doc: InterchangeDocument,
  sets: Sets,
  workshops: Map<number, Workshop>,
  bad: Bad,
): Map<number, WorkshopNote> {
  const notes = byId(doc.workshopNotes, 'workshopNotes', bad);
  const scorecardOf = new Map(doc.perspectives.map((p) => [p.id, p.scorecardId]));
  const perWorkshop = new Map<number, number>();
  doc.workshopNotes.forEach((n, i) => {
    const at = (field: string): Path => ['workshopNotes', i, field];
    const workshop = workshops.get(n.workshopId);
    if (!workshop) return bad(at('workshopId'), `workshop ${n.workshopId} does not exist in this file`);
    if (count(perWorkshop, n.workshopId) > MAX_NOTES_PER_WORKSHOP)
      bad(['workshopNotes', i], `workshop ${n.workshopId} has more than ${MAX_NOTES_PER_WORKSHOP} notes`);
    if (n.perspectiveId !== null) {
      const scorecard = scorecardOf.get(n.perspectiveId);
      if (scorecard === undefined)
        bad(at('perspectiveId'), `perspective ${n.perspectiveId} does not exist in this file`);
      if (scorecard !== workshop.scorecardId)
        bad(
          at('perspectiveId'),
          `perspective ${n.perspectiveId} is not a column of workshop ${workshop.id}'s scorecard`,
        );
    }
    if (n.groupId !== null) {
      const group = notes.get(n.groupId);
      if (!group) bad(at('groupId'), `note ${n.groupId} does not exist in this file`);
      if (n.kind === 'group') bad(at('groupId'), 'a group cannot sit in another group');
      if (group.kind !== 'group' || group.workshopId !== n.workshopId)
        bad(at('groupId'), `note ${n.groupId} is not a group of workshop ${n.workshopId}`);
      if (group.perspectiveId !== n.perspectiveId)
        bad(at('perspectiveId'), `must be the column of its group ${group.id}`);
    }
    if (n.promotedObjectiveId !== null && !sets.objectives.has(n.promotedObjectiveId))
      bad(at('promotedObjectiveId'), `objective ${n.promotedObjectiveId} does not exist in this file`);
    if (n.promotedKpiId !== null && !sets.kpis.has(n.promotedKpiId))
      bad(at('promotedKpiId'), `KPI ${n.promotedKpiId} does not exist in this file`);
  });
  return notes;
}

function checkVotes(
  doc: InterchangeDocument,
  workshops: Map<number, Workshop>,
  notes: Map<number, WorkshopNote>,
  bad: Bad,
): void {
  byId(doc.workshopVotes, 'workshopVotes', bad);
  const placed = new Map<string, number>();
  const pairs = new Set<string>();
  doc.workshopVotes.forEach((v, i) => {
    const at = (field: string): Path => ['workshopVotes', i, field];
    const workshop = workshops.get(v.workshopId);
    if (!workshop) return bad(at('workshopId'), `workshop ${v.workshopId} does not exist in this file`);
    const note = notes.get(v.noteId);
    if (!note) bad(at('noteId'), `note ${v.noteId} does not exist in this file`);
    if (note.workshopId !== v.workshopId)
      bad(at('noteId'), `note ${v.noteId} is not on workshop ${v.workshopId}'s board`);
    if (!workshop.participants.includes(v.participant))
      bad(at('participant'), `“${v.participant}” is not a participant of workshop ${workshop.id}`);
    const pair = `${v.noteId}:${v.participant}`;
    if (pairs.has(pair)) bad(['workshopVotes', i], `“${v.participant}” votes for note ${v.noteId} twice`);
    pairs.add(pair);
    const key = `${v.workshopId}:${v.participant}`;
    const used = (placed.get(key) ?? 0) + v.dots;
    placed.set(key, used);
    if (used > workshop.dotsPerParticipant)
      bad(
        at('dots'),
        `“${v.participant}” places ${used} dots, more than the ${workshop.dotsPerParticipant} of workshop ${workshop.id}`,
      );
  });
}

export function checkWorkshopReferences(doc: InterchangeDocument, sets: Sets, bad: Bad): void {
  const workshops = byId(doc.workshops, 'workshops', bad);
  const perScorecard = new Map<number, number>();
  doc.workshops.forEach((w, i) => {
    if (!sets.scorecards.has(w.scorecardId))
      bad(['workshops', i, 'scorecardId'], `scorecard ${w.scorecardId} does not exist in this file`);
    if (count(perScorecard, w.scorecardId) > MAX_WORKSHOPS_PER_SCORECARD)
      bad(['workshops', i], `scorecard ${w.scorecardId} has more than ${MAX_WORKSHOPS_PER_SCORECARD} workshops`);
  });
  const notes = checkNotes(doc, sets, workshops, bad);
  checkVotes(doc, workshops, notes, bad);
}
