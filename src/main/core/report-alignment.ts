/**
 * The report's "Alignment" part: for each objective of the reported scorecard, the objectives of other scorecards it
 * supports (above) and those that support it (below, each with its own score for the period, as cascade.scores
 * computes it). Contributions are read live: a closed period keeps its structure, not who supports whom.
 */
import type { ScorecardTree } from '../../shared/domain';
import type { ReportAlignment, ReportSupported } from '../../shared/report';
import { contributorsOf } from './cascade-data';
import type { Repositories } from './repositories';

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

export function reportAlignment(repos: Repositories, tree: ScorecardTree, period: string): ReportAlignment[] {
  const ends = repos.cascade.contributionEnds();
  const scorecardId = tree.scorecard.id;
  if (!ends.some((e) => e.fromScorecardId === scorecardId || e.toScorecardId === scorecardId)) return [];
  const scorecardNames = new Map(repos.scorecards.list().map((s) => [s.id, s.name]));
  const below = contributorsOf(repos, scorecardId, [period])[period] ?? [];
  const objectives = [...tree.perspectives]
    .sort(byPosition)
    .flatMap((p) => tree.objectives.filter((o) => o.perspectiveId === p.id).sort(byPosition));
  const rows: ReportAlignment[] = [];
  for (const o of objectives) {
    const supports: ReportSupported[] = ends
      .filter((e) => e.fromObjectiveId === o.id && e.toScorecardId !== scorecardId)
      .map((e) => ({
        objectiveId: e.toObjectiveId,
        title: repos.objectives.find(e.toObjectiveId)?.title ?? `Objective ${e.toObjectiveId}`,
        scorecardName: scorecardNames.get(e.toScorecardId) ?? '',
        weight: e.weight,
      }));
    const supportedBy = below.filter((c) => c.toObjectiveId === o.id);
    if (supports.length > 0 || supportedBy.length > 0) rows.push({ objectiveId: o.id, supports, supportedBy });
  }
  return rows;
}
