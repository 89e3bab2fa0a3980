import { describe, expect, it } from 'vitest';
import { chipPlaces, chipText, contributionMetrics, contributionsLabel, type ContributionChip } from './contributions';
import { layoutStrategyMap } from './layout';
import { textWidth } from './text';

const chip = (over: Partial<ContributionChip> = {}): ContributionChip => ({
  objectiveId: 7,
  title: 'Serve every guest within five minutes',
  scorecardName: 'Café operations',
  weight: 2,
  status: 'amber',
  score: 90,
  ...over,
});

describe('contributions from below on the map', () => {
  it('makes the boxes tall enough for the most chips any objective has, three at most and a "more" line', () => {
    expect(contributionMetrics(0)).toEqual({});
    // 88 (the box) + 4 (above) + 2 × (32 + 4) − 4 (no gap after the last) + 8 (below) = 168
    expect(contributionMetrics(2)).toEqual({ boxHeight: 168 });
    // 88 + 4 + 3 × 36 − 4 + 16 (the "+ 2 more" line) + 8 = 220
    expect(contributionMetrics(5)).toEqual({ boxHeight: 220 });
  });

  it('places the chips under the box’s usual content, and the "more" line under the third', () => {
    const { chips, moreY } = chipPlaces({ x: 100, y: 50, width: 200 }, 4);
    // First chip at 50 + 88 + 4 = 142, then every 32 + 4 = 36; inset 8 on each side: 200 − 16 = 184 wide.
    expect(chips).toEqual([142, 178, 214].map((y) => ({ x: 108, y, width: 184, height: 32 })));
    expect(moreY).toBe(214 + 32 + 16 - 4);
    expect(chipPlaces({ x: 0, y: 0, width: 200 }, 2).moreY).toBeNull();
  });

  it('keeps the layout’s arrows on the taller boxes’ edges', () => {
    const input = {
      perspectives: [
        { id: 1, name: 'Financial', position: 0 },
        { id: 2, name: 'Customer', position: 1 },
      ],
      objectives: [
        { id: 1, perspectiveId: 1, title: 'Grow', position: 0, themeId: null, mapX: null, mapY: null },
        { id: 2, perspectiveId: 2, title: 'Delight', position: 0, themeId: null, mapX: null, mapY: null },
      ],
      links: [{ id: 1, fromObjectiveId: 2, toObjectiveId: 1 }],
    };
    const tall = layoutStrategyMap(input, contributionMetrics(2));
    const grow = tall.boxes.find((b) => b.objectiveId === 1)!;
    expect(grow.height).toBe(168);
    // The arrow from Delight ends on Grow's bottom edge, below the chips.
    expect(tall.edges[0]!.points.at(-1)!.y).toBe(grow.y + 168);
    // Where the user put a box is stored the same way with and without chips.
    expect(tall.boxes.map((b) => [b.mapX, b.mapY])).toEqual(
      layoutStrategyMap(input).boxes.map((b) => [b.mapX, b.mapY]),
    );
  });

  it('cuts a chip’s texts to its width and says the same in words', () => {
    const text = chipText(chip(), 184);
    expect(text.title.endsWith('…')).toBe(true);
    expect(textWidth(text.title, 11.5, 'bold')).toBeLessThanOrEqual(184 - 26);
    expect(text.detail).toBe('Café operations · ×2 · 90 %');
    // A longer tail cuts the scorecard's name, never the weight or the score.
    expect(chipText(chip({ score: null, weight: 1.5 }), 184).detail).toBe('Café opera… · ×1.5 · no data');
    expect(
      contributionsLabel(
        [chip(), chip({ title: 'Roast to order', scorecardName: 'Roastery', weight: 1, status: 'none', score: null })],
        (s) => s,
      ),
    ).toBe(
      '; supported by Serve every guest within five minutes (Café operations, weight 2, 90 %, amber), Roast to order (Roastery, weight 1, none)',
    );
    expect(contributionsLabel([], (s) => s)).toBe('');
  });
});
