/** The contribution graph: objectives as nodes, contributions as edges pointing up to the supported objective. */
import type { Contribution } from './domain';

type Edge = Pick<Contribution, 'fromObjectiveId' | 'toObjectiveId'>;

function successors(edges: readonly Edge[]): Map<number, number[]> {
  const next = new Map<number, number[]>();
  for (const e of edges) {
    const list = next.get(e.fromObjectiveId);
    if (list) list.push(e.toObjectiveId);
    else next.set(e.fromObjectiveId, [e.toObjectiveId]);
  }
  return next;
}

/** The shortest chain of objective ids from `start` to `goal` along the edges (start and goal included), or null. */
export function pathBetween(edges: readonly Edge[], start: number, goal: number): number[] | null {
  if (start === goal) return [start];
  const next = successors(edges);
  const cameFrom = new Map<number, number>([[start, start]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    for (const n of next.get(node) ?? []) {
      if (cameFrom.has(n)) continue;
      cameFrom.set(n, node);
      if (n === goal) {
        const path = [goal];
        for (let at = goal; at !== start;) path.push((at = cameFrom.get(at)!));
        return path.reverse();
      }
      queue.push(n);
    }
  }
  return null;
}

/**
 * The ids of the contributions that lie on a cycle: both ends in one strongly connected component (Tarjan's
 * algorithm, without recursion so a long chain cannot overflow the stack). A document never holds one unless a
 * file or a bug put it there; scoring then leaves every such edge out instead of going round for ever.
 */
export function cycleEdges(contributions: readonly Contribution[]): Set<number> {
  const out = new Set<number>();
  if (contributions.length === 0) return out;
  const next = successors(contributions);
  const indexOf = new Map<number, number>();
  const low = new Map<number, number>();
  const component = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  let counter = 0;
  for (const root of next.keys()) {
    if (indexOf.has(root)) continue;
    const work: { node: number; i: number }[] = [{ node: root, i: 0 }];
    indexOf.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const succ = next.get(frame.node) ?? [];
      if (frame.i < succ.length) {
        const n = succ[frame.i++];
        if (!indexOf.has(n)) {
          indexOf.set(n, counter);
          low.set(n, counter++);
          stack.push(n);
          onStack.add(n);
          work.push({ node: n, i: 0 });
        } else if (onStack.has(n)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, indexOf.get(n)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === indexOf.get(frame.node)) {
        let n: number;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.set(n, frame.node);
        } while (n !== frame.node);
      }
    }
  }
  for (const c of contributions) {
    const a = component.get(c.fromObjectiveId);
    if (c.fromObjectiveId === c.toObjectiveId || (a !== undefined && a === component.get(c.toObjectiveId)))
      out.add(c.id);
  }
  return out;
}
