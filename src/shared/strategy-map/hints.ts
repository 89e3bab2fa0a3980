/**
 * Map hints: things a consultant would point at on a strategy map, shown on request and never blocking.
 * An objective without a KPI or without any link, a link pointing down from a higher perspective to a lower
 * one, a crowded perspective, and links that go round in a cycle.
 */

import { t } from '../i18n';

export type MapHintKind = 'no-kpi' | 'no-link' | 'downward-link' | 'crowded-perspective' | 'cycle';

export interface MapHint {
  kind: MapHintKind;
  message: string;
  objectiveIds: number[];
  linkIds: number[];
  perspectiveId: number | null;
}

export interface HintInput {
  perspectives: readonly { id: number; name: string; position: number }[];
  objectives: readonly { id: number; perspectiveId: number; title: string; position: number }[];
  links: readonly { id: number; fromObjectiveId: number; toObjectiveId: number }[];
  kpis: readonly { objectiveId: number }[];
}

/** More objectives than this in one perspective make a map hard to read. */
export const MAX_OBJECTIVES_PER_PERSPECTIVE = 6;

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

/** Strongly connected components with more than one objective (Tarjan), each as a list of ids. */
function cyclicComponents(ids: number[], out: Map<number, number[]>): number[][] {
  let counter = 0;
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const components: number[][] = [];
  const visit = (v: number) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of out.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component);
    }
  };
  for (const v of ids) if (!index.has(v)) visit(v);
  return components;
}

/** The shortest cycle through `start` inside one component, as objective ids (start first). */
function shortestCycle(start: number, members: Set<number>, out: Map<number, number[]>): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of out.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(parent.get(path[0]!)!);
        return path;
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

export function mapHints(input: HintInput, maxPerPerspective = MAX_OBJECTIVES_PER_PERSPECTIVE): MapHint[] {
  const perspectives = [...input.perspectives].sort(byPosition);
  const rank = new Map(perspectives.map((p, i) => [p.id, i]));
  const perspectiveName = new Map(perspectives.map((p) => [p.id, p.name]));
  const objectives = input.objectives
    .filter((o) => rank.has(o.perspectiveId))
    .sort((a, b) => rank.get(a.perspectiveId)! - rank.get(b.perspectiveId)! || byPosition(a, b));
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const title = (id: number) => byId.get(id)?.title ?? t('map:hints.unknown', { id });
  const links = input.links
    .filter((l) => byId.has(l.fromObjectiveId) && byId.has(l.toObjectiveId))
    .sort((a, b) => a.id - b.id);
  const withKpi = new Set(input.kpis.map((k) => k.objectiveId));
  const linked = new Set(links.flatMap((l) => [l.fromObjectiveId, l.toObjectiveId]));
  const hints: MapHint[] = [];
  const hint = (
    kind: MapHintKind,
    message: string,
    objectiveIds: number[],
    linkIds: number[] = [],
    perspectiveId: number | null = null,
  ) => hints.push({ kind, message, objectiveIds, linkIds, perspectiveId });

  for (const o of objectives) {
    if (!withKpi.has(o.id))
      hint('no-kpi', t('map:hints.message.noKpi', { title: title(o.id) }), [o.id], [], o.perspectiveId);
  }
  for (const o of objectives) {
    if (!linked.has(o.id))
      hint('no-link', t('map:hints.message.noLink', { title: title(o.id) }), [o.id], [], o.perspectiveId);
  }
  for (const l of links) {
    const from = byId.get(l.fromObjectiveId)!;
    const to = byId.get(l.toObjectiveId)!;
    if (rank.get(from.perspectiveId)! < rank.get(to.perspectiveId)!) {
      hint(
        'downward-link',
        t('map:hints.message.downwardLink', {
          from: title(from.id),
          fromPerspective: perspectiveName.get(from.perspectiveId),
          to: title(to.id),
          toPerspective: perspectiveName.get(to.perspectiveId),
          top: perspectives[0]!.name,
        }),
        [from.id, to.id],
        [l.id],
        from.perspectiveId,
      );
    }
  }
  for (const p of perspectives) {
    const count = objectives.filter((o) => o.perspectiveId === p.id).length;
    if (count > maxPerPerspective) {
      hint(
        'crowded-perspective',
        t('map:hints.message.crowded', { perspective: p.name, count, max: maxPerPerspective }),
        objectives.filter((o) => o.perspectiveId === p.id).map((o) => o.id),
        [],
        p.id,
      );
    }
  }
  const out = new Map<number, number[]>();
  for (const l of links) out.set(l.fromObjectiveId, [...(out.get(l.fromObjectiveId) ?? []), l.toObjectiveId]);
  for (const list of out.values()) list.sort((a, b) => a - b);
  const order = new Map(objectives.map((o, i) => [o.id, i]));
  const components = cyclicComponents(
    objectives.map((o) => o.id),
    out,
  ).map((c) => c.sort((a, b) => order.get(a)! - order.get(b)!));
  components.sort((a, b) => order.get(a[0]!)! - order.get(b[0]!)!);
  for (const component of components) {
    const cycle = shortestCycle(component[0]!, new Set(component), out);
    const linkIds = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length]!;
      return links.find((l) => l.fromObjectiveId === from && l.toObjectiveId === to)!.id;
    });
    hint(
      'cycle',
      t('map:hints.message.cycle', {
        cycle: [...cycle, cycle[0]!].map((id) => t('map:hints.quoted', { title: title(id) })).join(' → '),
      }),
      cycle,
      linkIds,
    );
  }
  return hints;
}
