import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults } from './defaults';
import type { Kpi, Objective, Status } from './domain';
import { filterScorecard, filtersActive, NO_FILTERS, ownerKey, parseFilters } from './scorecard-filter';

const objective = (id: number, owner: string, themeId: number | null): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId: 1,
  title: `Objective ${id}`,
  position: id,
  owner,
  themeId,
});
const kpi = (id: number, objectiveId: number, isKey: boolean): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId,
  name: `KPI ${id}`,
  position: id,
  isKey,
});

const objectives = [
  objective(1, 'Maeve Donnelly', 1),
  objective(2, 'Grace Okafor', 2),
  objective(3, ' maeve  donnelly', 2),
];
const kpis = [kpi(10, 1, true), kpi(11, 1, false), kpi(20, 2, false), kpi(30, 3, true)];
const statuses: Record<number, Status> = { 1: 'red', 2: 'green', 3: 'none' };
const run = (f: Partial<typeof NO_FILTERS>) =>
  filterScorecard(objectives, kpis, (id) => statuses[id], { ...NO_FILTERS, ...f });

describe('scorecard filters', () => {
  it('keeps everything without filters', () => {
    const r = run({});
    expect([...r.objectiveIds]).toEqual([1, 2, 3]);
    expect([...r.kpiIds]).toEqual([10, 11, 20, 30]);
    expect(filtersActive(NO_FILTERS)).toBe(false);
  });

  it('matches owners whatever their spacing or case', () => {
    expect(ownerKey('  Maeve   Donnelly ')).toBe('maeve donnelly');
    expect([...run({ owner: 'MAEVE DONNELLY' }).objectiveIds]).toEqual([1, 3]);
  });

  it('keeps only key KPIs and the objectives that have one', () => {
    const r = run({ keyOnly: true });
    expect([...r.objectiveIds]).toEqual([1, 3]);
    expect([...r.kpiIds]).toEqual([10, 30]);
  });

  it('combines owner, status, theme and focus', () => {
    expect([...run({ status: 'green' }).objectiveIds]).toEqual([2]);
    expect([...run({ themeId: 2 }).objectiveIds]).toEqual([2, 3]);
    expect([...run({ themeId: 2, keyOnly: true }).objectiveIds]).toEqual([3]);
    expect([...run({ owner: 'Maeve Donnelly', status: 'red' }).objectiveIds]).toEqual([1]);
    expect([...run({ owner: 'Grace Okafor', keyOnly: true }).objectiveIds]).toEqual([]);
  });

  it('reads remembered filters defensively', () => {
    expect(parseFilters(null)).toEqual(NO_FILTERS);
    expect(parseFilters({ owner: 3, status: 'purple', themeId: -1, keyOnly: 'yes' })).toEqual(NO_FILTERS);
    expect(parseFilters({ owner: 'Tomás', status: 'amber', themeId: 2, keyOnly: true })).toEqual({
      owner: 'Tomás',
      status: 'amber',
      themeId: 2,
      keyOnly: true,
    });
  });
});
