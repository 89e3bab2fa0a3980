import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../shared/i18n';
import { numberText, parseOptionalNumber } from './form-kit';

describe('parseOptionalNumber (form fields and the value entry)', () => {
  afterEach(() => setLocale('en-US'));

  it.each([
    ['1,200', 1200],
    ['1,234,567.5', 1234567.5],
    ['-1,200', -1200],
    ['0.125', 0.125],
    ['\u22123', -3],
    ['1e3', 1000],
    ['12 %', 12],
    ['  ', null],
  ])('%s → %s', (text, value) => {
    expect(parseOptionalNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['0,125', '-0,125', '00,125', '0,125,000', '12,5', 'twelve'])(
    'refuses "%s" with a message that quotes it, never 125',
    (text) => {
      const read = parseOptionalNumber(text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toContain(`“${text}”`);
    },
  );

  it('reads German numbers in German, and refuses an English decimal point there', () => {
    setLocale('de-DE');
    expect(parseOptionalNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(parseOptionalNumber('42,5')).toEqual({ ok: true, value: 42.5 });
    expect(numberText(1234.5)).toBe('1234,5');
    const read = parseOptionalNumber('1.5');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('Meinten Sie 1,5?');
  });
});
