/**
 * Numbers as people type them into a cell or copy them out of a spreadsheet: "1,200", "1 200", "12.5%",
 * "€1,200", "(300)" (accounting negative), "1.200,50" (decimal comma). "-" and empty mean "no value".
 * Anything else is refused with a reason, never guessed: a wrong number saved silently is worse than a question.
 *
 * The one reading that cannot be told from the text alone is a single separator followed by exactly three digits.
 * The UI is English, so "1,234" is one thousand two hundred and thirty-four, as an English spreadsheet reads it,
 * while one dot is always the decimal point ("1.234" is 1.234), as in the number a spreadsheet stores. A group that
 * starts with 0 is never a thousands group ("0,125" is 0.125, not 125; "0.125.000" is refused).
 */
import { MAX_ABS_NUMBER } from './limits';
import { formatNumber } from './format';

export type NumberInput = { ok: true; value: number | null } | { ok: false; reason: string };

const CURRENCIES = '€$£¥';
const GROUP_CHARS = [',', '.', ' ', "'"] as const;
/** Spaces spreadsheets put between thousands: no-break, narrow no-break and thin spaces. */
const SPACES = /[\u00a0\u202f\u2009]/g;
const EMPTY_MARKS = new Set(['-', '\u2013', '\u2014']);
const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const MAX_SHOWN = 30;

function quoted(text: string): string {
  const t = text.trim();
  return `“${t.length > MAX_SHOWN ? `${t.slice(0, MAX_SHOWN - 1)}…` : t}”`;
}

function notANumber(text: string): NumberInput {
  return { ok: false, reason: `${quoted(text)} is not a number` };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Digits, or digits grouped in threes by one separator that is not the decimal one ("1,234,567"). */
function integerDigits(part: string, decimal: string | null): string | null {
  if (/^\d+$/.test(part)) return part;
  for (const g of GROUP_CHARS) {
    if (g === decimal || !part.includes(g)) continue;
    const groups = part.split(g);
    // Nobody writes thousands after a leading zero: "0,125" is a decimal, never 125.
    const ok = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((x) => /^\d{3}$/.test(x));
    return ok ? groups.join('') : null;
  }
  return null;
}

/** Which of '.' and ',' separates the decimals, or null when there are none; undefined when it cannot be told. */
function decimalSeparator(body: string): '.' | ',' | null | undefined {
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots && commas) return body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  if (dots) return dots === 1 ? '.' : null;
  if (!commas) return null;
  // "1,200" groups thousands; a lone comma not followed by exactly three digits ("12,5") can only be decimal.
  if (integerDigits(body, null) !== null) return null;
  return commas === 1 ? ',' : undefined;
}

function unsignedValue(body: string): number | null {
  if (SCIENTIFIC.test(body)) return Number(body);
  const decimal = decimalSeparator(body);
  if (decimal === undefined) return null;
  const at = decimal === null ? -1 : body.lastIndexOf(decimal);
  const intPart = at < 0 ? body : body.slice(0, at);
  const fracPart = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !/^\d+$/.test(fracPart)) return null;
  const digits = intPart === '' && at >= 0 ? '0' : integerDigits(intPart, decimal);
  if (digits === null) return null;
  return Number(fracPart ? `${digits}.${fracPart}` : digits);
}

export function parseNumberInput(text: string): NumberInput {
  const s = text
    .replace(SPACES, ' ')
    .replace(/\u2212/g, '-')
    .trim();
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
  const value = unsignedValue(body);
  if (value === null || Number.isNaN(value)) return notANumber(text);
  const n = sign * value;
  // Infinity ("1e400") is too large too, not "not a number": the text is a number, just not one we can keep.
  if (Math.abs(n) > MAX_ABS_NUMBER) {
    return { ok: false, reason: `${quoted(text)} is too large: values go up to ${formatNumber(MAX_ABS_NUMBER)}` };
  }
  // "1e-400" would be stored as 0: a value the user did not type.
  if (n === 0 && /[1-9]/.test(body)) {
    return { ok: false, reason: `${quoted(text)} is too close to zero to store: it would be saved as 0` };
  }
  // −0 would print as "0" but compare unequal in places that use Object.is.
  return { ok: true, value: n === 0 ? 0 : n };
}

/** Text to start editing a stored value with: plain digits, so it parses back to the same number. */
export function editText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
}
