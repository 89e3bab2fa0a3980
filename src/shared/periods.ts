/**
 * Period arithmetic. Months are calendar months; quarters and years are fiscal, relative to a
 * scorecard's fiscalYearStartMonth, and a fiscal year is named by the calendar year it starts in
 * (start April: '2026' = Apr 2026–Mar 2027, '2026-Q4' = Jan–Mar 2027).
 * Everything works on ordinals (year × periods-per-year + index) so no Date or time zone is involved.
 * Labels are in the current locale: month names from Intl, the words for quarters and fiscal years from the
 * catalogue ('T3 2026' in French). Period keys (2026-03, 2026-Q3) are data and never change with the language.
 */
import { currentLocale, t } from './i18n';

export type PeriodKind = 'month' | 'quarter' | 'year';

export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4; 1 for a year. */
  index: number;
}

/** Finest first, so a lower rank means a finer kind. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];
const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, year: 1 };
/**
 * English month names, January first, for reading English text (spreadsheet headers); what people read comes from
 * monthName, in their language.
 */
export const MONTH_LONG_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const MONTH_NAMES: readonly string[] = MONTH_LONG_NAMES.map((m) => m.slice(0, 3));
const MIN_YEAR = 0;
const MAX_YEAR = 9999;
const PERIOD_RE = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isPeriodKey(s: unknown): s is string {
  return typeof s === 'string' && PERIOD_RE.test(s);
}

export function parsePeriod(key: string): ParsedPeriod {
  const m = typeof key === 'string' ? PERIOD_RE.exec(key) : null;
  if (!m)
    throw new Error(
      `Invalid period "${String(key)}": expected a month like 2026-03, a quarter like 2026-Q3 or a year like 2026`,
    );
  const year = Number(m[1]);
  if (m[2] !== undefined) return { kind: 'month', year, index: Number(m[2]) };
  if (m[3] !== undefined) return { kind: 'quarter', year, index: Number(m[3]) };
  return { kind: 'year', year, index: 1 };
}

export function periodKind(key: string): PeriodKind {
  return parsePeriod(key).kind;
}

/** Negative when a is a finer kind than b, 0 when the same. */
export function compareKinds(a: PeriodKind, b: PeriodKind): number {
  return PERIOD_KINDS.indexOf(a) - PERIOD_KINDS.indexOf(b);
}

function checkFyStart(fyStart: number): void {
  if (!Number.isInteger(fyStart) || fyStart < 1 || fyStart > 12) {
    throw new Error(`Invalid fiscal year start month ${fyStart}: expected a whole number from 1 to 12`);
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function checkYear(year: number): void {
  // A fiscal year 9999 starting in April would end in calendar year 10000, which has no 4-digit key.
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`Period out of range: year ${year} is not between 0000 and 9999`);
}

export function monthKey(year: number, month: number): string {
  checkYear(year);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function makePeriodKey(kind: PeriodKind, year: number, index: number): string {
  checkYear(year);
  if (kind === 'month') return monthKey(year, index);
  if (kind === 'quarter') return `${pad(year, 4)}-Q${index}`;
  return pad(year, 4);
}

function toOrdinal(p: ParsedPeriod): number {
  return p.year * PER_YEAR[p.kind] + p.index - 1;
}

function fromOrdinal(kind: PeriodKind, ordinal: number): string {
  const per = PER_YEAR[kind];
  const year = Math.floor(ordinal / per);
  return makePeriodKey(kind, year, ordinal - year * per + 1);
}

/** Calendar months as an absolute ordinal (year × 12 + month − 1). */
function fiscalStartOrdinal(p: ParsedPeriod, fyStart: number): number {
  const firstMonth = p.year * 12 + fyStart - 1;
  return p.kind === 'quarter' ? firstMonth + 3 * (p.index - 1) : firstMonth;
}

/** The calendar month keys the period covers, in order. */
export function periodMonths(key: string, fyStart: number): string[] {
  checkFyStart(fyStart);
  const p = parsePeriod(key);
  if (p.kind === 'month') return [key];
  const start = fiscalStartOrdinal(p, fyStart);
  const count = p.kind === 'quarter' ? 3 : 12;
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(fromOrdinal('month', start + i));
  return out;
}

/** The periods of a finer-or-equal kind inside key, in order. */
export function subPeriods(key: string, kind: PeriodKind, fyStart: number): string[] {
  checkFyStart(fyStart);
  const p = parsePeriod(key);
  if (compareKinds(kind, p.kind) > 0)
    throw new Error(`Cannot split ${p.kind} ${key} into ${kind}s: a ${kind} is longer`);
  if (kind === p.kind) return [key];
  if (kind === 'month') return periodMonths(key, fyStart);
  return [1, 2, 3, 4].map((q) => makePeriodKey('quarter', p.year, q));
}

/** The fiscal year and quarter a calendar month belongs to. */
function fiscalOfMonth(year: number, month: number, fyStart: number): { year: number; quarter: number } {
  const offset = month - fyStart;
  const fiscalYear = offset >= 0 ? year : year - 1;
  const monthInFy = (offset + 12) % 12;
  return { year: fiscalYear, quarter: Math.floor(monthInFy / 3) + 1 };
}

/** The period of a coarser-or-equal kind that contains key. */
export function containingPeriod(key: string, kind: PeriodKind, fyStart: number): string {
  checkFyStart(fyStart);
  const p = parsePeriod(key);
  if (compareKinds(kind, p.kind) < 0)
    throw new Error(`A ${kind} cannot contain ${p.kind} ${key}: a ${kind} is shorter`);
  if (kind === p.kind) return key;
  if (p.kind === 'quarter') return makePeriodKey('year', p.year, 1);
  const f = fiscalOfMonth(p.year, p.index, fyStart);
  return kind === 'quarter' ? makePeriodKey('quarter', f.year, f.quarter) : makePeriodKey('year', f.year, 1);
}

/** n periods later (same kind); n may be negative. */
export function nextPeriod(key: string, n = 1): string {
  if (!Number.isInteger(n)) throw new Error(`Invalid step ${n}: expected a whole number`);
  const p = parsePeriod(key);
  return fromOrdinal(p.kind, toOrdinal(p) + n);
}

export function previousPeriod(key: string, n = 1): string {
  return nextPeriod(key, -n);
}

export function samePeriodLastYear(key: string): string {
  return nextPeriod(key, -PER_YEAR[parsePeriod(key).kind]);
}

function parseSameKind(a: string, b: string): [ParsedPeriod, ParsedPeriod] {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa.kind !== pb.kind)
    throw new Error(`Cannot compare ${pa.kind} ${a} with ${pb.kind} ${b}: periods must be of the same kind`);
  return [pa, pb];
}

/** Negative when a is before b, 0 when equal, positive when after; both must be of the same kind. */
export function comparePeriods(a: string, b: string): number {
  const [pa, pb] = parseSameKind(a, b);
  return toOrdinal(pa) - toOrdinal(pb);
}

/** Every period from `from` to `to` inclusive; empty when `to` is before `from`. */
export function periodRange(from: string, to: string): string[] {
  const [pa, pb] = parseSameKind(from, to);
  const out: string[] = [];
  for (let o = toOrdinal(pa); o <= toOrdinal(pb); o++) out.push(fromOrdinal(pa.kind, o));
  return out;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The period containing a date. A Date is read in UTC so the answer does not depend on the machine's time zone. */
export function periodForDate(date: Date | string, kind: PeriodKind, fyStart: number): string {
  let year: number;
  let month: number;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new Error('Invalid date');
    year = date.getUTCFullYear();
    month = date.getUTCMonth() + 1;
  } else {
    const m = DATE_RE.exec(date);
    if (!m) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
    year = Number(m[1]);
    month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      throw new Error(`Invalid date "${date}": no such day`);
  }
  return containingPeriod(monthKey(year, month), kind, fyStart);
}

export function periodStartDate(key: string, fyStart: number): string {
  return `${periodMonths(key, fyStart)[0]}-01`;
}

export function periodEndDate(key: string, fyStart: number): string {
  const months = periodMonths(key, fyStart);
  const last = parsePeriod(months[months.length - 1]);
  return `${months[months.length - 1]}-${pad(daysInMonth(last.year, last.index), 2)}`;
}

/** The date formats periods and dates are written with, by name (a name is a cheaper cache key than the options). */
const DATE_STYLES = {
  'month-short': { month: 'short' },
  'month-long': { month: 'long' },
  'day-short': { day: 'numeric', month: 'short', year: 'numeric' },
  'day-long': { day: 'numeric', month: 'long', year: 'numeric' },
  'month-year': { month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
type DateStyle = keyof typeof DATE_STYLES;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone: 'UTC' });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * Labels already written, per locale and style: formula texts and tables name the same few months thousands of
 * times, and Intl takes microseconds for each.
 */
const written = new Map<string, Map<string, string>>();

function remembered(locale: string, style: DateStyle, id: string, write: () => string): string {
  const key = `${locale}|${style}`;
  let labels = written.get(key);
  if (!labels) written.set(key, (labels = new Map()));
  let label = labels.get(id);
  if (label === undefined) {
    // Bounded: a long session may name many dates, each only a few times.
    if (labels.size > 5000) labels.clear();
    label = write();
    labels.set(id, label);
  }
  return label;
}

/** Noon UTC on a day: no time zone moves it to another date. Years below 100 are not taken as 19xx. */
function utcDay(year: number, month: number, day = 1): Date {
  const d = new Date(Date.UTC(2000, 0, 1, 12));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

/** A month's name in the current language, as it stands alone ('Mar', 'März', 'mars'; 'March' when long). */
export function monthName(month: number, width: 'short' | 'long' = 'short', locale = currentLocale()): string {
  const style = width === 'long' ? 'month-long' : 'month-short';
  return remembered(locale, style, String(month), () => dateFormat(locale, style).format(utcDay(2000, month)));
}

/** Formats a day with Intl, writing the year with four digits ('Mar 2026', 'März 2026', '31 mars 2026'). */
function formatDay(year: number, month: number, day: number, style: DateStyle, locale: string): string {
  return remembered(locale, style, `${year}-${month}-${day}`, () =>
    dateFormat(locale, style)
      .formatToParts(utcDay(year, month, day))
      .map((part) => (part.type === 'year' ? pad(year, 4) : part.value))
      .join(''),
  );
}

/**
 * An ISO date ('2026-03-31') for people: '31 Mar 2026' style ('31. März 2026', '31 mars 2026') when short,
 * the month written out when long. A text that is not a date is shown as it is.
 */
export function dateLabel(iso: string, width: 'short' | 'long' = 'short', locale = currentLocale()): string {
  const m = DATE_RE.exec(iso.slice(0, 10));
  if (!m) return iso;
  return formatDay(Number(m[1]), Number(m[2]), Number(m[3]), width === 'long' ? 'day-long' : 'day-short', locale);
}

function monthLabel(key: string): string {
  const p = parsePeriod(key);
  return formatDay(p.year, p.index, 1, 'month-year', currentLocale());
}

/** 'Apr–Jun 2026' within one calendar year, 'Nov 2026–Jan 2027' across two. */
function monthSpanLabel(months: string[]): string {
  const first = parsePeriod(months[0]);
  const last = parsePeriod(months[months.length - 1]);
  if (first.year === last.year) return `${monthName(first.index)}–${monthLabel(months[months.length - 1])}`;
  return `${monthLabel(months[0])}–${monthLabel(months[months.length - 1])}`;
}

/** The months a fiscal period spans ('Apr–Jun 2026'), as its label writes them in brackets. */
export function fiscalMonthsLabel(key: string, fyStart: number): string {
  return monthSpanLabel(periodMonths(key, fyStart));
}

/** A quarter's short name ('Q3' in English and German, 'T3' in French and Spanish). */
export function quarterName(index: number): string {
  return t('numbers:period.quarterShort', { index });
}

/** A fiscal year's short name ('FY2026', 'GJ 2026'). */
export function fiscalYearName(year: number): string {
  return t('numbers:period.fiscalYear', { year: pad(year, 4) });
}

/** Human label; fiscal periods name their months when the fiscal year is not the calendar year. */
export function periodLabel(key: string, fyStart: number): string {
  checkFyStart(fyStart);
  const p = parsePeriod(key);
  const year = pad(p.year, 4);
  if (p.kind === 'month') return monthLabel(key);
  if (p.kind === 'quarter') {
    return fyStart === 1
      ? t('numbers:period.quarter', { quarter: quarterName(p.index), year })
      : t('numbers:period.fiscalQuarter', {
          fy: fiscalYearName(p.year),
          quarter: quarterName(p.index),
          months: monthSpanLabel(periodMonths(key, fyStart)),
        });
  }
  return fyStart === 1
    ? year
    : t('numbers:period.fiscalYearSpan', {
        fy: fiscalYearName(p.year),
        months: monthSpanLabel(periodMonths(key, fyStart)),
      });
}
