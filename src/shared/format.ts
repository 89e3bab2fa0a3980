/**
 * Number formatting for screens, formula texts and PDFs. Deliberately not toLocaleString: the same
 * document must print the same on every machine, and tests compare exact strings.
 */

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
  /** Group thousands with ','; default true. */
  grouping?: boolean;
}

const PREFIX_UNITS = new Set(['€', '$', '£']);

function clampDecimals(d: number | undefined, fallback: number): number {
  if (d === undefined || !Number.isFinite(d)) return fallback;
  return Math.min(20, Math.max(0, Math.floor(d)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
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
    const fixed = Math.abs(n).toFixed(maxDecimals);
    const dot = fixed.indexOf('.');
    const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
    let frac = dot < 0 ? '' : fixed.slice(dot + 1);
    let end = frac.length;
    while (end > minDecimals && frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
    isZero = Number(fixed) === 0;
    const int = o.grouping === false || intPart.length <= 3 ? intPart : groupThousands(intPart);
    body = frac ? `${int}.${frac}` : int;
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
  if (PREFIX_UNITS.has(u)) {
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
  if (PREFIX_UNITS.has(u)) return `${formatValue(low, u, opts)}–${formatNumber(high, opts)}`;
  return `${formatNumber(low, opts)}–${formatValue(high, u, opts)}`;
}
