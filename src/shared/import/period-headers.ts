/**
 * Period headers as spreadsheets write them: "Q1 2026", "2026-Q1", "Q1/2026", "Jan 2026", "January 2026",
 * "2026-01", "01/2026", "2026", the app's own labels ("FY2026 Q1 (Apr–Jun 2026)") and real Excel dates. Quarters and
 * years are fiscal, as everywhere in Quadrant: "Q1 2026" is the quarter the app labels Q1 2026 for the scorecard
 * (its key 2026-Q1), whatever month its fiscal year starts in. A month or quarter written without its year
 * ("March") takes the year from its neighbours; with none to take it from, it is refused with the reason.
 */
import type { SheetCell } from '../sheets';
import type { Frequency } from '../domain';
import {
  MONTH_LONG_NAMES,
  makePeriodKey,
  monthName,
  periodEndDate,
  periodForDate,
  periodKind,
  periodLabel,
} from '../periods';
import { shown } from './numbers';
import { t } from '../i18n';

/** What a header cell says: a period, a month or quarter without its year, an invalid period, or nothing at all. */
export type HeaderRead =
  | { kind: 'period'; period: string; /** The ISO day when the header is a date. */ date?: string }
  | { kind: 'partial'; unit: 'month' | 'quarter'; index: number }
  | { kind: 'invalid'; reason: string }
  | { kind: 'none' };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** Month names and the short forms people use, English first; a few German and French ones common in exports. */
const MONTHS = new Map<string, number>();
MONTH_LONG_NAMES.forEach((name, i) => {
  const lower = name.toLowerCase();
  MONTHS.set(lower, i + 1);
  MONTHS.set(lower.slice(0, 3), i + 1);
});
for (const [name, m] of [
  ['sept', 9],
  ['januar', 1],
  ['februar', 2],
  ['märz', 3],
  ['mär', 3],
  ['mrz', 3],
  ['mai', 5],
  ['juni', 6],
  ['juli', 7],
  ['okt', 10],
  ['oktober', 10],
  ['dez', 12],
  ['dezember', 12],
] as const)
  MONTHS.set(name, m);
// The month names of every language Quadrant speaks, long and short, as Intl writes them ("janv.", "März", "ene").
for (const locale of ['de-DE', 'fr-FR', 'es-ES'])
  for (let m = 1; m <= 12; m++)
    for (const width of ['long', 'short'] as const) {
      const name = monthName(m, width, locale).toLowerCase().replace(/\.$/, '');
      if (!MONTHS.has(name)) MONTHS.set(name, m);
    }

function yearOf(text: string): number | null {
  const t = text.replace(/^'/, '');
  const y = t.length === 2 ? 2000 + Number(t) : Number(t);
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

function outOfRange(text: string): HeaderRead {
  return {
    kind: 'invalid',
    reason: t('numbers:import.yearRange', { text: shown(text), min: String(MIN_YEAR), max: String(MAX_YEAR) }),
  };
}

// Q1 in English and German, T1 (trimestre) in French and Spanish.
const QUARTER_FIRST = /^[qt]([1-9])\s*[-/ .]?\s*(?:fy\s*)?(\d{4}|'?\d{2})?$/i;
const YEAR_FIRST_QUARTER = /^(?:fy\s*)?(\d{4})\s*[-/ .]?\s*[qt]([1-9])$/i;
const MONTH_NAME = /^([a-zäöüéèêëûôîçñ]+)\.?\s*[-/ .,]?\s*(\d{4}|'?\d{2})?$/i;
const YEAR_MONTH = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;
const YEAR = /^(?:fy\s*)?(\d{4})$/i;

/** A header's text read as a period, independent of any KPI. */
export function readPeriodText(raw: string): HeaderRead {
  // The app's own labels end with the months in brackets: "FY2026 Q1 (Apr–Jun 2026)".
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\([^)]*\)$/, '');
  if (text === '' || text.length > 40) return { kind: 'none' };
  let m = QUARTER_FIRST.exec(text) ?? null;
  if (m) {
    const q = Number(m[1]);
    if (q > 4) return { kind: 'invalid', reason: t('numbers:import.quarters', { text: shown(raw) }) };
    if (m[2] === undefined) return { kind: 'partial', unit: 'quarter', index: q };
    const y = yearOf(m[2]);
    return y === null ? outOfRange(raw) : { kind: 'period', period: makePeriodKey('quarter', y, q) };
  }
  m = YEAR_FIRST_QUARTER.exec(text);
  if (m) {
    const q = Number(m[2]);
    if (q > 4) return { kind: 'invalid', reason: t('numbers:import.quarters', { text: shown(raw) }) };
    const y = yearOf(m[1]!);
    return y === null ? outOfRange(raw) : { kind: 'period', period: makePeriodKey('quarter', y, q) };
  }
  m = ISO_DAY.exec(text);
  if (m) return readDate(`${m[1]}-${m[2]}-${m[3]}`, raw);
  m = YEAR_MONTH.exec(text) ?? null;
  const m2 = m ? null : MONTH_YEAR.exec(text);
  if (m || m2) {
    const year = Number(m ? m[1] : m2![2]);
    const month = Number(m ? m[2] : m2![1]);
    if (month < 1 || month > 12)
      return { kind: 'invalid', reason: t('numbers:import.noMonth', { text: shown(raw), month }) };
    return year < MIN_YEAR || year > MAX_YEAR
      ? outOfRange(raw)
      : { kind: 'period', period: makePeriodKey('month', year, month) };
  }
  m = MONTH_NAME.exec(text);
  if (m) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    if (month !== undefined && m[2] === undefined) return { kind: 'partial', unit: 'month', index: month };
    if (month !== undefined) {
      const y = yearOf(m[2]!);
      return y === null ? outOfRange(raw) : { kind: 'period', period: makePeriodKey('month', y, month) };
    }
  }
  m = YEAR.exec(text);
  if (m) {
    const y = yearOf(m[1]!);
    return y === null ? { kind: 'none' } : { kind: 'period', period: makePeriodKey('year', y, 1) };
  }
  return { kind: 'none' };
}

function readDate(iso: string, raw: string): HeaderRead {
  try {
    const period = periodForDate(iso, 'month', 1);
    const year = Number(period.slice(0, 4));
    if (year < MIN_YEAR || year > MAX_YEAR) return outOfRange(raw);
    return { kind: 'period', period, date: iso };
  } catch {
    return { kind: 'invalid', reason: t('numbers:import.notADate', { text: shown(raw) }) };
  }
}

/** A header cell: a real date is the month containing it (see periodFor for quarters and years). */
export function readPeriodCell(cell: SheetCell | null | undefined): HeaderRead {
  if (!cell || cell.v === null) return { kind: 'none' };
  if (cell.date && typeof cell.v === 'string') return readDate(cell.v.slice(0, 10), cell.v);
  if (typeof cell.v === 'number') {
    // A plain whole number in a header is a year ("2026"); any other number is a value, not a period.
    return Number.isInteger(cell.v) && cell.v >= MIN_YEAR && cell.v <= MAX_YEAR
      ? { kind: 'period', period: makePeriodKey('year', cell.v, 1) }
      : { kind: 'none' };
  }
  if (typeof cell.v !== 'string') return { kind: 'none' };
  return readPeriodText(cell.v);
}

/**
 * Gives a yearless month or quarter ("March") the year of its neighbours in a row of headers: counting on from
 * the nearest dated header on its left (a new year begins where the months start again), else back from the
 * nearest on its right. Without a dated neighbour of the same unit it is refused with the reason.
 */
export function resolveYears(reads: HeaderRead[], texts: string[]): HeaderRead[] {
  const indexOf = (r: HeaderRead, unit: 'month' | 'quarter'): { index: number; year: number | null } | null => {
    if (r.kind === 'partial') return r.unit === unit ? { index: r.index, year: null } : null;
    if (r.kind !== 'period' || r.date || periodKind(r.period) !== unit) return null;
    const index = unit === 'month' ? Number(r.period.slice(5, 7)) : Number(r.period.slice(6));
    return { index, year: Number(r.period.slice(0, 4)) };
  };
  return reads.map((r, i) => {
    if (r.kind !== 'partial') return r;
    const { unit, index } = r;
    // Leftwards time runs back: an index not below the one after it means a year boundary was crossed.
    let current = index;
    let years = 0;
    for (let j = i - 1; j >= 0; j--) {
      const n = indexOf(reads[j]!, unit);
      if (!n) continue;
      if (n.index >= current) years++;
      current = n.index;
      if (n.year !== null) return { kind: 'period', period: makePeriodKey(unit, n.year + years, index) };
    }
    current = index;
    years = 0;
    for (let j = i + 1; j < reads.length; j++) {
      const n = indexOf(reads[j]!, unit);
      if (!n) continue;
      if (n.index <= current) years++;
      current = n.index;
      if (n.year !== null) return { kind: 'period', period: makePeriodKey(unit, n.year - years, index) };
    }
    const text = (texts[i] ?? '').trim();
    return {
      kind: 'invalid',
      reason: t('numbers:import.noYear', { text: shown(text) }),
    };
  });
}

/**
 * The period a header means for a KPI of this frequency. A date is the month containing it, or the quarter or year
 * it is the last day of (31 Mar 2026 is Q1 2026 for a quarterly KPI with a calendar fiscal year).
 */
export function periodFor(
  read: { period: string; date?: string },
  frequency: Frequency,
  fyStart: number,
  kpiName: string,
): { ok: true; period: string } | { ok: false; reason: string } {
  const kind = periodKind(read.period);
  if (kind === frequency) return { ok: true, period: read.period };
  if (read.date) {
    const containing = periodForDate(read.date, frequency, fyStart);
    if (periodEndDate(containing, fyStart) === read.date) return { ok: true, period: containing };
    return {
      ok: false,
      reason: t('numbers:import.notLastDay', {
        date: read.date,
        kpi: kpiName,
        frequency: t(`numbers:import.frequency.${frequency}`),
      }),
    };
  }
  return {
    ok: false,
    reason: t('numbers:import.wrongKind', {
      period: periodLabel(read.period, fyStart),
      kind: t(`numbers:import.kinds.${kind}`),
      kpi: kpiName,
      frequency: t(`numbers:import.frequency.${frequency}`),
    }),
  };
}
