/**
 * The references of a file's cascading, OKR and incentive rows (interchange-io.ts checks the rest): every row points
 * at rows of the same file, a contribution joins two scorecards and the contributions close no cycle. Checked before
 * anything is written, each problem named by its JSON path.
 */
import type { InterchangeDocument } from '../../shared/interchange';
import { t } from '../../shared/i18n';
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

/** Whatever a row of a file can point at, named in a refusal. */
export type Thing =
  | 'scorecard'
  | 'perspective'
  | 'theme'
  | 'objective'
  | 'kpi'
  | 'initiative'
  | 'review'
  | 'action'
  | 'agendaItem'
  | 'keyResult'
  | 'workshop'
  | 'note';

export const missing = (what: Thing, id: number): string => t(`errors:interchange.missing.${what}`, { id });

function idSet(rows: { id: number }[], key: string, bad: Bad): Set<number> {
  const ids = new Set<number>();
  rows.forEach((r, i) => {
    if (ids.has(r.id)) bad([key, i, 'id'], t('errors:interchange.idTwice', { id: r.id }));
    ids.add(r.id);
  });
  return ids;
}

export function checkCascadeReferences(doc: InterchangeDocument, sets: Sets, bad: Bad): void {
  const need = (set: Set<number>, id: number | null, path: Path, what: Thing) => {
    if (id !== null && !set.has(id)) bad(path, missing(what, id));
  };
  const scorecardOfPerspective = new Map(doc.perspectives.map((p) => [p.id, p.scorecardId]));
  const scorecardOf = new Map(doc.objectives.map((o) => [o.id, scorecardOfPerspective.get(o.perspectiveId)]));
  const title = (id: number) => t('errors:cascade.quoted', { title: doc.objectives.find((o) => o.id === id)?.title ?? id });

  idSet(doc.contributions, 'contributions', bad);
  const pairs = new Set<string>();
  doc.contributions.forEach((c, i) => {
    need(sets.objectives, c.fromObjectiveId, ['contributions', i, 'fromObjectiveId'], 'objective');
    need(sets.objectives, c.toObjectiveId, ['contributions', i, 'toObjectiveId'], 'objective');
    if (scorecardOf.get(c.fromObjectiveId) === scorecardOf.get(c.toObjectiveId)) {
      bad(
        ['contributions', i, 'toObjectiveId'],
        t('errors:interchange.sameScorecard', { from: c.fromObjectiveId, to: c.toObjectiveId }),
      );
    }
    const pair = `${c.fromObjectiveId}>${c.toObjectiveId}`;
    if (pairs.has(pair)) bad(['contributions', i], t('errors:interchange.contributionTwice'));
    pairs.add(pair);
  });
  const cycle = findContributionCycle(doc.contributions);
  if (cycle)
    bad(['contributions', cycle.edge], t('errors:interchange.cycle', { chain: cycle.chain.map(title).join(' → ') }));

  const keyResults = idSet(doc.keyResults, 'keyResults', bad);
  const perObjective = new Map<number, number>();
  doc.keyResults.forEach((k, i) => {
    need(sets.objectives, k.objectiveId, ['keyResults', i, 'objectiveId'], 'objective');
    need(sets.kpis, k.kpiId, ['keyResults', i, 'kpiId'], 'kpi');
    const n = (perObjective.get(k.objectiveId) ?? 0) + 1;
    if (n > MAX_KEY_RESULTS_PER_OBJECTIVE)
      bad(['keyResults', i], t('errors:interchange.tooManyKeyResults', { id: k.objectiveId, max: MAX_KEY_RESULTS_PER_OBJECTIVE }));
    perObjective.set(k.objectiveId, n);
  });
  idSet(doc.checkIns, 'checkIns', bad);
  const perKeyResult = new Map<number, number>();
  doc.checkIns.forEach((c, i) => {
    need(keyResults, c.keyResultId, ['checkIns', i, 'keyResultId'], 'keyResult');
    const n = (perKeyResult.get(c.keyResultId) ?? 0) + 1;
    if (n > MAX_CHECK_INS_PER_KEY_RESULT)
      bad(['checkIns', i], t('errors:interchange.tooManyCheckIns', { id: c.keyResultId, max: MAX_CHECK_INS_PER_KEY_RESULT }));
    perKeyResult.set(c.keyResultId, n);
  });

  const planned = new Set<number>();
  doc.incentivePlans.forEach((p, i) => {
    need(sets.scorecards, p.scorecardId, ['incentivePlans', i, 'scorecardId'], 'scorecard');
    if (planned.has(p.scorecardId)) bad(['incentivePlans', i], t('errors:interchange.twoPlans', { id: p.scorecardId }));
    planned.add(p.scorecardId);
  });
  idSet(doc.incentiveItems, 'incentiveItems', bad);
  const items = new Set<string>();
  const entities = {
    objective: [sets.objectives, 'objective'],
    kpi: [sets.kpis, 'kpi'],
    keyResult: [keyResults, 'keyResult'],
  } as const;
  doc.incentiveItems.forEach((it, i) => {
    need(sets.scorecards, it.scorecardId, ['incentiveItems', i, 'scorecardId'], 'scorecard');
    const [set, what] = entities[it.entityType];
    need(set, it.entityId, ['incentiveItems', i, 'entityId'], what);
    const key = `${it.entityType}:${it.entityId}`;
    if (items.has(key)) bad(['incentiveItems', i], t(`errors:interchange.twoItems.${what}`, { id: it.entityId }));
    items.add(key);
  });
}
