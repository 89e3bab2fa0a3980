import { describe, expect, it } from 'vitest';
import { scorecardAncestors, scorecardHierarchy, scorecardStep } from './scorecard-hierarchy';

const sc = (id: number, name: string, parentScorecardId: number | null = null) => ({ id, name, parentScorecardId });
// Company (1) → Sales (2) → Sales team (4); Company → Operations (3); a stray loop 5 ⇄ 6.
const doc = [
  sc(1, 'Company'),
  sc(2, 'Sales', 1),
  sc(3, 'Operations', 1),
  sc(4, 'Sales team', 2),
  sc(5, 'Loop A', 6),
  sc(6, 'Loop B', 5),
];

describe('the scorecard hierarchy', () => {
  it('lists each scorecard followed by those below it, with depth and path', () => {
    expect(scorecardHierarchy(doc).map((p) => [p.scorecard.name, p.depth, p.path.join(' › ')])).toEqual([
      ['Company', 0, 'Company'],
      ['Sales', 1, 'Company › Sales'],
      ['Sales team', 2, 'Company › Sales › Sales team'],
      ['Operations', 1, 'Company › Operations'],
      // A loop of parents cannot be placed under anything: shown top-level, never lost.
      ['Loop A', 0, 'Loop A'],
      ['Loop B', 0, 'Loop B'],
    ]);
  });

  it('names the ancestors for the breadcrumbs', () => {
    expect(scorecardAncestors(doc, 4).map((s) => s.name)).toEqual(['Company', 'Sales']);
    expect(scorecardAncestors(doc, 1)).toEqual([]);
    expect(scorecardAncestors(doc, 5)).toEqual([]);
  });

  it('steps to the previous, next (wrapping) and parent scorecard', () => {
    expect(scorecardStep(doc, 2, 'next')).toBe(4);
    expect(scorecardStep(doc, 4, 'next')).toBe(3);
    expect(scorecardStep(doc, 6, 'next')).toBe(1);
    expect(scorecardStep(doc, 1, 'previous')).toBe(6);
    expect(scorecardStep(doc, 4, 'parent')).toBe(2);
    expect(scorecardStep(doc, 1, 'parent')).toBeNull();
    expect(scorecardStep([sc(1, 'Only')], 1, 'next')).toBeNull();
  });
});
