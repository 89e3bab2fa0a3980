/**
 * The references and rules of a file's workshops, notes and votes (interchange-io.ts checks the rest), checked before
 * anything is written, each problem named by its JSON path: what the workshop handlers would refuse, a file may not
 * bring in either (a note in another scorecard's column, a member of something that is not a group, more dots than
 * a participant has).
 */
import type { InterchangeDocument } from '../../shared/interchange';
import { t } from '../../shared/i18n';
import { missing } from './interchange-cascade';
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
    if (out.has(r.id)) bad([key, i, 'id'], t('errors:interchange.idTwice', { id: r.id }));
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
    if (!workshop) return bad(at('workshopId'), missing('workshop', n.workshopId));
    if (count(perWorkshop, n.workshopId) > MAX_NOTES_PER_WORKSHOP)
      bad(['workshopNotes', i], t('errors:interchange.tooManyNotes', { id: n.workshopId, max: MAX_NOTES_PER_WORKSHOP }));
    if (n.perspectiveId !== null) {
      const scorecard = scorecardOf.get(n.perspectiveId);
      if (scorecard === undefined)
        bad(at('perspectiveId'), missing('perspective', n.perspectiveId));
      if (scorecard !== workshop.scorecardId)
        bad(
          at('perspectiveId'),
          t('errors:interchange.notColumn', { id: n.perspectiveId, workshop: workshop.id }),
        );
    }
    if (n.groupId !== null) {
      const group = notes.get(n.groupId);
      if (!group) bad(at('groupId'), missing('note', n.groupId));
      if (n.kind === 'group') bad(at('groupId'), t('errors:interchange.groupInGroup'));
      if (group.kind !== 'group' || group.workshopId !== n.workshopId)
        bad(at('groupId'), t('errors:interchange.notGroup', { id: n.groupId, workshop: n.workshopId }));
      if (group.perspectiveId !== n.perspectiveId)
        bad(at('perspectiveId'), t('errors:interchange.groupColumn', { id: group.id }));
    }
    if (n.promotedObjectiveId !== null && !sets.objectives.has(n.promotedObjectiveId))
      bad(at('promotedObjectiveId'), missing('objective', n.promotedObjectiveId));
    if (n.promotedKpiId !== null && !sets.kpis.has(n.promotedKpiId))
      bad(at('promotedKpiId'), missing('kpi', n.promotedKpiId));
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
    if (!workshop) return bad(at('workshopId'), missing('workshop', v.workshopId));
    const note = notes.get(v.noteId);
    if (!note) bad(at('noteId'), missing('note', v.noteId));
    if (note.workshopId !== v.workshopId)
      bad(at('noteId'), t('errors:interchange.notOnBoard', { id: v.noteId, workshop: v.workshopId }));
    if (!workshop.participants.includes(v.participant))
      bad(at('participant'), t('errors:interchange.notParticipant', { name: v.participant, workshop: workshop.id }));
    const pair = `${v.noteId}:${v.participant}`;
    if (pairs.has(pair)) bad(['workshopVotes', i], t('errors:interchange.votesTwice', { name: v.participant, id: v.noteId }));
    pairs.add(pair);
    const key = `${v.workshopId}:${v.participant}`;
    const used = (placed.get(key) ?? 0) + v.dots;
    placed.set(key, used);
    if (used > workshop.dotsPerParticipant)
      bad(
        at('dots'),
        t('errors:interchange.tooManyDots', { name: v.participant, used, dots: workshop.dotsPerParticipant, workshop: workshop.id }),
      );
  });
}

export function checkWorkshopReferences(doc: InterchangeDocument, sets: Sets, bad: Bad): void {
  const workshops = byId(doc.workshops, 'workshops', bad);
  const perScorecard = new Map<number, number>();
  doc.workshops.forEach((w, i) => {
    if (!sets.scorecards.has(w.scorecardId))
      bad(['workshops', i, 'scorecardId'], missing('scorecard', w.scorecardId));
    if (count(perScorecard, w.scorecardId) > MAX_WORKSHOPS_PER_SCORECARD)
      bad(['workshops', i], t('errors:interchange.tooManyWorkshops', { id: w.scorecardId, max: MAX_WORKSHOPS_PER_SCORECARD }));
  });
  const notes = checkNotes(doc, sets, workshops, bad);
  checkVotes(doc, workshops, notes, bad);
}
