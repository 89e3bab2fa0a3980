/**
 * The scores of the objectives below that support the scorecard's (ContributorScores), held beside the tree. The
 * page's own scoring counts them when the scorecard scores with its contributors, and the objective panel's
 * "Supported by" list shows them either way; they come from document.load and, for other periods, cascade.scores.
 */
import type { DocumentChanges } from '../../shared/changes';
import type { ScorecardTree } from '../../shared/domain';
import type { ContributorScores } from '../../shared/evaluation';

export const NO_CONTRIBUTORS: ContributorScores = {};

/** True when some objective of another scorecard supports one of this scorecard's objectives. */
export function supportedFromBelow(tree: ScorecardTree): boolean {
  const own = new Set(tree.objectives.map((o) => o.id));
  return tree.contributions.some((c) => own.has(c.toObjectiveId) && !own.has(c.fromObjectiveId));
}

/** The period's contributor scores are wanted and not held. */
export function lacksContributors(tree: ScorecardTree, held: ContributorScores, period: string): boolean {
  return held[period] === undefined && supportedFromBelow(tree);
}

/** A write that may change what the objectives below contribute: read their scores again. */
export function changesContributors(
  changes: DocumentChanges,
  before: ScorecardTree | null,
  after: ScorecardTree | null,
): boolean {
  const c = changes.contributions;
  if (c && (c.set.length > 0 || c.removed.length > 0)) return true;
  return before?.scorecard.cascadeScoring !== after?.scorecard.cascadeScoring;
}
