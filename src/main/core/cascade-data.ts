/**
 * Scoring across scorecards in the core: which scorecards' rows scoring one of them reads, loaded once per call.
 * A scorecard nothing contributes to costs one indexed EXISTS query; otherwise only the scorecards below it (those
 * whose objectives contribute to its objectives, directly or through others) are read, and only the periods scored.
 */
import { contributorScores, type CascadeDocument } from '../../shared/cascade';
import type { ClosedSnapshots } from '../../shared/closed-periods';
import type { Kpi, Objective, Perspective, Scorecard } from '../../shared/domain';
import type { ContributorScores } from '../../shared/evaluation';
import type { CheckIn, KeyResult } from '../../shared/okr';
import { containingPeriod, periodKind } from '../../shared/periods';
import { indexMeasurements, periodsNeeded } from '../../shared/scoring';
import type { Measurement } from '../../shared/domain';
import { closedSnapshots } from './handlers/closed';
import type { Repositories } from './repositories';

type Ends = ReturnType<Repositories['cascade']['contributionEnds']>;

/** `roots` and every scorecard whose objectives contribute to theirs, directly or through other scorecards. */
export function scorecardsBelow(roots: Iterable<number>, ends: Ends): Set<number> {
  const from = new Map<number, number[]>();
  for (const e of ends) {
    if (e.fromScorecardId === e.toScorecardId) continue;
    const list = from.get(e.toScorecardId);
    if (list) list.push(e.fromScorecardId);
    else from.set(e.toScorecardId, [e.fromScorecardId]);
  }
  const seen = new Set(roots);
  const queue = [...seen];
  while (queue.length) {
    for (const below of from.get(queue.pop()!) ?? []) {
      if (!seen.has(below)) {
        seen.add(below);
        queue.push(below);
      }
    }
  }
  return seen;
}

/**
 * The period keys scoring `periods` reads. Key results linked to a KPI read its values over their whole cycle (a
 * quarter), so a month is widened to its quarter's months then.
 */
export function periodsToRead(periods: readonly string[], fyStart: number, linkedKeyResults: boolean): string[] {
  const keys = new Set<string>();
  for (const p of periods) {
    const whole = linkedKeyResults && periodKind(p) === 'month' ? containingPeriod(p, 'quarter', fyStart) : p;
    for (const k of periodsNeeded(whole, fyStart)) keys.add(k);
    if (whole !== p) for (const k of periodsNeeded(p, fyStart)) keys.add(k);
  }
  return [...keys];
}

/** The rows of some scorecards, with the values scoring `periods` reads (each scorecard by its own fiscal year). */
export function loadCascadeDocument(
  repos: Repositories,
  scorecardIds: Iterable<number>,
  periods: readonly string[],
  ends: Ends,
): CascadeDocument {
  const scorecards: Scorecard[] = [];
  const perspectives: Perspective[] = [];
  const objectives: Objective[] = [];
  const kpis: Kpi[] = [];
  const keyResults: KeyResult[] = [];
  const checkIns: CheckIn[] = [];
  const measurements: Measurement[] = [];
  const closed = new Map<number, ClosedSnapshots>();
  for (const id of scorecardIds) {
    const scorecard = repos.scorecards.get(id);
    scorecards.push(scorecard);
    perspectives.push(...repos.perspectives.list({ scorecardId: id }));
    objectives.push(...repos.objectivesOfScorecard(id));
    kpis.push(...repos.kpisOfScorecard(id));
    const krs = repos.cascade.keyResultsOfScorecard(id);
    keyResults.push(...krs);
    if (krs.length) checkIns.push(...repos.cascade.checkInsOfScorecard(id));
    const keys = periodsToRead(
      periods,
      scorecard.fiscalYearStartMonth,
      krs.some((k) => k.kpiId !== null),
    );
    measurements.push(...repos.measurements.listByScorecardAndPeriods(id, keys));
    const snapshots = closedSnapshots(repos, id);
    if (snapshots.size) closed.set(id, snapshots);
  }
  const contributions = ends.map(({ id, fromObjectiveId, toObjectiveId, weight }) => ({
    id,
    fromObjectiveId,
    toObjectiveId,
    weight,
  }));
  return {
    scorecards,
    perspectives,
    objectives,
    kpis,
    keyResults,
    checkIns,
    contributions,
    measurements: indexMeasurements(measurements),
    closed,
  };
}

const noContributors = (periods: readonly string[]): ContributorScores =>
  Object.fromEntries(periods.map((p) => [p, []]));

/** The contributor scores of a scorecard's objectives for `periods` (cascade.scores; evaluations that count them). */
export function contributorsOf(
  repos: Repositories,
  scorecardId: number,
  periods: readonly string[],
): ContributorScores {
  if (!repos.cascade.hasContributionsTo(scorecardId)) return noContributors(periods);
  const ends = repos.cascade.contributionEnds();
  const doc = loadCascadeDocument(repos, scorecardsBelow([scorecardId], ends), periods, ends);
  return contributorScores(doc, scorecardId, periods);
}

/** What evaluating a scorecard reads beside its structure and values. */
export interface EvaluationExtras {
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  /** Only when the scorecard scores with its contributors: otherwise they change nothing and are not read. */
  contributors?: ContributorScores;
}

export function evaluationExtras(
  repos: Repositories,
  scorecard: Scorecard,
  periods: readonly string[],
): EvaluationExtras {
  const keyResults = repos.cascade.keyResultsOfScorecard(scorecard.id);
  const checkIns = keyResults.length ? repos.cascade.checkInsOfScorecard(scorecard.id) : [];
  return scorecard.cascadeScoring === 'with_contributors'
    ? { keyResults, checkIns, contributors: contributorsOf(repos, scorecard.id, periods) }
    : { keyResults, checkIns };
}
