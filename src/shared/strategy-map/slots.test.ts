import { describe, expect, it } from 'vitest';
import { layoutStrategyMap } from './layout';
import { freeSlotNear, slotAt, slotMove } from './slots';
import type { MapInput, MapObjective } from './types';

const perspectives = [
  { id: 1, name: 'Financial', position: 0 },
  { id: 2, name: 'Customer', position: 1 },
];
const objective = (id: number, perspectiveId: number, extra: Partial<MapObjective> = {}): MapObjective => ({
  id,
  perspectiveId,
  title: `Objective ${id}`,
  position: id,
  themeId: null,
  mapX: null,
  mapY: null,
  ...extra,
});
const input: MapInput = {
  perspectives,
  objectives: [objective(1, 1), objective(2, 1), objective(3, 2)],
  links: [],
};

describe('slots of the strategy map', () => {
  const layout = layoutStrategyMap(input);
  const m = layout.metrics;

  it('finds the lane, row and column under a point, and one more row or column beyond the last', () => {
    const box = layout.boxes.find((b) => b.objectiveId === 3)!;
    const slot = slotAt(layout, box.x + 10, box.y + 10)!;
    expect(slot).toMatchObject({ perspectiveId: 2, row: 0, column: box.column });
    expect(slot.mapX).toBe(box.column * m.slotWidth);
    const below = slotAt(layout, box.x + 10, layout.height + 60)!;
    expect(below).toMatchObject({ perspectiveId: 2, row: 1 });
    const right = slotAt(layout, layout.width + 100, box.y)!;
    expect(right.column).toBe(layout.columns);
  });

  it('moves a drop off a slot a placed box holds, but not off one an automatic box holds', () => {
    const placed = layoutStrategyMap({
      ...input,
      objectives: [objective(1, 1, { mapX: 0, mapY: 0 }), objective(2, 1), objective(3, 2)],
    });
    expect(freeSlotNear(placed, { perspectiveId: 1, row: 0, column: 0, mapX: 0, mapY: 0 }, 3)).toMatchObject({
      row: 0,
      column: 1,
    });
    const auto = placed.boxes.find((b) => b.objectiveId === 2)!;
    // A new objective (no id) never takes an occupied slot.
    const forNew = freeSlotNear(
      placed,
      { perspectiveId: 1, row: auto.row, column: auto.column, mapX: 0, mapY: 0 },
      null,
    );
    expect(placed.boxes.some((b) => b.perspectiveId === 1 && b.row === forNew.row && b.column === forNew.column)).toBe(
      false,
    );
    expect(
      freeSlotNear(placed, { perspectiveId: 1, row: auto.row, column: auto.column, mapX: 0, mapY: 0 }, 3),
    ).toMatchObject({
      row: auto.row,
      column: auto.column,
    });
  });

  it('moves a box by keyboard within its lane and into the next lane', () => {
    const box = layout.boxes.find((b) => b.objectiveId === 3)!;
    expect(slotMove(layout, 3, 'left')).toMatchObject({ perspectiveId: 2, column: box.column - 1 });
    expect(slotMove(layout, 3, 'up')).toMatchObject({ perspectiveId: 1, row: 0, column: box.column });
    expect(slotMove(layout, 1, 'down')).toMatchObject({ perspectiveId: 2, row: 0 });
    expect(slotMove(layout, 1, 'up')).toBeNull();
    expect(slotMove(layout, 99, 'up')).toBeNull();
  });
});
