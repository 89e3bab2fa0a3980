/**
 * The references of a file's cascading, OKR and incentive rows (interchange-io.ts checks the rest): every row points
 * at rows of the same file, a contribution joins two scorecards and the contributions close no cycle. Checked before
 * anything is written, each problem named by its JSON path.
 */
import type { InterchangeDocument } from '../../shared/interchange';
import { MAX_CHECK_INS_PER_KEY_RESULT, MAX_KEY_RESULTS_PER_OBJECTIVE } from '../../shared/okr';

type Path = (string | number)[];
type Bad = (path: Path, message: string) => never;

interface Sets {
  scorecards: Set<number>;
  objectives: Set<number>;
  kpis: Set<number>;
}

/**
 * The first cycle among the contributions, as the index of the edge that closes it and the objective ids around it
 * (first = last), or null. One depth-first walk over the whole graph, however many rows the file holds.
 */
export function findContributionCycle(
  edges: readonly { fromObjectiveId: number; toObjectiveId: number }[],
): { edge: number; chain: number[] } | null {
  const out = new Map<number, { to: number; edge: number }[]>();
  edges.forEach((e, edge) => {
    const list = out.get(e.fromObjectiveId);
    if (list) list.push({ to: e.toObjectiveId, edge });
    else out.set(e.fromObjectiveId, [{ to: e.toObjectiveId, edge }]);
  });
  const state = new Map<number, 'open' | 'done'>();
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    // Iterative, so a long chain of contributions cannot overflow the stack.
    const stack: { node: number; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const step = out.get(top.node)?.[top.next++];
      if (!step) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(step.to);
      if (seen === 'open') {
        const from = stack.findIndex((s) => s.node === step.to);
        return { edge: step.edge, chain: [...stack.slice(from).map((s) => s.node), step.to] };
      }
      if (seen === undefined) {
        state.set(step.to, 'open');
        stack.push({ node: step.to, next: 0 });
      }
    }
  }
  return null;
}

function idSet(rows: { id: number }[], key: string, bad: Bad): Set<number> {
  const ids = new Set<number>();
  rows.forEach((r, i) => {
    if (ids.has(r.id)) bad([key, i, 'id'], `id ${r.id} is used twice`);
    ids.add(r.id);
  });
  return ids;
}

export function checkCascadeReferences(doc: InterchangeDocument, sets: Sets, bad: Bad): void {
  const need = (set: Set<number>, id: number | null, path: Path, what: string) => {
    if (id !== null && !set.has(id)) bad(path, `${what} ${id} does not exist in this file`);
  };
  const scorecardOfPerspective = new Map(doc.perspectives.map((p) => [p.id, p.scorecardId]));
  const scorecardOf = new Map(doc.objectives.map((o) => [o.id, scorecardOfPerspective.get(o.perspectiveId)]));
  const title = (id: number) => `“${doc.objectives.find((o) => o.id === id)?.title ?? id}”`;

  idSet(doc.contributions, 'contributions', bad);
  const pairs = new Set<string>();
  doc.contributions.forEach((c, i) => {
    need(sets.objectives, c.fromObjectiveId, ['contributions', i, 'fromObjectiveId'], 'objective');
    need(sets.objectives, c.toObjectiveId, ['contributions', i, 'toObjectiveId'], 'objective');
    if (scorecardOf.get(c.fromObjectiveId) === scorecardOf.get(c.toObjectiveId)) {
      bad(
        ['contributions', i, 'toObjectiveId'],
        `objectives ${c.fromObjectiveId} and ${c.toObjectiveId} are in the same scorecard: a contribution joins two scorecards`,
      );
    }
    const pair = `${c.fromObjectiveId}>${c.toObjectiveId}`;
    if (pairs.has(pair)) bad(['contributions', i], 'the same contribution appears twice');
    pairs.add(pair);
  });
  const cycle = findContributionCycle(doc.contributions);
  if (cycle)
    bad(['contributions', cycle.edge], `the contributions make a cycle: ${cycle.chain.map(title).join(' → ')}`);

  const keyResults = idSet(doc.keyResults, 'keyResults', bad);
  const perObjective = new Map<number, number>();
  doc.keyResults.forEach((k, i) => {
    need(sets.objectives, k.objectiveId, ['keyResults', i, 'objectiveId'], 'objective');
    need(sets.kpis, k.kpiId, ['keyResults', i, 'kpiId'], 'KPI');
    const n = (perObjective.get(k.objectiveId) ?? 0) + 1;
    if (n > MAX_KEY_RESULTS_PER_OBJECTIVE)
      bad(['keyResults', i], `objective ${k.objectiveId} has more than ${MAX_KEY_RESULTS_PER_OBJECTIVE} key results`);
    perObjective.set(k.objectiveId, n);
  });
  idSet(doc.checkIns, 'checkIns', bad);
  const perKeyResult = new Map<number, number>();
  doc.checkIns.forEach((c, i) => {
    need(keyResults, c.keyResultId, ['checkIns', i, 'keyResultId'], 'key result');
    const n = (perKeyResult.get(c.keyResultId) ?? 0) + 1;
    if (n > MAX_CHECK_INS_PER_KEY_RESULT)
      bad(['checkIns', i], `key result ${c.keyResultId} has more than ${MAX_CHECK_INS_PER_KEY_RESULT} check-ins`);
    perKeyResult.set(c.keyResultId, n);
  });

  const planned = new Set<number>();
  doc.incentivePlans.forEach((p, i) => {
    need(sets.scorecards, p.scorecardId, ['incentivePlans', i, 'scorecardId'], 'scorecard');
    if (planned.has(p.scorecardId)) bad(['incentivePlans', i], `scorecard ${p.scorecardId} has two incentive plans`);
    planned.add(p.scorecardId);
  });
  idSet(doc.incentiveItems, 'incentiveItems', bad);
  const items = new Set<string>();
  const entities = {
    objective: [sets.objectives, 'objective'],
    kpi: [sets.kpis, 'KPI'],
    keyResult: [keyResults, 'key result'],
  } as const;
  doc.incentiveItems.forEach((it, i) => {
    need(sets.scorecards, it.scorecardId, ['incentiveItems', i, 'scorecardId'], 'scorecard');
    const [set, what] = entities[it.entityType];
    need(set, it.entityId, ['incentiveItems', i, 'entityId'], what);
    const key = `${it.entityType}:${it.entityId}`;
    if (items.has(key)) bad(['incentiveItems', i], `the ${what} ${it.entityId} has two incentive items`);
    items.add(key);
  });
}
