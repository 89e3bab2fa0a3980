/**
 * Cascading, OKRs and incentives (spread into contract.ts): contributions between objectives of different
 * scorecards, the cascade action, the alignment tree, key results and their check-ins, the OKR board, and the
 * incentive plan.
 */
import { z } from 'zod';
import { says } from './validation-words';
import {
  Contribution,
  ContributionFields,
  Id,
  Name,
  Objective,
  PeriodKey,
  ShortText,
  Weight,
  type Scorecard,
} from './domain';
import type { AlignmentTree } from './cascade';
import type { ContributorScores, KeyResultScore, OkrScore } from './evaluation';
import {
  IncentiveExportInput,
  IncentiveGetInput,
  IncentiveItemInput,
  IncentivePlanInput,
  type IncentiveItem,
  type IncentivePlan,
  type IncentiveReport,
} from './incentives';
import {
  CheckInCreate,
  CheckInUpdate,
  KeyResultCreate,
  KeyResultUpdate,
  OkrBoardInput,
  type CheckIn,
  type KeyResult,
} from './okr';
import type { SpreadsheetExportResult } from './sheets';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();

/** The cascade action: where the supporting objectives go, and which they are. */
export const CascadeInput = z
  .object({
    /** The objective above (usually the company's). */
    objectiveId: Id,
    /** An existing scorecard below, or a new one made as a child of the objective's scorecard. */
    target: z.union([
      z.object({ scorecardId: Id }).strict(),
      z.object({ newScorecard: z.object({ name: Name }).strict() }).strict(),
    ]),
    /** New objectives to add there, each supporting the objective with a weight. */
    create: z
      .array(
        z
          .object({ title: Name, owner: ShortText.optional(), weight: Weight.optional(), perspectiveId: Id.optional() })
          .strict(),
      )
      .max(50),
    /** Existing objectives of the target scorecard to link as supporting it. */
    link: z.array(z.object({ objectiveId: Id, weight: Weight.optional() }).strict()).max(500),
  })
  .strict()
  .refine((v) => v.create.length + v.link.length > 0, { ...says('supportingObjective'), path: ['create'] });
export type CascadeInput = z.infer<typeof CascadeInput>;

export interface CascadeResult {
  scorecard: Scorecard;
  created: Objective[];
  contributions: Contribution[];
}

/** A key result on the OKR board, with what it belongs to. */
export interface OkrBoardItem {
  keyResult: KeyResult;
  score: KeyResultScore;
  checkIns: CheckIn[];
}

export interface OkrBoardObjective {
  objective: Objective;
  scorecardId: number;
  scorecardName: string;
  okr: OkrScore;
  keyResults: OkrBoardItem[];
}

/** The key results of one cycle across the document (or one scorecard), grouped by owner and by team (scorecard). */
export interface OkrBoard {
  cycle: string;
  /** The period the scores are as of: the cycle itself. */
  objectives: OkrBoardObjective[];
  /** Owner name ('' for nobody) → the key results they own, as [objective id, key result id]. */
  byOwner: { owner: string; keyResultIds: number[] }[];
  byTeam: { scorecardId: number; scorecardName: string; objectiveIds: number[] }[];
}

export const cascadeContract = {
  'cascade.list': method<Contribution[]>()(Empty),
  /** Adds a contribution, or changes its weight when the pair exists. Refuses a cycle and two ends in one scorecard. */
  'cascade.set': method<Contribution>()(ContributionFields.partial({ weight: true }).strict()),
  'cascade.remove': method<null>()(ById),
  'cascade.create': method<CascadeResult>()(CascadeInput),
  /** Contributor scores for a scorecard's objectives, per period (what the page's local scoring reads). */
  'cascade.scores': method<ContributorScores>()(
    z.object({ scorecardId: Id, periods: z.array(PeriodKey).min(1).max(200) }).strict(),
  ),
  'cascade.alignment': method<AlignmentTree>()(z.object({ scorecardId: Id, period: PeriodKey }).strict()),

  'okr.createKeyResult': method<KeyResult>()(KeyResultCreate),
  'okr.updateKeyResult': method<KeyResult>()(KeyResultUpdate),
  'okr.deleteKeyResult': method<null>()(ById),
  'okr.reorderKeyResults': method<KeyResult[]>()(
    z.object({ objectiveId: Id, ids: z.array(Id).min(1).max(1000) }).strict(),
  ),
  'okr.addCheckIn': method<CheckIn>()(CheckInCreate),
  'okr.updateCheckIn': method<CheckIn>()(CheckInUpdate),
  'okr.deleteCheckIn': method<null>()(ById),
  'okr.board': method<OkrBoard>()(OkrBoardInput),

  'incentive.get': method<IncentiveReport>()(IncentiveGetInput),
  'incentive.setPlan': method<IncentivePlan>()(IncentivePlanInput),
  'incentive.deletePlan': method<null>()(z.object({ scorecardId: Id }).strict()),
  'incentive.setItem': method<IncentiveItem>()(IncentiveItemInput),
  /** The plan's view as XLSX (host: the app's save dialog, or sent back in browser mode). */
  'incentive.export': method<SpreadsheetExportResult | null>()(IncentiveExportInput),
} as const;
