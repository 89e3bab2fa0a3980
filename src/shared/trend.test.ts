import { describe, expect, it } from 'vitest';
import { trendDirection, trendShort, trendText } from './trend';

describe('trend against the previous period', () => {
  it('says up, down or flat, and nothing without two scores', () => {
    expect(trendDirection(40, 55)).toBe('up');
    expect(trendDirection(80, 61.5)).toBe('down');
    expect(trendDirection(70, 70.3)).toBe('flat');
    expect(trendDirection(0, 0)).toBe('flat');
    expect(trendDirection(null, 50)).toBe('none');
    expect(trendDirection(50, null)).toBe('none');
    expect(trendDirection(undefined, 50)).toBe('none');
  });

  it('puts the change in words with the previous period named', () => {
    expect(trendText(40, 55, 'Q2 2026')).toBe('Up 15 points since Q2 2026');
    expect(trendText(80, 79, 'Q2 2026')).toBe('Down 1 point since Q2 2026');
    expect(trendText(70, 70.2, 'Q2 2026')).toBe('No change since Q2 2026');
    expect(trendText(70, 69.5, 'Q2 2026')).toBe('Down 1 point since Q2 2026');
    expect(trendText(null, 70, 'Q2 2026')).toBe('No trend: Q2 2026 had no data');
    expect(trendText(70, null, 'Q2 2026')).toBe('No trend: no data this period');
  });

  it('shortens the change for a card', () => {
    expect(trendShort(40, 55)).toBe('+15');
    expect(trendShort(80, 79.6)).toBe('±0');
    expect(trendShort(80, 79.4)).toBe('−1');
    expect(trendShort(null, 3)).toBe('');
  });
});
