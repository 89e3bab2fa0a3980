/**
 * Period comparison: what changed between two periods of one scorecard. Scores and statuses of every node,
 * objectives and KPIs added, removed, re-targeted or re-weighted, and action items opened and closed in between.
 * Each period is read with the structure it is scored with (a closed period's snapshot), so a KPI deleted since
 * still shows as gone rather than vanishing from history. The view, the report section and `quadrant diff` all
 * render this one model.
 */
import type { Kpi, ScorecardTree, Status } from './domain';
import type { Evaluation, KpiScore, RollupScore } from './evaluation';
import { formatNumber, formatRange, formatValue } from './format';
import { t } from './i18n';
import { periodEndDate, periodLabel } from './periods';
import type { ActionItem } from './review';
import { compareStatus } from './scoring';

/** One period as scored: the structure it is scored with (the snapshot when closed) and its evaluation. */
export interface ScoredPeriod {
  period: string;
  tree: Pick<ScorecardTree, 'scorecard' | 'perspectives' | 'objectives' | 'kpis'>;
  evaluation: Evaluation;
}

/**
 * 'no-data': scored before, without a value now (a quarter not yet reported). Not a change in performance, so it is
 * neither worsened nor unchanged: counted on its own, as the missing value it is.
 */
export type Change = 'improved' | 'worsened' | 'unchanged' | 'new' | 'gone' | 'no-data';
export type ScoreKind = 'scorecard' | 'perspective' | 'objective' | 'kpi';

export interface ScoreSide {
  score: number | null;
  status: Status;
}

export interface ScoreChange {
  id: number;
  name: string;
  kind: ScoreKind;
  /** Null when the node is not in that period's structure. */
  from: ScoreSide | null;
  to: ScoreSide | null;
  change: Change;
}

export type StructureChangeKind = 'added' | 'removed' | 'retargeted' | 'reweighted';

export interface StructureChange {
  kind: 'objective' | 'kpi';
  id: number;
  name: string;
  change: StructureChangeKind;
  /** What changed in words, e.g. "target 450 → 480" or "weight 1 → 2"; empty for added and removed. */
  detail: string;
}

export interface ChangeSummary {
  improved: number;
  worsened: number;
  unchanged: number;
  new: number;
  gone: number;
  'no-data': number;
}

export interface PeriodComparison {
  scorecardId: number;
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  /**
   * The scorecard first, then perspectives, objectives and KPIs. Within each kind, the nodes of `to` in its
   * evaluation order, then the gone ones in the order of `from`, so a reader finds each kind in one block.
   */
  scores: ScoreChange[];
  /** Objectives first, then KPIs; within each, the order of `to`, then removed ones in the order of `from`. */
  structure: StructureChange[];
  /** Oldest first. */
  actionsOpened: ActionItem[];
  actionsClosed: ActionItem[];
  /** Counted over objectives and KPIs only: the scorecard and perspectives are their rollups and would count twice. */
  summary: ChangeSummary;
}

/** Scores are 0–100 with float noise from weighted means; half a point is the smallest move worth reporting. */
const SCORE_STEP = 0.5;
const EPSILON = 1e-9;

const hasData = (s: ScoreSide): boolean => s.status !== 'none' || s.score !== null;

/** The rules of the issue: status first (green > amber > red > none), then a score move of at least half a point. */
export function classifyChange(from: ScoreSide | null, to: ScoreSide | null): Change {
  if (to === null) return from === null ? 'unchanged' : 'gone';
  if (from === null) return 'new';
  if (!hasData(from)) return hasData(to) ? 'new' : 'unchanged';
  if (!hasData(to)) return 'no-data';
  const byStatus = compareStatus(to.status, from.status);
  if (byStatus !== 0) return byStatus > 0 ? 'improved' : 'worsened';
  if (from.score === null || to.score === null) return 'unchanged';
  const delta = to.score - from.score;
  if (delta >= SCORE_STEP - EPSILON) return 'improved';
  if (delta <= -SCORE_STEP + EPSILON) return 'worsened';
  return 'unchanged';
}

const side = (s: RollupScore | KpiScore | undefined): ScoreSide | null =>
  s === undefined ? null : { score: s.score, status: s.status };

interface Node<S> {
  id: number;
  name: string;
  score: S;
}

/** Pairs the nodes of one kind: those of `to` in its order, then those only in `from` in theirs. */
function pairScores<S extends RollupScore | KpiScore>(
  kind: ScoreKind,
  from: readonly Node<S>[],
  to: readonly Node<S>[],
): ScoreChange[] {
  const before = new Map(from.map((n) => [n.id, n]));
  const after = new Set(to.map((n) => n.id));
  const paired = to.map((n) => {
    const was = side(before.get(n.id)?.score);
    const is = side(n.score);
    return { id: n.id, name: n.name, kind, from: was, to: is, change: classifyChange(was, is) };
  });
  const gone = from
    .filter((n) => !after.has(n.id))
    .map((n) => ({ id: n.id, name: n.name, kind, from: side(n.score), to: null, change: 'gone' as const }));
  return [...paired, ...gone];
}

function byId<T extends { id: number }>(items: readonly T[]): Map<number, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** The nodes of one period's evaluation, named from the structure it was scored with. */
function nodesOf(p: ScoredPeriod) {
  const perspectives = byId(p.tree.perspectives);
  const objectives = byId(p.tree.objectives);
  const kpis = byId(p.tree.kpis);
  // The evaluation only holds nodes its tree has, so a missing name would be a caller's mismatch; the id still reads.
  const named = <S>(id: number, name: string | undefined, score: S): Node<S> => ({ id, name: name ?? `#${id}`, score });
  return {
    perspectives: p.evaluation.perspectives.map((s) =>
      named(s.perspectiveId, perspectives.get(s.perspectiveId)?.name, s),
    ),
    objectives: p.evaluation.objectives.map((s) => named(s.objectiveId, objectives.get(s.objectiveId)?.title, s)),
    kpis: p.evaluation.kpis.map((s) => named(s.kpiId, kpis.get(s.kpiId)?.name, s)),
    objectiveById: objectives,
    kpiById: kpis,
  };
}

/** A KPI's target as the reader knows it: the band for a range KPI, else the target in force for the period. */
function targetText(kpi: Kpi, score: KpiScore): string {
  if (kpi.polarity === 'range') return formatRange(kpi.rangeLow, kpi.rangeHigh, kpi.unit);
  return formatValue(score.target, kpi.unit);
}

function sameTarget(a: Kpi, sa: KpiScore, b: Kpi, sb: KpiScore): boolean {
  const isRange = a.polarity === 'range';
  if (isRange !== (b.polarity === 'range')) return false;
  return isRange ? a.rangeLow === b.rangeLow && a.rangeHigh === b.rangeHigh : sa.target === sb.target;
}

/** "target 450 → 480", "range 10–20 → 12–20", or "target 450 → range 10–20" when the polarity changed too. */
function retargetDetail(a: Kpi, sa: KpiScore, b: Kpi, sb: KpiScore): string {
  const wasRange = a.polarity === 'range';
  const isRange = b.polarity === 'range';
  const key = wasRange ? (isRange ? 'range' : 'rangeToTarget') : isRange ? 'targetToRange' : 'target';
  return t(`engine:periodCompare.${key}`, { from: targetText(a, sa), to: targetText(b, sb) });
}

const weightDetail = (a: number, b: number): string =>
  t('engine:periodCompare.weight', { from: formatNumber(a), to: formatNumber(b) });

type Weighted = { weight: number };

function structureOf(
  kind: 'objective' | 'kpi',
  from: readonly Node<unknown>[],
  to: readonly Node<unknown>[],
  weightsFrom: ReadonlyMap<number, Weighted>,
  weightsTo: ReadonlyMap<number, Weighted>,
  retarget: (id: number) => string | null,
): StructureChange[] {
  const before = new Set(from.map((n) => n.id));
  const after = new Set(to.map((n) => n.id));
  const out: StructureChange[] = [];
  for (const n of to) {
    if (!before.has(n.id)) {
      out.push({ kind, id: n.id, name: n.name, change: 'added', detail: '' });
      continue;
    }
    const target = retarget(n.id);
    if (target !== null) out.push({ kind, id: n.id, name: n.name, change: 'retargeted', detail: target });
    const a = weightsFrom.get(n.id);
    const b = weightsTo.get(n.id);
    if (a && b && a.weight !== b.weight)
      out.push({ kind, id: n.id, name: n.name, change: 'reweighted', detail: weightDetail(a.weight, b.weight) });
  }
  for (const n of from) if (!after.has(n.id)) out.push({ kind, id: n.id, name: n.name, change: 'removed', detail: '' });
  return out;
}

/**
 * Actions opened and closed after the earlier period ends and on or before the later one ends. End dates rather
 * than period order, so the window is the same whichever way round the periods are given, and periods of
 * different kinds (a month against a quarter) still have one.
 */
function actionsBetween(scorecardId: number, endA: string, endB: string, actions: readonly ActionItem[]) {
  const [after, upTo] = endA <= endB ? [endA, endB] : [endB, endA];
  const inWindow = (d: string | null): d is string => d !== null && d > after && d <= upTo;
  const mine = actions.filter((a) => a.scorecardId === scorecardId);
  // ISO dates sort as plain strings; no locale collation, so every machine lists them alike.
  const by = (key: (a: ActionItem) => string) => (a: ActionItem, b: ActionItem) =>
    (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || a.id - b.id;
  return {
    opened: mine.filter((a) => inWindow(a.createdOn)).sort(by((a) => a.createdOn)),
    closed: mine
      .filter((a) => (a.status === 'done' || a.status === 'dropped') && inWindow(a.closedOn))
      .sort(by((a) => a.closedOn ?? '')),
  };
}

function summarise(scores: readonly ScoreChange[]): ChangeSummary {
  const summary: ChangeSummary = { improved: 0, worsened: 0, unchanged: 0, new: 0, gone: 0, 'no-data': 0 };
  for (const s of scores) if (s.kind === 'objective' || s.kind === 'kpi') summary[s.change]++;
  return summary;
}

/**
 * Compares two scored periods of the same scorecard as given: `from` is the baseline, whichever is earlier.
 * Each period's label and end date use the fiscal year of the structure it is scored with.
 */
export function comparePeriodsOf(
  from: ScoredPeriod,
  to: ScoredPeriod,
  actions: readonly ActionItem[],
): PeriodComparison {
  const scorecardId = to.evaluation.scorecardId;
  if (from.evaluation.scorecardId !== scorecardId)
    throw new Error(
      `Cannot compare scorecard ${from.evaluation.scorecardId} with scorecard ${scorecardId}: periods must be of one scorecard`,
    );
  const fyFrom = from.tree.scorecard.fiscalYearStartMonth;
  const fyTo = to.tree.scorecard.fiscalYearStartMonth;
  const a = nodesOf(from);
  const b = nodesOf(to);

  const scores: ScoreChange[] = [
    ...pairScores(
      'scorecard',
      [{ id: scorecardId, name: from.tree.scorecard.name, score: from.evaluation.scorecard }],
      [{ id: scorecardId, name: to.tree.scorecard.name, score: to.evaluation.scorecard }],
    ),
    ...pairScores('perspective', a.perspectives, b.perspectives),
    ...pairScores('objective', a.objectives, b.objectives),
    ...pairScores('kpi', a.kpis, b.kpis),
  ];

  const kpiScoreFrom = new Map(a.kpis.map((n) => [n.id, n.score]));
  const kpiScoreTo = new Map(b.kpis.map((n) => [n.id, n.score]));
  const retargetKpi = (id: number): string | null => {
    const ka = a.kpiById.get(id);
    const kb = b.kpiById.get(id);
    const sa = kpiScoreFrom.get(id);
    const sb = kpiScoreTo.get(id);
    if (!ka || !kb || !sa || !sb || sameTarget(ka, sa, kb, sb)) return null;
    return retargetDetail(ka, sa, kb, sb);
  };
  const structure = [
    ...structureOf('objective', a.objectives, b.objectives, a.objectiveById, b.objectiveById, () => null),
    ...structureOf('kpi', a.kpis, b.kpis, a.kpiById, b.kpiById, retargetKpi),
  ];

  const window = actionsBetween(
    scorecardId,
    periodEndDate(from.period, fyFrom),
    periodEndDate(to.period, fyTo),
    actions,
  );
  return {
    scorecardId,
    from: from.period,
    to: to.period,
    fromLabel: periodLabel(from.period, fyFrom),
    toLabel: periodLabel(to.period, fyTo),
    scores,
    structure,
    actionsOpened: window.opened,
    actionsClosed: window.closed,
    summary: summarise(scores),
  };
}
