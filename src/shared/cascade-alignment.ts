/**
 * The alignment tree (docs/cascading.md): from a scorecard's objectives down through the objectives of other
 * scorecards that contribute to them, each with its KPIs and key results, status and score at every node; and the two
 * lists that show gaps: objectives below that support nothing, and objectives above that nothing supports.
 */
import { createCascadeScoring, type CascadeDocument } from './cascade';
import type { Kpi, Objective, Scorecard, Status } from './domain';
import type { Evaluation, KeyResultScore, KpiScore, ObjectiveScore } from './evaluation';

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

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

/**
 * The alignment tree of `scorecardId` and the scorecards below it, from their evaluations for `period`. A scorecard
 * missing from `evaluations` is evaluated here, with its contributors when it scores with them.
 */
export function alignmentTree(
  doc: CascadeDocument,
  scorecardId: number,
  period: string,
  evaluations: ReadonlyMap<number, Evaluation>,
): AlignmentTree {
  const scoring = createCascadeScoring(doc);
  const root = scoring.scorecard(scorecardId);
  if (!root) throw new Error(`Scorecard ${scorecardId} is not in the document`);

  const scores = new Map<
    number,
    { objectives: Map<number, ObjectiveScore>; kpis: Map<number, KpiScore>; krs: KeyResultScore[] }
  >();
  const scoresOf = (id: number) => {
    let s = scores.get(id);
    if (!s) {
      const e = evaluations.get(id) ?? scoring.evaluate(id, period);
      s = {
        objectives: new Map(e.objectives.map((o) => [o.objectiveId, o])),
        kpis: new Map(e.kpis.map((k) => [k.kpiId, k])),
        krs: e.keyResults,
      };
      scores.set(id, s);
    }
    return s;
  };
  const kpisByObjective = new Map<number, Kpi[]>();
  for (const k of doc.kpis) {
    const list = kpisByObjective.get(k.objectiveId);
    if (list) list.push(k);
    else kpisByObjective.set(k.objectiveId, [k]);
  }
  const keyResults = new Map(doc.keyResults.map((kr) => [kr.id, kr]));

  // Scorecards in the tree: the root, those below it by parent, and any whose objectives contribute into the tree.
  const inTree: Scorecard[] = [root];
  const seen = new Set([root.id]);
  const include = (sc: Scorecard | undefined) => {
    if (sc && !seen.has(sc.id)) {
      seen.add(sc.id);
      inTree.push(sc);
    }
  };
  for (let i = 0; i < inTree.length; i++) {
    for (const child of doc.scorecards.filter((s) => s.parentScorecardId === inTree[i].id)) include(child);
  }

  const objectiveNode = (o: Objective, weight: number | null, path: ReadonlySet<number>): AlignmentNode => {
    const sc = scoring.scorecardOf(o.id)!;
    include(sc);
    const s = scoresOf(sc.id);
    const own = s.objectives.get(o.id);
    const children: AlignmentNode[] = [];
    for (const kpi of (kpisByObjective.get(o.id) ?? []).slice().sort(byPosition)) {
      const k = s.kpis.get(kpi.id);
      children.push({
        kind: 'kpi',
        id: kpi.id,
        scorecardId: sc.id,
        title: kpi.name,
        owner: kpi.owner,
        score: k?.score ?? null,
        status: k?.status ?? 'none',
        formula: k?.formula.text ?? '',
        weight: null,
        children: [],
      });
    }
    for (const k of s.krs) {
      const kr = k.objectiveId === o.id ? keyResults.get(k.keyResultId) : undefined;
      if (!kr) continue;
      children.push({
        kind: 'keyResult',
        id: kr.id,
        scorecardId: sc.id,
        title: kr.title,
        owner: kr.owner,
        score: k.score,
        status: k.status,
        formula: k.formula.text,
        weight: null,
        children: [],
      });
    }
    const below = new Set(path).add(o.id);
    for (const c of scoring.incoming(o.id)) {
      const from = scoring.objective(c.fromObjectiveId);
      // A contribution on a cycle is never followed: the tree would have no end.
      if (!from || scoring.onCycle.has(c.id) || below.has(from.id)) continue;
      children.push(objectiveNode(from, c.weight, below));
    }
    return {
      kind: 'objective',
      id: o.id,
      scorecardId: sc.id,
      title: o.title,
      owner: o.owner,
      score: own?.score ?? null,
      status: own?.status ?? 'none',
      formula: own?.formula.text ?? '',
      weight,
      children,
    };
  };
  const roots = scoring.objectivesOf(root.id).map((o) => objectiveNode(o, null, new Set()));

  const contributes = new Set(doc.contributions.map((c) => c.fromObjectiveId));
  const supported = new Set(doc.contributions.map((c) => c.toObjectiveId));
  const hasChildren = new Set(doc.scorecards.map((s) => s.parentScorecardId));
  const entry = (o: Objective, sc: Scorecard): AlignmentEntry => ({
    objectiveId: o.id,
    title: o.title,
    scorecardId: sc.id,
    scorecardName: sc.name,
  });
  const unaligned: AlignmentEntry[] = [];
  const unsupported: AlignmentEntry[] = [];
  for (const sc of inTree) {
    for (const o of scoring.objectivesOf(sc.id)) {
      if (sc.id !== root.id && !contributes.has(o.id)) unaligned.push(entry(o, sc));
      if (hasChildren.has(sc.id) && !supported.has(o.id)) unsupported.push(entry(o, sc));
    }
  }

  return {
    period,
    scorecardId,
    scorecards: inTree.map(({ id, name, parentScorecardId, cascadeScoring }) => ({
      id,
      name,
      parentScorecardId,
      cascadeScoring,
    })),
    roots,
    unaligned,
    unsupported,
  };
}
