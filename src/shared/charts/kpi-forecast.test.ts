/** The forecast on a KPI's history chart: a dashed line on from the latest actual, with its band, in Node SVG. */
import { describe, expect, it } from 'vitest';
import { kpiDefaults } from '../defaults';
import type { Kpi, Measurement } from '../domain';
import { kpiForecastPoints } from './kpi-forecast';
import { kpiHistoryOption, type KpiHistoryPoint } from './kpi-history';
import { DARK, LIGHT } from './palette';
import { renderChartToSvg } from './ssr';

const kpi: Kpi = {
  ...kpiDefaults,
  id: 7,
  objectiveId: 1,
  name: 'Weekly covers',
  unit: 'guests',
  position: 0,
  frequency: 'quarter',
  aggregation: 'average',
  target: 500,
};

const measurements: Measurement[] = [
  ['2026-Q1', 400],
  ['2026-Q2', 420],
].map(([period, actual]) => ({ kpiId: 7, period: period as string, actual: actual as number, target: null, note: '' }));

const history: KpiHistoryPoint[] = measurements.map((m, i) => ({
  period: m.period,
  label: `Q${i + 1} 2026`,
  actual: m.actual,
  target: 500,
  status: 'red',
  greenThreshold: 100,
  amberThreshold: 80,
}));

interface Series {
  name: string;
  stack?: string;
  data: (number | null)[];
  lineStyle?: { type?: string };
  areaStyle?: unknown;
}

describe('the forecast on the KPI history chart', () => {
  it('continues a straight series exactly to the end of the fiscal year', () => {
    const points = kpiForecastPoints(kpi, measurements, '2026-Q2', 1);
    expect(points.map((p) => [p.period, p.label, p.value])).toEqual([
      ['2026-Q2', 'Q2 2026', 420],
      ['2026-Q3', 'Q3 2026', 440],
      ['2026-Q4', 'Q4 2026', 460],
    ]);
    // Two points leave no residual to measure: the band has no width.
    expect(points.every((p) => p.low === p.value && p.high === p.value)).toBe(true);
  });

  it('extends the axis with the periods ahead and draws a dashed line and a stacked band from the latest actual', () => {
    const forecast = kpiForecastPoints(kpi, measurements, '2026-Q2', 1).map((p, i) =>
      i === 0 ? p : { ...p, low: p.value - 10 * i, high: p.value + 10 * i },
    );
    const option = kpiHistoryOption({ kpi, points: history, theme: LIGHT, forecast }) as {
      xAxis: { data?: string[]; max?: number }[];
      legend: { data: string[] };
      series: Series[];
    };
    expect(option.xAxis[0]!.data).toEqual(['Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    // The hidden axis of the status zones spans the same four periods.
    expect(option.xAxis[1]!.max).toBe(3.5);
    expect(option.legend.data).toContain('Forecast');
    const byName = new Map(option.series.map((s) => [s.name, s]));
    const line = byName.get('Forecast')!;
    expect(line.lineStyle?.type).toBe('dashed');
    expect(line.data).toEqual([null, 420, 440, 460]);
    const floor = byName.get('Forecast band floor')!;
    const band = byName.get('Forecast band')!;
    expect(floor.stack).toBe(band.stack);
    expect(floor.data).toEqual([null, 420, 430, 440]);
    expect(band.data).toEqual([null, 0, 20, 40]);
    expect(band.areaStyle).toBeDefined();

    for (const theme of [LIGHT, DARK]) {
      const svg = renderChartToSvg(kpiHistoryOption({ kpi, points: history, theme, forecast }), 640, 280);
      expect(svg).toContain('Forecast');
      expect(svg).toContain('Q4 2026');
      expect(svg).toContain('stroke-dasharray');
    }
  });

  it('leaves the chart as it was without a forecast', () => {
    const option = kpiHistoryOption({ kpi, points: history, theme: LIGHT, forecast: [] }) as {
      legend: { data: string[] };
      series: Series[];
      xAxis: { data?: string[] }[];
    };
    expect(option.legend.data).toEqual(['Actual', 'Target']);
    expect(option.series.some((s) => s.name.startsWith('Forecast'))).toBe(false);
    expect(option.xAxis[0]!.data).toEqual(['Q1 2026', 'Q2 2026']);
    expect(renderChartToSvg(option as never, 640, 280)).not.toContain('stroke-dasharray');
  });
});
