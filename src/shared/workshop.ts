/**
 * Workshops (docs/workshops.md): a strategy workshop held with a client on one laptop and a projector. A workshop
 * belongs to a scorecard; its board has a column per perspective and a parking lot (perspectiveId null). The team
 * types notes, groups them under a heading, votes with dots and promotes the winners to objectives or KPIs.
 *
 * A group is a note of kind 'group' whose text is the heading; its members point to it with groupId and sit in the
 * same column. Votes are per participant (by name, from the workshop's participants) and per note or group.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Id, IsoDate, multiLine, Name, oneLine, ShortText } from './domain';

export const MAX_PARTICIPANTS = 50;
export const MAX_DOTS_PER_PARTICIPANT = 20;
export const MAX_NOTES_PER_WORKSHOP = 2000;
export const MAX_WORKSHOPS_PER_SCORECARD = 200;

/** A participant's name as it shows on the voting bar: one line, unique within the workshop (case-insensitive). */
export const ParticipantName = oneLine(z.string().trim().min(1, says('required')).max(80, says('atMostChars', { max: 80 })));
export const Participants = z
  .array(ParticipantName)
  .max(MAX_PARTICIPANTS, says('atMostParticipants', { max: MAX_PARTICIPANTS }))
  .refine((names) => new Set(names.map((n) => n.toLocaleLowerCase())).size === names.length, says('participantNames'));

export const WorkshopFields = z.object({
  scorecardId: Id,
  name: Name,
  date: IsoDate,
  participants: Participants,
  dotsPerParticipant: z
    .number()
    .int(says('wholeNumber'))
    .min(1, says('atLeast', { min: 1 }))
    .max(MAX_DOTS_PER_PARTICIPANT, says('atMost', { max: MAX_DOTS_PER_PARTICIPANT })),
  /** Votes are hidden on the board until the facilitator reveals them; then each column sorts by votes. */
  votesRevealed: z.boolean(),
});
export const Workshop = WorkshopFields.extend({ id: Id });
export type Workshop = z.infer<typeof Workshop>;

export const WorkshopNoteKind = z.enum(['note', 'group']);
export type WorkshopNoteKind = z.infer<typeof WorkshopNoteKind>;

/** A sticky note's text (or a group's heading): short, but may wrap over lines as people type them. */
export const NoteText = multiLine(z.string().trim().min(1, says('required')).max(500, says('atMostChars', { max: 500 })));

export const WorkshopNoteFields = z.object({
  workshopId: Id,
  kind: WorkshopNoteKind,
  /** The column: a perspective of the workshop's scorecard, or null for the parking lot. */
  perspectiveId: Id.nullable(),
  /** The group this note sits in (a note of kind 'group' in the same column); null for a loose note or a group. */
  groupId: Id.nullable(),
  text: NoteText,
  /** Order within its column (loose notes and groups) or within its group (members). */
  position: z.number().int().min(0),
  /** What the note or group was promoted to; cleared when that objective or KPI is deleted. */
  promotedObjectiveId: Id.nullable(),
  promotedKpiId: Id.nullable(),
});
export const WorkshopNote = WorkshopNoteFields.extend({ id: Id });
export type WorkshopNote = z.infer<typeof WorkshopNote>;

export const WorkshopVoteFields = z.object({
  workshopId: Id,
  noteId: Id,
  participant: ParticipantName,
  dots: z.number().int().min(1).max(MAX_DOTS_PER_PARTICIPANT),
});
export const WorkshopVote = WorkshopVoteFields.extend({ id: Id });
export type WorkshopVote = z.infer<typeof WorkshopVote>;

/** Everything the board shows: the workshop, its notes and groups, and the votes (the page hides them until revealed). */
export interface WorkshopBoard {
  workshop: Workshop;
  notes: WorkshopNote[];
  votes: WorkshopVote[];
}

// ---- API inputs ----

export const WorkshopListInput = z.object({ scorecardId: Id }).strict();
export const WorkshopCreate = WorkshopFields.partial({ participants: true, dotsPerParticipant: true, votesRevealed: true }).strict();
export const WorkshopUpdate = WorkshopFields.omit({ scorecardId: true }).partial().extend({ id: Id }).strict();

export const NoteCreate = z
  .object({
    workshopId: Id,
    perspectiveId: Id.nullable(),
    text: NoteText,
    /** Put it into this group (its column is the group's); absent or null: a loose note at the column's end. */
    groupId: Id.nullable().optional(),
    /** Insert after this note (same column or group); absent: at the end. */
    afterId: Id.nullable().optional(),
  })
  .strict();
export const NoteUpdate = z.object({ id: Id, text: NoteText }).strict();

/** Move a note or a group to a column (and index there), or a note into a group (index within it). */
export const NoteMove = z
  .object({
    id: Id,
    perspectiveId: Id.nullable(),
    groupId: Id.nullable().optional(),
    /**
     * Its place after the move among the loose notes and groups of the column (or the group's members), counted
     * without the note itself: moving the first of three to the end is index 2; absent or beyond: at the end.
     */
    index: z.number().int().min(0).optional(),
  })
  .strict();

/**
 * Drop one note on another: onto a group, the note joins it; onto a loose note, both become the members of a new
 * group in the target's column, headed `heading` (default: the target note's text).
 */
export const NoteMerge = z
  .object({ id: Id, ontoId: Id, heading: NoteText.optional() })
  .strict();

/** Add (+1) or take back (−1) one of a participant's dots on a note or a group. */
export const VoteInput = z
  .object({ workshopId: Id, participant: ParticipantName, noteId: Id, delta: z.union([z.literal(1), z.literal(-1)]) })
  .strict();
export const VotesClear = z.object({ workshopId: Id, participant: ParticipantName.optional() }).strict();

export const PromoteTarget = z.discriminatedUnion('kind', [
  /** A new objective in the note's column's perspective (perspectiveId needed for the parking lot). */
  z.object({ kind: z.literal('objective'), perspectiveId: Id.optional(), owner: ShortText.optional() }).strict(),
  /** A new KPI of this objective. */
  z.object({ kind: z.literal('kpi'), objectiveId: Id }).strict(),
]);
export type PromoteTarget = z.infer<typeof PromoteTarget>;
export const PromoteInput = z.object({ noteId: Id, target: PromoteTarget }).strict();
export interface PromoteResult {
  note: WorkshopNote;
  objectiveId: number | null;
  kpiId: number | null;
}
