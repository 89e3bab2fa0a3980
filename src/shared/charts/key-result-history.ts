/**
 * A key result's check-ins over its cycle: the value at each check-in against the target line, with the confidence
 * (0–10) as light bars on a second axis. A milestone reads "Not done" / "Done" instead of numbers.
 * Pure: the renderer's EChart and the Node tests (ssr) draw the same option.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatValue } from '../format';
import { t } from '../i18n';
import type { KeyResult } from '../okr';
import { categoryAxis, legend, literal, tooltip } from './common';
import type { ChartTheme } from './palette';

export interface KeyResultHistoryPoint {
  date: string;
  /** Axis label, e.g. '14 Jul 2026'. */
  label: string;
  /** Metric: the value checked in (or the linked KPI's value then); milestone: 1 done, 0 not; null when none. */
  value: number | null;
  confidence: number | null;
}

export interface KeyResultHistoryInput {
  keyResult: Pick<KeyResult, 'title' | 'kind' | 'unit' | 'startValue' | 'target'>;
  /** Oldest first. */
  points: readonly KeyResultHistoryPoint[];
  theme: ChartTheme;
}

/** 1, 2 or 5 times a power of ten. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** Every value, the start and the target on the axis, on round ticks; zero stays the floor for positive values. */
function valueAxisRange(input: KeyResultHistoryInput): { min: number; max: number; interval: number } {
  if (input.keyResult.kind === 'milestone') return { min: 0, max: 1, interval: 1 };
  const values = input.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  for (const v of [input.keyResult.startValue, input.keyResult.target]) if (v !== null) values.push(v);
  if (values.length === 0) return { min: 0, max: 1, interval: 0.2 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  const interval = niceStep((span * 1.2) / 5);
  let min = Math.floor((low - span * 0.08) / interval) * interval;
  const max = Math.ceil((high + span * 0.08) / interval) * interval;
  if (min < 0 && low >= 0) min = 0;
  return { min, max, interval };
}

const doneWord = (v: number): string => t(v === 1 ? 'engine:keyResultChart.done' : 'engine:keyResultChart.notDone');

export function keyResultHistoryOption(input: KeyResultHistoryInput): EChartsCoreOption {
  const { keyResult: kr, points, theme } = input;
  const milestone = kr.kind === 'milestone';
  const valueName = t('engine:keyResultChart.value');
  const targetName = t('engine:chart.target');
  const confidenceName = t('engine:keyResultChart.confidence');
  const show = (v: number | null): string => (milestone ? (v === null ? '—' : doneWord(v)) : formatValue(v, kr.unit));
  const range = valueAxisRange(input);
  const target = milestone ? 1 : kr.target;
  const last = points.findLastIndex((p) => p.value !== null);

  return {
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    aria: { enabled: true },
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: legend(theme, { data: [valueName, targetName, confidenceName] }),
    tooltip: {
      ...tooltip(theme, 'axis'),
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const p = points[first?.dataIndex ?? -1];
        if (!p) return '';
        const value = show(p.value);
        const lines = [
          p.label,
          t(milestone ? 'engine:keyResultChart.statusLine' : 'engine:keyResultChart.valueLine', { value }),
        ];
        if (!milestone) lines.push(t('engine:keyResultChart.targetLine', { value: formatValue(kr.target, kr.unit) }));
        const confidence =
          p.confidence === null ? '—' : t('engine:keyResultChart.outOfTen', { value: formatNumber(p.confidence) });
        lines.push(t('engine:keyResultChart.confidenceLine', { value: confidence }));
        return literal(lines.join('\n'));
      },
    },
    xAxis: categoryAxis(
      theme,
      points.map((p) => p.label),
      { boundaryGap: true },
    ),
    yAxis: [
      {
        type: 'value',
        ...range,
        splitLine: { lineStyle: { color: theme.splitLine } },
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: {
          color: theme.muted,
          formatter: (v: number) => (milestone ? doneWord(v) : formatNumber(v, { maxDecimals: 2 })),
        },
      },
      {
        type: 'value',
        min: 0,
        max: 10,
        interval: 5,
        position: 'right',
        splitLine: { show: false },
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: theme.muted },
      },
    ],
    series: [
      {
        name: confidenceName,
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 18,
        z: 1,
        itemStyle: { color: theme.series[1], opacity: 0.45 },
        data: points.map((p) => p.confidence),
      },
      {
        // An empty series so the legend shows the target line drawn by markLine below.
        name: targetName,
        type: 'line',
        data: [],
        lineStyle: { color: theme.muted, type: 'dashed', width: 1.5 },
        itemStyle: { color: theme.muted },
        markLine:
          target === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: theme.muted, type: 'dashed', width: 1.5 },
                label: {
                  color: theme.muted,
                  position: 'insideEndTop',
                  formatter: literal(t('engine:keyResultChart.targetMark', { value: show(target) })),
                },
                data: [{ yAxis: target }],
              },
      },
      {
        name: valueName,
        type: 'line',
        step: milestone ? 'end' : undefined,
        symbol: 'circle',
        symbolSize: 8,
        connectNulls: true,
        z: 4,
        lineStyle: { color: theme.accent, width: 2.5 },
        itemStyle: { color: theme.accent },
        data: points.map((p, i) => ({
          value: p.value,
          // The latest value is written beside its point: the number a reader looks for first.
          label:
            i === last
              ? { show: true, position: 'top', color: theme.text, fontWeight: 600, formatter: literal(show(p.value)) }
              : undefined,
        })),
      },
    ],
  };
}
