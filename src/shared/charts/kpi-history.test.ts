import { init } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import type { Status } from '../domain';
import { registerChartModules } from './echarts-modules';
import { kpiHistoryOption, type KpiHistoryPoint } from './kpi-history';
import { DARK, LIGHT } from './palette';

registerChartModules();

const point = (label: string, actual: number | null, target: number | null, status: Status): KpiHistoryPoint => ({
  period: label,
  label,
  actual,
  target,
  status,
  greenThreshold: 100,
  amberThreshold: 80,
});

const kpi = {
  name: 'Weekly covers',
  unit: 'guests',
  polarity: 'increase' as const,
  baseline: 380,
  rangeLow: null,
  rangeHigh: null,
  tolerance: null,
};
const points = [
  point('Q1 2026', 400, 450, 'red'),
  point('Q2 2026', 441, 450, 'amber'),
  point('Q3 2026', 412, 470, 'red'),
  point('Q4 2026', null, 470, 'none'),
];

function render(option: ReturnType<typeof kpiHistoryOption>): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 280 });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

describe('KPI history chart', () => {
  it('draws actual and target over the periods, with the latest value written out', () => {
    const svg = render(kpiHistoryOption({ kpi, points, theme: LIGHT }));
    expect(svg.startsWith('<svg')).toBe(true);
    for (const label of ['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Actual', 'Target', '412 guests']) {
      expect(svg).toContain(label);
    }
  });

  it('paints each zone where the scoring rules put it', () => {
    const option = kpiHistoryOption({ kpi, points, theme: LIGHT }) as {
      series: { name: string; markArea?: { data: unknown[] } }[];
    };
    const zone = (name: string) => option.series.find((s) => s.name === name)?.markArea?.data;
    // Q1 and Q2 share target 450: green from 450, amber from 436 (80 % of the way from 380); then 470 → green 470, amber 452.
    expect(zone('On track zone')).toEqual([
      [
        { xAxis: -0.5, yAxis: 450 },
        { xAxis: 1.5, yAxis: expect.any(Number) },
      ],
      [
        { xAxis: 1.5, yAxis: 470 },
        { xAxis: 3.5, yAxis: expect.any(Number) },
      ],
    ]);
    expect(zone('At risk zone')).toEqual([
      [
        { xAxis: -0.5, yAxis: 436 },
        { xAxis: 1.5, yAxis: expect.any(Number) },
      ],
      [
        { xAxis: 1.5, yAxis: 452 },
        { xAxis: 3.5, yAxis: expect.any(Number) },
      ],
    ]);
    expect(zone('Off track zone')).toHaveLength(1);
    expect(render(option as never)).toContain(LIGHT.status.green.soft);
  });

  it('leaves periods without a target unpainted and survives a KPI with no data at all', () => {
    const sparse = [point('2026', 10, null, 'none'), point('2027', null, null, 'none')];
    const option = kpiHistoryOption({ kpi: { ...kpi, baseline: null }, points: sparse, theme: DARK }) as {
      series: { markArea?: { data: unknown[] } }[];
    };
    expect(option.series.flatMap((s) => s.markArea?.data ?? [])).toEqual([]);
    expect(render(option as never)).toContain('2026');
    const empty = render(kpiHistoryOption({ kpi, points: [], theme: DARK }));
    expect(empty).toContain('<svg');
  });
});
