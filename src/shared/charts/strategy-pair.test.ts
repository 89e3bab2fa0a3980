import { describe, expect, it } from 'vitest';
import type { CheckSeriesRef } from '../analysis';
import { DARK, LIGHT } from './palette';
import { renderChartToSvg } from './ssr';
import {
  changesOf,
  laggedPoints,
  laggedScatterOption,
  scatterAxisTitles,
  strategyPairOption,
  type PairInput,
} from './strategy-pair';

const training: CheckSeriesRef = { kind: 'kpi', id: 1, name: 'Training hours', unit: 'h' };
const guests: CheckSeriesRef = { kind: 'objective', id: 2, name: 'Delight café guests', unit: '%' };
const labels = ['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026'];

const input = (theme = LIGHT): PairInput => ({
  cause: { ref: training, values: [10, 12, null, 15, 14, 18] },
  effect: { ref: guests, values: [60, 61, 64, 63, null, 66] },
  labels,
  theme,
});

describe('lagged pairs', () => {
  it('takes changes only between two present periods: a gap is no change, not a change of zero', () => {
    expect(changesOf([10, 12, null, 15, 14, 18])).toEqual([null, 2, null, null, -1, 4]);
  });

  it('pairs the cause at t with the effect at t + lag where both are present', () => {
    // Changes: cause [–, 2, –, –, −1, 4], effect [–, 1, 3, −1, –, –].
    expect(laggedPoints([10, 12, null, 15, 14, 18], [60, 61, 64, 63, null, 66], 'changes', 0)).toEqual([
      { index: 1, x: 2, y: 1 },
    ]);
    expect(laggedPoints([10, 12, null, 15, 14, 18], [60, 61, 64, 63, null, 66], 'changes', 1)).toEqual([
      { index: 1, x: 2, y: 3 },
    ]);
    // Levels at lag 1: (10, 61), (12, 64), (15, –) skipped, (14, 66); the cause's gap is skipped too.
    expect(laggedPoints([10, 12, null, 15, 14, 18], [60, 61, 64, 63, null, 66], 'levels', 1)).toEqual([
      { index: 0, x: 10, y: 61 },
      { index: 1, x: 12, y: 64 },
      { index: 4, x: 14, y: 66 },
    ]);
  });
});

describe('the pair over time', () => {
  it('draws both lines on their own axes, named with their units, gaps left open', () => {
    const option = strategyPairOption(input()) as {
      series: { data: unknown[]; connectNulls: boolean }[];
      yAxis: { name: string }[];
    };
    expect(option.yAxis.map((a) => a.name)).toEqual(['Training hours (h)', 'Delight café guests (%)']);
    expect(option.series[0]!.data).toEqual([10, 12, null, 15, 14, 18]);
    expect(option.series.every((s) => !s.connectNulls)).toBe(true);
    const svg = renderChartToSvg(option, 640, 280);
    for (const text of ['Cause: Training hours', 'Effect: Delight café guests', 'Q1 2025', 'Training hours (h)']) {
      expect(svg).toContain(text);
    }
  });

  it('says lower is better on a decrease KPI’s axis, and keeps user text out of ECharts’ templates', () => {
    const option = strategyPairOption({
      ...input(DARK),
      cause: { ref: { ...training, name: 'Defects {a}' }, values: [1, 2], lowerIsBetter: true },
    }) as { yAxis: { name: string }[] };
    expect(option.yAxis[0]!.name).toBe('Defects (a) (h), lower is better');
  });
});

describe('the scatter of lagged values', () => {
  it('titles its axes with what each point pairs, and draws one point per pair', () => {
    const scatter = { ...input(), basis: 'levels' as const, lag: 1 };
    expect(scatterAxisTitles(scatter)).toEqual({
      x: 'Training hours (h), period t',
      y: 'Delight café guests (%), t + 1',
    });
    const changes = scatterAxisTitles({ ...scatter, basis: 'changes' });
    expect(changes.x).toBe('Change in Training hours (h), period t');
    const option = laggedScatterOption(scatter) as { series: { data: unknown[] }[] };
    expect(option.series[0]!.data).toEqual([
      [10, 61],
      [12, 64],
      [14, 66],
    ]);
    const svg = renderChartToSvg(option, 480, 320);
    expect(svg).toContain('Delight café guests (%), t + 1');
    expect(svg.match(/ecmeta_series_index="0" ecmeta_data_index="\d+"/g)).toHaveLength(3);
  });
});
