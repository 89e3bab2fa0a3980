import { describe, expect, it } from 'vitest';
import { initiativeDefaults, kpiDefaults, objectiveDefaults, perspectiveDefaults } from './defaults';
import type { Initiative, Kpi, Objective, Perspective, Status } from './domain';
import type { Evaluation, KpiScore, ObjectiveScore } from './evaluation';
import { listOwners, ownedItems } from './owners';

const perspectives: Perspective[] = [
  { ...perspectiveDefaults, id: 2, scorecardId: 1, name: 'Customer', position: 1 },
  { ...perspectiveDefaults, id: 1, scorecardId: 1, name: 'Financial', position: 0 },
];
const objective = (id: number, perspectiveId: number, owner: string, position = 0): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId,
  title: `Objective ${id}`,
  owner,
  position,
});
const kpi = (id: number, objectiveId: number, owner: string): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId,
  name: `KPI ${id}`,
  owner,
  position: id,
});
const initiative = (id: number, owner: string, fields: Partial<Initiative> = {}): Initiative => ({
  ...initiativeDefaults,
  id,
  scorecardId: 1,
  title: `Initiative ${id}`,
  owner,
  objectiveIds: [1],
  ...fields,
});

const tree = {
  perspectives,
  objectives: [objective(1, 2, 'Grace'), objective(2, 1, 'grace ', 0), objective(3, 1, 'Maeve', 1)],
  kpis: [kpi(10, 1, 'Grace'), kpi(11, 1, 'Maeve'), kpi(12, 2, 'Grace'), kpi(13, 3, ''), kpi(14, 3, 'Grace')],
  initiatives: [
    initiative(20, 'Grace', { startDate: '2026-01-01', endDate: '2026-06-30', percentComplete: 40 }),
    initiative(21, 'Grace', { status: 'done', percentComplete: 100 }),
  ],
};

const objectiveScore = (objectiveId: number, status: Status, score: number | null) =>
  ({ objectiveId, status, score }) as ObjectiveScore;
const kpiScore = (kpiId: number, status: Status, score: number | null) => ({ kpiId, status, score }) as KpiScore;
const evaluation = {
  objectives: [objectiveScore(1, 'green', 100), objectiveScore(2, 'red', 40), objectiveScore(3, 'amber', 85)],
  kpis: [kpiScore(10, 'amber', 90), kpiScore(11, 'red', 10), kpiScore(12, 'none', null), kpiScore(14, 'red', 5)],
} as Evaluation;

describe('owners', () => {
  it('lists everyone named as an owner once, with what they own', () => {
    expect(listOwners(tree)).toEqual([
      { name: 'Grace', key: 'grace', objectives: 2, kpis: 3, initiatives: 2 },
      { name: 'Maeve', key: 'maeve', objectives: 1, kpis: 1, initiatives: 0 },
    ]);
  });

  it('puts red, overdue and no-data first, then at risk, then on track', () => {
    const items = ownedItems(tree, evaluation, 'GRACE', '2026-08-01');
    expect(items.map((i) => `${i.kind} ${i.id} ${i.attention ?? i.status ?? i.schedule}`)).toEqual([
      'objective 2 red',
      'kpi 14 red',
      'initiative 20 overdue',
      'kpi 12 no_data',
      'kpi 10 amber',
      'objective 1 green',
      'initiative 21 done',
    ]);
    expect(items.find((i) => i.id === 12)?.context).toBe('Objective 2');
    expect(items.find((i) => i.id === 2)?.context).toBe('Financial');
  });

  it('counts everything as no data before the first evaluation, and nobody owns blank items', () => {
    const items = ownedItems(tree, null, 'Maeve', '2026-08-01');
    expect(items.map((i) => i.attention)).toEqual(['no_data', 'no_data']);
    expect(ownedItems(tree, evaluation, '  ', '2026-08-01')).toEqual([]);
  });
});
