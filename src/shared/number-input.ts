/**
 * Numbers as people type them into a cell or a form, or copy them out of a spreadsheet, read with the separators of
 * the current locale (Intl's, never a table of our own). "-" and empty mean "no value". Anything else is refused
 * with a reason, never guessed: a wrong number saved silently is worse than a question.
 *
 * The rules, for a locale whose decimal separator is D and whose grouping separator is G (en: '.' and ',';
 * de-DE, es: ',' and '.'; fr: ',' and a narrow no-break space; de-CH: '.' and an apostrophe):
 * - Around the number: a sign before it or after a currency symbol ("-€1,200", "€-1,200"), accounting parentheses
 *   for a negative ("(300)"), a currency symbol before or after it (€ $ £ ¥), or '%' after it ("12,5 %").
 * - Accepted: digits with at most one D followed by digits ("1234,5", ",5"); the whole part may be grouped in threes
 *   by G, by spaces of any kind (plain, no-break, narrow no-break, thin) or by an apostrophe (' or ’), one kind per
 *   number and never after a leading zero ("0.125.000" is nothing). Spaces and apostrophes mark thousands in every
 *   locale because no locale writes decimals with them. Scientific notation with D ("1,2E+06" in German).
 * - So a single separator before three digits reads as the locale reads it: "1,234" is 1234 in English and 1,234 in
 *   German, "1.234" the other way round. French groups with spaces only, so there "1.234" is neither and refused.
 * - Refused as ambiguous: what reads only with the other convention's separators (a point for decimals where the
 *   locale writes a comma, or the reverse): German "1.5", "1,234.5"; English "1,5", "1.234,5", "0,125". The message
 *   quotes the text, says which separator the locale uses for decimals and offers the other readings, written the
 *   locale's way ("Did you mean 1.5?"). Anything no convention reads is "not a number".
 * English keeps its separators' readings as before; entries written with German separators are now questions.
 */
import { MAX_ABS_NUMBER } from './limits';
import { formatNumber } from './format';
import { currentLocale, t } from './i18n';

export type NumberInput = { ok: true; value: number | null } | { ok: false; reason: string };

const CURRENCIES = '€$£¥';
/** Spaces people and spreadsheets put between thousands: plain, no-break, narrow no-break and thin. */
const SPACE_CHARS = /[\u00a0\u202f\u2009]/g;
const APOSTROPHES = /[\u2019\u02bc]/g;
const EMPTY_MARKS = new Set(['-', '\u2013', '\u2014']);
const MAX_SHOWN = 30;

/** How a convention writes numbers: its decimal separator and the characters that may group thousands. */
interface Convention {
  decimal: string;
  groups: readonly string[];
}

const conventions = new Map<string, Convention>();

/** The locale's separators as Intl formats them; spaces and apostrophes are normalised as the text is. */
export function localeConvention(locale: string = currentLocale()): Convention {
  let c = conventions.get(locale);
  if (!c) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const group = normalise(parts.find((p) => p.type === 'group')?.value ?? ',');
    c = { decimal, groups: [...new Set([group, ' ', "'"])].filter((g) => g !== decimal) };
    conventions.set(locale, c);
  }
  return c;
}

const POINT: Convention = { decimal: '.', groups: [',', ' ', "'"] };
const COMMA: Convention = { decimal: ',', groups: ['.', ' ', "'"] };

function normalise(text: string): string {
  return text
    .replace(SPACE_CHARS, ' ')
    .replace(APOSTROPHES, "'")
    .replace(/\u2212/g, '-');
}

function quoted(text: string): string {
  const s = text.trim();
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

function notANumber(text: string): NumberInput {
  return { ok: false, reason: t('numbers:notANumber', { text: quoted(text) }) };
}

/** The digits of a whole part: plain, or grouped in threes by one of the convention's grouping characters. */
function integerDigits(part: string, c: Convention): string | null {
  if (/^\d*$/.test(part)) return part;
  for (const g of c.groups) {
    if (!part.includes(g)) continue;
    const groups = part.split(g);
    // Nobody writes thousands after a leading zero: "0,125" is a decimal, never 125.
    const ok = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((x) => /^\d{3}$/.test(x));
    return ok ? groups.join('') : null;
  }
  return null;
}

interface Reading {
  value: number;
  decimals: number;
}

/** The unsigned number a body means under a convention, or null when it does not read that way. */
function readAs(body: string, c: Convention): Reading | null {
  const d = c.decimal === '.' ? '\\.' : c.decimal;
  const scientific = new RegExp(`^(\\d+(?:${d}\\d*)?|${d}\\d+)[eE]([+-]?\\d+)$`).exec(body);
  if (scientific) {
    const value = Number(`${scientific[1]!.replace(c.decimal, '.')}e${scientific[2]}`);
    return { value, decimals: 15 };
  }
  const at = body.indexOf(c.decimal);
  if (at !== body.lastIndexOf(c.decimal)) return null;
  const intPart = at < 0 ? body : body.slice(0, at);
  const fracPart = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fracPart)) return null;
  const digits = integerDigits(intPart, c);
  if (digits === null || (digits === '' && fracPart === '')) return null;
  return { value: Number(`${digits || '0'}.${fracPart || '0'}`), decimals: fracPart.length };
}

/** The refusal of a text that reads only with the other convention, with what it would mean. */
function ambiguous(text: string, body: string, sign: number, own: Convention, locale: string): NumberInput | null {
  const readings: string[] = [];
  for (const other of [POINT, COMMA]) {
    if (other.decimal === own.decimal && other.groups.every((g) => own.groups.includes(g))) continue;
    const r = readAs(body, other);
    if (!r || !Number.isFinite(r.value)) continue;
    const shown = formatNumber(sign * r.value, { maxDecimals: Math.min(r.decimals, 15) });
    if (!readings.includes(shown)) readings.push(shown);
  }
  if (readings.length === 0) return null;
  const reading = new Intl.ListFormat(locale, { type: 'disjunction' }).format(readings);
  const key = own.decimal === ',' ? 'numbers:ambiguousComma' : 'numbers:ambiguousPoint';
  return { ok: false, reason: t(key, { text: quoted(text), reading }) };
}

/** A typed or pasted number, read with the current locale's separators (see the rules above). */
export function parseNumberInput(text: string): NumberInput {
  const s = normalise(text).trim();
  if (s === '' || EMPTY_MARKS.has(s)) return { ok: true, value: null };
  let body = s;
  let sign = 1;
  let signed = false;
  const paren = /^\((.*)\)$/.exec(body);
  if (paren) {
    body = paren[1]!.trim();
    sign = -1;
    signed = true;
  }
  const percent = body.endsWith('%');
  if (percent) body = body.slice(0, -1).trimEnd();
  let currency = false;
  if (body && CURRENCIES.includes(body[body.length - 1]!)) {
    body = body.slice(0, -1).trimEnd();
    currency = true;
  }
  // The sign may come before or after a currency symbol: "-€1,200" and "€-1,200" both occur.
  for (let pass = 0; pass < 2; pass++) {
    if (!signed && (body.startsWith('-') || body.startsWith('+'))) {
      sign = body.startsWith('-') ? -1 : 1;
      signed = true;
      body = body.slice(1).trimStart();
    } else if (!currency && body && CURRENCIES.includes(body[0]!)) {
      currency = true;
      body = body.slice(1).trimStart();
    }
  }
  if (percent && currency) return notANumber(text);
  const locale = currentLocale();
  const own = localeConvention(locale);
  const read = readAs(body, own);
  if (read === null || Number.isNaN(read.value)) return ambiguous(text, body, sign, own, locale) ?? notANumber(text);
  const n = sign * read.value;
  // Infinity ("1e400") is too large too, not "not a number": the text is a number, just not one we can keep.
  if (Math.abs(n) > MAX_ABS_NUMBER) {
    return { ok: false, reason: t('numbers:tooLarge', { text: quoted(text), max: formatNumber(MAX_ABS_NUMBER) }) };
  }
  // "1e-400" would be stored as 0: a value the user did not type.
  if (n === 0 && /[1-9]/.test(body)) return { ok: false, reason: t('numbers:tooSmall', { text: quoted(text) }) };
  // −0 would print as "0" but compare unequal in places that use Object.is.
  return { ok: true, value: n === 0 ? 0 : n };
}

/**
 * Text to start editing a stored value with: the locale's decimal separator and no grouping ("1234,5" in German),
 * so it parses back to the same number.
 */
export function editText(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  const decimal = localeConvention().decimal;
  return decimal === '.' ? String(n) : String(n).replace('.', decimal);
}
