/**
 * Which way each arrow runs, decided on the slot grid before any pixel is known. Boxes sit in rows and columns;
 * between rows run horizontal channels (h0 above the first row … hN below the last) and between columns vertical
 * channels (v0 left of the first column … vN right of the last). An arrow leaves its box, reaches a channel and
 * follows channels to its target, so it can never cross a box:
 *  - straight: one line, when both boxes share a column and nothing sits between them (or a row and no gap);
 *  - jog: up (or down) into the channel next to the target, across, and on into the target;
 *  - channel: into the channel next to the source, across to a vertical channel, along it, across to the target;
 *  - over: between boxes of one row that are not neighbours, through the channel above them.
 * Arrows go from the top of the lower box to the bottom of the upper one, the usual reading of a strategy map.
 */
import type { PlacedBox, Placement } from './placement';
import type { MapLink, MapMetrics, RouteKind } from './types';

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface RouteEnd {
  box: PlacedBox;
  side: Side;
  /** Order along the side: where the arrow heads next (slot-grid x, see ordinalX). */
  key: number;
  tie: number[];
  /** Distance of the arrow's end from the middle of the side, px. */
  offset: number;
}

export interface Via {
  axis: 'h' | 'v';
  channel: number;
  track: number;
}

export interface Route {
  linkId: number;
  kind: RouteKind;
  start: RouteEnd;
  end: RouteEnd;
  vias: Via[];
}

/** Slot-grid coordinates: channel k sits at 2k, box k spans 2k+0.5 … 2k+1.5. */
export const boxCentre = (k: number) => 2 * k + 1;

function clearColumn(p: Placement, column: number, g1: number, g2: number): boolean {
  for (let g = Math.min(g1, g2) + 1; g < Math.max(g1, g2); g++) if (p.occupied[g]![column]) return false;
  return true;
}

function clearRow(p: Placement, row: number, c1: number, c2: number): boolean {
  for (let c = Math.min(c1, c2) + 1; c < Math.max(c1, c2); c++) if (p.occupied[row]![c]) return false;
  return true;
}

const end = (box: PlacedBox, side: Side, key: number, other: PlacedBox, linkId: number): RouteEnd => ({
  box,
  side,
  key,
  tie: [other.globalRow, other.column, linkId],
  offset: 0,
});

/** The vertical channel for a long arrow: between the two columns, the least used, nearest the middle. */
function chooseGutter(load: number[][][], s: PlacedBox, t: PlacedBox, h1: number, h2: number): number {
  const lo = Math.min(s.column, t.column);
  const hi = Math.max(s.column, t.column);
  const candidates: number[] = [];
  for (let v = lo + 1; v <= hi; v++) candidates.push(v);
  if (lo === hi) candidates.push(lo, lo + 1);
  const mid = (s.column + t.column + 1) / 2;
  const [y1, y2] = [Math.min(h1, h2), Math.max(h1, h2)];
  const used = (v: number) => load[v]!.filter(([a, b]) => a! <= y2 && y1 <= b!).length;
  candidates.sort((a, b) => used(a) - used(b) || Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  const v = candidates[0]!;
  load[v]!.push([y1, y2]);
  return v;
}

export function planRoutes(placement: Placement, links: readonly MapLink[]): { routes: Route[]; skipped: number[] } {
  const routes: Route[] = [];
  const skipped: number[] = [];
  const load: number[][][] = Array.from({ length: placement.columns + 1 }, () => []);
  for (const link of [...links].sort((a, b) => a.id - b.id)) {
    const s = placement.byObjective.get(link.fromObjectiveId);
    const t = placement.byObjective.get(link.toObjectiveId);
    if (!s || !t || s === t) {
      skipped.push(link.id);
      continue;
    }
    const id = link.id;
    const [gS, gT, cS, cT] = [s.globalRow, t.globalRow, s.column, t.column];
    if (gS !== gT) {
      const up = gT < gS;
      const [out, into] = up ? (['top', 'bottom'] as const) : (['bottom', 'top'] as const);
      // The channels beside the source and beside the target.
      const nearS = up ? gS : gS + 1;
      const nearT = up ? gT + 1 : gT;
      if (cS === cT && clearColumn(placement, cS, gS, gT)) {
        routes.push({
          linkId: id,
          kind: 'straight',
          start: end(s, out, boxCentre(cS), t, id),
          end: end(t, into, boxCentre(cT), s, id),
          vias: [],
        });
      } else if (nearS === nearT) {
        routes.push({
          linkId: id,
          kind: 'jog',
          start: end(s, out, boxCentre(cT), t, id),
          end: end(t, into, boxCentre(cS), s, id),
          vias: [{ axis: 'h', channel: nearS, track: 0 }],
        });
      } else {
        const v = chooseGutter(load, s, t, nearS, nearT);
        routes.push({
          linkId: id,
          kind: 'channel',
          start: end(s, out, 2 * v, t, id),
          end: end(t, into, 2 * v, s, id),
          vias: [
            { axis: 'h', channel: nearS, track: 0 },
            { axis: 'v', channel: v, track: 0 },
            { axis: 'h', channel: nearT, track: 0 },
          ],
        });
      }
    } else if (Math.abs(cS - cT) === 1 || clearRow(placement, gS, cS, cT)) {
      const [out, into] = cT > cS ? (['right', 'left'] as const) : (['left', 'right'] as const);
      routes.push({ linkId: id, kind: 'side', start: end(s, out, 0, t, id), end: end(t, into, 0, s, id), vias: [] });
    } else {
      routes.push({
        linkId: id,
        kind: 'over',
        start: end(s, 'top', boxCentre(cT), t, id),
        end: end(t, 'top', boxCentre(cS), s, id),
        vias: [{ axis: 'h', channel: gS, track: 0 }],
      });
    }
  }
  return { routes, skipped };
}

const compareEnds = (a: RouteEnd, b: RouteEnd) => {
  if (a.key !== b.key) return a.key - b.key;
  for (let i = 0; i < a.tie.length; i++) if (a.tie[i] !== b.tie[i]) return a.tie[i]! - b.tie[i]!;
  return 0;
};

interface SideGroup {
  ends: RouteEnd[];
  length: number;
  gap: number;
}

/**
 * Spreads the arrow ends along each side of each box, ordered by where they head so that they do not cross at
 * the box, and lines up the two ends of a straight arrow (falling back to a jog when they cannot line up).
 */
export function placePorts(routes: Route[], metrics: MapMetrics): void {
  const groups = new Map<string, SideGroup>();
  const groupOf = (e: RouteEnd) => groups.get(`${e.box.objective.id}:${e.side}`)!;
  for (const r of routes) {
    for (const e of [r.start, r.end]) {
      const k = `${e.box.objective.id}:${e.side}`;
      const horizontal = e.side === 'top' || e.side === 'bottom';
      if (!groups.has(k))
        groups.set(k, { ends: [], length: horizontal ? metrics.boxWidth : metrics.boxHeight, gap: 0 });
      groups.get(k)!.ends.push(e);
    }
  }
  const margin = (g: SideGroup) => (g.length === metrics.boxWidth ? 20 : 14);
  for (const g of groups.values()) {
    g.ends.sort(compareEnds);
    const n = g.ends.length;
    g.gap = n > 1 ? Math.min(metrics.portGap, (g.length - 2 * margin(g)) / (n - 1)) : 0;
    g.ends.forEach((e, i) => (e.offset = (i - (n - 1) / 2) * g.gap));
  }
  const fits = (g: SideGroup, anchor: number, index: number, gap: number) =>
    g.ends.every((_, i) => Math.abs(anchor + (i - index) * gap) <= g.length / 2 - margin(g) + 1e-9);
  for (const r of routes) {
    if (r.kind !== 'straight' || Math.abs(r.start.offset - r.end.offset) < 1e-9) continue;
    const a = groupOf(r.start);
    const b = groupOf(r.end);
    const ia = a.ends.indexOf(r.start);
    const ib = b.ends.indexOf(r.end);
    const gap = Math.min(a.gap || b.gap, b.gap || a.gap);
    const anchor = Math.round(r.start.offset + r.end.offset);
    if (fits(a, anchor / 2, ia, gap) && fits(b, anchor / 2, ib, gap)) {
      a.ends.forEach((e, i) => (e.offset = anchor / 2 + (i - ia) * gap));
      b.ends.forEach((e, i) => (e.offset = anchor / 2 + (i - ib) * gap));
    }
  }
  for (const r of routes) {
    if (r.kind !== 'straight' || Math.abs(r.start.offset - r.end.offset) < 1e-9) continue;
    const up = r.end.box.globalRow < r.start.box.globalRow;
    r.kind = 'jog';
    r.vias = [{ axis: 'h', channel: up ? r.end.box.globalRow + 1 : r.end.box.globalRow, track: 0 }];
  }
  separateFacingEnds(routes, groups, margin);
}

/**
 * Two boxes stacked in a column face one channel. An arrow end on the upper box's bottom and one on the lower
 * box's top at the same x would make their stubs overlap whenever the two arrows cross in the channel, so such
 * ends are moved apart by half a port gap (the whole side when no straight arrow pins it, else the one end).
 */
function separateFacingEnds(routes: Route[], groups: Map<string, SideGroup>, margin: (g: SideGroup) => number): void {
  const pinned = new Set<RouteEnd>();
  for (const r of routes) if (r.kind === 'straight') pinned.add(r.start).add(r.end);
  const boxAt = new Map<string, number>();
  for (const r of routes)
    for (const e of [r.start, r.end]) boxAt.set(`${e.box.globalRow},${e.box.column}`, e.box.objective.id);
  const keys = [...groups.keys()].sort((a, b) => {
    const [ia, sa] = a.split(':');
    const [ib, sb] = b.split(':');
    return Number(ia) - Number(ib) || sa!.localeCompare(sb!);
  });
  for (const key of keys) {
    const lower = groups.get(key)!;
    const first = lower.ends[0]!;
    if (first.side !== 'top') continue;
    const above = boxAt.get(`${first.box.globalRow - 1},${first.box.column}`);
    const upper = above === undefined ? undefined : groups.get(`${above}:bottom`);
    if (!upper) continue;
    const limit = lower.length / 2 - margin(lower);
    const half = (lower.gap || upper.gap || 16) / 2;
    const clash = (e: RouteEnd) =>
      !pinned.has(e) && upper.ends.some((u) => !pinned.has(u) && Math.abs(u.offset - e.offset) < 1);
    if (!lower.ends.some(clash)) continue;
    const movable = lower.ends.some((e) => pinned.has(e)) ? lower.ends.filter(clash) : lower.ends;
    const taken = (x: number, self: RouteEnd) =>
      upper.ends.some((u) => Math.abs(u.offset - x) < 1) ||
      lower.ends.some((e) => e !== self && Math.abs(e.offset - x) < 1);
    const shift = movable.every((e) => e.offset + half <= limit) ? half : -half;
    for (const e of movable) if (!taken(e.offset + shift, e)) e.offset += shift;
  }
}
