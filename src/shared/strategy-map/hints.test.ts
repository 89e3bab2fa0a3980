import { describe, expect, it } from 'vitest';
import { mapHints, type HintInput } from './hints';

const perspectives = [
  { id: 1, name: 'Financial', position: 0 },
  { id: 2, name: 'Customer', position: 1 },
  { id: 3, name: 'Learning & Growth', position: 2 },
];
const objective = (id: number, perspectiveId: number, title: string, position = id) => ({
  id,
  perspectiveId,
  title,
  position,
});

function healthy(): HintInput {
  return {
    perspectives,
    objectives: [objective(1, 1, 'Grow revenue'), objective(2, 2, 'Delight guests'), objective(3, 3, 'Train baristas')],
    links: [
      { id: 1, fromObjectiveId: 3, toObjectiveId: 2 },
      { id: 2, fromObjectiveId: 2, toObjectiveId: 1 },
    ],
    kpis: [{ objectiveId: 1 }, { objectiveId: 2 }, { objectiveId: 3 }],
  };
}

describe('map hints', () => {
  it('has nothing to say about a healthy map', () => {
    expect(mapHints(healthy())).toEqual([]);
  });

  it('names an objective without a KPI and one without links', () => {
    const input = healthy();
    const lonely = objective(4, 2, 'Open a second café');
    const hints = mapHints({ ...input, objectives: [...input.objectives, lonely], kpis: input.kpis.slice(1) });
    expect(hints.map((h) => [h.kind, h.objectiveIds])).toEqual([
      ['no-kpi', [1]],
      ['no-kpi', [4]],
      ['no-link', [4]],
    ]);
    expect(hints[0]!.message).toBe('“Grow revenue” has no KPI yet, so nothing shows how it is doing.');
    expect(hints[2]!.message).toContain('“Open a second café” is not linked');
  });

  it('flags a link that points down from a higher perspective', () => {
    const input = healthy();
    const hints = mapHints({ ...input, links: [...input.links, { id: 9, fromObjectiveId: 1, toObjectiveId: 3 }] });
    const down = hints.filter((h) => h.kind === 'downward-link');
    expect(down).toHaveLength(1);
    expect(down[0]!.linkIds).toEqual([9]);
    expect(down[0]!.message).toMatch(
      /“Grow revenue” \(Financial\) to “Train baristas” \(Learning & Growth\) points down/,
    );
    // Links within one perspective are not "down".
    expect(
      mapHints({ ...input, links: [{ id: 5, fromObjectiveId: 2, toObjectiveId: 2 }] }).some(
        (h) => h.kind === 'downward-link',
      ),
    ).toBe(false);
  });

  it('counts a perspective with more than six objectives as crowded, and six as fine', () => {
    const base = healthy();
    const extra = (n: number) => Array.from({ length: n }, (_, i) => objective(10 + i, 2, `Customer goal ${i}`));
    const six = mapHints({ ...base, objectives: [...base.objectives, ...extra(5)] });
    expect(six.some((h) => h.kind === 'crowded-perspective')).toBe(false);
    const seven = mapHints({ ...base, objectives: [...base.objectives, ...extra(6)] });
    const crowded = seven.filter((h) => h.kind === 'crowded-perspective');
    expect(crowded).toHaveLength(1);
    expect(crowded[0]!.perspectiveId).toBe(2);
    expect(crowded[0]!.message).toBe(
      'Customer has 7 objectives; more than 6 in one perspective make the map hard to read.',
    );
  });

  it('finds a cycle of links and spells it out, once per cycle', () => {
    const input = healthy();
    const links = [...input.links, { id: 3, fromObjectiveId: 1, toObjectiveId: 3 }];
    const cycles = mapHints({ ...input, links }).filter((h) => h.kind === 'cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.objectiveIds).toEqual([1, 3, 2]);
    expect(cycles[0]!.linkIds).toEqual([3, 1, 2]);
    expect(cycles[0]!.message).toContain('“Grow revenue” → “Train baristas” → “Delight guests” → “Grow revenue”');
  });

  it('sees two objectives that drive each other as a cycle', () => {
    const input = healthy();
    const links = [...input.links, { id: 7, fromObjectiveId: 1, toObjectiveId: 2 }];
    const cycles = mapHints({ ...input, links }).filter((h) => h.kind === 'cycle');
    expect(cycles.map((c) => c.objectiveIds)).toEqual([[1, 2]]);
  });

  it('ignores links to objectives it does not know', () => {
    const input = healthy();
    expect(mapHints({ ...input, links: [...input.links, { id: 8, fromObjectiveId: 1, toObjectiveId: 99 }] })).toEqual(
      [],
    );
  });
});
