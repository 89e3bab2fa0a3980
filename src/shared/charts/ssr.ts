/**
 * Renders a chart option to an SVG string without a DOM (ECharts' server-side rendering): for tests, the PDF
 * report and anything else that needs a chart as a file. Pure: no Node API, no window.
 */
import { init, type EChartsCoreOption } from 'echarts/core';
import { registerChartModules } from './echarts-modules';
import { xmlSafe } from '../xml-text';

export function renderChartToSvg(option: EChartsCoreOption, width: number, height: number): string {
  registerChartModules();
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    // ECharts escapes markup but passes control characters through: a KPI name with one would make the SVG ill-formed.
    return xmlSafe(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
