/**
 * OKRs beside the balanced scorecard: an objective can carry key results for a quarterly cycle, each checked in on
 * during the quarter (docs/okrs.md). The scoring is in okr-scoring.ts; these are the entities and their schemas.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { FiniteNumber, Id, IsoDate, LongText, Name, QuarterKey, ShortText, text, Weight } from './domain';

/** A measurable outcome (start → target, current from check-ins or a linked KPI) or a milestone (done or not). */
export const KeyResultKind = z.enum(['metric', 'milestone']);
export type KeyResultKind = z.infer<typeof KeyResultKind>;
export const KeyResultDirection = z.enum(['increase', 'decrease']);
export type KeyResultDirection = z.infer<typeof KeyResultDirection>;

export const KeyResultFields = z.object({
  objectiveId: Id,
  title: Name,
  kind: KeyResultKind,
  unit: text(40),
  direction: KeyResultDirection,
  /** Metric: where the quarter starts from; null means measured from zero. */
  startValue: FiniteNumber.nullable(),
  /** Metric: the value that scores 1.0. Required for a metric to score. */
  target: FiniteNumber.nullable(),
  /** A KPI of the same scorecard whose measurements give the current value (check-ins then carry confidence only). */
  kpiId: Id.nullable(),
  /** The fiscal quarter of the cycle, as the scorecard names quarters. */
  cycle: QuarterKey,
  weight: Weight,
  owner: ShortText,
  position: z.number().int().min(0),
});
export const KeyResult = KeyResultFields.extend({ id: Id });
export type KeyResult = z.infer<typeof KeyResult>;

/** Confidence that the key result will be met by the end of the cycle, 0 (none) to 10 (certain). */
export const Confidence = z.number().int().min(0, says('range', { min: 0, max: 10 })).max(10, says('range', { min: 0, max: 10 }));

export const CheckInFields = z.object({
  keyResultId: Id,
  date: IsoDate,
  /** Metric: the current value that day (null when the KR takes its values from a KPI). Milestone: 1 done, 0 not. */
  value: FiniteNumber.nullable(),
  confidence: Confidence.nullable(),
  comment: LongText,
  author: ShortText,
});
export const CheckIn = CheckInFields.extend({ id: Id });
export type CheckIn = z.infer<typeof CheckIn>;

export const keyResultDefaults: Omit<KeyResult, 'id' | 'objectiveId' | 'title' | 'cycle' | 'position'> = {
  kind: 'metric',
  unit: '',
  direction: 'increase',
  startValue: null,
  target: null,
  kpiId: null,
  weight: 1,
  owner: '',
};

export { OKR_BANDS } from './okr-bands';

/** Limits of one document. */
export const MAX_KEY_RESULTS_PER_OBJECTIVE = 50;
export const MAX_CHECK_INS_PER_KEY_RESULT = 1000;

export const KeyResultCreate = KeyResultFields.omit({ position: true })
  .partial()
  .extend({ objectiveId: Id, title: Name, cycle: QuarterKey })
  .strict();
export const KeyResultUpdate = KeyResultFields.omit({ objectiveId: true, position: true }).partial().extend({ id: Id }).strict();
export const CheckInCreate = CheckInFields.partial({ comment: true, author: true, value: true, confidence: true }).strict();
export const CheckInUpdate = CheckInFields.omit({ keyResultId: true }).partial().extend({ id: Id }).strict();

/** An OKR board: the key results of one cycle across the document's scorecards, by owner and by team. */
export const OkrBoardInput = z.object({ cycle: QuarterKey, scorecardId: Id.nullable().optional() }).strict();
