/**
 * The review cycle's entities (issue 13): meeting templates, reviews with their agenda, action items, and closed
 * periods with the snapshot of the structure they were scored with. The same schemas validate API payloads, the
 * interchange format (version 2) and JSON columns read back from disk.
 */
import { z } from 'zod';
import { says } from './validation-words';
import {
  Id,
  IsoDate,
  IsoDateTime,
  Kpi,
  LongText,
  Measurement,
  Name,
  Objective,
  OkrKind,
  CascadeScoring,
  oneLine,
  Perspective,
  PeriodKey,
  Scorecard,
  ShortText,
} from './domain';
import { CheckIn, KeyResult } from './okr';

export const ActionStatus = z.enum(['open', 'done', 'dropped']);
export type ActionStatus = z.infer<typeof ActionStatus>;
/** What an action item (or an agenda item) is about. */
export const ConcernType = z.enum(['scorecard', 'objective', 'kpi', 'initiative']);
export type ConcernType = z.infer<typeof ConcernType>;

/**
 * What a template section fills itself with when a review starts (see agenda.ts):
 * - offtrack: red then amber objectives and KPIs of the period, worst first;
 * - missing_data: KPIs whose value for the period is missing or late;
 * - initiatives: initiatives behind schedule;
 * - actions: action items of earlier reviews that are due or overdue;
 * - decisions: the previous review's decisions.
 * A section with no source is a heading the meeting fills (segue, headlines, issues, conclude).
 */
export const AgendaSource = z.enum(['offtrack', 'missing_data', 'initiatives', 'actions', 'decisions']);
export type AgendaSource = z.infer<typeof AgendaSource>;

export const TemplateSection = z
  .object({
    title: Name,
    /** The section's time box in minutes, null for none. */
    minutes: z.number().int().min(1).max(600).nullable(),
    sources: z.array(AgendaSource).max(5),
    /** What the section is for, shown under its heading in meeting mode. */
    description: ShortText,
  })
  .strict();
export type TemplateSection = z.infer<typeof TemplateSection>;

export const ReviewTemplateFields = z.object({
  name: Name,
  description: LongText,
  sections: z.array(TemplateSection).min(1, says('oneSection')).max(50),
  /** Ask the attendees to rate the meeting 1–10 at the end (the EOS Level 10 habit). */
  rateMeeting: z.boolean(),
});
export const ReviewTemplate = ReviewTemplateFields.extend({ id: Id });
export type ReviewTemplate = z.infer<typeof ReviewTemplate>;

const Attendee = oneLine(z.string().trim().min(1, says('required')).max(100, says('atMostChars', { max: 100 })));
export const ReviewStatus = z.enum(['open', 'concluded']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const ReviewFields = z.object({
  scorecardId: Id,
  period: PeriodKey,
  title: Name,
  heldOn: IsoDate,
  attendees: z.array(Attendee).max(100),
  /** The template the agenda came from, by name (a template may be deleted or edited later). */
  templateName: ShortText,
  rateMeeting: z.boolean(),
  /** The meeting's rating, 1–10, once given. */
  rating: z.number().int().min(1, says('range', { min: 1, max: 10 })).max(10, says('range', { min: 1, max: 10 })).nullable(),
  status: ReviewStatus,
  /** General minutes of the meeting, outside any agenda item. */
  summary: LongText,
});
export const Review = ReviewFields.extend({ id: Id });
export type Review = z.infer<typeof Review>;

/**
 * One line of the agenda. A section heading (kind 'section') carries a template section's title and time box; the
 * items after it belong to it until the next heading. Every generated item says why it is on the agenda.
 */
export const AgendaItemKind = z.enum(['section', 'objective', 'kpi', 'missing_data', 'initiative', 'action', 'decision', 'custom']);
export type AgendaItemKind = z.infer<typeof AgendaItemKind>;

export const ReviewItemFields = z.object({
  reviewId: Id,
  position: z.number().int().min(0),
  kind: AgendaItemKind,
  /** The objective, KPI, initiative or action item the line is about (null when deleted since, or none). */
  entityId: Id.nullable(),
  title: Name,
  reason: ShortText,
  /** Time box in minutes, null for none. */
  minutes: z.number().int().min(1).max(600).nullable(),
  notes: LongText,
  decision: LongText,
  decided: z.boolean(),
});
export const ReviewItem = ReviewItemFields.extend({ id: Id });
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ActionItemFields = z.object({
  scorecardId: Id,
  title: Name,
  owner: ShortText,
  dueDate: IsoDate.nullable(),
  status: ActionStatus,
  concernType: ConcernType,
  /** The objective, KPI or initiative; null when the action concerns the scorecard. */
  concernId: Id.nullable(),
  /** The review and agenda line it was agreed at, null when added outside a review. */
  reviewId: Id.nullable(),
  reviewItemId: Id.nullable(),
  createdOn: IsoDate,
  /** The day it was marked done or dropped, null while open. */
  closedOn: IsoDate.nullable(),
});
export const ActionItem = ActionItemFields.extend({ id: Id });
export type ActionItem = z.infer<typeof ActionItem>;

/** The structure and values a closed period was scored with, kept as they were when it was closed. */
export const PeriodSnapshot = z
  .object({
    // Snapshots taken before format 3 lack these two fields: they scored as 'own' and 'aspirational' do. Before 5,
    // checkMaxLag (the strategy check's, which scoring does not read).
    scorecard: Scorecard.extend({ cascadeScoring: CascadeScoring.default('own'), checkMaxLag: Scorecard.shape.checkMaxLag.default(null) }),
    perspectives: z.array(Perspective),
    objectives: z.array(Objective.extend({ okrKind: OkrKind.default('aspirational') })),
    kpis: z.array(Kpi),
    /** The values scoring the period and every period inside it needs (see periodsNeeded). */
    measurements: z.array(Measurement),
    /** Key results of the period's cycles and their check-ins (none in snapshots taken before OKRs). */
    keyResults: z.array(KeyResult).default([]),
    checkIns: z.array(CheckIn).default([]),
  })
  .strict();
export type PeriodSnapshot = z.infer<typeof PeriodSnapshot>;

export const ClosedPeriod = z
  .object({
    scorecardId: Id,
    period: PeriodKey,
    closedAt: IsoDateTime,
    closedBy: ShortText,
    snapshot: PeriodSnapshot,
  })
  .strict();
export type ClosedPeriod = z.infer<typeof ClosedPeriod>;

/** Closing and reopening, recorded: reopening a closed period is an explicit act with its reason kept. */
export const PeriodEvent = z
  .object({
    id: Id,
    scorecardId: Id,
    period: PeriodKey,
    action: z.enum(['close', 'reopen']),
    at: IsoDateTime,
    by: ShortText,
    reason: LongText,
  })
  .strict();
export type PeriodEvent = z.infer<typeof PeriodEvent>;

/** The templates every new document starts with; a consultant adds their own beside them. */
export const BUILT_IN_TEMPLATES: readonly z.input<typeof ReviewTemplateFields>[] = [
  {
    name: 'Quarterly balanced-scorecard review',
    description:
      'Go through what is off track, what data is missing, which initiatives slip and what was promised last time; end each item with a decision and owned actions.',
    rateMeeting: false,
    sections: [
      { title: 'Off-track and at-risk objectives and KPIs', minutes: 40, sources: ['offtrack'], description: 'Worst first: why, and what we do about it.' },
      { title: 'Missing or late data', minutes: 5, sources: ['missing_data'], description: 'Who delivers the number, and by when.' },
      { title: 'Initiatives behind schedule', minutes: 15, sources: ['initiatives'], description: 'Re-plan, re-staff or stop.' },
      { title: 'Actions due from earlier reviews', minutes: 10, sources: ['actions'], description: 'Done, or a new date and a reason.' },
      { title: 'Previous decisions', minutes: 5, sources: ['decisions'], description: 'Did they work?' },
      { title: 'Other business', minutes: 10, sources: [], description: '' },
    ],
  },
  {
    name: 'EOS Level 10 meeting (weekly)',
    description:
      'The weekly Level 10 agenda: 90 minutes, same order every week, most of the time spent identifying, discussing and solving issues; rate the meeting 1–10 at the end.',
    rateMeeting: true,
    sections: [
      { title: 'Segue', minutes: 5, sources: [], description: 'Good news, personal and professional.' },
      { title: 'Scorecard', minutes: 5, sources: ['offtrack', 'missing_data'], description: 'On or off track; anything off track drops to the issues list.' },
      { title: 'Quarterly priorities', minutes: 5, sources: ['initiatives'], description: 'Each priority on or off track.' },
      { title: 'Customer and employee headlines', minutes: 5, sources: [], description: 'Short news; anything to discuss drops to the issues list.' },
      { title: 'To-do list', minutes: 5, sources: ['actions', 'decisions'], description: 'Done or not done; aim for 90 % done.' },
      { title: 'Identify, discuss, solve', minutes: 60, sources: [], description: 'Most important issues first: identify the root cause, discuss, solve with a to-do.' },
      { title: 'Conclude', minutes: 5, sources: [], description: 'Recap the to-dos, cascading messages, rate the meeting 1–10.' },
    ],
  },
];
