/** Objectives × periods, each cell in its status colour with the status glyph and score written on it. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { axisLabel, base, categoryAxis, literal, pct, shorten, tooltip } from './common';
import { STATUS_ORDER, type ChartTheme } from './palette';

export interface HeatmapCell {
  score: number | null;
  status: Status;
}

export interface HeatmapRow {
  name: string;
  cells: readonly HeatmapCell[];
}

export interface HeatmapData {
  periods: readonly string[];
  rows: readonly HeatmapRow[];
}

export const HEATMAP_ROW_HEIGHT = 30;
const CHROME = 48;

/** The height that gives every row room for its label. */
export function heatmapHeight(rows: number): number {
  return CHROME + Math.max(1, rows) * HEATMAP_ROW_HEIGHT;
}

export function heatmapOption(data: HeatmapData, theme: ChartTheme): EChartsCoreOption {
  const cells: Record<string, unknown>[] = [];
  data.rows.forEach((row, y) => {
    row.cells.forEach((cell, x) => {
      const s = theme.status[cell.status];
      const strong = cell.status !== 'none';
      cells.push({
        value: [x, y, cell.score ?? -1, STATUS_ORDER.indexOf(cell.status)],
        itemStyle: { borderColor: theme.background, borderWidth: 2, borderRadius: 3 },
        label: {
          show: true,
          color: strong ? s.onColor : theme.muted,
          fontSize: 11,
          formatter: cell.score === null ? s.glyph : `${s.glyph} ${Math.round(cell.score)}`,
        },
        tooltip: {
          formatter: literal(`${row.name}\n${data.periods[x]}: ${pct(cell.score)} ${s.glyph} ${s.label}`),
        },
      });
    });
  });
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    grid: { left: 8, right: 8, top: 12, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    // Two-line period labels ("Q3" over "2026") fit a column as narrow as a cell.
    xAxis: categoryAxis(
      theme,
      data.periods.map((p) => p.replace(' ', '\n')),
      {
        position: 'top',
        axisLine: { show: false },
        splitArea: { show: false },
        axisLabel: axisLabel(theme, { fontSize: 11, lineHeight: 14, interval: 0, hideOverlap: true }),
      },
    ),
    yAxis: categoryAxis(
      theme,
      data.rows.map((r) => shorten(r.name, 32)),
      { inverse: true, axisLine: { show: false }, axisLabel: axisLabel(theme, { color: theme.text, interval: 0 }) },
    ),
    // Heatmaps take their colours from a visual map: one piece per status, hidden (the glyphs are the legend).
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 3,
      seriesIndex: 0,
      pieces: STATUS_ORDER.map((status, i) => ({
        value: i,
        color: status === 'none' ? theme.status.none.soft : theme.status[status].color,
      })),
    },
    series: [{ type: 'heatmap', data: cells, emphasis: { disabled: true }, progressive: 0 }],
  };
}
