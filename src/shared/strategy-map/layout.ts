/**
 * The strategy map's layout: a pure, deterministic function from perspectives, objectives and links to lanes,
 * boxes and orthogonal arrows in SVG units.
 *
 *  - Lanes: one per perspective, top to bottom in perspective order (Financial first in the standard order).
 *  - Boxes: all the same size, in slots on one column grid shared by every lane, so columns line up across the
 *    map. Where the user placed a box (Objective.mapX/mapY, lane-relative slot coordinates, see
 *    MapMetrics.slotWidth) it stays; the other boxes are spread evenly in their order (placement.ts).
 *  - Arrows: routed along the channels between rows and columns (route.ts), each on its own track where they share
 *    a channel (tracks.ts). Channels widen when they carry many arrows, so arrows never overlap each other and
 *    never pass through a box; an arrow between boxes stacked in one column goes straight.
 * Same input, same output: every choice is ordered by position and id, never by iteration order of a hash.
 */
import { placeObjectives, type Placement } from './placement';
import { boxCentre, placePorts, planRoutes, type Route, type RouteEnd } from './route';
import { wrapText } from './text';
import { assignTracks, type ChannelSegment } from './tracks';
import type { BoxLayout, EdgeLayout, LaneLayout, MapInput, MapLayout, MapMetrics, Point } from './types';

export const DEFAULT_METRICS: MapMetrics = {
  boxWidth: 200,
  boxHeight: 88,
  titleWidth: 168,
  gutter: 56,
  edgeGutter: 40,
  rowGap: 48,
  laneGap: 64,
  edgeGap: 32,
  trackGap: 8,
  channelMargin: 14,
  portGap: 16,
  maxColumns: 8,
  minColumns: 3,
  slotWidth: 256,
  slotHeight: 136,
  fontSize: 13,
  lineHeight: 16,
  maxTitleLines: 3,
  boxPadding: 14,
  laneFontSize: 14,
};

/** An arrow end in slot-grid coordinates (see boxCentre): only the order of these numbers matters. */
function ordinalPort(e: RouteEnd, m: MapMetrics): Point {
  const { column: c, globalRow: g } = e.box;
  switch (e.side) {
    case 'top':
      return { x: boxCentre(c) + (0.8 * e.offset) / m.boxWidth, y: boxCentre(g) - 0.4 };
    case 'bottom':
      return { x: boxCentre(c) + (0.8 * e.offset) / m.boxWidth, y: boxCentre(g) + 0.4 };
    case 'left':
      return { x: boxCentre(c) - 0.4, y: boxCentre(g) + (0.8 * e.offset) / m.boxHeight };
    case 'right':
      return { x: boxCentre(c) + 0.4, y: boxCentre(g) + (0.8 * e.offset) / m.boxHeight };
  }
}

/** The corners of a route: start, one point per channel, the turn into the target, the target. */
function walk(r: Route, start: Point, end: Point, at: (axis: 'h' | 'v', channel: number, track: number) => number) {
  const points = [start];
  let cur = start;
  for (const via of r.vias) {
    const p = at(via.axis, via.channel, via.track);
    cur = via.axis === 'h' ? { x: cur.x, y: p } : { x: p, y: cur.y };
    points.push(cur);
  }
  if (r.vias.length) points.push({ x: end.x, y: cur.y });
  points.push(end);
  return points;
}

const sign = (d: number): -1 | 1 => (d < 0 ? -1 : 1);

/** Gives every via of one axis its track, channel by channel; returns the number of tracks per channel. */
function assignAxis(routes: Route[], axis: 'h' | 'v', channels: number, pointsOf: (r: Route) => Point[]): number[] {
  const perChannel: { seg: ChannelSegment; route: Route; via: number }[][] = Array.from({ length: channels }, () => []);
  for (const r of routes) {
    const pts = pointsOf(r);
    r.vias.forEach((via, k) => {
      if (via.axis !== axis) return;
      const [prev, a, b, next] = [pts[k]!, pts[k + 1]!, pts[k + 2]!, pts[k + 3]!];
      const along = (p: Point) => (axis === 'h' ? p.x : p.y);
      const across = (p: Point) => (axis === 'h' ? p.y : p.x);
      const aFirst = along(a) <= along(b);
      const [lo, hi] = aFirst ? [a, b] : [b, a];
      const [loNext, hiNext] = aFirst ? [prev, next] : [next, prev];
      perChannel[via.channel]!.push({
        seg: {
          lo: along(lo),
          hi: along(hi),
          loTurn: sign(across(loNext) - across(lo)),
          hiTurn: sign(across(hiNext) - across(hi)),
          order: r.linkId,
        },
        route: r,
        via: k,
      });
    });
  }
  return perChannel.map((list) => {
    const { track, count } = assignTracks(list.map((x) => x.seg));
    list.forEach((x, i) => (x.route.vias[x.via]!.track = track[i]!));
    return count;
  });
}

function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (last && before) {
      const vertical = Math.abs(before.x - last.x) < 1e-6 && Math.abs(last.x - p.x) < 1e-6;
      const horizontal = Math.abs(before.y - last.y) < 1e-6 && Math.abs(last.y - p.y) < 1e-6;
      if (vertical || horizontal) out.pop();
    }
    out.push(p);
  }
  return out;
}

function channelSizes(counts: number[], least: (k: number) => number, m: MapMetrics): number[] {
  return counts.map((t, k) => Math.max(least(k), 2 * m.channelMargin + Math.max(0, t - 1) * m.trackGap));
}

const sum = (xs: number[], n: number) => xs.slice(0, n).reduce((a, b) => a + b, 0);

export function layoutStrategyMap(input: MapInput, overrides: Partial<MapMetrics> = {}): MapLayout {
  const m: MapMetrics = { ...DEFAULT_METRICS, ...overrides };
  const placement: Placement = placeObjectives(input, m);
  const { columns: C, rows: G } = placement;
  const { routes, skipped } = planRoutes(placement, input.links);
  placePorts(routes, m);

  // Tracks, first in the vertical channels, then (knowing where those run) in the horizontal ones.
  let gutterCounts: number[] = new Array<number>(C + 1).fill(0);
  const ordinal = (axis: 'h' | 'v', channel: number, track: number) =>
    axis === 'h' ? 2 * channel : 2 * channel + (track - (gutterCounts[channel]! - 1) / 2) * 0.01;
  const ordinalPoints = (r: Route) => walk(r, ordinalPort(r.start, m), ordinalPort(r.end, m), ordinal);
  gutterCounts = assignAxis(routes, 'v', C + 1, ordinalPoints);
  const channelCounts = assignAxis(routes, 'h', G + 1, ordinalPoints);

  const laneStart = new Set(placement.lanes.map((l) => l.firstRow));
  const gutterWidth = channelSizes(gutterCounts, (v) => (v === 0 || v === C ? m.edgeGutter : m.gutter), m);
  const channelHeight = channelSizes(
    channelCounts,
    (h) => (h === 0 || h === G ? m.edgeGap : laneStart.has(h) ? m.laneGap : m.rowGap),
    m,
  );
  const columnX = Array.from({ length: C }, (_, c) => m.titleWidth + sum(gutterWidth, c + 1) + c * m.boxWidth);
  const rowY = Array.from({ length: G }, (_, g) => sum(channelHeight, g + 1) + g * m.boxHeight);
  const width = m.titleWidth + sum(gutterWidth, C + 1) + C * m.boxWidth;
  const height = sum(channelHeight, G + 1) + G * m.boxHeight;
  const gutterMid = (v: number) => m.titleWidth + sum(gutterWidth, v) + v * m.boxWidth + gutterWidth[v]! / 2;
  const channelMid = (h: number) => sum(channelHeight, h) + h * m.boxHeight + channelHeight[h]! / 2;
  const trackAt = (axis: 'h' | 'v', channel: number, track: number) => {
    const count = (axis === 'h' ? channelCounts : gutterCounts)[channel]!;
    const mid = axis === 'h' ? channelMid(channel) : gutterMid(channel);
    return mid + (track - (count - 1) / 2) * m.trackGap;
  };
  const port = (e: RouteEnd): Point => {
    const x = columnX[e.box.column]!;
    const y = rowY[e.box.globalRow]!;
    switch (e.side) {
      case 'top':
        return { x: x + m.boxWidth / 2 + e.offset, y };
      case 'bottom':
        return { x: x + m.boxWidth / 2 + e.offset, y: y + m.boxHeight };
      case 'left':
        return { x, y: y + m.boxHeight / 2 + e.offset };
      case 'right':
        return { x: x + m.boxWidth, y: y + m.boxHeight / 2 + e.offset };
    }
  };

  const edges: EdgeLayout[] = routes.map((r) => ({
    linkId: r.linkId,
    fromObjectiveId: r.start.box.objective.id,
    toObjectiveId: r.end.box.objective.id,
    kind: r.kind,
    points: simplify(walk(r, port(r.start), port(r.end), trackAt)),
  }));

  const lanes: LaneLayout[] = placement.lanes.map((l, index) => {
    const top = index === 0 ? 0 : channelMid(l.firstRow);
    const bottom = index === placement.lanes.length - 1 ? height : channelMid(l.firstRow + l.rows);
    return {
      perspectiveId: l.perspective.id,
      name: l.perspective.name,
      index,
      y: top,
      height: bottom - top,
      firstRow: l.firstRow,
      rows: l.rows,
      titleLines: wrapText(l.perspective.name, m.titleWidth - 40, m.laneFontSize, 4, 'bold'),
    };
  });

  const boxes: BoxLayout[] = placement.lanes.flatMap((l) =>
    l.boxes.map((b) => ({
      objectiveId: b.objective.id,
      perspectiveId: l.perspective.id,
      x: columnX[b.column]!,
      y: rowY[b.globalRow]!,
      width: m.boxWidth,
      height: m.boxHeight,
      column: b.column,
      row: b.row,
      globalRow: b.globalRow,
      mapX: b.column * m.slotWidth,
      mapY: b.row * m.slotHeight,
      manual: b.manual,
      themeId: b.objective.themeId,
      lines: wrapText(b.objective.title, m.boxWidth - 2 * m.boxPadding, m.fontSize, m.maxTitleLines, 'bold'),
    })),
  );

  return { width, height, columns: C, metrics: m, lanes, boxes, edges, columnX, rowY, skippedLinkIds: skipped };
}
