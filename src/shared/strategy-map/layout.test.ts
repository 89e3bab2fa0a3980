import { describe, expect, it } from 'vitest';
import sample from '../../../resources/sample.json';
import { mapProblems } from './check';
import type { InterchangeDocument } from '../interchange';
import { mapInputFromTree } from './input';
import { STANDARD_LANES, syntheticMap } from './fixtures';
import { layoutStrategyMap } from './layout';
import type { MapInput, MapObjective } from './types';

const perspectives = STANDARD_LANES.map((name, i) => ({ id: i + 1, name, position: 3 - i }));
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

/** A small map: lanes are given positions in reverse so the order must come from `position`, not the array. */
function small(): MapInput {
  return {
    perspectives,
    objectives: [objective(1, 4), objective(2, 4), objective(3, 3), objective(4, 2), objective(5, 1), objective(6, 1)],
    links: [
      { id: 1, fromObjectiveId: 1, toObjectiveId: 3 },
      { id: 2, fromObjectiveId: 3, toObjectiveId: 5 },
      { id: 3, fromObjectiveId: 6, toObjectiveId: 1 },
      { id: 4, fromObjectiveId: 2, toObjectiveId: 4 },
      { id: 5, fromObjectiveId: 5, toObjectiveId: 6 },
    ],
  };
}

describe('strategy map layout', () => {
  it('stacks lanes in perspective order and puts every box inside its lane', () => {
    const layout = layoutStrategyMap(small());
    expect(layout.lanes.map((l) => l.name)).toEqual(['Learning & Growth', 'Internal Process', 'Customer', 'Financial']);
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBeCloseTo(above.y + above.height);
    }
    expect(layout.boxes).toHaveLength(6);
    expect(mapProblems(layout)).toEqual([]);
  });

  it('draws every link as an orthogonal arrow from box to box', () => {
    const layout = layoutStrategyMap(small());
    expect(layout.edges.map((e) => e.linkId).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(layout.skippedLinkIds).toEqual([]);
  });

  it('runs an arrow between boxes stacked in adjacent lanes straight', () => {
    const input: MapInput = {
      perspectives,
      objectives: [objective(1, 4), objective(2, 3)],
      links: [{ id: 1, fromObjectiveId: 2, toObjectiveId: 1 }],
    };
    const layout = layoutStrategyMap(input);
    const [edge] = layout.edges;
    expect(edge!.kind).toBe('straight');
    expect(edge!.points).toHaveLength(2);
    expect(edge!.points[0]!.x).toBe(edge!.points[1]!.x);
  });

  it('keeps manual positions, across lanes, and moves a second box off an occupied slot', () => {
    const m = layoutStrategyMap({ perspectives, objectives: [], links: [] }).metrics;
    const base = small();
    const objectives = [...base.objectives];
    const input = { ...base, objectives };
    objectives[0] = objective(1, 4, { mapX: 4 * m.slotWidth, mapY: m.slotHeight });
    objectives[3] = objective(4, 2, { mapX: 2 * m.slotWidth, mapY: 0 });
    objectives[2] = objective(3, 3, { mapX: 4 * m.slotWidth + 20, mapY: m.slotHeight - 10 });
    // Objective 2 asks for the slot objective 1 already holds in the same lane.
    objectives[1] = objective(2, 4, { mapX: 4 * m.slotWidth, mapY: m.slotHeight });
    const layout = layoutStrategyMap(input);
    const box = (id: number) => layout.boxes.find((b) => b.objectiveId === id)!;
    expect([box(1).column, box(1).row, box(1).manual]).toEqual([4, 1, true]);
    expect([box(1).mapX, box(1).mapY]).toEqual([4 * m.slotWidth, m.slotHeight]);
    expect([box(4).column, box(4).row]).toEqual([2, 0]);
    // A position near a slot snaps to it.
    expect([box(3).column, box(3).row]).toEqual([4, 1]);
    expect(box(2).manual).toBe(true);
    expect([box(2).column, box(2).row]).not.toEqual([4, 1]);
    expect(layout.columns).toBeGreaterThanOrEqual(5);
    expect(mapProblems(layout)).toEqual([]);
  });

  it('draws the built-in sample cleanly: four lanes of three, every link, straight where boxes stack', () => {
    const layout = layoutStrategyMap(mapInputFromTree(sample as unknown as InterchangeDocument));
    expect(layout.lanes.map((l) => [l.name, l.rows])).toEqual([
      ['Financial', 1],
      ['Customer', 1],
      ['Internal Process', 1],
      ['Learning & Growth', 1],
    ]);
    expect(layout.columns).toBe(3);
    expect(layout.edges).toHaveLength(sample.links.length);
    expect(layout.edges.filter((e) => e.kind === 'straight').length).toBeGreaterThanOrEqual(5);
    expect(mapProblems(layout)).toEqual([]);
  });

  it('gives the same picture for the same input, in any array order', () => {
    const input = syntheticMap(40, 60, 7);
    const a = layoutStrategyMap(input);
    expect(layoutStrategyMap(input)).toEqual(a);
    const shuffled: MapInput = {
      perspectives: [...input.perspectives].reverse(),
      objectives: [...input.objectives].reverse(),
      links: [...input.links].reverse(),
    };
    expect(layoutStrategyMap(shuffled)).toEqual(a);
  });

  it('lays out 60 objectives and 100 links without overlaps, crossings of boxes or lost links', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const input = syntheticMap(60, 100, seed);
      expect(input.links).toHaveLength(100);
      const layout = layoutStrategyMap(input);
      expect(layout.boxes).toHaveLength(60);
      expect(layout.edges).toHaveLength(100);
      expect(mapProblems(layout), `seed ${seed}`).toEqual([]);
      // Legible at 100 %: the map stays within a few screens, not a poster.
      expect(layout.width).toBeLessThan(2800);
      expect(layout.height).toBeLessThan(2000);
    }
  });

  it('stays sound for other sizes and six perspectives', () => {
    const lanes = [...STANDARD_LANES, 'Community', 'Environment'];
    for (let seed = 10; seed < 40; seed++) {
      const input = syntheticMap(5 + ((seed * 7) % 50), (seed * 13) % 90, seed, seed % 2 ? lanes : STANDARD_LANES);
      expect(mapProblems(layoutStrategyMap(input)), `seed ${seed}`).toEqual([]);
    }
  });

  it('keeps long titles inside their boxes', () => {
    const title =
      'Internationalisation of the wholesale-and-distribution-partnership programme across every market we serve today';
    const layout = layoutStrategyMap({ perspectives, objectives: [objective(1, 1, { title })], links: [] });
    const [box] = layout.boxes;
    expect(box!.lines.length).toBe(layout.metrics.maxTitleLines);
    expect(box!.lines[box!.lines.length - 1]!.endsWith('…')).toBe(true);
    expect(mapProblems(layout)).toEqual([]);
  });

  it('draws empty lanes and leaves out links to unknown objectives', () => {
    const layout = layoutStrategyMap({
      perspectives,
      objectives: [objective(1, 1)],
      links: [{ id: 3, fromObjectiveId: 1, toObjectiveId: 42 }],
    });
    expect(layout.lanes.every((l) => l.height > 0 && l.rows === 1)).toBe(true);
    expect(layout.edges).toEqual([]);
    expect(layout.skippedLinkIds).toEqual([3]);
  });

  it('lays out a scorecard without perspectives as an empty map', () => {
    const layout = layoutStrategyMap({ perspectives: [], objectives: [objective(1, 9)], links: [] });
    expect(layout.lanes).toEqual([]);
    expect(layout.boxes).toEqual([]);
    expect(Number.isFinite(layout.width) && Number.isFinite(layout.height)).toBe(true);
  });

  it('treats absurd stored positions as far but finite', () => {
    const layout = layoutStrategyMap({
      perspectives,
      objectives: [objective(1, 1, { mapX: 1e12, mapY: -5 })],
      links: [],
    });
    expect(layout.boxes[0]!.row).toBe(0);
    expect(layout.columns).toBe(41);
  });
});
