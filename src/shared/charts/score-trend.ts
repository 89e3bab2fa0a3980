/** The overall score over recent periods, on the bands of the thresholds; each point's shape shows its status. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { base, categoryAxis, legend, literal, pct, percentAxis, STATUS_SYMBOL, tooltip } from './common';
import type { ChartTheme } from './palette';

export interface TrendPoint {
  label: string;
  score: number | null;
  status: Status;
}

export interface ScoreTrendData {
  points: readonly TrendPoint[];
  greenThreshold: number;
  amberThreshold: number;
  /** Optional second line, e.g. the same periods a year earlier. */
  comparison?: { label: string; scores: readonly (number | null)[] };
  seriesLabel: string;
}

export function scoreTrendOption(data: ScoreTrendData, theme: ChartTheme): EChartsCoreOption {
  const s = theme.status;
  const green = Math.min(100, data.greenThreshold);
  const amber = Math.min(green, data.amberThreshold);
  const band = (from: number, to: number, colour: string) => [
    { yAxis: from, itemStyle: { color: colour, opacity: theme.name === 'dark' ? 0.5 : 0.6 } },
    { yAxis: to },
  ];
  const bands = [band(0, amber, s.red.soft), band(amber, green, s.amber.soft)];
  if (green < 100) bands.push(band(green, 100, s.green.soft));
  const series: Record<string, unknown>[] = [
    {
      type: 'line',
      name: literal(data.seriesLabel),
      connectNulls: false,
      lineStyle: { color: theme.accent, width: 2.5 },
      itemStyle: { color: theme.accent },
      symbolSize: 9,
      label: { show: true, position: 'top', color: theme.text, fontSize: 11 },
      data: data.points.map((p) => ({
        value: p.score,
        symbol: STATUS_SYMBOL[p.status],
        itemStyle: { color: p.status === 'none' ? theme.muted : s[p.status].color, borderColor: theme.background },
        label: { formatter: p.score === null ? '' : pct(p.score) },
      })),
      markArea: { silent: true, data: bands },
      markLine: {
        silent: true,
        symbol: 'none',
        lineStyle: { type: 'dashed', color: theme.muted, width: 1 },
        label: { position: 'end', color: theme.muted, fontSize: 11, distance: 6 },
        data: [
          { yAxis: green, label: { formatter: `${s.green.glyph} ${pct(green)}` } },
          ...(amber < green ? [{ yAxis: amber, label: { formatter: `${s.amber.glyph} ${pct(amber)}` } }] : []),
        ],
      },
    },
  ];
  if (data.comparison) {
    series.push({
      type: 'line',
      name: literal(data.comparison.label),
      connectNulls: false,
      symbol: 'diamond',
      symbolSize: 6,
      lineStyle: { color: theme.muted, width: 1.5, type: 'dashed' },
      itemStyle: { color: theme.muted },
      data: data.comparison.scores.map((v) => v),
    });
  }
  return {
    ...base(theme),
    tooltip: { ...tooltip(theme, 'axis'), valueFormatter: undefined },
    legend: legend(theme, { show: data.comparison !== undefined }),
    grid: {
      left: 8,
      right: 52,
      top: data.comparison ? 36 : 20,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: categoryAxis(
      theme,
      data.points.map((p) => p.label),
      { boundaryGap: true, axisLabel: { color: theme.muted, fontSize: 11, hideOverlap: true } },
    ),
    yAxis: percentAxis(theme, { splitLine: { show: false } }),
    series,
  };
}
