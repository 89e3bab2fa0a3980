/** Example data for every chart builder, used by the tests and the screenshot preview. */
import type { BudgetData, ProgressData } from './initiatives';
import type { GaugeData } from './gauge';
import type { HeatmapData } from './heatmap';
import type { PerspectiveBarsData, PerspectiveRadarData } from './perspectives';
import type { ScoreTrendData } from './score-trend';
import type { StatusDistributionData } from './status-distribution';
import type { WorstKpisData } from './worst-kpis';

const PERIODS = ['Q4 2024', 'Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026'];

export const gaugeData: GaugeData = {
  score: 72.4,
  status: 'red',
  greenThreshold: 100,
  amberThreshold: 80,
  caption: 'Overall score',
};

export const perspectiveBarsData: PerspectiveBarsData = {
  currentLabel: 'Q3 2026',
  previousLabel: 'Q2 2026',
  items: [
    { name: 'Financial', score: 64, status: 'red', previous: 70 },
    { name: 'Customer', score: 88, status: 'amber', previous: 81 },
    { name: 'Internal Process', score: 100, status: 'green', previous: 96 },
    { name: 'Learning & Growth {with braces}', score: null, status: 'none', previous: null },
  ],
};

export const radarData: PerspectiveRadarData = {
  names: ['Financial', 'Customer', 'Internal Process', 'Learning & Growth'],
  series: [
    { label: 'Q3 2026', values: [64, 88, 100, 50] },
    { label: 'Q3 2025', values: [58, 90, 75, 40] },
  ],
};

export const statusData: StatusDistributionData = {
  counts: { green: 9, amber: 4, red: 3, none: 2 },
  noun: 'KPIs',
  deltas: { green: '+2 since Q2 2026', amber: '−1 since Q2 2026', red: 'no change', none: '−1 since Q2 2026' },
};

export const trendData: ScoreTrendData = {
  seriesLabel: 'Overall score',
  greenThreshold: 100,
  amberThreshold: 80,
  points: PERIODS.map((label, i) => {
    const score = i === 2 ? null : [61, 66, 0, 74, 83, 79, 85, 72][i]!;
    return { label, score, status: score === null ? 'none' : score >= 100 ? 'green' : score >= 80 ? 'amber' : 'red' };
  }),
};

export const heatmapData: HeatmapData = {
  periods: PERIODS,
  rows: [
    'Grow revenue from catering',
    'Keep food cost under control',
    'Delight regulars',
    'Serve fast at lunch',
    'Train every barista on the new machine',
  ].map((name, r) => ({
    name,
    cells: PERIODS.map((_, c) => {
      const v = (r * 37 + c * 19) % 120;
      if ((r + c) % 7 === 3) return { score: null, status: 'none' as const };
      const score = Math.min(100, v);
      return { score, status: score >= 100 ? ('green' as const) : score >= 80 ? ('amber' as const) : ('red' as const) };
    }),
  })),
};

export const worstData: WorstKpisData = {
  periods: PERIODS,
  items: [
    {
      name: 'Catering revenue',
      progress: 12,
      status: 'red',
      valueText: '3,100 € of 8,000 €',
      trend: [40, 35, 30, 28, null, 20, 15, 12],
    },
    {
      name: 'Food cost ratio',
      progress: 55,
      status: 'red',
      valueText: '36 % (target 30 %)',
      trend: [70, 66, 60, 62, 58, 57, 56, 55],
    },
    {
      name: 'Average ticket time at lunch',
      progress: 81,
      status: 'amber',
      valueText: '6.2 min (target 5 min)',
      trend: [50, 60, 65, 70, 74, 78, 80, 81],
    },
    {
      name: 'Google rating',
      progress: 92,
      status: 'amber',
      valueText: '4.6 of 5',
      trend: [90, 91, 92, 92, 93, 92, 92, 92],
    },
    {
      name: 'Staff trained',
      progress: null,
      status: 'none',
      valueText: 'No data',
      trend: [null, null, 20, 40, 60, null, null, null],
    },
  ],
};

export const budgetData: BudgetData = {
  items: [
    { name: 'New espresso machine', budget: 12000, spent: 11800 },
    { name: 'Catering website', budget: 4000, spent: 5200 },
    { name: 'Loyalty app', budget: 6000, spent: 1500 },
    { name: 'Kitchen refit (no budget set)', budget: null, spent: 800 },
  ],
};

export const progressData: ProgressData = {
  items: [
    { name: 'New espresso machine', percentComplete: 90, timeElapsed: 80, behind: false, text: 'On schedule' },
    {
      name: 'Catering website',
      percentComplete: 20,
      timeElapsed: 75,
      behind: true,
      text: 'Behind schedule: 20 % complete, 75 % of the time used',
    },
    { name: 'Loyalty app', percentComplete: 10, timeElapsed: 15, behind: false, text: 'On schedule' },
    { name: 'Kitchen refit', percentComplete: 0, timeElapsed: null, behind: false, text: 'No start date' },
  ],
};
