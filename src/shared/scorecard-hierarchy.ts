/**
 * The scorecards of a document as a hierarchy (company → departments → teams, by parentScorecardId), in the order
 * the scorecard switcher lists them and Previous/Next Scorecard step through: each scorecard followed by the ones
 * below it, siblings in the document's order. A parent that is missing or a loop of parents (which the file should
 * never hold) makes a scorecard top-level rather than hiding it.
 */
import type { Scorecard } from './domain';

export interface ScorecardPlace {
  scorecard: Pick<Scorecard, 'id' | 'name' | 'parentScorecardId'>;
  /** 0 for a top-level scorecard. */
  depth: number;
  /** The names from the top-level scorecard down to this one. */
  path: string[];
}

type Node = Pick<Scorecard, 'id' | 'name' | 'parentScorecardId'>;

export function scorecardHierarchy(scorecards: readonly Node[]): ScorecardPlace[] {
  const byId = new Map(scorecards.map((s) => [s.id, s]));
  /** A parent counts only when following parents up from the scorecard ends at a top-level one. */
  const reachesTop = (s: Node): boolean => {
    const seen = new Set<number>();
    for (
      let at: Node | undefined = s;
      at;
      at = at.parentScorecardId === null ? undefined : byId.get(at.parentScorecardId)
    ) {
      if (seen.has(at.id)) return false;
      seen.add(at.id);
      if (at.parentScorecardId !== null && !byId.has(at.parentScorecardId)) return false;
    }
    return true;
  };
  const parentOf = (s: Node): number | null =>
    s.parentScorecardId !== null && reachesTop(s) ? s.parentScorecardId : null;
  const children = new Map<number | null, Node[]>();
  for (const s of scorecards) {
    const p = parentOf(s);
    children.set(p, [...(children.get(p) ?? []), s]);
  }
  const out: ScorecardPlace[] = [];
  const visit = (s: Node, depth: number, path: string[]) => {
    const here = [...path, s.name];
    out.push({ scorecard: s, depth, path: here });
    for (const c of children.get(s.id) ?? []) visit(c, depth + 1, here);
  };
  for (const s of children.get(null) ?? []) visit(s, 0, []);
  return out;
}

/** The scorecards above `id`, top-level first (the breadcrumbs before its own name). */
export function scorecardAncestors(scorecards: readonly Node[], id: number): Node[] {
  const place = scorecardHierarchy(scorecards).find((p) => p.scorecard.id === id);
  if (!place) return [];
  const out: Node[] = [];
  const byId = new Map(scorecards.map((s) => [s.id, s]));
  for (let at = byId.get(id); at && at.parentScorecardId !== null && out.length < place.depth;) {
    at = byId.get(at.parentScorecardId);
    if (at) out.unshift(at);
  }
  return out;
}

export type ScorecardStep = 'previous' | 'next' | 'parent';

/** The scorecard a step from `id` goes to (previous and next wrap around the list), or null when there is none. */
export function scorecardStep(scorecards: readonly Node[], id: number, step: ScorecardStep): number | null {
  const list = scorecardHierarchy(scorecards);
  const at = list.findIndex((p) => p.scorecard.id === id);
  if (at < 0 || list.length < 2) return null;
  if (step === 'parent') return scorecardAncestors(scorecards, id).at(-1)?.id ?? null;
  const to = (at + (step === 'next' ? 1 : -1) + list.length) % list.length;
  return list[to]!.scorecard.id;
}
