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
    isZero = Number(abs.toFixed(maxDecimals)) === 0;
    body = formatter(currentLocale(), minDecimals, maxDecimals, o.grouping !== false)
      .format(abs)
      .replace(NARROW_SPACES, '\u00a0');
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
