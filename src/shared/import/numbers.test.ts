import { describe, expect, it } from 'vitest';
import { conventionOf, decimalEvidence, parseSheetText, readValueCell } from './numbers';

const value = (text: string, convention: Parameters<typeof parseSheetText>[1] = null) => {
  const r = parseSheetText(text, convention);
  return r.ok ? r.value : `refused: ${r.reason}`;
};

describe('numbers as people write them in spreadsheets', () => {
  it('reads currencies, thousands separators and decimal commas', () => {
    expect(value('€1,234.50')).toBe(1234.5);
    expect(value('1.234,5 €')).toBe(1234.5);
    expect(value('1 234,5')).toBe(1234.5);
    expect(value('1\u202f234,5')).toBe(1234.5);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('CHF 1’200'.replace('’', "'"))).toBe(1200);
    expect(value('USD 12.5')).toBe(12.5);
    expect(value('£3,000,000')).toBe(3_000_000);
    expect(value('1.234.567')).toBe(1_234_567);
    expect(value('12,5')).toBe(12.5);
    expect(value('0,125')).toBe(0.125);
  });

  it('reads negatives in parentheses, with a trailing minus and with a minus sign', () => {
    expect(value('(1,200.00)')).toBe(-1200);
    expect(value('1.200,00-')).toBe(-1200);
    expect(value('−3,5')).toBe(-3.5);
    expect(value('-€12')).toBe(-12);
  });

  it('marks percentages and keeps their number', () => {
    expect(parseSheetText('12 %', null)).toEqual({ ok: true, value: 12, percent: true, currency: null });
    expect(parseSheetText('12,5%', null)).toMatchObject({ ok: true, value: 12.5, percent: true });
  });

  it('decides "1,234" from the convention of the rest of the sheet, and refuses it when nothing tells', () => {
    expect(value('1,234', '.')).toBe(1234);
    expect(value('1,234', ',')).toBe(1.234);
    expect(value('1.234', ',')).toBe(1234);
    expect(value('1,234')).toMatch(/could be 1234 or 1.234: nothing else in the sheet shows/);
    expect(value('1,234', 'mixed')).toMatch(/both with a point and with a comma/);
  });

  it('finds the convention from unambiguous texts', () => {
    expect(decimalEvidence('12,5')).toBe(',');
    expect(decimalEvidence('1,234,567')).toBe('.');
    expect(decimalEvidence('1,234')).toBe(null);
    expect(conventionOf(['1,234', '7,25', 'x'])).toBe(',');
    expect(conventionOf(['1,234', '0.5'])).toBe('.');
    expect(conventionOf(['1,5', '0.5'])).toBe('mixed');
  });

  it('refuses what is not a number, with the reason', () => {
    expect(value('abc')).toBe('refused: “abc” is not a number');
    expect(value('#DIV/0!')).toBe('refused: “#DIV/0!” is a spreadsheet error, not a number');
    expect(value('=B2*2')).toMatch(/formula without a saved result/);
    expect(value('1e400')).toMatch(/too large/);
    expect(value('12,5,0')).toMatch(/is not a number/);
    expect(value('€12 %')).toMatch(/not a number/);
  });

  it('reads empty and dash as no value', () => {
    expect(value('')).toBe(null);
    expect(value(' – ')).toBe(null);
  });

  it('turns percentages into points for a % KPI and refuses them for other units', () => {
    expect(readValueCell({ v: 0.12, percent: true }, null, '%', 'Margin')).toMatchObject({ ok: true, value: 12 });
    expect(readValueCell({ v: 0.07, percent: true }, null, '%', 'Margin')).toMatchObject({ ok: true, value: 7 });
    expect(readValueCell({ v: '12 %' }, null, '%', 'Margin')).toMatchObject({ ok: true, value: 12 });
    expect(readValueCell({ v: '12' }, null, '%', 'Margin')).toMatchObject({ ok: true, value: 12 });
    expect(readValueCell({ v: '12 %' }, null, '€', 'Revenue')).toEqual({
      ok: false,
      reason: '“12 %” is a percentage, but “Revenue” is measured in “€”',
    });
    expect(readValueCell({ v: 1200 }, null, '€', 'Revenue')).toMatchObject({ ok: true, value: 1200 });
    expect(readValueCell({ v: 2e15 }, null, '€', 'Revenue')).toMatchObject({ ok: false });
    expect(readValueCell({ v: '2026-03-31', date: true }, null, '€', 'Revenue')).toMatchObject({ ok: false, reason: expect.stringMatching(/is a date/) });
  });
});
