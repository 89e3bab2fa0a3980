/** Workshops (docs/workshops.md) and the PowerPoint deck (docs/pptx.md), spread into contract.ts. */
import { z } from 'zod';
import { Id } from './domain';
import { DeckExportInput, type DeckExportResult } from './deck';
import {
  NoteCreate,
  NoteMerge,
  NoteMove,
  NoteUpdate,
  PromoteInput,
  VoteInput,
  VotesClear,
  WorkshopCreate,
  WorkshopListInput,
  WorkshopUpdate,
  type PromoteResult,
  type Workshop,
  type WorkshopBoard,
  type WorkshopNote,
  type WorkshopVote,
} from './workshop';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method = <O>() => <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
const ById = z.object({ id: Id }).strict();

export const workshopContract = {
  'workshop.list': method<Workshop[]>()(WorkshopListInput),
  'workshop.get': method<WorkshopBoard>()(ById),
  'workshop.create': method<Workshop>()(WorkshopCreate),
  /** Renaming a participant carries their votes; removing one takes their votes back; fewer dots than placed is refused. */
  'workshop.update': method<Workshop>()(WorkshopUpdate),
  'workshop.delete': method<null>()(ById),
  'workshop.addNote': method<WorkshopNote>()(NoteCreate),
  'workshop.updateNote': method<WorkshopNote>()(NoteUpdate),
  'workshop.moveNote': method<WorkshopNote>()(NoteMove),
  /** Drop a note on another: joins the group, or makes a new group of the two. Answers the group. */
  'workshop.mergeNotes': method<WorkshopNote>()(NoteMerge),
  /** A note deleted; a group deleted keeps its members as loose notes where it stood. */
  'workshop.deleteNote': method<null>()(ById),
  /** One dot more or less; refused beyond the participant's dots. Answers that participant's votes in the workshop. */
  'workshop.vote': method<WorkshopVote[]>()(VoteInput),
  /** One participant's dots, or everyone's (which also hides the votes again, for a fresh round). */
  'workshop.clearVotes': method<null>()(VotesClear),
  'workshop.promote': method<PromoteResult>()(PromoteInput),

  /** The scorecard as a PowerPoint deck (host: the app's save dialog, or sent back in browser mode). */
  'deck.export': method<DeckExportResult | null>()(DeckExportInput),
} as const;
