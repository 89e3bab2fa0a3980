/**
 * A chart in the printed report: the option drawn by ECharts' SVG renderer into a string, then parsed and inserted
 * as SVG elements (never as HTML), so it prints as vectors with the report's fonts and its text stays searchable.
 */
import { useLayoutEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { renderChartToSvg } from '../../shared/charts/ssr';

interface Props {
  option: EChartsCoreOption;
  /** CSS pixels (1 mm ≈ 3.78 px). */
  width: number;
  height: number;
  /** What the chart shows, for the PDF's tagged structure and screen readers. */
  label: string;
}

export function SvgChart({ option, width, height, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const svgText = renderChartToSvg(option, width, height);
    const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    // i18n-ignore: a fault of the program, for the log and the bug report
    if (parsed.nodeName !== 'svg') throw new Error(`A chart could not be drawn: ${parsed.textContent ?? ''}`);
    parsed.setAttribute('role', 'img');
    parsed.setAttribute('aria-label', label);
    box.current?.replaceChildren(document.importNode(parsed, true));
  }, [option, width, height, label]);
  return <div ref={box} className="chart" style={{ width, height }} data-chart="" />;
}
