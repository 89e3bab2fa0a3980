/** Chart options of the printed report, in the report's font and the light palette (paper is white). */
import type { EChartsCoreOption } from 'echarts/core';
import { kpiHistoryOption } from '../../shared/charts/kpi-history';
import { LIGHT, type ChartTheme } from '../../shared/charts/palette';
import type { Kpi } from '../../shared/domain';
import type { PerspectiveScore } from '../../shared/evaluation';
import { formatPercent } from '../../shared/format';
import type { ReportKpiPoint } from '../../shared/report';

export const PRINT_THEME: ChartTheme = { ...LIGHT, fontFamily: 'Inter, sans-serif' };

/** The shared KPI history chart; on paper nobody can hover, so the tooltip is off. */
export function kpiChartOption(kpi: Kpi, points: readonly ReportKpiPoint[]): EChartsCoreOption {
  return { ...kpiHistoryOption({ kpi, points, theme: PRINT_THEME }), tooltip: { show: false } };
}

interface PerspectiveBar {
  name: string;
  current: PerspectiveScore | undefined;
  previous: PerspectiveScore | undefined;
}

/** Each perspective's score this period beside the previous period's, on one 0–100 % scale. */
export function perspectiveChartOption(
  bars: readonly PerspectiveBar[],
  currentLabel: string,
  previousLabel: string,
): EChartsCoreOption {
  const t = PRINT_THEME;
  const names = bars.map((b) => b.name).reverse();
  const rows = [...bars].reverse();
  const label = (score: number | null | undefined) => ({
    show: true,
    position: 'right',
    formatter: formatPercent(score ?? null),
    color: t.text,
    fontSize: 10,
  });
  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: t.fontFamily, color: t.text, fontSize: 10 },
    grid: { left: 4, right: 40, top: 4, bottom: 4, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      axisLabel: { color: t.muted, fontSize: 9, formatter: '{value} %' },
      splitLine: { lineStyle: { color: t.splitLine } },
    },
    yAxis: {
      type: 'category',
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: t.axisLine } },
      axisLabel: { color: t.text, fontSize: 10, width: 110, overflow: 'break' },
    },
    series: [
      {
        name: previousLabel,
        type: 'bar',
        barWidth: 7,
        itemStyle: { color: '#c3c9d1' },
        data: rows.map((b) => ({ value: b.previous?.score ?? null, label: label(b.previous?.score) })),
      },
      {
        name: currentLabel,
        type: 'bar',
        barWidth: 9,
        barGap: '25%',
        itemStyle: { color: t.accent },
        data: rows.map((b) => ({
          value: b.current?.score ?? null,
          itemStyle: { color: t.status[b.current?.status ?? 'none'].color },
          label: { ...label(b.current?.score), fontWeight: 600 },
        })),
      },
    ],
  };
}
