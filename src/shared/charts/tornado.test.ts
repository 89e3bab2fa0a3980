/** The sensitivity tornado: which swings are drawn, where each bar starts and ends, and the labels in the SVG. */
import { describe, expect, it } from 'vitest';
import type { WeightSwing } from '../analysis';
import { DARK, LIGHT } from './palette';
import { renderChartToSvg } from './ssr';
import { niceRange, splitSwings, swingLabel, swingText, tornadoHeight, tornadoOption } from './tornado';

const swing = (name: string, low: number | null, high: number | null, weight = 1): WeightSwing => ({
  kind: 'perspective',
  id: name.length,
  name,
  weight,
  lowWeight: Math.max(0, weight - 1),
  highWeight: weight + 1,
  low,
  high,
});

// Base 70: Customer moves it 64 → 73 (9 points), Financial 68 → 71 (3), Process 69.95 → 70.02 (0.07, too small).
const swings = [
  swing('Financial', 68, 71),
  swing('Process', 69.95, 70.02),
  swing('Customer', 64, 73, 2),
  swing('Learning', null, null),
];

interface Bar {
  stack: string;
  name?: string;
  data: (number | { value: number })[];
}

describe('the tornado chart', () => {
  it('draws the swings of at least 0.1 points, widest first, and counts the rest', () => {
    const split = splitSwings(swings, 70);
    expect(split.shown.map((s) => s.name)).toEqual(['Customer', 'Financial']);
    expect(split.small).toBe(2);
    expect(split.more).toBe(0);
    const capped = splitSwings(swings, 70, 1);
    expect(capped.shown.map((s) => s.name)).toEqual(['Customer']);
    expect(capped.more).toBe(1);
  });

  it('labels a bar with the weight and its two values, and words each end', () => {
    expect(swingLabel(swings[2]!)).toBe('Weight of Customer 2 → 1 / 3');
    expect(swingText(swings[2]!, 70)).toBe('weight 1: 64 % (−6 points); weight 3: 73 % (+3 points)');
  });

  it('floats each bar from the base score to the score at the low and the high weight', () => {
    const { shown } = splitSwings(swings, 70);
    const option = tornadoOption({ base: 70, name: 'Overall score', swings: shown }, LIGHT);
    const bars = (option.series as Bar[]).filter((s) => s.stack);
    const plain = (d: Bar['data']) => d.map((v) => (typeof v === 'number' ? v : v.value));
    const [lowOffset, low, highOffset, high] = bars;
    // Customer: low 64 → bar 64..70 (offset 64, length 6); high 73 → bar 70..73 (offset 70, length 3).
    expect(plain(lowOffset!.data)).toEqual([64, 68]);
    expect(plain(low!.data)).toEqual([6, 2]);
    expect(plain(highOffset!.data)).toEqual([70, 70]);
    expect(plain(high!.data)).toEqual([3, 1]);
    expect(low!.name).toBe('Weight one step lower');
    expect(high!.name).toBe('Weight one step higher');
    expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  });

  it('puts the axis on round numbers just beyond the bars, within 0–100', () => {
    // 64–73 with 0.9 padding each side spans 10.8: steps of 2 → 62 to 74.
    expect(niceRange(64, 73)).toEqual({ min: 62, max: 74, interval: 2 });
    expect(niceRange(2, 99.8)).toEqual({ min: 0, max: 100, interval: 20 });
    // 88–88.3 padded by 0.5 (the least): 87.5 to 88.8, on halves → 87.5 to 89.
    expect(niceRange(88, 88.3)).toEqual({ min: 87.5, max: 89, interval: 0.5 });
  });

  it('renders the labels, the legend and the base line in both themes', () => {
    const { shown } = splitSwings(swings, 70);
    for (const theme of [LIGHT, DARK]) {
      const svg = renderChartToSvg(
        tornadoOption({ base: 70, name: 'Overall score', swings: shown }, theme),
        640,
        tornadoHeight(shown.length),
      );
      for (const text of [
        'Weight of Customer 2 → 1 / 3',
        'Weight of Financial 1 → 0 / 2',
        'Weight one step lower',
        'Weight one step higher',
        'Now 70 %',
        'Score of Overall score (%)',
      ]) {
        expect(svg).toContain(text);
      }
      expect(svg).not.toContain('Process');
    }
  });
});
