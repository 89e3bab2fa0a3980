/** Initiatives: budget against spent, and % complete against the share of their time already used. */
import type { EChartsCoreOption } from 'echarts/core';
import { t } from '../i18n';
import {
  axisLabel,
  base,
  categoryAxis,
  legend,
  literal,
  num,
  pct,
  percentAxis,
  shorten,
  statusFill,
  tooltip,
  valueColumn,
} from './common';
import type { ChartTheme } from './palette';

export interface BudgetItem {
  name: string;
  budget: number | null;
  spent: number | null;
}

export interface BudgetData {
  items: readonly BudgetItem[];
}

export interface ProgressItem {
  name: string;
  percentComplete: number;
  /** Share of the planned time used so far (0–100); null when undated or not applicable. */
  timeElapsed: number | null;
  /** Trailing the calendar by more than the allowed margin, or overdue. */
  behind: boolean;
  /** "Behind schedule: 20 % complete, 70 % of the time used". */
  text: string;
}

export interface ProgressData {
  items: readonly ProgressItem[];
}

const NAME_CHARS = 24;

export function initiativesHeight(rows: number): number {
  return 56 + Math.max(1, rows) * 34;
}

const isOver = (i: BudgetItem): boolean => i.budget !== null && i.spent !== null && i.spent > i.budget;

function budgetText(i: BudgetItem, theme: ChartTheme): string {
  if (i.budget === null) return i.spent === null ? '—' : t('engine:initiativesChart.noBudget', { spent: num(i.spent) });
  const words = { spent: i.spent === null ? '—' : num(i.spent), budget: num(i.budget) };
  return isOver(i)
    ? t('engine:initiativesChart.spentOfOver', { ...words, glyph: theme.status.red.glyph })
    : t('engine:initiativesChart.spentOf', words);
}

export function budgetOption(data: BudgetData, theme: ChartTheme): EChartsCoreOption {
  const names = data.items.map((i) => shorten(i.name, NAME_CHARS));
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    legend: legend(theme, { data: [t('engine:initiativesChart.budget'), t('engine:initiativesChart.spent')] }),
    grid: { left: 8, right: 8, top: 28, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      splitNumber: 3,
      axisLabel: axisLabel(theme),
      splitLine: { lineStyle: { color: theme.splitLine } },
    },
    yAxis: [
      categoryAxis(theme, names, { inverse: true }),
      valueColumn(
        theme,
        data.items.map((i) => budgetText(i, theme)),
      ),
    ],
    series: [
      {
        type: 'bar',
        name: t('engine:initiativesChart.budget'),
        barGap: '-100%',
        barMaxWidth: 20,
        itemStyle: { color: theme.splitLine, borderColor: theme.axisLine, borderWidth: 1 },
        data: data.items.map((i) => ({
          value: i.budget,
          tooltip: {
            formatter: literal(
              `${i.name}\n${t('engine:initiativesChart.budgetTip', { budget: num(i.budget), spent: num(i.spent) })}`,
            ),
          },
        })),
      },
      {
        type: 'bar',
        name: t('engine:initiativesChart.spent'),
        barMaxWidth: 10,
        itemStyle: { color: theme.accent },
        z: 3,
        data: data.items.map((i) => ({
          value: i.spent,
          itemStyle: isOver(i) ? statusFill(theme, 'red') : { color: theme.accent },
          tooltip: {
            formatter: literal(
              `${i.name}\n${t(isOver(i) ? 'engine:initiativesChart.spentTipOver' : 'engine:initiativesChart.spentTip', { spent: num(i.spent), budget: num(i.budget) })}`,
            ),
          },
        })),
      },
    ],
  };
}

export function progressOption(data: ProgressData, theme: ChartTheme): EChartsCoreOption {
  const names = data.items.map((i) => shorten(i.name, NAME_CHARS));
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    legend: legend(theme, { data: [t('engine:initiativesChart.complete'), t('engine:initiativesChart.elapsed')] }),
    grid: { left: 8, right: 8, top: 28, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: percentAxis(theme),
    yAxis: [
      categoryAxis(theme, names, { inverse: true }),
      valueColumn(
        theme,
        data.items.map((i) =>
          i.behind
            ? t('engine:initiativesChart.behind', { percent: pct(i.percentComplete), glyph: theme.status.red.glyph })
            : pct(i.percentComplete),
        ),
      ),
    ],
    series: [
      {
        type: 'bar',
        name: t('engine:initiativesChart.complete'),
        barMaxWidth: 16,
        itemStyle: { color: theme.accent },
        showBackground: true,
        backgroundStyle: { color: theme.splitLine, borderRadius: 3 },
        data: data.items.map((i) => ({
          value: i.percentComplete,
          itemStyle: { ...(i.behind ? statusFill(theme, 'red') : { color: theme.accent }), borderRadius: [0, 3, 3, 0] },
          tooltip: { formatter: literal(`${i.name}\n${i.text}`) },
        })),
      },
      {
        type: 'scatter',
        name: t('engine:initiativesChart.elapsed'),
        symbol: 'rect',
        symbolSize: [3, 22],
        itemStyle: { color: theme.text },
        z: 5,
        data: data.items.map((i) => ({
          value: i.timeElapsed,
          tooltip: {
            formatter: literal(
              `${i.name}\n${t('engine:initiativesChart.elapsedTip', { percent: pct(i.timeElapsed) })}`,
            ),
          },
        })),
      },
    ],
  };
}
