/**
 * Cascading: objectives of department and team scorecards contribute to the objectives above them, with weights
 * (docs/cascading.md). Pure: scoring across levels, the cycle check, and the alignment tree all work from the
 * document's rows.
 */
import type { Contribution, Kpi, Measurement, Objective, Perspective, Scorecard } from './domain';
import type { ContributorScore, ContributorScores, Evaluation, ObjectiveScore } from './evaluation';
import { evaluateWithClosed, inputFor, NONE_CLOSED, type ClosedSnapshots } from './closed-periods';
import {
  indexMeasurements,
  periodsNeeded,
  resolveThresholds,
  type EvaluateInput,
  type MeasurementIndex,
} from './scoring';
import { cycleEdges, pathBetween } from './cascade-graph';
import { currentLocale, t } from './i18n';
import { containingPeriod, periodKind, periodMonths } from './periods';
import { rescoreObjective } from './scoring-objective';
import type { CheckIn, KeyResult } from './okr';

export { contributionCycle } from './cascade-graph';
export {
  alignmentTree,
  type AlignmentEntry,
  type AlignmentNode,
  type AlignmentNodeKind,
  type AlignmentTree,
} from './cascade-alignment';

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

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

/** Scoring across the scorecards of one document, each evaluation and objective score worked out once. */
export interface CrossLevelScoring {
  /** Rows of the document by id. */
  scorecard(id: number): Scorecard | undefined;
  scorecardOf(objectiveId: number): Scorecard | undefined;
  objective(id: number): Objective | undefined;
  /** A scorecard's objectives, by perspective position then position. */
  objectivesOf(scorecardId: number): Objective[];
  /** A scorecard's live rows as the engine reads them (without contributor scores). */
  input(scorecardId: number): EvaluateInput;
  /** Contributions into an objective (by id), and the ids of those that lie on a cycle. */
  incoming(objectiveId: number): readonly Contribution[];
  onCycle: ReadonlySet<number>;
  /** The contributor scores of one objective, or of every objective of a scorecard, for one period. */
  contributorsOf(objectiveId: number, period: string): ContributorScore[];
  contributorsOfScorecard(scorecardId: number, period: string): ContributorScore[];
  /** An objective's own score in its scorecard, with its contributors when that scorecard says so. */
  objectiveScore(objectiveId: number, period: string): ObjectiveScore | null;
  /** The scorecard's full evaluation, with contributors when it scores with them. */
  evaluate(scorecardId: number, period: string): Evaluation;
}

const NO_CONTRIBUTIONS: readonly Contribution[] = [];

/**
 * Cross-level scoring of one document. Contributions on a cycle are found once, up front, and never followed, so the
 * recursion from an objective to its contributors always ends and each objective's score is the same whoever asks.
 */
export function createCascadeScoring(doc: CascadeDocument): CrossLevelScoring {
  const scorecards = new Map(doc.scorecards.map((s) => [s.id, s]));
  const perspectives = new Map(doc.perspectives.map((p) => [p.id, p]));
  const objectives = new Map(doc.objectives.map((o) => [o.id, o]));
  const perspectivesBySc = groupBy(doc.perspectives, (p) => p.scorecardId);
  const objectivesByPerspective = groupBy(doc.objectives, (o) => o.perspectiveId);
  const kpisByObjective = groupBy(doc.kpis, (k) => k.objectiveId);
  const krsByObjective = groupBy(doc.keyResults, (kr) => kr.objectiveId);
  const checkInsByKr = groupBy(doc.checkIns, (c) => c.keyResultId);
  const incoming = groupBy(
    [...doc.contributions].sort((a, b) => a.id - b.id),
    (c) => c.toObjectiveId,
  );
  const onCycle = cycleEdges(doc.contributions);
  const indexes = new Map<string, MeasurementIndex>();
  const inputs = new Map<number, EvaluateInput>();
  const bases = new Map<string, Evaluation>();
  const objectiveScores = new Map<string, ObjectiveScore | null>();
  const evaluations = new Map<string, Evaluation>();

  const scorecardOf = (objectiveId: number): Scorecard | undefined => {
    const o = objectives.get(objectiveId);
    const p = o && perspectives.get(o.perspectiveId);
    return p && scorecards.get(p.scorecardId);
  };
  const objectivesOf = (scorecardId: number): Objective[] =>
    (perspectivesBySc.get(scorecardId) ?? [])
      .slice()
      .sort(byPosition)
      .flatMap((p) => (objectivesByPerspective.get(p.id) ?? []).slice().sort(byPosition));

  const input = (scorecardId: number): EvaluateInput => {
    let rows = inputs.get(scorecardId);
    if (rows) return rows;
    const objs = objectivesOf(scorecardId);
    const keyResults = objs.flatMap((o) => krsByObjective.get(o.id) ?? []);
    const ids = new Set(objs.map((o) => o.id));
    rows = {
      scorecard: scorecards.get(scorecardId)!,
      perspectives: perspectivesBySc.get(scorecardId) ?? [],
      objectives: objs,
      kpis: objs.flatMap((o) => kpisByObjective.get(o.id) ?? []),
      measurements: doc.measurements,
      keyResults,
      checkIns: keyResults.flatMap((kr) => checkInsByKr.get(kr.id) ?? []),
      contributions: doc.contributions.filter((c) => ids.has(c.fromObjectiveId) || ids.has(c.toObjectiveId)),
    };
    inputs.set(scorecardId, rows);
    return rows;
  };
  const closedOf = (scorecardId: number): ClosedSnapshots => doc.closed?.get(scorecardId) ?? NONE_CLOSED;
  const fiscalYears = [...new Set(doc.scorecards.map((s) => s.fiscalYearStartMonth))];

  /**
   * The values every scorecard's evaluation of `period` can read, indexed in one pass over the document shared by all
   * of them: indexing all 86,400 values of a large document would take longer than the evaluations themselves.
   */
  const indexFor = (period: string): MeasurementIndex => {
    if (!Array.isArray(doc.measurements)) return doc.measurements as MeasurementIndex;
    let index = indexes.get(period);
    if (!index) {
      const needed = new Set<string>();
      for (const fy of fiscalYears) {
        for (const key of periodsNeeded(period, fy)) needed.add(key);
        // A key result linked to a KPI reads the earlier months of the quarter too.
        if (periodKind(period) === 'month')
          for (const m of periodMonths(containingPeriod(period, 'quarter', fy), fy)) needed.add(m);
      }
      index = indexMeasurements(doc.measurements as readonly Measurement[], needed);
      indexes.set(period, index);
    }
    return index;
  };
  const inputAt = (scorecardId: number, period: string): EvaluateInput => ({
    ...input(scorecardId),
    measurements: indexFor(period),
  });

  /** The scorecard scored without contributors: KPI and key result scores never depend on other scorecards. */
  const base = (scorecardId: number, period: string): Evaluation => {
    const key = `${scorecardId}|${period}`;
    let e = bases.get(key);
    if (!e) {
      // An empty list for the period: "no contributors counted", not "contributor scores not loaded".
      e = evaluateWithClosed(
        { ...inputAt(scorecardId, period), contributors: { [period]: [] } },
        closedOf(scorecardId),
        period,
      );
      bases.set(key, e);
    }
    return e;
  };

  const excluded = (
    head: Omit<ContributorScore, 'score' | 'status' | 'excluded' | 'formula'>,
    reason: ContributorScore['excluded'],
    text: string,
    method = 'excluded',
  ): ContributorScore => ({ ...head, score: null, status: 'none', excluded: reason, formula: { method, text } });

  const contributorsOf = (objectiveId: number, period: string): ContributorScore[] => {
    const to = scorecardOf(objectiveId);
    return (incoming.get(objectiveId) ?? NO_CONTRIBUTIONS).map((c) => {
      const from = objectives.get(c.fromObjectiveId);
      const fromSc = scorecardOf(c.fromObjectiveId);
      const head = {
        contributionId: c.id,
        fromObjectiveId: c.fromObjectiveId,
        toObjectiveId: c.toObjectiveId,
        title: from?.title ?? t('engine:cascadeText.unknownObjective', { id: c.fromObjectiveId }),
        scorecardId: fromSc?.id ?? 0,
        scorecardName: fromSc?.name ?? '',
        weight: c.weight,
      };
      if (onCycle.has(c.id)) {
        const chain = pathBetween(doc.contributions, c.toObjectiveId, c.fromObjectiveId) ?? [c.toObjectiveId];
        const titles = [c.fromObjectiveId, ...chain].map((id) => `‘${objectives.get(id)?.title ?? id}’`);
        return excluded(head, 'cycle', t('plans:cascadeFormula.cycle', { chain: titles.join(' → ') }));
      }
      if (!from || !fromSc || !to) return excluded(head, 'no-data', t('plans:cascadeFormula.missing'), 'no-data');
      // A month is the same calendar month everywhere; a quarter or year key names other months in another fiscal year.
      if (periodKind(period) !== 'month' && fromSc.fiscalYearStartMonth !== to.fiscalYearStartMonth) {
        const month = (sc: Scorecard) =>
          new Intl.DateTimeFormat(currentLocale(), { month: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2000, sc.fiscalYearStartMonth - 1, 1),
          );
        return excluded(
          head,
          'fiscal-year',
          t('plans:cascadeFormula.fiscalYear', {
            from: fromSc.name,
            fromMonth: month(fromSc),
            to: to.name,
            toMonth: month(to),
            period,
          }),
        );
      }
      const own = objectiveScore(c.fromObjectiveId, period);
      if (!own)
        return excluded(
          head,
          'no-data',
          t('plans:cascadeFormula.notInScorecard', { title: from.title, scorecard: fromSc.name, period }),
          'no-data',
        );
      if (own.score === null)
        return { ...head, score: null, status: 'none', excluded: 'no-data', formula: own.formula };
      return { ...head, score: own.score, status: own.status, excluded: null, formula: own.formula };
    });
  };

  function objectiveScore(objectiveId: number, period: string): ObjectiveScore | null {
    const key = `${objectiveId}|${period}`;
    if (objectiveScores.has(key)) return objectiveScores.get(key)!;
    const sc = scorecardOf(objectiveId);
    let score: ObjectiveScore | null = null;
    if (sc) {
      const evaluation = base(sc.id, period);
      const scoredWith = inputFor(input(sc.id), closedOf(sc.id), period);
      const withContributors = scoredWith.scorecard.cascadeScoring === 'with_contributors';
      if (withContributors && incoming.has(objectiveId)) {
        // Recursion follows only contributions off every cycle, so it always ends.
        const thresholds = resolveThresholds(null, scoredWith.scorecard);
        score = rescoreObjective(scoredWith, evaluation, thresholds, objectiveId, contributorsOf(objectiveId, period));
      } else {
        score = evaluation.objectives.find((o) => o.objectiveId === objectiveId) ?? null;
      }
    }
    objectiveScores.set(key, score);
    return score;
  }

  const contributorsOfScorecard = (scorecardId: number, period: string): ContributorScore[] =>
    objectivesOf(scorecardId).flatMap((o) => (incoming.has(o.id) ? contributorsOf(o.id, period) : []));

  const evaluate = (scorecardId: number, period: string): Evaluation => {
    const key = `${scorecardId}|${period}`;
    let e = evaluations.get(key);
    if (!e) {
      const contributors = contributorsOfScorecard(scorecardId, period);
      const counted = inputFor(input(scorecardId), closedOf(scorecardId), period).scorecard.cascadeScoring;
      // Nothing to count: the evaluation made without contributors is the very same.
      e =
        contributors.length === 0 || counted === 'own'
          ? base(scorecardId, period)
          : evaluateWithClosed(
              { ...inputAt(scorecardId, period), contributors: { [period]: contributors } },
              closedOf(scorecardId),
              period,
            );
      evaluations.set(key, e);
    }
    return e;
  };

  return {
    scorecard: (id) => scorecards.get(id),
    scorecardOf,
    objective: (id) => objectives.get(id),
    objectivesOf,
    input,
    incoming: (id) => incoming.get(id) ?? NO_CONTRIBUTIONS,
    onCycle,
    contributorsOf,
    contributorsOfScorecard,
    objectiveScore,
    evaluate,
  };
}

/**
 * The contributor scores that scoring `scorecardId` for `periods` reads: for each of its objectives with
 * contributions from below, each contributing objective's score in its own scorecard (itself scored with its own
 * contributors when its scorecard says so). A contribution on a cycle is reported excluded, never followed.
 */
export function contributorScores(
  doc: CascadeDocument,
  scorecardId: number,
  periods: readonly string[],
): ContributorScores {
  if (doc.contributions.length === 0) return Object.fromEntries(periods.map((p) => [p, []]));
  const scoring = createCascadeScoring(doc);
  return Object.fromEntries(periods.map((p) => [p, scoring.contributorsOfScorecard(scorecardId, p)]));
}

/**
 * A scorecard's full evaluation for one period with its contributors scored from the rest of the document (closed
 * periods from their snapshots): what the core's evaluations, dashboard, report and CLI use. Several scorecards or
 * periods of one document are quicker through one createCascadeScoring(doc).evaluate, which shares the work.
 */
export function evaluateWithContributors(doc: CascadeDocument, scorecardId: number, period: string): Evaluation {
  return createCascadeScoring(doc).evaluate(scorecardId, period);
}
