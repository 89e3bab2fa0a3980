/** Every builder's option is plain JSON and renders to SVG in Node with the labels a reader needs. */
import { describe, expect, it } from 'vitest';
import type { EChartsCoreOption } from 'echarts/core';
import { literal } from './common';
import { gaugeOption } from './gauge';
import { heatmapHeight, heatmapOption } from './heatmap';
import { budgetOption, initiativesHeight, progressOption } from './initiatives';
import { chartTheme, DARK, LIGHT } from './palette';
import { perspectiveBarsOption, perspectiveRadarOption } from './perspectives';
import { scoreTrendOption } from './score-trend';
import { renderChartToSvg } from './ssr';
import { statusDistributionOption } from './status-distribution';
import * as F from './test-fixtures';
import { worstKpisHeight, worstKpisOption } from './worst-kpis';

/** Functions, undefined values in arrays, NaN or Infinity would not survive JSON (or the trip to the PDF). */
function assertJsonSafe(value: unknown, path = 'option'): void {
  if (typeof value === 'function') throw new Error(`${path} is a function`);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${path} is ${value}`);
  if (Array.isArray(value)) value.forEach((v, i) => assertJsonSafe(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (v !== undefined) assertJsonSafe(v, `${path}.${k}`);
  }
}

/** SVG text is XML-escaped. */
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Case {
  name: string;
  build: (theme: typeof LIGHT) => EChartsCoreOption;
  width: number;
  height: number;
  expect: string[];
}

const cases: Case[] = [
  {
    name: 'gauge',
    build: (t) => gaugeOption(F.gaugeData, t),
    width: 260,
    height: 200,
    expect: ['72 %', '✕ Off track', 'Overall score'],
  },
  {
    name: 'perspective bars',
    build: (t) => perspectiveBarsOption(F.perspectiveBarsData, t),
    width: 420,
    height: 200,
    expect: [
      'Financial',
      'Internal Process',
      '✕ 64 %',
      '! 88 %',
      '✓ 100 %',
      '– No data',
      'Q2 2026',
      'Learning & Growth (wi…',
    ],
  },
  {
    name: 'radar',
    build: (t) => perspectiveRadarOption(F.radarData, t),
    width: 360,
    height: 280,
    expect: ['Financial', 'Customer', 'Q3 2025', 'Learning'],
  },
  {
    name: 'status distribution',
    build: (t) => statusDistributionOption(F.statusData, t),
    width: 360,
    height: 160,
    expect: ['On track', 'At risk', 'Off track', 'No data', '9 (50 %)', '2 (11 %)'],
  },
  {
    name: 'score trend',
    build: (t) => scoreTrendOption(F.trendData, t),
    width: 560,
    height: 240,
    expect: ['Q4 2024', 'Q3 2026', '72 %', '✓ 100 %', '! 80 %'],
  },
  {
    name: 'heatmap',
    build: (t) => heatmapOption(F.heatmapData, t),
    width: 560,
    height: heatmapHeight(5),
    expect: ['Delight regulars', '✕ 0', '✓ 100', '! 95', 'Q4', '2024'],
  },
  {
    name: 'worst KPIs',
    build: (t) => worstKpisOption(F.worstData, t),
    width: 560,
    height: worstKpisHeight(5),
    expect: ['Catering revenue', '✕ 12 %', '! 81 %', '– No data', 'Score, last 8 periods'],
  },
  {
    name: 'budget',
    build: (t) => budgetOption(F.budgetData, t),
    width: 460,
    height: initiativesHeight(4),
    expect: ['Catering website', '5,200 of 4,000 ✕ over', '800, no budget', 'Budget', 'Spent'],
  },
  {
    name: 'progress',
    build: (t) => progressOption(F.progressData, t),
    width: 460,
    height: initiativesHeight(4),
    expect: ['20 % ✕ behind', '90 %', 'Time elapsed', '% complete'],
  },
];

describe('chart option builders', () => {
  for (const c of cases) {
    for (const theme of [LIGHT, DARK]) {
      it(`${c.name} (${theme.name}) is plain JSON and renders its labels to SVG`, () => {
        const option = c.build(theme);
        assertJsonSafe(option);
        expect(JSON.parse(JSON.stringify(option))).toEqual(JSON.parse(JSON.stringify(option)));
        const svg = renderChartToSvg(option, c.width, c.height);
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg).toContain(`fill="${theme.background}"`);
        for (const text of c.expect) expect(svg, text).toContain(xml(text));
      });
    }
  }

  it('patterns every status but on track, so bars differ without colour', () => {
    const svg = renderChartToSvg(statusDistributionOption(F.statusData, LIGHT), 360, 160);
    // Amber, red and no data carry a decal each; on track is plain.
    expect(svg.match(/<pattern/g)?.length).toBe(3);
    const none = renderChartToSvg(
      perspectiveBarsOption({ currentLabel: 'Now', items: [{ name: 'All good', score: 100, status: 'green' }] }, LIGHT),
      400,
      120,
    );
    expect(none).not.toContain('<pattern');
  });

  it('draws the same data in the colours of each theme', () => {
    const light = renderChartToSvg(heatmapOption(F.heatmapData, chartTheme('light')), 560, 300);
    const dark = renderChartToSvg(heatmapOption(F.heatmapData, chartTheme('dark')), 560, 300);
    expect(light).toContain(LIGHT.status.red.color);
    expect(dark).toContain(DARK.status.red.color);
    expect(dark).not.toContain(LIGHT.status.red.color);
  });

  it('keeps user text from being read as an ECharts template', () => {
    expect(literal('Sales {b} {a|x}')).toBe('Sales (b) (a|x)');
    const svg = renderChartToSvg(
      perspectiveBarsOption({ currentLabel: 'Now', items: [{ name: 'Growth {c}', score: 50, status: 'red' }] }, LIGHT),
      400,
      120,
    );
    expect(svg).toContain('Growth (c)');
  });

  it('shows a gauge without data as no data, with no pointer', () => {
    const option = gaugeOption({ ...F.gaugeData, score: null, status: 'none' }, LIGHT) as {
      series: { pointer: { show: boolean } }[];
    };
    expect(option.series[0]!.pointer.show).toBe(false);
    expect(renderChartToSvg(option as EChartsCoreOption, 260, 200)).toContain('– No data');
  });

  it('gives tall charts room for every row', () => {
    expect(heatmapHeight(24)).toBeGreaterThan(heatmapHeight(5));
    expect(heatmapHeight(0)).toBe(heatmapHeight(1));
    expect(worstKpisHeight(5)).toBeGreaterThan(worstKpisHeight(1));
  });
});
