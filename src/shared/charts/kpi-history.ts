/**
 * A KPI's history: actual against target over its periods, with the green / amber / red zones of each
 * period painted behind the lines so a reader sees how close every value came to the next status.
 * Pure: the renderer's EChart and the Node tests (ssr) draw the same option.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Kpi, Status } from '../domain';
import { formatNumber, formatValue } from '../format';
import { t } from '../i18n';
import { statusBands, type Band } from '../status-bands';
import { literal, tooltip } from './common';
import { forecastSeries, type KpiForecastPoint } from './kpi-forecast';
import type { ChartTheme } from './palette';

export type { KpiForecastPoint };

export interface KpiHistoryPoint {
  period: string;
  /** Axis label, e.g. 'Q3 2026'. */
  label: string;
  actual: number | null;
  /** Target in force that period (override or the KPI's), null when none. */
  target: number | null;
  status: Status;
  greenThreshold: number;
  amberThreshold: number;
}

export interface KpiHistoryInput {
  kpi: Pick<Kpi, 'name' | 'unit' | 'polarity' | 'baseline' | 'rangeLow' | 'rangeHigh' | 'tolerance'>;
  /** Oldest first. */
  points: readonly KpiHistoryPoint[];
  theme: ChartTheme;
  /**
   * Drawn dashed from the latest actual on, with its band shaded; its periods after the last point extend the axis.
   */
  forecast?: readonly KpiForecastPoint[];
}

interface Rect {
  from: number;
  to: number;
  low: number;
  high: number;
  status: Exclude<Status, 'none'>;
}

/** 1, 2 or 5 times a power of ten: steps a reader can add up. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/** The value axis: every value, target and finite zone edge, with some air, on nice round ticks. */
function valueAxis(
  input: KpiHistoryInput,
  zones: ReturnType<typeof zonesOf>,
): { low: number; high: number; step: number } {
  const values: number[] = [];
  for (const p of input.points) {
    if (p.actual !== null) values.push(p.actual);
    if (p.target !== null) values.push(p.target);
  }
  const { baseline, rangeLow, rangeHigh } = input.kpi;
  for (const v of [baseline, rangeLow, rangeHigh]) if (v !== null) values.push(v);
  for (const f of input.forecast ?? []) values.push(f.low, f.high);
  for (const z of zones) {
    for (const band of [z?.amber, z?.green]) {
      if (!band) continue;
      if (Number.isFinite(band.from)) values.push(band.from);
      if (Number.isFinite(band.to)) values.push(band.to);
    }
  }
  if (values.length === 0) return { low: 0, high: 1, step: 0.2 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  const step = niceStep((span * 1.2) / 5);
  let low = Math.floor((min - span * 0.08) / step) * step;
  const high = Math.ceil((max + span * 0.08) / step) * step;
  // Keep zero as the floor when every value is positive: a revenue axis starting below zero looks wrong.
  if (low < 0 && min >= 0) low = 0;
  return { low, high, step };
}

function zoneRects(points: readonly KpiHistoryPoint[], zones: ReturnType<typeof zonesOf>, low: number, high: number) {
  const rects: Rect[] = [];
  const clip = (b: Band): [number, number] => [Math.max(low, b.from), Math.min(high, b.to)];
  points.forEach((_, i) => {
    const z = zones[i];
    if (!z) return;
    const layers: [Exclude<Status, 'none'>, Band | null][] = [
      ['red', { from: -Infinity, to: Infinity }],
      ['amber', z.amber],
      ['green', z.green],
    ];
    for (const [status, band] of layers) {
      if (!band) continue;
      const [a, b] = clip(band);
      if (b <= a) continue;
      const prev = rects.findLast((r) => r.status === status && r.to === i - 0.5);
      // Neighbouring periods with the same zone are one rectangle: no seams between them.
      if (prev && prev.low === a && prev.high === b) prev.to = i + 0.5;
      else rects.push({ from: i - 0.5, to: i + 0.5, low: a, high: b, status });
    }
  });
  return rects;
}

function zonesOf(input: KpiHistoryInput) {
  return input.points.map((p) =>
    input.kpi.polarity !== 'range' && p.target === null
      ? null
      : statusBands(input.kpi, p.target, { greenThreshold: p.greenThreshold, amberThreshold: p.amberThreshold }),
  );
}

export function kpiHistoryOption(input: KpiHistoryInput): EChartsCoreOption {
  const { kpi, points, theme } = input;
  const forecast = forecastSeries(input);
  const zones = zonesOf(input);
  const { low, high, step } = valueAxis(input, zones);
  const rects = zoneRects(points, zones, low, high);
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const lastActual = points.findLastIndex((p) => p.actual !== null);
  const textStyle = { color: theme.text, fontFamily: theme.fontFamily };

  const order: Exclude<Status, 'none'>[] = ['red', 'amber', 'green'];
  const zoneSeries = order.map((status) => ({
    name: t('engine:kpiHistoryChart.zone', { status: theme.status[status].label }),
    type: 'line',
    // On the hidden value axis, where period i spans i − ½ … i + ½ exactly as on the category axis.
    xAxisIndex: 1,
    data: [],
    silent: true,
    markArea: {
      silent: true,
      itemStyle: { color: theme.status[status].soft, opacity: theme.name === 'dark' ? 0.9 : 1 },
      data: rects
        .filter((r) => r.status === status)
        .map((r) => [
          { xAxis: r.from, yAxis: r.low },
          { xAxis: r.to, yAxis: r.high },
        ]),
    },
  }));

  return {
    backgroundColor: 'transparent',
    animation: false,
    textStyle,
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: {
      top: 0,
      left: 0,
      data: forecast.series.length
        ? [t('engine:chart.actual'), t('engine:chart.target'), t('engine:chart.forecast')]
        : [t('engine:chart.actual'), t('engine:chart.target')],
      textStyle: { color: theme.text },
      itemWidth: 18,
    },
    tooltip: {
      // Chart text, not HTML: the unit comes from the user's document and must never become markup.
      ...tooltip(theme, 'axis'),
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const first = list[0] as { dataIndex?: number } | undefined;
        const point = points[first?.dataIndex ?? -1];
        const ahead = forecast.byIndex.get(first?.dataIndex ?? -1);
        if (!point && ahead) {
          const band = `${formatValue(ahead.low, kpi.unit)}–${formatValue(ahead.high, kpi.unit)}`;
          return literal(
            [
              ahead.label,
              t('engine:kpiHistoryChart.forecastLine', { value: formatValue(ahead.value, kpi.unit) }),
              t('engine:kpiHistoryChart.bandLine', { band }),
            ].join('\n'),
          );
        }
        if (!point) return '';
        const style = theme.status[point.status];
        return literal(
          [
            point.label,
            t('engine:kpiHistoryChart.actualLine', { value: formatValue(point.actual, kpi.unit) }),
            t('engine:kpiHistoryChart.targetLine', { value: formatValue(point.target, kpi.unit) }),
            `${style.glyph} ${style.label}`,
          ].join('\n'),
        );
      },
    },
    xAxis: [
      {
        type: 'category',
        data: forecast.labels,
        axisLine: { lineStyle: { color: theme.axisLine } },
        axisTick: { show: false },
        axisLabel: { color: theme.muted, interval: labelEvery - 1, hideOverlap: true },
      },
      { type: 'value', show: false, min: -0.5, max: Math.max(0.5, forecast.labels.length - 0.5) },
    ],
    yAxis: {
      type: 'value',
      min: low,
      max: high,
      interval: step,
      splitLine: { lineStyle: { color: theme.splitLine } },
      // Not on the hidden value axis's zero (the first period's centre): ticks would sit inside the plot there.
      axisLine: { show: false, onZero: false },
      axisTick: { show: false },
      axisLabel: {
        color: theme.muted,
        formatter: (v: number) => formatNumber(v, { maxDecimals: step < 1 ? 2 : 0 }),
      },
    },
    series: [
      ...zoneSeries,
      {
        name: t('engine:chart.target'),
        type: 'line',
        step: false,
        symbol: 'diamond',
        symbolSize: 7,
        connectNulls: false,
        z: 3,
        lineStyle: { color: theme.muted, width: 1.5 },
        itemStyle: { color: theme.muted },
        data: points.map((p) => p.target),
      },
      {
        name: t('engine:chart.actual'),
        type: 'line',
        symbol: 'circle',
        symbolSize: 8,
        connectNulls: false,
        z: 4,
        lineStyle: { color: theme.accent, width: 2.5 },
        itemStyle: { color: theme.accent },
        data: points.map((p, i) => ({
          value: p.actual,
          itemStyle: {
            color: p.actual === null ? theme.accent : theme.status[p.status].color,
            borderColor: theme.accent,
          },
          // The latest value is written beside its point: the number a reader looks for first.
          label:
            i === lastActual
              ? {
                  show: true,
                  position: 'top',
                  color: theme.text,
                  fontWeight: 600,
                  formatter: formatValue(p.actual, kpi.unit),
                }
              : undefined,
        })),
      },
      ...forecast.series,
    ],
  };
}
