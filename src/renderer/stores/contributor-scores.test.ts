import { describe, expect, it } from 'vitest';
import { NO_HISTORY, type DocumentChanges } from '../../shared/changes';
import { scorecardDefaults } from '../../shared/defaults';
import type { ScorecardTree } from '../../shared/domain';
import { changesContributors, lacksContributors, supportedFromBelow } from './contributor-scores';

const tree = (cascadeScoring: 'own' | 'with_contributors', contributions: ScorecardTree['contributions']) =>
  ({
    scorecard: { ...scorecardDefaults, id: 1, name: 'Company', cascadeScoring },
    objectives: [{ id: 10 }, { id: 11 }],
    contributions,
  }) as unknown as ScorecardTree;
const changes = (p: Partial<DocumentChanges>): DocumentChanges => ({
  epoch: 1,
  revision: 2,
  history: NO_HISTORY,
  ...p,
});

describe('contributor scores held by the page', () => {
  it('are wanted only when an objective of another scorecard supports one of this scorecard', () => {
    // 20 (a team objective) supports 10; 10 supporting an objective above (30) is no reason to read them.
    const below = tree('own', [{ id: 1, fromObjectiveId: 20, toObjectiveId: 10, weight: 1 }]);
    const above = tree('own', [{ id: 2, fromObjectiveId: 10, toObjectiveId: 30, weight: 1 }]);
    expect(supportedFromBelow(below)).toBe(true);
    expect(supportedFromBelow(above)).toBe(false);
    expect(lacksContributors(below, {}, '2026-Q3')).toBe(true);
    expect(lacksContributors(below, { '2026-Q3': [] }, '2026-Q3')).toBe(false);
    expect(lacksContributors(above, {}, '2026-Q3')).toBe(false);
  });

  it('are read again after a write to contributions or to how the scorecard scores', () => {
    const own = tree('own', []);
    const counted = tree('with_contributors', []);
    const set = { set: [{ id: 1, fromObjectiveId: 20, toObjectiveId: 10, weight: 2 }], removed: [], created: [] };
    expect(changesContributors(changes({ contributions: set }), own, own)).toBe(true);
    expect(changesContributors(changes({}), own, counted)).toBe(true);
    expect(changesContributors(changes({ measurements: { set: [], removed: [] } }), own, own)).toBe(false);
  });
});
