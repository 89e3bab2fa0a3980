/**
 * formatNumber writes the digits itself for the locales it has learnt the shape of, instead of asking Intl each
 * time: every number, option and locale must still come out exactly as Intl writes it.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, MINUS, type NumberFormatOptions } from './format';
import { withLocale } from './i18n';

const intl = new Map<string, Intl.NumberFormat>();

/** What formatNumber wrote when every number went through Intl. */
function throughIntl(locale: string, n: number, o: NumberFormatOptions): string {
  const max = o.maxDecimals ?? 2;
  const min = Math.min(max, o.minDecimals ?? 0);
  const abs = Math.abs(n);
  const key = `${locale} ${min} ${max} ${o.grouping}`;
  if (!intl.has(key))
    intl.set(
      key,
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: min,
        maximumFractionDigits: max,
        useGrouping: o.grouping === false ? false : 'auto',
      }),
    );
  const body = intl
    .get(key)!
    .format(abs)
    .replace(/[\u202f\u2009]/g, '\u00a0');
  const zero = Number(abs.toFixed(max)) === 0;
  if (n < 0 && !zero) return `${MINUS}${body}`;
  if (o.signed && n >= 0 && !zero) return `+${body}`;
  return body;
}

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function numbers(): number[] {
  const next = random(19);
  const out = [
    0, -0, 0.5, 1.005, 2.675, 1.45, 0.049999, 0.05, 9.995, 99.995, 999.5, 999999.999, 1e-7, 123e-9, 1e20, 5e20,
  ];
  for (let i = 0; i < 4000; i++) {
    const magnitude = 10 ** Math.floor(next() * 14 - 4);
    const n = next() * magnitude;
    const decimals = Math.floor(next() * 6);
    // Ties at the rounding digit ('x.xx5') are where rounding methods part.
    const value = i % 3 === 0 ? Number(n.toFixed(decimals)) + 5 * 10 ** -(decimals + 1) : n;
    out.push(next() < 0.3 ? -value : value);
  }
  return out;
}

const OPTIONS: NumberFormatOptions[] = [
  {},
  { maxDecimals: 0 },
  { maxDecimals: 1 },
  { maxDecimals: 3 },
  { minDecimals: 2 },
  { minDecimals: 1, maxDecimals: 1 },
  { maxDecimals: 6, minDecimals: 2 },
  { grouping: false },
  { signed: true, maxDecimals: 1 },
];

describe('formatNumber without Intl on every call', () => {
  it.each(['en-US', 'en-GB', 'en-IN', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-CA', 'fr-CH', 'es-ES', 'es-MX'])(
    'writes every number exactly as Intl does in %s',
    (locale) => {
      const wrong: string[] = [];
      withLocale(locale, () => {
        for (const n of numbers())
          for (const o of OPTIONS) {
            const expected = throughIntl(locale, n, o);
            const got = formatNumber(n, o);
            if (got !== expected && wrong.length < 5) wrong.push(`${n} ${JSON.stringify(o)}: ${got} ≠ ${expected}`);
          }
      });
      expect(wrong).toEqual([]);
    },
  );

  it('rounds as Intl does, not as toFixed does', () => {
    expect(formatNumber(1.005)).toBe('1.01');
    expect(formatNumber(999.995)).toBe('1,000');
    expect(formatNumber(-0.004)).toBe('0');
    expect(withLocale('es-ES', () => [formatNumber(1234.5), formatNumber(12345.5)])).toEqual(['1234,5', '12.345,5']);
    expect(withLocale('fr-FR', () => formatNumber(1234567.891))).toBe('1\u00a0234\u00a0567,89');
  });
});
