import { describe, expect, it } from 'vitest';
import { editText, parseNumberInput } from './number-input';

const value = (text: string) => {
  const r = parseNumberInput(text);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.value;
};
const reason = (text: string) => {
  const r = parseNumberInput(text);
  if (r.ok) throw new Error(`${text} was accepted as ${r.value}`);
  return r.reason;
};

describe('parseNumberInput', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1 200', 1200],
    ['1\u00a0200', 1200],
    ['1\u202f200 000', 1_200_000],
    ["1'200", 1200],
    ['1,234,567.89', 1_234_567.89],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['12.5%', 12.5],
    ['12.5 %', 12.5],
    ['€1,200', 1200],
    ['€ 1,200.50', 1200.5],
    // One dot is always the decimal point, as in the number the spreadsheet stores.
    ['1.200', 1.2],
    ['$3', 3],
    ['£-3', -3],
    ['-€1,200', -1200],
    ['(300)', -300],
    ['(€1,200)', -1200],
    ['( 300 )', -300],
    ['-3.5', -3.5],
    ['\u22123.5', -3.5],
    ['+7', 7],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['1e3', 1000],
    ['1.2E+06', 1_200_000],
    ['1000000000000000', 1e15],
    ['0.125', 0.125],
    // English: one comma before three digits groups thousands, as an English spreadsheet reads it.
    ['1,234', 1234],
    ['\u22123', -3],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each(['', '   ', '-', '\u2013', '\u2014'])('"%s" means no value', (text) => {
    expect(value(text)).toBeNull();
  });

  it.each([
    'abc',
    '12abc',
    '1,2,3',
    '1,200,5',
    '1 2',
    '1,200 300',
    '12.5.3',
    '5.',
    '--5',
    '+-5',
    '(-300)',
    '(300',
    '€12%',
    '%',
    '€',
    '=A1+1',
    'Infinity',
    'NaN',
    '0x10',
    '1_000',
    // Thousands never follow a leading zero, so these cannot be read either way.
    '0,125,000',
    '0.125.000',
    '0 125',
    '00,125,000',
    "0'125",
  ])('refuses "%s"', (text) => {
    expect(reason(text)).toMatch(/is not a number$/);
  });

  it('quotes the text in the reason, shortened when long', () => {
    expect(reason('abc')).toBe('“abc” is not a number');
    expect(reason(' abc ')).toBe('“abc” is not a number');
    const long = reason('x'.repeat(100));
    expect(long).toMatch(/^“x{29}…” is not a number$/);
  });

  it('refuses numbers beyond what the document stores', () => {
    expect(reason('1e16')).toBe('“1e16” is too large: values go up to 1,000,000,000,000,000');
    expect(reason('-2,000,000,000,000,000')).toMatch(/too large/);
  });

  it('refuses what cannot be stored exactly, saying why', () => {
    expect(reason('1e308')).toMatch(/^“1e308” is too large: values go up to 1,000,000,000,000,000$/);
    expect(reason('1e400')).toMatch(/^“1e400” is too large/);
    expect(reason('-1e400')).toMatch(/too large/);
    expect(reason('1e-400')).toBe('“1e-400” is too close to zero to store: it would be saved as 0');
  });

  it('round-trips through the editing text', () => {
    for (const n of [0, 1200, -3.5, 0.125, 1e15, 123456.789]) expect(value(editText(n))).toBe(n);
    expect(editText(null)).toBe('');
  });
});
