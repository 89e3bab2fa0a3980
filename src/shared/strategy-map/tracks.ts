/**
 * Parallel tracks in one channel: the channel-routing problem of chip design, solved with the constrained
 * left-edge algorithm. Arrows that share a stretch of a channel get different tracks, so no two lie on one line;
 * where two arrows leave the channel at the same point in opposite directions, the one heading to the low side
 * must take the lower track, or their stubs would overlap. Within those rules, few tracks keep channels narrow,
 * and arrows whose ends turn towards the low side go first, which spares crossings.
 */

export interface ChannelSegment {
  /** Extent along the channel (any monotone unit; ends that touch count as overlapping). */
  lo: number;
  hi: number;
  /** Where the path goes on at each end, across the channel: -1 towards lower coordinates, +1 towards higher. */
  loTurn: -1 | 1;
  hiTurn: -1 | 1;
  /** Stable tie-breaker (the link id). */
  order: number;
}

export interface TrackAssignment {
  /** Track of each segment, 0 = lowest coordinate. */
  track: number[];
  count: number;
}

const EPS = 1e-9;

const overlaps = (a: ChannelSegment, b: ChannelSegment) => a.lo <= b.hi + EPS && b.lo <= a.hi + EPS;
const ends = (s: ChannelSegment) =>
  [
    [s.lo, s.loTurn],
    [s.hi, s.hiTurn],
  ] as const;

/** True when `a` must lie on a lower track than `b`: they leave the channel at one point, `a` to the low side. */
function mustPrecede(a: ChannelSegment, b: ChannelSegment): boolean {
  return ends(a).some(([p, t]) => t === -1 && ends(b).some(([q, u]) => u === 1 && Math.abs(p - q) < EPS));
}

/**
 * Preferred order: both ends turning low first, both turning high last; between them, arrows crossing the
 * channel diagonally, ordered so that a staircase of them does not cross itself.
 */
function priority(s: ChannelSegment): [number, number] {
  const turns = s.loTurn + s.hiTurn;
  if (turns < 0) return [0, s.hi - s.lo];
  if (turns > 0) return [2, s.lo - s.hi];
  return [1, s.loTurn === 1 ? s.lo : -s.hi];
}

export function assignTracks(segments: readonly ChannelSegment[]): TrackAssignment {
  const n = segments.length;
  const track = new Array<number>(n).fill(-1);
  const predecessors: number[][] = segments.map(() => []);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && overlaps(segments[i]!, segments[j]!) && mustPrecede(segments[j]!, segments[i]!)) {
        predecessors[i]!.push(j);
      }
    }
  }
  const keys = segments.map(priority);
  const order = segments
    .map((_, i) => i)
    .sort((a, b) => {
      const [ka, kb] = [keys[a]!, keys[b]!];
      return (
        ka[0] - kb[0] || ka[1] - kb[1] || segments[a]!.lo - segments[b]!.lo || segments[a]!.order - segments[b]!.order
      );
    });
  let placed = 0;
  let t = 0;
  for (; placed < n; t++) {
    const inTrack: number[] = [];
    const ready = (i: number) => predecessors[i]!.every((j) => track[j]! >= 0 && track[j]! < t);
    let candidates = order.filter((i) => track[i]! < 0 && ready(i));
    // A cycle of must-precede rules cannot be met: take the first waiting segment and accept the overlap.
    if (!candidates.length) candidates = [order.find((i) => track[i]! < 0)!];
    for (const i of candidates) {
      if (inTrack.some((j) => overlaps(segments[i]!, segments[j]!))) continue;
      inTrack.push(i);
      track[i] = t;
      placed++;
    }
  }
  return { track, count: t };
}
