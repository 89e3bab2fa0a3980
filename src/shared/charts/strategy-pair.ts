/**
 * The two charts of a cause-and-effect link in the Strategy check view (docs/strategy-check.md): the pair over time
 * (the cause and the effect on their own axes, so a score in % and a KPI in € can be read together) and the scatter
 * of lagged values at the best lag (the cause's change at t against the effect's change at t + lag). Missing periods
 * are gaps, never zeros, exactly as the check pairs them.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { CheckBasis, CheckSeriesRef } from '../analysis';
import { formatNumber, formatValue } from '../format';
// `t` is the period index in this file's formulas.
import { t as tr } from '../i18n';
import { axisLabel, legend, literal, shorten, tooltip } from './common';
import type { ChartTheme } from './palette';

/** One end of the link as drawn: what the check read, and whether lower is better (a 'decrease' KPI). */
export interface PairSide {
  ref: CheckSeriesRef;
  values: readonly (number | null)[];
  lowerIsBetter?: boolean;
}

export interface PairInput {
  cause: PairSide;
  effect: PairSide;
  /** Axis labels of StrategyCheck.periods, oldest first ('Q3 2026'). */
  labels: readonly string[];
  theme: ChartTheme;
}

export interface LaggedPoint {
  /** Index of the cause's period; the effect's is index + lag. */
  index: number;
  x: number;
  y: number;
}

/** Period-to-period changes: present only when both periods are (a gap is not a change of zero). */
export function changesOf(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v, i) => {
    const prev = i > 0 ? values[i - 1] : null;
    return v === null || v === undefined || prev === null || prev === undefined ? null : v - prev;
  });
}

/** The pairs the check tests at `lag`: the cause at t against the effect at t + lag, where both are present. */
export function laggedPoints(
  cause: readonly (number | null)[],
  effect: readonly (number | null)[],
  basis: CheckBasis,
  lag: number,
): LaggedPoint[] {
  const x = basis === 'changes' ? changesOf(cause) : [...cause];
  const y = basis === 'changes' ? changesOf(effect) : [...effect];
  const points: LaggedPoint[] = [];
  for (let t = 0; t + lag < y.length && t < x.length; t++) {
    const a = x[t];
    const b = y[t + lag];
    if (a !== null && a !== undefined && b !== null && b !== undefined) points.push({ index: t, x: a, y: b });
  }
  return points;
}

function unitText(ref: CheckSeriesRef): string {
  return ref.unit ? ` (${ref.unit})` : '';
}

function sideName(side: PairSide): string {
  return tr(side.lowerIsBetter ? 'engine:strategyPair.sideLower' : 'engine:strategyPair.side', {
    name: side.ref.name,
    unit: unitText(side.ref),
  });
}

function valueAxis(
  theme: ChartTheme,
  name: string,
  position: 'left' | 'right',
  color: string,
): Record<string, unknown> {
  return {
    type: 'value',
    position,
    scale: true,
    name: literal(shorten(name, 40)),
    nameLocation: 'middle',
    nameGap: 44,
    nameTextStyle: { color, fontSize: 12 },
    axisLine: { show: true, lineStyle: { color } },
    axisTick: { show: false },
    axisLabel: axisLabel(theme, { formatter: (v: number) => formatNumber(v, { maxDecimals: 2 }) }),
    splitLine: position === 'left' ? { lineStyle: { color: theme.splitLine } } : { show: false },
  };
}

/** Cause and effect over the periods, each on its own y-axis (left: cause, right: effect). */
export function strategyPairOption(input: PairInput): EChartsCoreOption {
  const { cause, effect, labels, theme } = input;
  const causeColor = theme.series[0]!;
  const effectColor = theme.series[1]!;
  const causeName = literal(tr('engine:strategyPair.cause', { name: cause.ref.name }));
  const effectName = literal(tr('engine:strategyPair.effect', { name: effect.ref.name }));
  const labelEvery = Math.max(1, Math.ceil(labels.length / 8));
  return {
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    aria: { enabled: true },
    grid: { left: 56, right: 56, top: 44, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: legend(theme, { data: [causeName, effectName] }),
    tooltip: {
      ...tooltip(theme, 'axis'),
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const i = first?.dataIndex ?? -1;
        if (i < 0 || i >= labels.length) return '';
        return literal(
          [
            labels[i]!,
            `${cause.ref.name}: ${formatValue(cause.values[i] ?? null, cause.ref.unit)}`,
            `${effect.ref.name}: ${formatValue(effect.values[i] ?? null, effect.ref.unit)}`,
          ].join('\n'),
        );
      },
    },
    xAxis: {
      type: 'category',
      data: labels.map(literal),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
      axisLabel: axisLabel(theme, { interval: labelEvery - 1 }),
    },
    yAxis: [
      valueAxis(theme, sideName(cause), 'left', causeColor),
      valueAxis(theme, sideName(effect), 'right', effectColor),
    ],
    series: [
      {
        name: causeName,
        type: 'line',
        yAxisIndex: 0,
        symbol: 'circle',
        symbolSize: 7,
        connectNulls: false,
        lineStyle: { color: causeColor, width: 2.5 },
        itemStyle: { color: causeColor },
        data: [...cause.values],
      },
      {
        // Dashed and diamond-marked: the two lines differ by more than colour.
        name: effectName,
        type: 'line',
        yAxisIndex: 1,
        symbol: 'diamond',
        symbolSize: 9,
        connectNulls: false,
        lineStyle: { color: effectColor, width: 2.5, type: 'dashed' },
        itemStyle: { color: effectColor },
        data: [...effect.values],
      },
    ],
  };
}

export interface ScatterInput extends PairInput {
  basis: CheckBasis;
  lag: number;
}

/** The scatter's axis titles, also the chart's description: what each point pairs. */
export function scatterAxisTitles(input: Pick<ScatterInput, 'cause' | 'effect' | 'basis' | 'lag'>): {
  x: string;
  y: string;
} {
  const changes = input.basis === 'changes';
  const x = tr(changes ? 'engine:strategyPair.xChanges' : 'engine:strategyPair.x', { side: sideName(input.cause) });
  const y =
    input.lag === 0
      ? tr(changes ? 'engine:strategyPair.yChanges' : 'engine:strategyPair.y', { side: sideName(input.effect) })
      : tr(changes ? 'engine:strategyPair.yChangesLag' : 'engine:strategyPair.yLag', {
          side: sideName(input.effect),
          lag: formatNumber(input.lag),
        });
  return { x, y };
}

/** The lagged pairs at one lag: one point per pair, the periods it pairs in the tooltip. */
export function laggedScatterOption(input: ScatterInput): EChartsCoreOption {
  const { cause, effect, labels, theme, basis, lag } = input;
  const points = laggedPoints(cause.values, effect.values, basis, lag);
  const titles = scatterAxisTitles(input);
  const signed = basis === 'changes';
  const axis = (name: string, extra: Record<string, unknown>) => ({
    type: 'value',
    scale: true,
    name: literal(shorten(name, 70)),
    nameLocation: 'middle',
    nameTextStyle: { color: theme.text, fontSize: 12 },
    axisLine: { show: true, onZero: false, lineStyle: { color: theme.axisLine } },
    axisTick: { show: false },
    axisLabel: axisLabel(theme, { formatter: (v: number) => formatNumber(v, { maxDecimals: 2, signed }) }),
    splitLine: { lineStyle: { color: theme.splitLine } },
    ...extra,
  });
  return {
    backgroundColor: 'transparent',
    animation: false,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily },
    aria: { enabled: true },
    grid: { left: 56, right: 24, top: 16, bottom: 44, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      ...tooltip(theme, 'item'),
      formatter: (params: unknown) => {
        const p = points[(params as { dataIndex?: number }).dataIndex ?? -1];
        if (!p) return '';
        const opts = { maxDecimals: 2, signed };
        return literal(
          [
            `${labels[p.index] ?? ''} → ${labels[p.index + lag] ?? ''}`,
            `${cause.ref.name}: ${formatValue(p.x, cause.ref.unit, opts)}`,
            `${effect.ref.name}: ${formatValue(p.y, effect.ref.unit, opts)}`,
          ].join('\n'),
        );
      },
    },
    xAxis: axis(titles.x, { nameGap: 30 }),
    yAxis: axis(titles.y, { nameGap: 44 }),
    series: [
      {
        name: literal(`${cause.ref.name} → ${effect.ref.name}`),
        type: 'scatter',
        symbol: 'circle',
        symbolSize: 10,
        itemStyle: { color: theme.accent, opacity: 0.85, borderColor: theme.background, borderWidth: 1 },
        data: points.map((p) => [p.x, p.y]),
      },
    ],
  };
}
