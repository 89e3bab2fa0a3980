/**
 * The tornado chart of the sensitivity analysis: for each weight, a bar from the score as it stands to the score
 * with that weight one step lower, and another to the score with it one step higher. The widest swing is on top.
 * Bars float on the base score by stacking on an invisible bar (ECharts has no floating bar), and the two bars of
 * a row overlap (barGap −100 %): they lie on opposite sides of the base line but for a non-monotone case.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { WeightSwing } from '../analysis';
import { formatNumber, formatPercent } from '../format';
import { t } from '../i18n';
import { axisLabel, base, legend, literal, shorten, tooltip } from './common';
import type { ChartTheme } from './palette';

/** Swings smaller than this (in score points) are counted, not drawn. */
export const MIN_SWING = 0.1;
/** Longer names are cut on the axis (the tooltip and the summary carry them whole). */
export const NAME_MAX = 30;
/** More bars than this make rows too thin to read; the rest are counted. */
export const MAX_BARS = 12;

export interface TornadoSplit {
  /** The swings to draw, widest first. */
  shown: WeightSwing[];
  /** Swings of at least MIN_SWING that did not fit. */
  more: number;
  /** Weights that move the score by less than MIN_SWING points (or not at all). */
  small: number;
}

export function swingOf(s: WeightSwing, base: number | null): number {
  const ends = [s.low, s.high, base].filter((v): v is number => v !== null);
  return ends.length < 2 ? 0 : Math.max(...ends) - Math.min(...ends);
}

export function splitSwings(swings: readonly WeightSwing[], baseScore: number | null, max = MAX_BARS): TornadoSplit {
  const big = swings
    .filter((s) => swingOf(s, baseScore) >= MIN_SWING)
    .sort((a, b) => swingOf(b, baseScore) - swingOf(a, baseScore));
  return { shown: big.slice(0, max), more: Math.max(0, big.length - max), small: swings.length - big.length };
}

/** "Weight of Customer 1 → 0 / 2": the weight as it is, then its low and high values; a long name cut to `max`. */
export function swingLabel(s: WeightSwing, max = Infinity): string {
  return t('engine:tornado.swing', {
    name: shorten(s.name, max),
    weight: formatNumber(s.weight),
    low: formatNumber(s.lowWeight),
    high: formatNumber(s.highWeight),
  });
}

const score1 = (n: number | null): string => formatPercent(n, { maxDecimals: 1 });

/** "From 72.4 % to 70.1 % (−2.3 points)". */
export function swingText(s: WeightSwing, baseScore: number | null): string {
  const end = (v: number | null, w: number) => {
    const delta = v !== null && baseScore !== null ? v - baseScore : null;
    const words = { weight: formatNumber(w), score: score1(v) };
    if (delta === null) return t('engine:tornado.end', words);
    // The plural follows the number as shown: "+1 point", "+1.2 points".
    const count = Math.abs(Math.round(delta * 10) / 10);
    const points = formatNumber(delta, { maxDecimals: 1, signed: true });
    return t('engine:tornado.endMoved', { ...words, count, points });
  };
  return t('engine:tornado.ends', { low: end(s.low, s.lowWeight), high: end(s.high, s.highWeight) });
}

export function tornadoHeight(bars: number): number {
  return 76 + Math.max(1, bars) * 34;
}

export interface TornadoData {
  /** The score as it stands (0–100). */
  base: number;
  /** What the base is the score of: "Overall score", "Customer". */
  name: string;
  swings: readonly WeightSwing[];
}

/** Axis bounds on round numbers a little beyond the bars, within 0–100, with at most about eight ticks. */
export function niceRange(lo: number, hi: number): { min: number; max: number; interval: number } {
  const pad = Math.max(0.5, (hi - lo) * 0.1);
  const span = hi - lo + 2 * pad;
  const interval = [0.5, 1, 2, 5, 10, 20, 25].find((step) => span / step <= 8) ?? 25;
  const min = Math.max(0, Math.floor((lo - pad) / interval) * interval);
  const max = Math.min(100, Math.ceil((hi + pad) / interval) * interval);
  return { min, max, interval };
}

export function tornadoOption(data: TornadoData, theme: ChartTheme): EChartsCoreOption {
  const rows = data.swings;
  const values = rows.flatMap((s) => [s.low, s.high]).filter((v): v is number => v !== null);
  const lo = Math.min(data.base, ...values);
  const hi = Math.max(data.base, ...values);
  const { min, max, interval } = niceRange(lo, hi);
  const lowColour = theme.series[0]!;
  const highColour = theme.series[1]!;
  const lowDecal = {
    symbol: 'rect',
    symbolSize: 1,
    color: theme.background,
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
    rotation: Math.PI / 4,
  };
  const pair = (which: 'low' | 'high') => {
    const offset = rows.map((s) => {
      const v = s[which];
      return v === null ? 0 : Math.min(v, data.base);
    });
    const length = rows.map((s) => {
      const v = s[which];
      return v === null ? 0 : Math.abs(v - data.base);
    });
    const name = t(which === 'low' ? 'engine:tornado.lower' : 'engine:tornado.higher');
    const colour = which === 'low' ? lowColour : highColour;
    return [
      {
        type: 'bar',
        stack: which,
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        data: offset,
        barWidth: 18,
        barGap: '-100%',
      },
      {
        type: 'bar',
        name,
        stack: which,
        barWidth: 18,
        barGap: '-100%',
        itemStyle: which === 'low' ? { color: colour, decal: lowDecal } : { color: colour },
        label: { show: false },
        data: rows.map((s, i) => ({
          value: length[i],
          tooltip: {
            formatter: literal(`${swingLabel(s)}\n${name} (${formatNumber(s[`${which}Weight`])}): ${score1(s[which])}`),
          },
        })),
      },
    ];
  };
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    legend: legend(theme, { data: [t('engine:tornado.lower'), t('engine:tornado.higher')] }),
    grid: {
      left: 8,
      right: 16,
      top: 40,
      bottom: 28,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      min,
      max,
      interval,
      name: literal(t('engine:tornado.axis', { name: shorten(data.name, 40) })),
      nameLocation: 'middle',
      nameGap: 22,
      nameTextStyle: { color: theme.muted, fontSize: 11 },
      axisLabel: axisLabel(theme, { formatter: '{value}' }),
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((s) => literal(swingLabel(s, NAME_MAX))),
      axisLine: { lineStyle: { color: theme.axisLine } },
      axisTick: { show: false },
      axisLabel: { color: theme.text, fontSize: 12 },
    },
    series: [
      ...pair('low'),
      ...pair('high'),
      {
        type: 'line',
        data: [],
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: theme.text, width: 1.5, type: 'solid' },
          label: {
            formatter: literal(t('engine:tornado.now', { score: score1(data.base) })),
            color: theme.text,
            position: 'start',
          },
          data: [{ xAxis: data.base }],
        },
      },
    ],
  };
}
