/**
 * Number formatting for screens, formula texts and PDFs, with Intl for the current locale (i18n/index.ts): the
 * locale is an explicit choice saved in the settings, so the same document prints the same for the same choice on
 * every machine. What Intl leaves to taste is fixed here: a true minus sign, no sign on a value that rounds to zero,
 * a plain space before '%' and units, and a no-break space where a locale groups thousands with a narrow one (French),
 * which every font has.
 */
import { currentLocale } from './i18n';

export const MINUS = '\u2212';
/** Shown for a missing value. */
export const EMPTY_VALUE = '\u2014';
/**
 * Between a number and '%' or a unit. A plain space, so text typed in tests and searches matches;
 * views that must not wrap there use CSS white-space: nowrap.
 */
export const UNIT_SPACE = ' ';

export interface NumberFormatOptions {
  /** Most decimals shown; default 2. */
  maxDecimals?: number;
  /** Decimals always shown, even when zero; default 0. */
  minDecimals?: number;
  /** Show '+' before positive numbers (for changes); default false. */
  signed?: boolean;
  /** Group thousands as the locale does (',' in English, '.' in German); default true. */
  grouping?: boolean;
}

/** Currency symbols a KPI's unit may be, and the currency Intl places them as. */
const CURRENCY_UNITS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP' };

const NARROW_SPACES = /[\u202f\u2009]/g;
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, minDecimals: number, maxDecimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${minDecimals}|${maxDecimals}|${grouping ? 1 : 0}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      // 'auto' groups as the locale does: Spanish leaves 1234 alone and groups 12.345.
      useGrouping: grouping ? 'auto' : false,
    });
    formatters.set(key, f);
  }
  return f;
}

function intlBody(locale: string, abs: number, minDecimals: number, maxDecimals: number, grouping: boolean): string {
  return formatter(locale, minDecimals, maxDecimals, grouping).format(abs).replace(NARROW_SPACES, '\u00a0');
}

/**
 * How a locale writes a plain number: its decimal sign, its thousands separator, and from how many integer digits
 * it groups (Spanish: five). Formula texts format tens of thousands of numbers per evaluation, and Intl costs
 * microseconds a call; with these the digits are written directly. A locale whose numbers this does not reproduce
 * exactly (other digits, other group sizes, as en-IN) has no shape and always goes through Intl.
 */
interface NumberShape {
  decimal: string;
  group: string;
  groupFrom: number;
}

const shapes = new Map<string, NumberShape | null>();
let shapeLocale = '';
let shape: NumberShape | null = null;

/** Numbers a shape must write exactly as Intl does before it is trusted. */
const SHAPE_PROBES = [0, 7, 999, 1000, 1234.5, 12345.678, 123456.75, 1234567.891, 0.5, 0.0625, 99.995, 1e15 + 0.5];

function shapeFor(locale: string): NumberShape | null {
  if (locale === shapeLocale) return shape;
  let found = shapes.get(locale);
  if (found === undefined) {
    const parts = formatter(locale, 0, 3, true).formatToParts(1234567.891);
    const part = (type: string) => parts.find((p) => p.type === type)?.value.replace(NARROW_SPACES, '\u00a0') ?? '';
    const grouped = formatter(locale, 0, 3, true)
      .formatToParts(1234)
      .some((p) => p.type === 'group');
    found = { decimal: part('decimal'), group: part('group'), groupFrom: grouped ? 4 : 5 };
    for (const n of SHAPE_PROBES) {
      for (const [min, max] of [
        [0, 0],
        [0, 2],
        [1, 1],
        [0, 3],
        [2, 4],
      ] as const) {
        for (const grouping of [true, false]) {
          if (shapedBody(found, n, min, max, grouping) !== intlBody(locale, n, min, max, grouping)) found = null;
          if (!found) break;
        }
        if (!found) break;
      }
      if (!found) break;
    }
    shapes.set(locale, found);
  }
  shapeLocale = locale;
  shape = found;
  return found;
}

/**
 * The digits as Intl writes them: Intl rounds the shortest decimal that reads back as the number (what String()
 * writes) half away from zero, so 1.005 is '1.01' where toFixed, working on the binary value, says '1.00'. The two
 * part only near a tie, so toFixed (several times quicker than String()) writes the rest. Null for numbers String()
 * writes with an exponent (below 1e-6), which Intl then formats.
 */
function shapedBody(
  s: NumberShape,
  abs: number,
  minDecimals: number,
  maxDecimals: number,
  grouping: boolean,
): string | null {
  let int: string;
  let frac: string;
  const scaled = abs * 10 ** maxDecimals;
  const fraction = scaled - Math.floor(scaled);
  // Below 1e9 the binary and the shortest decimal value differ by far less than 1e-6 of the last digit kept.
  if (scaled < 1e9 && Math.abs(fraction - 0.5) > 1e-6) {
    const fixed = abs.toFixed(maxDecimals);
    int = maxDecimals ? fixed.slice(0, fixed.length - maxDecimals - 1) : fixed;
    frac = maxDecimals ? fixed.slice(fixed.length - maxDecimals) : '';
  } else {
    const text = String(abs);
    if (text.includes('e')) return null;
    const dot = text.indexOf('.');
    int = dot < 0 ? text : text.slice(0, dot);
    frac = dot < 0 ? '' : text.slice(dot + 1);
    if (frac.length > maxDecimals) {
      const up = frac.charCodeAt(maxDecimals) >= 53; // '5'
      frac = frac.slice(0, maxDecimals);
      if (up) {
        const rounded = increment(int + frac);
        int = rounded.slice(0, rounded.length - maxDecimals);
        frac = rounded.slice(rounded.length - maxDecimals);
      }
    }
  }
  let end = frac.length;
  while (end > minDecimals && frac.charCodeAt(end - 1) === 48) end--;
  if (end < frac.length) frac = frac.slice(0, end);
  else if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  if (grouping && int.length >= s.groupFrom) int = groupDigits(int, s.group);
  return frac ? `${int}${s.decimal}${frac}` : int;
}

/** A string of decimal digits plus one ('0999' → '1000', '99' → '100'). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--; // '9'
  const carried = '0'.repeat(digits.length - 1 - i);
  if (i < 0) return `1${carried}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${carried}`;
}

function groupDigits(int: string, group: string): string {
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += group + int.slice(i, i + 3);
  return out;
}

const currencyPlacements = new Map<string, { before: boolean; space: boolean }>();

/** Whether the locale writes a currency before the number ('€1,200') or after it ('1.200 €'). */
function currencyPlacement(locale: string, symbol: string): { before: boolean; space: boolean } {
  const key = `${locale}|${symbol}`;
  let placement = currencyPlacements.get(key);
  if (!placement) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: CURRENCY_UNITS[symbol]! }).formatToParts(
      1,
    );
    const at = parts.findIndex((p) => p.type === 'currency');
    const number = parts.findIndex((p) => p.type === 'integer');
    const between = at < number ? parts[at + 1] : parts[at - 1];
    placement = { before: at < number, space: between?.type === 'literal' && /\s/.test(between.value) };
    currencyPlacements.set(key, placement);
  }
  return placement;
}

function clampDecimals(d: number | undefined, fallback: number): number {
  if (d === undefined || !Number.isFinite(d)) return fallback;
  return Math.min(20, Math.max(0, Math.floor(d)));
}

export function formatNumber(n: number | null | undefined, opts?: NumberFormatOptions): string {
  if (n === null || n === undefined || Number.isNaN(n)) return EMPTY_VALUE;
  // Fast path for the common case: the engine formats thousands of small whole numbers per evaluation.
  if (opts === undefined && Number.isInteger(n) && n > -1000 && n < 1000)
    return n < 0 ? `${MINUS}${-n}` : String(n === 0 ? 0 : n);
  const o = opts ?? {};
  const maxDecimals = clampDecimals(o.maxDecimals, 2);
  const minDecimals = Math.min(maxDecimals, clampDecimals(o.minDecimals, 0));
  const negative = n < 0;
  let body: string;
  let isZero = false;
  if (!Number.isFinite(n)) {
    body = '∞';
  } else if (Math.abs(n) >= 1e21) {
    // toFixed switches to exponent notation here; such numbers are outside the domain anyway.
    body = String(Math.abs(n));
  } else {
    const abs = Math.abs(n);
    // Only a number below one half can round to zero, whatever the decimals.
    isZero = abs < 0.5 && Number(abs.toFixed(maxDecimals)) === 0;
    const locale = currentLocale();
    const grouping = o.grouping !== false;
    const s = shapeFor(locale);
    body =
      (s && shapedBody(s, abs, minDecimals, maxDecimals, grouping)) ??
      intlBody(locale, abs, minDecimals, maxDecimals, grouping);
  }
  // A value that rounds to zero has no sign: '−0' would suggest a loss that is not there.
  if (negative && !isZero) return `${MINUS}${body}`;
  if (o.signed && !negative && !isZero) return `+${body}`;
  return body;
}

/** A percentage already in percent (46.4 → '46 %'); whole percent unless maxDecimals says otherwise. */
export function formatPercent(p: number | null | undefined, opts: NumberFormatOptions = {}): string {
  if (p === null || p === undefined || Number.isNaN(p)) return EMPTY_VALUE;
  return `${formatNumber(p, { maxDecimals: 0, ...opts })}${UNIT_SPACE}%`;
}

/** A KPI value with its unit: '12.5 %', '€1,200', '−$3', '14 days', or the bare number without a unit. */
export function formatValue(
  n: number | null | undefined,
  unit: string | null | undefined,
  opts?: NumberFormatOptions,
): string {
  if (n === null || n === undefined || Number.isNaN(n)) return EMPTY_VALUE;
  const u = (unit ?? '').trim();
  const num = formatNumber(n, opts);
  if (!u) return num;
  if (u === '%') return `${num}${UNIT_SPACE}%`;
  if (u in CURRENCY_UNITS) {
    const { before, space } = currencyPlacement(currentLocale(), u);
    if (!before) return `${num}${space ? UNIT_SPACE : ''}${u}`;
    return num.startsWith(MINUS) || num.startsWith('+') ? `${num[0]}${u}${num.slice(1)}` : `${u}${num}`;
  }
  return `${num}${UNIT_SPACE}${u}`;
}

/** A band with its unit written once: '3–7 days', '65–85 %', '€20–35'. */
export function formatRange(
  low: number | null | undefined,
  high: number | null | undefined,
  unit: string | null | undefined,
  opts?: NumberFormatOptions,
): string {
  if (low === null || low === undefined || high === null || high === undefined) return EMPTY_VALUE;
  const u = (unit ?? '').trim();
  if (u in CURRENCY_UNITS && currencyPlacement(currentLocale(), u).before) {
    return `${formatValue(low, u, opts)}–${formatNumber(high, opts)}`;
  }
  return `${formatNumber(low, opts)}–${formatValue(high, u, opts)}`;
}
