import { init } from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { registerChartModules } from './echarts-modules';
import { keyResultHistoryOption, type KeyResultHistoryPoint } from './key-result-history';
import { DARK, LIGHT } from './palette';

registerChartModules();

const point = (date: string, value: number | null, confidence: number | null): KeyResultHistoryPoint => ({
  date,
  label: date,
  value,
  confidence,
});

const metric = { title: 'Wholesale accounts', kind: 'metric' as const, unit: 'accounts', startValue: 30, target: 50 };
const points = [point('2026-07-03', 32, 6), point('2026-08-01', 38, 5), point('2026-09-02', 42, 7)];

function render(option: ReturnType<typeof keyResultHistoryOption>): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 260 });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

type Series = { name: string; data: unknown[]; yAxisIndex?: number; markLine?: { data: { yAxis: number }[] } };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;
const named = (option: unknown, name: string) => seriesOf(option).find((s) => s.name === name)!;

describe('key result history chart', () => {
  it('draws the check-ins against the target line, with the latest value written out', () => {
    const option = keyResultHistoryOption({ keyResult: metric, points, theme: LIGHT });
    expect(named(option, 'Value').data.map((d) => (d as { value: number }).value)).toEqual([32, 38, 42]);
    expect(named(option, 'Target').markLine?.data).toEqual([{ yAxis: 50 }]);
    const svg = render(option);
    for (const text of [
      '2026-07-03',
      '2026-09-02',
      'Value',
      'Target',
      'Confidence',
      '42 accounts',
      'Target 50 accounts',
    ]) {
      expect(svg).toContain(text);
    }
  });

  it('puts confidence on its own 0–10 axis so it never squeezes the values', () => {
    const option = keyResultHistoryOption({ keyResult: metric, points, theme: DARK }) as unknown as {
      yAxis: { min: number; max: number }[];
    };
    const confidence = named(option, 'Confidence');
    expect(confidence.yAxisIndex).toBe(1);
    expect(confidence.data).toEqual([6, 5, 7]);
    expect(option.yAxis[1]).toMatchObject({ min: 0, max: 10 });
    // Values 32…42 with start 30 and target 50 all on the axis: span 20, step nice(20 × 1.2 / 5 = 4.8) = 5,
    // floor((30 − 1.6) / 5) × 5 = 25, ceil((50 + 1.6) / 5) × 5 = 55.
    expect(option.yAxis[0]).toMatchObject({ min: 25, max: 55, interval: 5 });
  });

  it('reads a milestone as done or not, and survives a key result with no check-in and no target', () => {
    const milestone = { ...metric, kind: 'milestone' as const, unit: '', startValue: null, target: null };
    const option = keyResultHistoryOption({
      keyResult: milestone,
      points: [point('2026-07-10', 0, 4), point('2026-09-20', 1, 9)],
      theme: LIGHT,
    });
    expect(named(option, 'Target').markLine?.data).toEqual([{ yAxis: 1 }]);
    expect(render(option)).toContain('Done');
    const empty = keyResultHistoryOption({ keyResult: { ...metric, target: null }, points: [], theme: DARK });
    expect(named(empty, 'Target').markLine).toBeUndefined();
    expect(render(empty)).toContain('<svg');
  });
});
