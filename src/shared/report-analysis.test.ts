import { describe, expect, it } from 'vitest';
import type { ScorecardTree } from './domain';
import type { Evaluation } from './evaluation';
import { historyPeriods, initiativeProgress, topRisks } from './report-analysis';

const formula = { method: 'x', text: 'why' };
const rollup = (status: 'green' | 'amber' | 'red' | 'none', score: number | null) => ({
  score,
  status,
  reported: 1,
  total: 1,
  method: 'weighted_mean' as const,
  formula,
});

const tree = {
  scorecard: { id: 1 },
  perspectives: [{ id: 1, name: 'Customer', position: 0 }],
  objectives: [
    { id: 10, perspectiveId: 1, title: 'Delight guests', position: 0 },
    { id: 11, perspectiveId: 1, title: 'Keep accounts', position: 1 },
  ],
  kpis: [
    { id: 100, objectiveId: 10, name: 'NPS', isKey: true },
    { id: 101, objectiveId: 10, name: 'Complaints', isKey: false },
    { id: 102, objectiveId: 11, name: 'Retention', isKey: true },
  ],
  initiatives: [
    {
      id: 1,
      title: 'Late',
      status: 'in_progress',
      percentComplete: 10,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      objectiveIds: [10],
    },
    {
      id: 2,
      title: 'Fine',
      status: 'in_progress',
      percentComplete: 60,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      objectiveIds: [],
    },
    {
      id: 3,
      title: 'Done',
      status: 'done',
      percentComplete: 100,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      objectiveIds: [],
    },
  ],
} as unknown as ScorecardTree;

const kpi = (kpiId: number, status: 'green' | 'amber' | 'red' | 'none', score: number | null) => ({
  kpiId,
  status,
  score,
  formula,
});

describe('topRisks', () => {
  it('lists red then amber key KPIs and objectives, worst first, and leaves out what is not key or not at risk', () => {
    const evaluation = {
      objectives: [
        { objectiveId: 10, ...rollup('amber', 85) },
        { objectiveId: 11, ...rollup('green', 100) },
      ],
      kpis: [kpi(100, 'red', 40), kpi(101, 'red', 0), kpi(102, 'amber', 90)],
    } as unknown as Evaluation;
    expect(topRisks(tree, evaluation).map((r) => [r.kind, r.name, r.status])).toEqual([
      ['kpi', 'NPS', 'red'],
      ['objective', 'Delight guests', 'amber'],
      ['kpi', 'Retention', 'amber'],
    ]);
    expect(topRisks(tree, evaluation, 1)).toHaveLength(1);
  });
});

describe('initiativeProgress', () => {
  it('flags an initiative far behind its even-paced plan, names its objectives, and leaves done ones alone', () => {
    const [late, fine, done] = initiativeProgress(tree, '2026-09-30');
    expect(late).toMatchObject({ behindSchedule: true, objectives: ['Delight guests'] });
    expect(late!.expectedPercent).toBeCloseTo(75, 0);
    expect(fine!.behindSchedule).toBe(false);
    expect(done).toMatchObject({ behindSchedule: false, expectedPercent: null });
  });
});

describe('historyPeriods', () => {
  it('ends with the period: 8 quarters, 12 months or 5 years', () => {
    expect(historyPeriods('2026-Q3')).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(historyPeriods('2026-03')).toHaveLength(12);
    expect(historyPeriods('2026-03')[0]).toBe('2025-04');
    expect(historyPeriods('2026')).toEqual(['2022', '2023', '2024', '2025', '2026']);
  });
});
