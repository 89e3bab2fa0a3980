/** Small geometry helpers of the map view that the pure layout does not need. */
import { slotOf, type Slot } from '../../../shared/strategy-map/slots';
import type { MapLayout } from '../../../shared/strategy-map/types';

/** The first empty slot of a lane, reading row by row; a new row when the lane is full. */
export function firstFreeSlot(layout: MapLayout, perspectiveId: number): Slot {
  const lane = layout.lanes.find((l) => l.perspectiveId === perspectiveId)!;
  const taken = new Set(
    layout.boxes.filter((b) => b.perspectiveId === perspectiveId).map((b) => `${b.row},${b.column}`),
  );
  for (let row = 0; row <= lane.rows; row++) {
    for (let column = 0; column < layout.columns; column++) {
      if (!taken.has(`${row},${column}`)) return slotOf(layout, perspectiveId, row, column);
    }
  }
  return slotOf(layout, perspectiveId, lane.rows, 0);
}
