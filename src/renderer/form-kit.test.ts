import { describe, expect, it } from 'vitest';
import { parseOptionalNumber } from './form-kit';

describe('parseOptionalNumber (form fields and the value entry)', () => {
  it.each([
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['-1,200', -1200],
    ['0.125', 0.125],
    ['\u22123', -3],
    ['1e3', 1000],
    ['  ', null],
  ])('%s → %s', (text, value) => {
    expect(parseOptionalNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['0,125', '-0,125', '00,125', '0,125,000', '12,5', '12 %'])(
    'refuses "%s" with a message, never 125',
    (text) => {
      expect(parseOptionalNumber(text)).toEqual({ ok: false, message: 'must be a number, like 1200 or 3.5' });
    },
  );
});
