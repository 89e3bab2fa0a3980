/**
 * Cascading: objectives of department and team scorecards contribute to the objectives above them, with weights
 * (docs/cascading.md). Pure: scoring across levels, the cycle check, and the alignment tree all work from the
 * document's rows.
 */
import type { Contribution, Kpi, Measurement, Objective, Perspective, Scorecard, Status } from './domain';
import type { ContributorScores, Evaluation } from './evaluation';
import type { ClosedSnapshots } from './closed-periods';
import type { MeasurementIndex } from './scoring';
import type { CheckIn, KeyResult } from './okr';

/** Every row scoring across scorecards reads: the whole document, or the part below one scorecard. */
export interface CascadeDocument {
  scorecards: readonly Scorecard[];
  perspectives: readonly Perspective[];
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
  keyResults: readonly KeyResult[];
  checkIns: readonly CheckIn[];
  contributions: readonly Contribution[];
  measurements: readonly Measurement[] | MeasurementIndex;
  /** Closed periods per scorecard: a closed period scores from its snapshot. */
  closed?: ReadonlyMap<number, ClosedSnapshots>;
}

/**
 * The contributor scores that scoring `scorecardId` for `periods` reads: for each of its objectives with
 * contributions from below, each contributing objective's score in its own scorecard (itself scored with its own
 * contributors when its scorecard says so). A contribution on a cycle is reported excluded, never followed.
 */
export function contributorScores(_doc: CascadeDocument, _scorecardId: number, periods: readonly string[]): ContributorScores {
  return Object.fromEntries(periods.map((p) => [p, []]));
}

/**
 * The chain of objective ids that adding from → to would close into a cycle (from, …, from), or null when it
 * would not. Contributions point upwards: from the supporting objective to the one it supports.
 */
export function contributionCycle(
  _contributions: readonly Pick<Contribution, 'fromObjectiveId' | 'toObjectiveId'>[],
  fromObjectiveId: number,
  toObjectiveId: number,
): number[] | null {
  return fromObjectiveId === toObjectiveId ? [fromObjectiveId, fromObjectiveId] : null;
}

export type AlignmentNodeKind = 'objective' | 'kpi' | 'keyResult';

export interface AlignmentNode {
  kind: AlignmentNodeKind;
  id: number;
  scorecardId: number;
  title: string;
  owner: string;
  /** Objectives and KPIs 0–100; key results 0.0–1.0. Null when no data. */
  score: number | null;
  status: Status;
  formula: string;
  /** The contribution's weight, for an objective shown under the one it supports. */
  weight: number | null;
  /** An objective: its KPIs, its key results, then the objectives below that contribute to it. */
  children: AlignmentNode[];
}

export interface AlignmentEntry {
  objectiveId: number;
  title: string;
  scorecardId: number;
  scorecardName: string;
}

/** From a scorecard's objectives down to the team objectives that support them, for one period. */
export interface AlignmentTree {
  period: string;
  scorecardId: number;
  /** The scorecards in the tree, the root first, each with its parent. */
  scorecards: Pick<Scorecard, 'id' | 'name' | 'parentScorecardId' | 'cascadeScoring'>[];
  roots: AlignmentNode[];
  /** Objectives of the scorecards below the root that contribute to nothing. */
  unaligned: AlignmentEntry[];
  /** Objectives of scorecards that have scorecards below them, which nothing supports. */
  unsupported: AlignmentEntry[];
}

/** The alignment tree of `scorecardId` and the scorecards below it, from their evaluations for `period`. */
export function alignmentTree(
  doc: CascadeDocument,
  scorecardId: number,
  period: string,
  _evaluations: ReadonlyMap<number, Evaluation>,
): AlignmentTree {
  const root = doc.scorecards.find((s) => s.id === scorecardId)!;
  return {
    period,
    scorecardId,
    scorecards: [{ id: root.id, name: root.name, parentScorecardId: root.parentScorecardId, cascadeScoring: root.cascadeScoring }],
    roots: [],
    unaligned: [],
    unsupported: [],
  };
}
