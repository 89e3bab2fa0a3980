/**
 * Number entry per locale: what each reads, what each refuses as written the other way (with the reading it
 * offers), and editing text that parses back. The separators come from Intl, so de-CH is tested with whatever
 * apostrophe this runtime gives it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from './i18n';
import { editText, localeConvention, parseNumberInput } from './number-input';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function read(locale: string, text: string): number | null | string {
  setLocale(locale);
  const r = parseNumberInput(text);
  return r.ok ? r.value : `refused: ${r.reason}`;
}

afterEach(() => setLocale('en-US'));

const swissGroup = new Intl.NumberFormat('de-CH').formatToParts(1234).find((p) => p.type === 'group')?.value ?? "'";

const accepted: [string, string, number][] = [
  ['en-US', '1,234.5', 1234.5],
  ['en-US', '12.5%', 12.5],
  ['en-US', '(300)', -300],
  ['en-US', '€1,200', 1200],
  ['en-US', '1,234', 1234],
  ['en-US', '1 234.5', 1234.5],
  ['en-GB', '£1,234.50', 1234.5],
  ['en-GB', '0.125', 0.125],
  ['de-DE', '1.234,5', 1234.5],
  ['de-DE', '1234,5', 1234.5],
  ['de-DE', '12,5 %', 12.5],
  ['de-DE', '12,5%', 12.5],
  ['de-DE', '1.200 €', 1200],
  ['de-DE', '€1.200', 1200],
  ['de-DE', '-1.200,50 €', -1200.5],
  ['de-DE', '1.234', 1234],
  ['de-DE', '1,234', 1.234],
  ['de-DE', '0,125', 0.125],
  ['de-DE', ',5', 0.5],
  ['de-DE', '1.234.567', 1234567],
  ['de-DE', '1 234,5', 1234.5],
  ['de-DE', '1,2E+06', 1_200_000],
  ['de-DE', '(300)', -300],
  ['de-CH', `1${swissGroup}234.5`, 1234.5],
  ['de-CH', "1'234.5", 1234.5],
  ['de-CH', '1\u2019234.5', 1234.5],
  ['de-CH', '1.5', 1.5],
  ['fr-FR', '1 234,5', 1234.5],
  ['fr-FR', `1${NBSP}234,5`, 1234.5],
  ['fr-FR', `1${NNBSP}234,5`, 1234.5],
  ['fr-FR', '12,5 %', 12.5],
  ['fr-FR', `12,5${NNBSP}%`, 12.5],
  ['fr-FR', '1234,5', 1234.5],
  ['fr-FR', '1 200 €', 1200],
  ['es-ES', '1.234,5', 1234.5],
  ['es-ES', '1234,5', 1234.5],
  ['es-ES', '12,5 %', 12.5],
  ['es-ES', '12.345,5', 12345.5],
];

const refused: [string, string, RegExp][] = [
  [
    'de-DE',
    '1.5',
    /^„1\.5“ ist nicht eindeutig: Im Deutschen trennt das Komma die Dezimalstellen\. Meinten Sie 1,5\?$/,
  ],
  ['de-DE', '1,234.5', /^„1,234\.5“ ist nicht eindeutig: .* Meinten Sie 1\.234,5\?$/],
  ['de-DE', '12.5 %', /Meinten Sie 12,5\?$/],
  ['de-DE', '0.125', /Meinten Sie 0,125\?$/],
  ['de-DE', 'abc', /^„abc“ ist keine Zahl$/],
  ['de-DE', '1e16', /^„1e16“ ist zu groß: Werte gehen bis 1\.000\.000\.000\.000\.000$/],
  ['en-US', '1,5', /^“1,5” is ambiguous: in English a point separates the decimals\. Did you mean 1\.5\?$/],
  ['en-US', '1.234,5', /Did you mean 1,234\.5\?$/],
  ['en-US', '12,5 %', /Did you mean 12\.5\?$/],
  ['en-US', '0,125', /Did you mean 0\.125\?$/],
  ['en-US', '1.234.567', /Did you mean 1,234,567\?$/],
  ['en-GB', '1,5', /Did you mean 1\.5\?$/],
  [
    'de-CH',
    '1,5',
    /^„1,5“ ist nicht eindeutig: In dieser Region trennt der Punkt die Dezimalstellen\. Meinten Sie 1\.5\?$/,
  ],
  // One comma before three digits: a thousands group in English, a decimal comma in German; Swiss uses neither.
  ['de-CH', '1,234', /Meinten Sie (1.234 oder 1.234)\?$/],
  // French groups with spaces: a point before three digits could be either.
  [
    'fr-FR',
    '1.234',
    /^« 1\.234 » est ambigu : en français, la virgule sépare les décimales\. Vouliez-vous dire 1,234 ou 1\u00a0234 \?$/,
  ],
  ['fr-FR', '1.5', /Vouliez-vous dire 1,5 \?$/],
  ['fr-FR', '1,234.5', /Vouliez-vous dire 1\u00a0234,5 \?$/],
  ['fr-FR', 'abc', /^« abc » n’est pas un nombre$/],
  ['es-ES', '1.5', /^«1\.5» es ambiguo: en español la coma separa los decimales\. ¿Quería decir 1,5\?$/],
  ['es-ES', '1,234.5', /¿Quería decir 1234,5\?$/],
];

describe('number entry per locale', () => {
  it.each(accepted)('%s reads "%s" as %d', (locale, text, expected) => {
    expect(read(locale, text)).toBe(expected);
  });

  it.each(refused)('%s refuses "%s" with a message', (locale, text, message) => {
    expect(read(locale, text)).toMatch(/^refused: /);
    expect(String(read(locale, text)).slice('refused: '.length)).toMatch(message);
  });

  it('takes the separators from Intl', () => {
    expect(localeConvention('de-DE').decimal).toBe(',');
    expect(localeConvention('de-CH').decimal).toBe('.');
    expect(localeConvention('fr-FR').groups).toContain(' ');
    expect(localeConvention('en-US').groups).toContain(',');
  });

  it.each(['en-US', 'en-GB', 'de-DE', 'de-CH', 'fr-FR', 'es-ES'])('%s edits with its decimal separator', (locale) => {
    setLocale(locale);
    for (const n of [0, 1200, -3.5, 0.125, 1e15, 123456.789, 1234.5]) expect(read(locale, editText(n))).toBe(n);
    expect(editText(1234.5)).toBe(
      locale.startsWith('de-DE') || locale.startsWith('fr') || locale.startsWith('es') ? '1234,5' : '1234.5',
    );
  });
});
