/**
 * History that stays true: a closed period is scored from the snapshot of the structure and values it was closed
 * with, and so is every period inside it (the months of a closed quarter). The live structure scores open periods
 * only. The core (evaluations, dashboard, report, CLI) and the page (its local scoring) both go through here.
 */
import type { Measurement, ScorecardTree } from './domain';
import { containingPeriod, periodKind, periodMonths, subPeriods, type PeriodKind } from './periods';
import type { PeriodSnapshot } from './review';
import { evaluateScorecard, indexMeasurements, periodsNeeded, type EvaluateInput, type MeasurementIndex } from './scoring';
import type { Evaluation } from './evaluation';

/** Closed periods of one scorecard by period key. */
export type ClosedSnapshots = ReadonlyMap<string, PeriodSnapshot>;
export const NONE_CLOSED: ClosedSnapshots = new Map();

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

/** True when every month of `period` lies inside `closed` (a month of a closed quarter; the quarter itself). */
export function isInside(period: string, closed: string, fyStart: number): boolean {
  const outer = new Set(periodMonths(closed, fyStart));
  return periodMonths(period, fyStart).every((m) => outer.has(m));
}

/** The closed period whose snapshot scores `period`, if any. */
export function closedPeriodOf(period: string, closed: Iterable<string>, fyStart: number): string | undefined {
  for (const c of closed) if (isInside(period, c, fyStart)) return c;
  return undefined;
}

/** Every period key whose values scoring `period`, and any period inside it, reads. */
export function periodsOfSnapshot(period: string, fyStart: number): string[] {
  const inside = KINDS.filter((k) => KINDS.indexOf(k) <= KINDS.indexOf(periodKind(period))).flatMap((k) =>
    subPeriods(period, k, fyStart),
  );
  return [...new Set(inside.flatMap((p) => periodsNeeded(p, fyStart)))];
}

/** The snapshot a period is closed with: the scorecard's structure now, and the values its scoring reads. */
export function takeSnapshot(
  tree: Pick<ScorecardTree, 'scorecard' | 'perspectives' | 'objectives' | 'kpis' | 'keyResults' | 'checkIns'>,
  measurements: readonly Measurement[],
  period: string,
): PeriodSnapshot {
  const fy = tree.scorecard.fiscalYearStartMonth;
  const needed = new Set(periodsOfSnapshot(period, fy));
  // A key result linked to a KPI reads the KPI's earlier months of its quarter, which a closed month alone does not need.
  if (periodKind(period) === 'month' && tree.keyResults.some((kr) => kr.kpiId !== null)) {
    for (const m of periodMonths(containingPeriod(period, 'quarter', fy), fy)) needed.add(m);
  }
  const kpis = new Set(tree.kpis.map((k) => k.id));
  return {
    scorecard: tree.scorecard,
    perspectives: [...tree.perspectives],
    objectives: [...tree.objectives],
    kpis: [...tree.kpis],
    measurements: measurements
      .filter((m) => kpis.has(m.kpiId) && needed.has(m.period))
      .map((m) => ({ kpiId: m.kpiId, period: m.period, actual: m.actual, target: m.target, note: '' })),
    keyResults: [...tree.keyResults],
    checkIns: [...tree.checkIns],
  };
}

const indexes = new WeakMap<PeriodSnapshot, MeasurementIndex>();

/** A snapshot as the scoring engine reads it (its values indexed once, however many periods it scores), key results and check-ins included. */
export function snapshotInput(snapshot: PeriodSnapshot): EvaluateInput {
  let index = indexes.get(snapshot);
  if (!index) {
    index = indexMeasurements(snapshot.measurements);
    indexes.set(snapshot, index);
  }
  return {
    scorecard: snapshot.scorecard,
    perspectives: snapshot.perspectives,
    objectives: snapshot.objectives,
    kpis: snapshot.kpis,
    measurements: index,
    keyResults: snapshot.keyResults,
    checkIns: snapshot.checkIns,
  };
}

/** What scores `period`: the snapshot of the closed period it lies in, else the live structure and values. */
export function inputFor(live: EvaluateInput, closed: ClosedSnapshots, period: string): EvaluateInput {
  if (closed.size === 0) return live;
  const key = closedPeriodOf(period, closed.keys(), live.scorecard.fiscalYearStartMonth);
  return key === undefined ? live : snapshotInput(closed.get(key)!);
}

/**
 * evaluateScorecard, with closed periods scored from their snapshots. Contributor scores come from the live input
 * either way: the objectives below are scored from their own (possibly closed) data, see cascade.ts.
 */
export function evaluateWithClosed(live: EvaluateInput, closed: ClosedSnapshots, period: string): Evaluation {
  const input = inputFor(live, closed, period);
  if (input === live || (live.contributors === undefined && live.contributions === undefined)) return evaluateScorecard(input, period);
  return evaluateScorecard({ ...input, contributions: live.contributions, contributors: live.contributors }, period);
}

/**
 * The structure a view of `period` lists: the snapshot's objectives and KPIs for a closed period (a KPI deleted
 * since still shows in the closed quarter), the live tree's otherwise. Themes, links and initiatives stay live.
 */
export function treeFor<T extends ScorecardTree>(live: T, closed: ClosedSnapshots, period: string): T {
  if (closed.size === 0) return live;
  const key = closedPeriodOf(period, closed.keys(), live.scorecard.fiscalYearStartMonth);
  if (key === undefined) return live;
  const s = closed.get(key)!;
  // Key results and check-ins too: the scores of a closed quarter come from them, so what is shown beside the scores must.
  return {
    ...live,
    scorecard: s.scorecard,
    perspectives: s.perspectives,
    objectives: s.objectives,
    kpis: s.kpis,
    keyResults: s.keyResults,
    checkIns: s.checkIns,
  };
}
