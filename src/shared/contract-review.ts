/**
 * The review cycle's part of the API contract (spread into contract.ts): meeting templates, reviews and their
 * agenda, action items, data due, closing periods and comparing them, and the minutes.
 */
import { z } from 'zod';
import { Id, IsoDate, Name, PeriodKey, ShortText, type ScorecardTree } from './domain';
import type { DueEntry } from './data-due';
import type { Evaluation } from './evaluation';
import { MinutesExportInput } from './minutes';
import type { PeriodComparison } from './period-compare';
import type { ReportExportResult } from './report';
import {
  ActionItemFields,
  AgendaItemKind,
  ReviewFields,
  ReviewItemFields,
  ReviewTemplateFields,
  type ActionItem,
  type PeriodEvent,
  type Review,
  type ReviewItem,
  type ReviewTemplate,
} from './review';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method = <O>() => <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();

/** A review with its agenda in order and the action items agreed at it. */
export interface ReviewDetail {
  review: Review;
  items: ReviewItem[];
  /** Action items agreed at this review, and those its agenda brings back from earlier reviews. */
  actions: ActionItem[];
}

/** A closed period without its snapshot: what lists and the period picker show. */
export interface ClosedPeriodInfo {
  scorecardId: number;
  period: string;
  closedAt: string;
  closedBy: string;
}

export interface PeriodState {
  closed: ClosedPeriodInfo[];
  /** Every close and reopen, oldest first. */
  events: PeriodEvent[];
}

/** Everything the minutes PDF shows: the review, its agenda, the actions and the scorecard's status for the period. */
export interface MinutesData {
  /** The document's file name without the extension, for the footer and the PDF's name. */
  documentName: string;
  generatedAt: string;
  review: Review;
  items: ReviewItem[];
  actions: ActionItem[];
  /** The structure the period is scored with (its snapshot when closed), for names. */
  tree: ScorecardTree;
  evaluation: Evaluation;
  periodLabel: string;
  closed: boolean;
}

const ReviewItemEdit = ReviewItemFields.pick({ title: true, reason: true, minutes: true, notes: true, decision: true, decided: true });
const ActionEdit = ActionItemFields.omit({ scorecardId: true, createdOn: true, closedOn: true, reviewId: true, reviewItemId: true });

export const reviewContract = {
  'review.templates': method<ReviewTemplate[]>()(Empty),
  'review.template.create': method<ReviewTemplate>()(ReviewTemplateFields.strict()),
  'review.template.update': method<ReviewTemplate>()(ReviewTemplateFields.partial().extend({ id: Id }).strict()),
  'review.template.delete': method<null>()(ById),

  'review.list': method<Review[]>()(z.object({ scorecardId: Id }).strict()),
  'review.get': method<ReviewDetail>()(ById),
  /** Starts a review of a period with an agenda generated from the template and the scorecard. */
  'review.start': method<ReviewDetail>()(
    z
      .object({
        scorecardId: Id,
        period: PeriodKey,
        templateId: Id,
        heldOn: IsoDate,
        attendees: ReviewFields.shape.attendees,
        title: Name.optional(),
      })
      .strict(),
  ),
  'review.update': method<Review>()(
    ReviewFields.pick({ title: true, heldOn: true, attendees: true, rating: true, status: true, summary: true })
      .partial()
      .extend({ id: Id })
      .strict(),
  ),
  'review.delete': method<null>()(ById),
  /** Names of earlier attendees and owners, for the attendee field's suggestions. */
  'review.people': method<string[]>()(Empty),
  /** Adds a line to the agenda: after `afterId`, else at the end. */
  'review.item.create': method<ReviewItem>()(
    ReviewItemEdit.partial()
      .extend({
        reviewId: Id,
        title: Name,
        kind: AgendaItemKind.extract(['custom', 'section']).optional(),
        afterId: Id.nullable().optional(),
      })
      .strict(),
  ),
  'review.item.update': method<ReviewItem>()(ReviewItemEdit.partial().extend({ id: Id }).strict()),
  'review.item.delete': method<null>()(ById),
  'review.item.reorder': method<ReviewItem[]>()(z.object({ reviewId: Id, ids: z.array(Id).min(1).max(10_000) }).strict()),

  /** Every action item of the document, or of one scorecard. */
  'action.list': method<ActionItem[]>()(z.object({ scorecardId: Id.optional() }).strict()),
  'action.create': method<ActionItem>()(
    ActionEdit.partial()
      .extend({
        scorecardId: Id,
        title: Name,
        reviewId: Id.nullable().optional(),
        reviewItemId: Id.nullable().optional(),
        createdOn: IsoDate.optional(),
      })
      .strict(),
  ),
  'action.update': method<ActionItem>()(ActionEdit.partial().extend({ id: Id, closedOn: IsoDate.nullable().optional() }).strict()),
  'action.delete': method<null>()(ById),

  /** KPI values due and overdue (see data-due.ts), for one scorecard or all; `today` defaults to the host's date. */
  'due.list': method<DueEntry[]>()(z.object({ scorecardId: Id.optional(), today: IsoDate.optional() }).strict()),

  'period.list': method<PeriodState>()(z.object({ scorecardId: Id }).strict()),
  /** Locks a period's values and keeps the snapshot it is scored from from now on. */
  'period.close': method<ClosedPeriodInfo>()(z.object({ scorecardId: Id, period: PeriodKey, by: ShortText.optional() }).strict()),
  /** Unlocks a closed period; the reason is recorded. */
  'period.reopen': method<null>()(
    z.object({ scorecardId: Id, period: PeriodKey, reason: Name, by: ShortText.optional() }).strict(),
  ),
  'period.compare': method<PeriodComparison>()(z.object({ scorecardId: Id, from: PeriodKey, to: PeriodKey }).strict()),

  'minutes.data': method<MinutesData>()(z.object({ reviewId: Id }).strict()),
  /**
   * Prints a review's minutes to PDF through the report's print pipeline: served by the Electron shell (save
   * dialog) and the browser-mode server (base64 for a download); the plain core cannot print and says so.
   */
  'minutes.export': method<ReportExportResult | null>()(MinutesExportInput),
} as const;
