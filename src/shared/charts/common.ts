/**
 * Pieces every chart option shares. Options are plain JSON (no formatter functions), so the same option renders
 * in the window, in Node for tests and in the PDF; labels are therefore written out in full by the builders.
 */
import type { Status } from '../domain';
import { formatNumber, formatPercent } from '../format';
import type { ChartTheme } from './palette';

/** ECharts treats `{a}`, `{b|…}` and friends in label strings as templates; user text must not be read so. */
export function literal(text: string): string {
  return text.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'));
}

/** A name cut to `max` characters with an ellipsis, for axis labels; tooltips carry the whole name. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function pct(n: number | null): string {
  return formatPercent(n);
}

export function num(n: number | null): string {
  return formatNumber(n);
}

/** Text style of the whole chart; no animation, so a chart is complete on its first frame (and in screenshots). */
export function base(theme: ChartTheme): Record<string, unknown> {
  return {
    backgroundColor: theme.background,
    animation: false,
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: 12 },
    aria: { enabled: false },
  };
}

/**
 * Tooltips drawn as chart text, not HTML: names come from the user's document and must never become markup.
 */
export function tooltip(theme: ChartTheme, trigger: 'item' | 'axis' = 'item'): Record<string, unknown> {
  return {
    trigger,
    renderMode: 'richText',
    confine: true,
    backgroundColor: theme.tooltipBackground,
    borderColor: theme.axisLine,
    textStyle: { color: theme.text, fontFamily: theme.fontFamily, fontSize: 12 },
    ...(trigger === 'axis' ? { axisPointer: { type: 'line', lineStyle: { color: theme.axisLine } } } : {}),
  };
}

export function axisLabel(theme: ChartTheme, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { color: theme.muted, fontSize: 12, hideOverlap: true, ...extra };
}

/** A 0–100 % value axis. */
export function percentAxis(theme: ChartTheme, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'value',
    min: 0,
    max: 100,
    interval: 25,
    axisLabel: axisLabel(theme, { formatter: '{value} %' }),
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { lineStyle: { color: theme.splitLine } },
    ...extra,
  };
}

export function categoryAxis(
  theme: ChartTheme,
  data: readonly string[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'category',
    data: data.map(literal),
    axisLabel: axisLabel(theme),
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { show: false },
    ...extra,
  };
}

/** Fill of a status: its colour, and a pattern for every status but on track. */
export function statusFill(theme: ChartTheme, status: Status): Record<string, unknown> {
  const s = theme.status[status];
  return s.decal ? { color: s.color, decal: s.decal } : { color: s.color };
}

/** Labels in a column at the right of a horizontal bar chart: always aligned, never over a bar or a marker. */
export function valueColumn(
  theme: ChartTheme,
  labels: readonly string[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'category',
    position: 'right',
    inverse: true,
    data: labels.map(literal),
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { color: theme.text, fontSize: 12, margin: 10, align: 'left' },
    ...extra,
  };
}

/** A legend at the top that wraps instead of running under the plot. */
export function legend(theme: ChartTheme, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    top: 0,
    left: 0,
    type: 'plain',
    itemWidth: 18,
    itemHeight: 10,
    textStyle: { color: theme.text, fontSize: 12 },
    ...extra,
  };
}

/** The glyph of a status, for labels that must not rely on colour. */
export function glyph(theme: ChartTheme, status: Status): string {
  return theme.status[status].glyph;
}

/** Symbol shapes by status for points on lines: the shape tells the status apart without colour. */
export const STATUS_SYMBOL: Record<Status, string> = {
  green: 'circle',
  amber: 'triangle',
  red: 'rect',
  none: 'emptyCircle',
};
