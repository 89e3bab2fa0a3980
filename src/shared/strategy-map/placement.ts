/**
 * Where each objective's box goes: a slot (column, row) of its perspective's lane. Boxes the user placed keep
 * their slot; the others are spread evenly over the columns in their order, wrapping into more rows when a lane
 * holds more objectives than there are columns.
 */
import type { MapInput, MapMetrics, MapObjective, MapPerspective } from './types';

/** Stored positions beyond this many slots are treated as this far (a typo must not make a map miles wide). */
export const MAX_SLOT = 40;

export interface PlacedBox {
  objective: MapObjective;
  laneIndex: number;
  column: number;
  row: number;
  globalRow: number;
  manual: boolean;
}

export interface PlacedLane {
  perspective: MapPerspective;
  firstRow: number;
  rows: number;
  boxes: PlacedBox[];
}

export interface Placement {
  columns: number;
  rows: number;
  lanes: PlacedLane[];
  /** objective id → box */
  byObjective: Map<number, PlacedBox>;
  /** occupied[globalRow][column] */
  occupied: boolean[][];
}

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

const clampSlot = (n: number) => Math.min(MAX_SLOT, Math.max(0, Math.round(n)));

/** The slot a stored manual position snaps to, or null when the objective has none. */
export function manualSlot(o: MapObjective, metrics: MapMetrics): { column: number; row: number } | null {
  if (o.mapX === null || o.mapY === null || !Number.isFinite(o.mapX) || !Number.isFinite(o.mapY)) return null;
  return { column: clampSlot(o.mapX / metrics.slotWidth), row: clampSlot(o.mapY / metrics.slotHeight) };
}

/** The free slot nearest (r, c): same row first, then the closest rows; always exists because rows are unbounded. */
function nearestFree(taken: Set<string>, r: number, c: number, columns: number): { row: number; column: number } {
  for (let d = 0; ; d++) {
    for (let adr = 0; adr <= d; adr++) {
      for (const dr of adr === 0 ? [0] : [adr, -adr]) {
        const adc = d - adr;
        for (const dc of adc === 0 ? [0] : [adc, -adc]) {
          const row = r + dr;
          const column = c + dc;
          if (row < 0 || column < 0 || column >= columns) continue;
          if (!taken.has(`${row},${column}`)) return { row, column };
        }
      }
    }
  }
}

/** Columns for `count` boxes spread evenly over `columns`: 2 of 3 take the outer two, 1 of 3 the middle. */
export function spreadColumns(count: number, columns: number): number[] {
  return Array.from({ length: count }, (_, j) => Math.round(((j + 0.5) * columns) / count - 0.5));
}

const SWEEPS = 4;

/**
 * Orders the automatically placed boxes of each lane by the mean column of the boxes they link to in other
 * lanes (the barycentre heuristic of layered graph drawing), sweeping down and up the lanes a few times: linked
 * boxes come to sit above one another, so arrows run short and straight and cross less. The slots stay the same;
 * only which objective sits in which changes. Ties keep the objectives' own order.
 */
function reduceCrossings(lanes: PlacedBox[][], links: MapInput['links']): void {
  const neighbours = new Map<number, number[]>();
  for (const l of links) {
    neighbours.set(l.fromObjectiveId, [...(neighbours.get(l.fromObjectiveId) ?? []), l.toObjectiveId]);
    neighbours.set(l.toObjectiveId, [...(neighbours.get(l.toObjectiveId) ?? []), l.fromObjectiveId]);
  }
  const boxOf = new Map(lanes.flat().map((b) => [b.objective.id, b]));
  const order = lanes.map((_, i) => i);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const laneIndex of sweep % 2 === 0 ? order : [...order].reverse()) {
      const auto = lanes[laneIndex]!.filter((b) => !b.manual);
      if (auto.length < 2) continue;
      const centre = (b: PlacedBox) => {
        const others = (neighbours.get(b.objective.id) ?? [])
          .map((id) => boxOf.get(id))
          .filter((o): o is PlacedBox => o !== undefined && o.laneIndex !== laneIndex);
        return others.length ? others.reduce((sum, o) => sum + o.column, 0) / others.length : b.column;
      };
      const keyed = auto.map((b) => ({ b, key: centre(b) }));
      keyed.sort((x, y) => x.key - y.key || x.b.column - y.b.column || x.b.row - y.b.row);
      const slots = auto.map((b) => [b.row, b.column] as const).sort((x, y) => x[1] - y[1] || x[0] - y[0]);
      keyed.forEach(({ b }, i) => ([b.row, b.column] = slots[i]!));
    }
  }
}

export function placeObjectives(input: MapInput, metrics: MapMetrics): Placement {
  const perspectives = [...input.perspectives].sort(byPosition);
  const laneOf = new Map(perspectives.map((p, i) => [p.id, i]));
  const members: MapObjective[][] = perspectives.map(() => []);
  for (const o of input.objectives) {
    const lane = laneOf.get(o.perspectiveId);
    if (lane !== undefined) members[lane]!.push(o);
  }
  for (const list of members) list.sort(byPosition);

  let columns = Math.max(
    metrics.minColumns,
    Math.min(metrics.maxColumns, Math.max(0, ...members.map((m) => m.length))),
  );
  for (const o of input.objectives) {
    const slot = laneOf.has(o.perspectiveId) ? manualSlot(o, metrics) : null;
    if (slot) columns = Math.max(columns, slot.column + 1);
  }

  const slotted = perspectives.map((_, laneIndex) => {
    const taken = new Set<string>();
    const boxes: PlacedBox[] = [];
    const put = (objective: MapObjective, row: number, column: number, manual: boolean) => {
      const free = nearestFree(taken, row, column, columns);
      taken.add(`${free.row},${free.column}`);
      boxes.push({ objective, laneIndex, column: free.column, row: free.row, globalRow: 0, manual });
    };
    const auto: MapObjective[] = [];
    for (const o of members[laneIndex]!) {
      const slot = manualSlot(o, metrics);
      if (slot) put(o, slot.row, slot.column, true);
      else auto.push(o);
    }
    const rowCount = Math.ceil(auto.length / columns);
    let next = 0;
    for (let r = 0; r < rowCount; r++) {
      const inRow = Math.floor(auto.length / rowCount) + (r < auto.length % rowCount ? 1 : 0);
      for (const column of spreadColumns(inRow, columns)) put(auto[next++]!, r, column, false);
    }
    return boxes;
  });
  reduceCrossings(slotted, input.links);

  const lanes: PlacedLane[] = [];
  const byObjective = new Map<number, PlacedBox>();
  const occupied: boolean[][] = [];
  let firstRow = 0;
  perspectives.forEach((perspective, laneIndex) => {
    const boxes = slotted[laneIndex]!;
    const rows = Math.max(1, ...boxes.map((b) => b.row + 1));
    for (let r = 0; r < rows; r++) occupied.push(new Array<boolean>(columns).fill(false));
    for (const b of boxes) {
      b.globalRow = firstRow + b.row;
      occupied[b.globalRow]![b.column] = true;
      byObjective.set(b.objective.id, b);
    }
    boxes.sort((a, b) => a.row - b.row || a.column - b.column);
    lanes.push({ perspective, firstRow, rows, boxes });
    firstRow += rows;
  });
  return { columns, rows: firstRow, lanes, byObjective, occupied };
}
