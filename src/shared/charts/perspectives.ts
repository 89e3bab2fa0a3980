/** Scores per perspective: bars against the previous period, and a radar against the same period last year. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { statusLabel } from '../scoring-status';
import {
  axisLabel,
  base,
  categoryAxis,
  legend,
  literal,
  pct,
  percentAxis,
  shorten,
  statusFill,
  valueColumn,
  tooltip,
} from './common';
import type { ChartTheme } from './palette';

export interface PerspectiveBar {
  name: string;
  score: number | null;
  status: Status;
  /** The score of the comparison period, drawn as a marker; null or absent without data. */
  previous?: number | null;
}

export interface PerspectiveBarsData {
  items: readonly PerspectiveBar[];
  /** Name of the comparison period in the legend, e.g. "Q2 2026". */
  previousLabel?: string;
  currentLabel: string;
}

const NAME_CHARS = 22;

export function perspectiveBarsOption(data: PerspectiveBarsData, theme: ChartTheme): EChartsCoreOption {
  const names = data.items.map((p) => shorten(p.name, NAME_CHARS));
  const hasPrevious = data.previousLabel !== undefined && data.items.some((p) => p.previous != null);
  const series: Record<string, unknown>[] = [
    {
      type: 'bar',
      name: literal(data.currentLabel),
      barMaxWidth: 22,
      itemStyle: { color: theme.accent },
      data: data.items.map((p) => {
        const s = theme.status[p.status];
        return {
          value: p.score ?? 0,
          itemStyle: { ...statusFill(theme, p.status), borderRadius: [0, 3, 3, 0] },
          tooltip: {
            formatter: literal(
              `${p.name}\n${data.currentLabel}: ${pct(p.score)} ${s.glyph} ${s.label}` +
                (hasPrevious ? `\n${data.previousLabel}: ${pct(p.previous ?? null)}` : ''),
            ),
          },
        };
      }),
    },
  ];
  if (hasPrevious) {
    series.push({
      type: 'scatter',
      name: literal(data.previousLabel!),
      symbol: 'rect',
      symbolSize: [3, 22],
      itemStyle: { color: theme.text },
      z: 5,
      data: data.items.map((p) => (p.previous == null ? null : p.previous)),
      tooltip: { show: false },
    });
  }
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    legend: hasPrevious ? legend(theme) : { show: false },
    grid: {
      left: 8,
      right: 8,
      top: hasPrevious ? 28 : 8,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: percentAxis(theme, { axisLabel: axisLabel(theme, { formatter: '{value} %' }) }),
    yAxis: [
      categoryAxis(theme, names, { inverse: true }),
      valueColumn(
        theme,
        data.items.map((p) => `${theme.status[p.status].glyph} ${p.score === null ? statusLabel('none') : pct(p.score)}`),
      ),
    ],
    series,
  };
}

/** Long names break at the space nearest their middle, so a radar's side labels stay inside the chart. */
function wrap(name: string, max: number): string {
  if (name.length <= max) return name;
  const middle = name.length / 2;
  let best = -1;
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) {
    if (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best === -1 ? name : `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}

export interface RadarSeries {
  label: string;
  values: readonly (number | null)[];
}

export interface PerspectiveRadarData {
  names: readonly string[];
  /** The first is the viewed period (filled); a second, usually the same period last year, is dashed. */
  series: readonly RadarSeries[];
}

export function perspectiveRadarOption(data: PerspectiveRadarData, theme: ChartTheme): EChartsCoreOption {
  const styles = [
    { color: theme.accent, type: 'solid', symbol: 'circle', area: 0.18 },
    { color: theme.series[1]!, type: 'dashed', symbol: 'triangle', area: 0 },
  ];
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    legend: legend(theme, { data: data.series.map((s) => literal(s.label)) }),
    radar: {
      center: ['50%', '56%'],
      radius: '56%',
      indicator: data.names.map((n) => ({ name: literal(wrap(shorten(n, 28), 16)), max: 100, min: 0 })),
      splitNumber: 4,
      axisName: { color: theme.text, fontSize: 12, lineHeight: 14 },
      splitLine: { lineStyle: { color: theme.splitLine } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: theme.axisLine } },
    },
    series: [
      {
        type: 'radar',
        data: data.series.slice(0, 2).map((s, i) => {
          const st = styles[i]!;
          return {
            name: literal(s.label),
            value: s.values.map((v) => v ?? 0),
            symbol: st.symbol,
            symbolSize: 7,
            itemStyle: { color: st.color },
            lineStyle: { color: st.color, type: st.type, width: 2 },
            areaStyle: st.area ? { color: st.color, opacity: st.area } : undefined,
            tooltip: {
              formatter: literal(
                [s.label, ...data.names.map((n, j) => `${n}: ${pct(s.values[j] ?? null)}`)].join('\n'),
              ),
            },
          };
        }),
      },
    ],
  };
}
