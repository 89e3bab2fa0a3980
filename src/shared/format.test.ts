import { describe, expect, it } from 'vitest';
import { EMPTY_VALUE, formatNumber, formatPercent, formatValue, formatRange } from './format';

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [412, '412'],
    [1234, '1,234'],
    [1234567.891, '1,234,567.89'],
    [999999.999, '1,000,000'],
    [12.5, '12.5'],
    [12.3456, '12.35'],
    [0.125, '0.13'],
    [2.1, '2.1'],
    [-3, '\u22123'],
    [-1234.5, '\u22121,234.5'],
    [-0, '0'],
    [-0.001, '0'],
    [1e15, '1,000,000,000,000,000'],
  ])('%d → %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it('shows a dash for missing values', () => {
    expect(formatNumber(null)).toBe(EMPTY_VALUE);
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });

  it('takes options', () => {
    expect(formatNumber(3.14159, { maxDecimals: 4 })).toBe('3.1416');
    expect(formatNumber(3, { minDecimals: 2 })).toBe('3.00');
    expect(formatNumber(3.1, { minDecimals: 2 })).toBe('3.10');
    expect(formatNumber(1234, { grouping: false })).toBe('1234');
    expect(formatNumber(5, { signed: true })).toBe('+5');
    expect(formatNumber(-5, { signed: true })).toBe('\u22125');
    expect(formatNumber(0, { signed: true })).toBe('0');
    expect(formatNumber(45.5, { maxDecimals: 0 })).toBe('46');
  });

  it('does not depend on the locale', () => {
    // toLocaleString would give '1.234,5' in German; this must not.
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });
});

describe('formatPercent', () => {
  it.each([
    [46.4, '46 %'],
    [45.714285714285715, '46 %'],
    [100, '100 %'],
    [0, '0 %'],
    [-12.6, '\u221213 %'],
    [1250, '1,250 %'],
  ])('%d → %s', (p, expected) => {
    expect(formatPercent(p)).toBe(expected);
  });
  it('keeps decimals when asked and a dash when missing', () => {
    expect(formatPercent(87.5, { maxDecimals: 1 })).toBe('87.5 %');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('formatValue', () => {
  it.each([
    [12.5, '%', '12.5 %'],
    [1200, '€', '€1,200'],
    [-3.5, '$', '\u2212$3.5'],
    [99.999, '£', '£100'],
    [14, 'days', '14 days'],
    [14, ' days ', '14 days'],
    [-2, 'pts', '\u22122 pts'],
    [7, '', '7'],
    [7, null, '7'],
  ])('%d %j → %s', (n, unit, expected) => {
    expect(formatValue(n, unit)).toBe(expected);
  });
  it('shows a dash for a missing value whatever the unit', () => {
    expect(formatValue(null, '€')).toBe('—');
  });
});

describe('formatRange', () => {
  it('writes the unit once, on the side it belongs', () => {
    expect(formatRange(3, 7, 'days')).toBe('3–7 days');
    expect(formatRange(65, 85, '%')).toBe('65–85 %');
    expect(formatRange(20, 35, '€')).toBe('€20–35');
    expect(formatRange(-5, 5, '')).toBe('−5–5');
    expect(formatRange(null, 5, 'kg')).toBe('—');
  });
});
