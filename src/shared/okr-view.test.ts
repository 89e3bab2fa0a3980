import { describe, expect, it } from 'vitest';
import type { KeyResultScore } from './evaluation';
import { confidenceText, cycleChoices, keyResultProgressText, okrScoreText, shownCycle } from './okr-view';

const score = (current: number | null): KeyResultScore => ({
  keyResultId: 1,
  objectiveId: 1,
  cycle: '2026-Q3',
  current,
  asOf: null,
  score: null,
  progress: null,
  status: 'none',
  confidence: null,
  formula: { method: 'no-data', text: '' },
});

describe('how key results read', () => {
  it('starts on the quarter of the period shown, in the scorecard’s fiscal year', () => {
    expect(shownCycle('2026-Q3', 1, '2026-12-04')).toBe('2026-Q3');
    // Fiscal year from April: May 2026 is in FY2026 Q1; February 2027 in FY2026 Q4.
    expect(shownCycle('2026-05', 4, '2026-12-04')).toBe('2026-Q1');
    expect(shownCycle('2027-02', 4, '2026-12-04')).toBe('2026-Q4');
    // A year shown: today's quarter when it lies in that year, else the year's last quarter.
    expect(shownCycle('2026', 1, '2026-12-04')).toBe('2026-Q4');
    expect(shownCycle('2026', 1, '2026-05-10')).toBe('2026-Q2');
    expect(shownCycle('2024', 1, '2026-12-04')).toBe('2024-Q4');
    expect(shownCycle(null, 1, '2026-08-01')).toBe('2026-Q3');
  });

  it('offers a year either side, plus cycles in use, in order', () => {
    const choices = cycleChoices('2026-Q3', 1, ['2023-Q1']);
    expect(choices.map((c) => c.value)).toEqual([
      '2023-Q1',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
    ]);
    expect(choices.find((c) => c.value === '2026-Q3')?.label).toBe('Q3 2026');
  });

  it('writes scores with two decimals, progress with the unit, and milestones in words', () => {
    expect(okrScoreText(0.6)).toBe('0.60');
    expect(okrScoreText(1)).toBe('1.00');
    expect(okrScoreText(null)).toBe('—');
    expect(keyResultProgressText({ kind: 'metric', unit: 'accounts', target: 50 }, score(42))).toBe(
      '42 accounts → 50 accounts',
    );
    expect(keyResultProgressText({ kind: 'metric', unit: '€', target: 101000 }, undefined)).toBe('— → €101,000');
    expect(keyResultProgressText({ kind: 'milestone', unit: '', target: null }, score(1))).toBe('Done');
    expect(keyResultProgressText({ kind: 'milestone', unit: '', target: null }, score(0))).toBe('Not done yet');
    expect(confidenceText(7)).toBe('7/10');
    expect(confidenceText(null)).toBe('—');
  });
});
