/** Period labels in each language: month names from Intl, quarter and fiscal-year words from the catalogue. */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n';
import { dateLabel, monthName, periodLabel } from './periods';

afterEach(() => setLocale('en-US'));

describe('period labels per locale', () => {
  it('keeps English as it was', () => {
    expect(periodLabel('2026-03', 1)).toBe('Mar 2026');
    expect(periodLabel('2026-09', 1)).toBe('Sep 2026');
    expect(periodLabel('2026-Q3', 1)).toBe('Q3 2026');
    expect(periodLabel('2026-Q1', 4)).toBe('FY2026 Q1 (Apr–Jun 2026)');
    expect(periodLabel('0005-01', 1)).toBe('Jan 0005');
    expect(dateLabel('2026-03-31')).toBe('Mar 31, 2026');
  });

  it.each([
    ['de-DE', 'März 2026', 'Q3 2026', 'GJ 2026 Q1 (Apr–Juni 2026)', 'März'],
    ['fr-FR', 'mars 2026', 'T3 2026', 'Ex. 2026 T1 (avr.–juin 2026)', 'mars'],
    ['es-ES', 'mar 2026', 'T3 2026', 'Ej. 2026 T1 (abr–jun 2026)', 'marzo'],
  ])('%s', (locale, month, quarter, fiscal, long) => {
    setLocale(locale);
    expect(periodLabel('2026-03', 1)).toBe(month);
    expect(periodLabel('2026-Q3', 1)).toBe(quarter);
    expect(periodLabel('2026-Q1', 4)).toBe(fiscal);
    expect(monthName(3, 'long')).toBe(long);
  });

  it('writes days the locale’s way', () => {
    setLocale('de-DE');
    expect(dateLabel('2026-03-31')).toBe('31. März 2026');
    setLocale('fr-FR');
    expect(dateLabel('2026-03-31', 'long')).toBe('31 mars 2026');
  });
});
