/**
 * What a legible map must satisfy, as a list of problems (empty when fine): boxes apart, arrows orthogonal,
 * never through a box, never on top of another arrow, starting and ending on the edges of their boxes.
 * Used by the unit tests and, on the real sample, by the end-to-end test.
 */
import { textWidth } from './text';
import type { BoxLayout, MapLayout, Point } from './types';

const EPS = 0.5;

interface Segment {
  a: Point;
  b: Point;
  linkId: number;
}

const onEdge = (p: Point, b: BoxLayout) => {
  const inX = p.x >= b.x - EPS && p.x <= b.x + b.width + EPS;
  const inY = p.y >= b.y - EPS && p.y <= b.y + b.height + EPS;
  const atX = Math.abs(p.x - b.x) < EPS || Math.abs(p.x - b.x - b.width) < EPS;
  const atY = Math.abs(p.y - b.y) < EPS || Math.abs(p.y - b.y - b.height) < EPS;
  return (inX && atY) || (inY && atX);
};

/** True when the segment enters the open interior of the box. */
function crossesInterior(s: Segment, b: BoxLayout): boolean {
  const x1 = Math.min(s.a.x, s.b.x);
  const x2 = Math.max(s.a.x, s.b.x);
  const y1 = Math.min(s.a.y, s.b.y);
  const y2 = Math.max(s.a.y, s.b.y);
  return x2 > b.x + EPS && x1 < b.x + b.width - EPS && y2 > b.y + EPS && y1 < b.y + b.height - EPS;
}

/** Length of the stretch two collinear segments share (0 when not collinear). */
function sharedLength(s: Segment, t: Segment): number {
  const sv = Math.abs(s.a.x - s.b.x) < EPS;
  const tv = Math.abs(t.a.x - t.b.x) < EPS;
  if (sv !== tv) return 0;
  if (sv) {
    if (Math.abs(s.a.x - t.a.x) > EPS) return 0;
    const lo = Math.max(Math.min(s.a.y, s.b.y), Math.min(t.a.y, t.b.y));
    const hi = Math.min(Math.max(s.a.y, s.b.y), Math.max(t.a.y, t.b.y));
    return Math.max(0, hi - lo);
  }
  if (Math.abs(s.a.y - t.a.y) > EPS) return 0;
  const lo = Math.max(Math.min(s.a.x, s.b.x), Math.min(t.a.x, t.b.x));
  const hi = Math.min(Math.max(s.a.x, s.b.x), Math.max(t.a.x, t.b.x));
  return Math.max(0, hi - lo);
}

export function mapProblems(layout: MapLayout): string[] {
  const problems: string[] = [];
  const { boxes, edges, metrics: m } = layout;
  const byId = new Map(boxes.map((b) => [b.objectiveId, b]));
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        problems.push(`boxes ${a.objectiveId} and ${b.objectiveId} overlap`);
      }
    }
    for (const line of a.lines) {
      if (textWidth(line, m.fontSize, 'bold') > m.boxWidth - 2 * m.boxPadding + EPS) {
        problems.push(`title line "${line}" of ${a.objectiveId} is wider than its box`);
      }
    }
    const lane = layout.lanes.find((l) => l.perspectiveId === a.perspectiveId);
    if (!lane || a.y < lane.y || a.y + a.height > lane.y + lane.height)
      problems.push(`box ${a.objectiveId} is outside its lane`);
  }
  const segments: Segment[] = [];
  for (const e of edges) {
    const from = byId.get(e.fromObjectiveId);
    const to = byId.get(e.toObjectiveId);
    const pts = e.points;
    if (!from || !to || pts.length < 2) {
      problems.push(`link ${e.linkId} is not drawn`);
      continue;
    }
    if (!onEdge(pts[0]!, from)) problems.push(`link ${e.linkId} does not start on its source box`);
    if (!onEdge(pts[pts.length - 1]!, to)) problems.push(`link ${e.linkId} does not end on its target box`);
    const last = pts[pts.length - 1]!;
    const beforeLast = pts[pts.length - 2]!;
    if (Math.abs(last.x - beforeLast.x) + Math.abs(last.y - beforeLast.y) < m.channelMargin - EPS) {
      problems.push(`link ${e.linkId} has no room for its arrowhead`);
    }
    for (let k = 0; k + 1 < pts.length; k++) {
      const s = { a: pts[k]!, b: pts[k + 1]!, linkId: e.linkId };
      if (Math.abs(s.a.x - s.b.x) > EPS && Math.abs(s.a.y - s.b.y) > EPS)
        problems.push(`link ${e.linkId} has a slanted segment`);
      for (const b of boxes)
        if (crossesInterior(s, b)) problems.push(`link ${e.linkId} passes through box ${b.objectiveId}`);
      segments.push(s);
    }
  }
  for (let i = 0; i < segments.length; i++) {
    for (let j = i + 1; j < segments.length; j++) {
      const s = segments[i]!;
      const t = segments[j]!;
      if (s.linkId !== t.linkId && sharedLength(s, t) > 1) problems.push(`links ${s.linkId} and ${t.linkId} overlap`);
    }
  }
  return [...new Set(problems)];
}
