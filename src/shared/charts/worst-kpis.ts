/**
 * The KPIs furthest from target: a bar of progress each, and beside it a sparkline of its score over the recent
 * periods (higher is better whatever the KPI's polarity, so every sparkline reads the same way).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { t } from '../i18n';
import { statusLabel } from '../scoring-status';
import { base, literal, pct, shorten, statusFill, tooltip, valueColumn } from './common';
import type { ChartTheme } from './palette';

export interface WorstKpi {
  name: string;
  /** Unclamped progress %, null without a target. */
  progress: number | null;
  status: Status;
  /** "412 of 450 €", written by the caller in the KPI's unit. */
  valueText: string;
  /** Scores (0–100) of the recent periods, oldest first. */
  trend: readonly (number | null)[];
}

export interface WorstKpisData {
  items: readonly WorstKpi[];
  periods: readonly string[];
}

const TOP = 12;
const BOTTOM = 2;

export function worstKpisHeight(rows: number): number {
  return 40 + Math.max(1, rows) * 44;
}

export function worstKpisOption(data: WorstKpisData, theme: ChartTheme): EChartsCoreOption {
  const n = Math.max(1, data.items.length);
  const band = (100 - TOP - BOTTOM) / n;
  const grids: Record<string, unknown>[] = [
    {
      left: 8,
      right: '40%',
      top: `${TOP}%`,
      bottom: `${BOTTOM}%`,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
  ];
  const xAxes: Record<string, unknown>[] = [{ type: 'value', min: 0, max: 100, show: false, gridIndex: 0 }];
  const yAxes: Record<string, unknown>[] = [
    {
      type: 'category',
      gridIndex: 0,
      inverse: true,
      data: data.items.map((k) => literal(shorten(k.name, 26))),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize: 12 },
    },
  ];
  const series: Record<string, unknown>[] = [
    {
      type: 'bar',
      xAxisIndex: 0,
      yAxisIndex: 0,
      barMaxWidth: 18,
      showBackground: true,
      backgroundStyle: { color: theme.splitLine, borderRadius: 3 },
      data: data.items.map((k) => {
        const s = theme.status[k.status];
        const score = k.progress === null ? 0 : Math.min(100, Math.max(0, k.progress));
        return {
          value: score,
          itemStyle: { ...statusFill(theme, k.status), borderRadius: [0, 3, 3, 0] },
          tooltip: {
            formatter: literal(
              `${k.name}\n${k.valueText}\n${t('engine:worstKpisChart.progressTip', { percent: pct(k.progress), status: s.label })}`,
            ),
          },
        };
      }),
    },
  ];
  data.items.forEach((k, i) => {
    const g = i + 1;
    grids.push({ left: '68%', right: 8, top: `${TOP + i * band + band * 0.18}%`, height: `${band * 0.64}%` });
    xAxes.push({ type: 'category', gridIndex: g, show: false, boundaryGap: false, data: data.periods.map(literal) });
    yAxes.push({ type: 'value', gridIndex: g, show: false, min: 0, max: 100 });
    const last = k.trend.length - 1;
    series.push({
      type: 'line',
      xAxisIndex: g,
      yAxisIndex: g,
      connectNulls: false,
      showSymbol: true,
      symbolSize: 4,
      lineStyle: { color: theme.muted, width: 1.5 },
      itemStyle: { color: theme.muted },
      tooltip: {
        formatter: literal(
          `${t('engine:worstKpisChart.byPeriod', { name: k.name })}\n${data.periods.map((p, j) => `${p}: ${pct(k.trend[j] ?? null)}`).join('\n')}`,
        ),
      },
      data: k.trend.map((v, j) =>
        j === last
          ? { value: v, symbol: 'circle', symbolSize: 7, itemStyle: { color: theme.status[k.status].color } }
          : v,
      ),
    });
  });
  yAxes.push(
    valueColumn(
      theme,
      data.items.map(
        (k) => `${theme.status[k.status].glyph} ${k.progress === null ? statusLabel('none') : pct(k.progress)}`,
      ),
      { gridIndex: 0 },
    ),
  );
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    title: [
      {
        text: t('engine:worstKpisChart.progress'),
        left: 8,
        top: 0,
        textStyle: { fontSize: 11, color: theme.muted, fontWeight: 'normal' },
      },
      {
        text: t('engine:worstKpisChart.lastPeriods', { count: data.periods.length }),
        left: '68%',
        top: 0,
        textStyle: { fontSize: 11, color: theme.muted, fontWeight: 'normal' },
      },
    ],
    grid: grids,
    xAxis: xAxes,
    yAxis: yAxes,
    series,
  };
}
