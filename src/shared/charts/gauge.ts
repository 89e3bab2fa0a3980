/** The overall score as a gauge whose ring shows the red, amber and green bands of the scorecard's thresholds. */
import type { EChartsCoreOption } from 'echarts/core';
import type { Status } from '../domain';
import { base, pct } from './common';
import type { ChartTheme } from './palette';

export interface GaugeData {
  /** 0–100, null when nothing reported. */
  score: number | null;
  status: Status;
  greenThreshold: number;
  amberThreshold: number;
  /** Under the number, e.g. "Overall score". */
  caption: string;
}

const clamp = (n: number): number => Math.min(1, Math.max(0, n / 100));

export function gaugeOption(data: GaugeData, theme: ChartTheme): EChartsCoreOption {
  const s = theme.status;
  const amber = clamp(data.amberThreshold);
  const green = clamp(data.greenThreshold);
  const bands: [number, string][] = [];
  if (amber > 0) bands.push([amber, s.red.color]);
  if (green > amber) bands.push([green, s.amber.color]);
  bands.push([1, s.green.color]);
  const status = s[data.status];
  return {
    ...base(theme),
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        startAngle: 210,
        endAngle: -30,
        radius: '92%',
        center: ['50%', '55%'],
        splitNumber: 4,
        axisLine: { lineStyle: { width: 12, color: bands } },
        axisTick: { distance: -12, length: 4, lineStyle: { color: theme.background, width: 1 } },
        splitLine: { distance: -12, length: 12, lineStyle: { color: theme.background, width: 2 } },
        axisLabel: { distance: 16, color: theme.muted, fontSize: 11 },
        pointer: {
          show: data.score !== null,
          length: '56%',
          width: 5,
          itemStyle: { color: theme.text },
        },
        anchor: { show: data.score !== null, size: 10, itemStyle: { color: theme.text } },
        title: { show: true, offsetCenter: [0, '88%'], color: theme.muted, fontSize: 12 },
        detail: {
          valueAnimation: false,
          offsetCenter: [0, '52%'],
          formatter: `{value|${pct(data.score)}}\n{status|${status.glyph} ${status.label}}`,
          rich: {
            value: { fontSize: 26, fontWeight: 'bold', color: theme.text, lineHeight: 32 },
            status: { fontSize: 13, color: theme.text, lineHeight: 18 },
          },
        },
        data: [{ value: data.score ?? 0, name: data.caption }],
      },
    ],
  };
}
