/** How many KPIs are on track, at risk, off track and without data: one bar per status, glyph and words beside. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { base, categoryAxis, num, statusFill, tooltip } from './common';
import { STATUS_ORDER, type ChartTheme } from './palette';

export interface StatusDistributionData {
  counts: Readonly<Record<Status, number>>;
  /** "KPIs", "objectives". */
  noun: string;
  /** Changes since the comparison period, per status, written into the tooltip; absent without data. */
  deltas?: Readonly<Record<Status, string>>;
}

export function statusDistributionOption(data: StatusDistributionData, theme: ChartTheme): EChartsCoreOption {
  const total = STATUS_ORDER.reduce((sum, s) => sum + data.counts[s], 0);
  const share = (n: number) => (total === 0 ? '' : ` (${Math.round((n / total) * 100)} %)`);
  return {
    ...base(theme),
    tooltip: tooltip(theme),
    grid: { left: 8, right: 72, top: 4, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: { type: 'value', show: false, max: Math.max(1, ...STATUS_ORDER.map((s) => data.counts[s])) },
    yAxis: categoryAxis(
      theme,
      STATUS_ORDER.map((s) => `${theme.status[s].glyph}  ${theme.status[s].label}`),
      { inverse: true, axisLine: { show: false }, axisLabel: { color: theme.text, fontSize: 12 } },
    ),
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        showBackground: true,
        backgroundStyle: { color: theme.splitLine, borderRadius: 3 },
        data: STATUS_ORDER.map((s) => ({
          value: data.counts[s],
          itemStyle: { ...statusFill(theme, s), borderRadius: [0, 3, 3, 0] },
          label: {
            show: true,
            position: 'right',
            color: theme.text,
            formatter: `${num(data.counts[s])}${share(data.counts[s])}`,
          },
          tooltip: {
            formatter: `${theme.status[s].label}: ${num(data.counts[s])} ${data.noun}${share(data.counts[s])}${
              data.deltas ? `\n${data.deltas[s]}` : ''
            }`,
          },
        })),
      },
    ],
  };
}
