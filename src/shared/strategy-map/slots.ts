/**
 * From a point on the map to the slot a box dropped there takes, and the moves the keyboard makes: the editor's
 * half of the slot grid described in types.ts (MapMetrics.slotWidth). Pure, so the renderer and tests agree.
 */
import { MAX_SLOT } from './placement';
import type { MapLayout } from './types';

export interface Slot {
  perspectiveId: number;
  /** Row within the lane and column. */
  row: number;
  column: number;
  /** The stored form: Objective.mapX / mapY. */
  mapX: number;
  mapY: number;
}

const nearest = (centres: number[], p: number) =>
  centres.reduce((best, c, i) => (Math.abs(c - p) < Math.abs(centres[best]! - p) ? i : best), 0);

export function slotOf(layout: MapLayout, perspectiveId: number, row: number, column: number): Slot {
  const r = Math.min(MAX_SLOT, Math.max(0, row));
  const c = Math.min(MAX_SLOT, Math.max(0, column));
  return { perspectiveId, row: r, column: c, mapX: c * layout.metrics.slotWidth, mapY: r * layout.metrics.slotHeight };
}

/** The slot under (x, y): the lane it falls in, the nearest row and column, one beyond the last of each allowed. */
export function slotAt(layout: MapLayout, x: number, y: number): Slot | null {
  const { lanes, metrics: m, columnX, rowY } = layout;
  if (!lanes.length) return null;
  const lane = lanes.find((l) => y < l.y + l.height) ?? lanes[lanes.length - 1]!;
  const rowCentres = Array.from({ length: lane.rows }, (_, r) => rowY[lane.firstRow + r]! + m.boxHeight / 2);
  rowCentres.push(rowCentres[rowCentres.length - 1]! + m.boxHeight + m.rowGap);
  const columnCentres = columnX.map((cx) => cx + m.boxWidth / 2);
  columnCentres.push(columnCentres[columnCentres.length - 1]! + m.boxWidth + m.gutter);
  return slotOf(layout, lane.perspectiveId, nearest(rowCentres, y), nearest(columnCentres, x));
}

/** Slots taken by boxes the user placed (or by any box), other than `ignore`. */
function takenSlots(layout: MapLayout, perspectiveId: number, ignore: number | null, anyBox: boolean): Set<string> {
  const taken = new Set<string>();
  for (const b of layout.boxes) {
    if (b.perspectiveId === perspectiveId && (anyBox || b.manual) && b.objectiveId !== ignore) {
      taken.add(`${b.row},${b.column}`);
    }
  }
  return taken;
}

/**
 * The slot a box should be saved in when dropped on `slot`: that slot unless a placed box holds it, else the
 * nearest free one in the same lane (boxes laid out automatically make room by themselves). A new objective
 * (`objectiveId` null) goes to an empty slot, so adding never pushes another box aside.
 */
export function freeSlotNear(layout: MapLayout, slot: Slot, objectiveId: number | null): Slot {
  const taken = takenSlots(layout, slot.perspectiveId, objectiveId, objectiveId === null);
  for (let d = 0; d <= 2 * MAX_SLOT; d++) {
    for (let dr = 0; dr <= d; dr++) {
      for (const r of dr === 0 ? [slot.row] : [slot.row + dr, slot.row - dr]) {
        const dc = d - dr;
        for (const c of dc === 0 ? [slot.column] : [slot.column + dc, slot.column - dc]) {
          if (r < 0 || c < 0 || r > MAX_SLOT || c > MAX_SLOT) continue;
          if (!taken.has(`${r},${c}`)) return slotOf(layout, slot.perspectiveId, r, c);
        }
      }
    }
  }
  return slot;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * Where the arrow keys take a box: one column sideways, one row up or down, and from the first or last row of a
 * lane into the neighbouring lane. Null at the map's edge.
 */
export function slotMove(layout: MapLayout, objectiveId: number, direction: Direction): Slot | null {
  const box = layout.boxes.find((b) => b.objectiveId === objectiveId);
  if (!box) return null;
  const laneIndex = layout.lanes.findIndex((l) => l.perspectiveId === box.perspectiveId);
  const lane = layout.lanes[laneIndex]!;
  let target: Slot | null = null;
  if (direction === 'left' || direction === 'right') {
    const column = box.column + (direction === 'left' ? -1 : 1);
    if (column < 0 || column > MAX_SLOT) return null;
    target = slotOf(layout, lane.perspectiveId, box.row, column);
  } else if (direction === 'up') {
    if (box.row > 0) target = slotOf(layout, lane.perspectiveId, box.row - 1, box.column);
    else if (laneIndex > 0) {
      const above = layout.lanes[laneIndex - 1]!;
      target = slotOf(layout, above.perspectiveId, above.rows - 1, box.column);
    }
  } else {
    const lastRow = box.row >= lane.rows - 1;
    if (!lastRow) target = slotOf(layout, lane.perspectiveId, box.row + 1, box.column);
    else if (laneIndex < layout.lanes.length - 1) {
      target = slotOf(layout, layout.lanes[laneIndex + 1]!.perspectiveId, 0, box.column);
    }
  }
  return target ? freeSlotNear(layout, target, objectiveId) : null;
}
