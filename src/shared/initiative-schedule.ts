/**
 * Initiatives against the calendar: whether each is on schedule, over budget, and where its bar sits on a
 * month timeline. Dates are calendar days (YYYY-MM-DD); "today" is passed in so the answers are repeatable.
 */
import type { Initiative } from './domain';
import { formatPercent } from './format';
import { currentLanguage, currentLocale, t } from './i18n';

export type ScheduleState = 'done' | 'cancelled' | 'overdue' | 'behind' | 'on_track' | 'not_started' | 'undated';

export interface Schedule {
  state: ScheduleState;
  /** How far along the calendar says it should be (0–100), when it has started and has both dates. */
  expectedPercent: number | null;
  /** The state in words, with its reason. */
  text: string;
}

/**
 * Points of "% complete" an initiative may trail the share of its time already used before it counts as
 * behind: progress estimates are coarse, and a smaller gap would flag most healthy projects near their end.
 */
export const BEHIND_MARGIN = 30;

const DAY_MS = 86_400_000;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Intl's formatter for the current locale (English as en-US, whose short months are 'Jan'…'Sep'…'Dec'). */
function dateFormat(options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const locale = currentLanguage() === 'en' ? 'en-US' : currentLocale();
  let f = dateFormats.get(`${locale}|${key}`);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(`${locale}|${key}`, f);
  }
  return f;
}

function utcDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || 1)));
}

/** A month's short name in the current language ('Jan', 'Jän.', 'janv.'). */
function shortMonth(month: number): string {
  return dateFormat({ month: 'short' }, 'month').format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS);
}

/** '2026-11-30' → '30 Nov 2026' in English, '30. Nov. 2026' in German, '30 nov. 2026' in French. */
export function formatDay(iso: string): string {
  if (currentLanguage() === 'en') return `${Number(iso.slice(8, 10))} ${shortMonth(Number(iso.slice(5, 7)))} ${iso.slice(0, 4)}`;
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }, 'day').format(utcDate(iso));
}

/** The local calendar date of a moment, as the person at the machine reads it. */
export function localIsoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

type Scheduled = Pick<Initiative, 'status' | 'startDate' | 'endDate' | 'percentComplete'>;

export function initiativeSchedule(i: Scheduled, today: string): Schedule {
  if (i.status === 'cancelled') return { state: 'cancelled', expectedPercent: null, text: t('panels:schedule.cancelled') };
  if (i.status === 'done') return { state: 'done', expectedPercent: null, text: t('panels:schedule.done') };
  if (i.endDate && i.endDate < today) {
    return {
      state: 'overdue',
      expectedPercent: 100,
      text: t('panels:schedule.overdue', { date: formatDay(i.endDate), percent: formatPercent(i.percentComplete) }),
    };
  }
  if (i.startDate && i.startDate > today) {
    return { state: 'not_started', expectedPercent: 0, text: t('panels:schedule.starts', { date: formatDay(i.startDate) }) };
  }
  if (!i.startDate || !i.endDate) {
    return {
      state: 'undated',
      expectedPercent: null,
      text: i.endDate ? t('panels:schedule.noStart') : t('panels:schedule.noEnd'),
    };
  }
  const span = dayNumber(i.endDate) - dayNumber(i.startDate) + 1;
  const used = dayNumber(today) - dayNumber(i.startDate) + 1;
  const expected = Math.min(100, Math.max(0, (used / span) * 100));
  if (expected - i.percentComplete > BEHIND_MARGIN) {
    return {
      state: 'behind',
      expectedPercent: expected,
      text: t('panels:schedule.behind', {
        percent: formatPercent(i.percentComplete),
        expected: formatPercent(expected),
      }),
    };
  }
  return { state: 'on_track', expectedPercent: expected, text: t('panels:schedule.onSchedule') };
}

export interface BudgetState {
  /** spent / budget in percent; null without a budget. */
  usedPercent: number | null;
  /** How much more than the budget has been spent; null when within it or without both numbers. */
  overBy: number | null;
}

export function budgetState(budget: number | null, spent: number | null): BudgetState {
  if (budget === null || spent === null) return { usedPercent: null, overBy: null };
  return {
    usedPercent: budget > 0 ? (spent / budget) * 100 : null,
    overBy: spent > budget ? spent - budget : null,
  };
}

export interface TimelineMonth {
  key: string;
  /** 'Jan'…, in the language shown when the geometry was computed. */
  label: string;
  /** Position and width in percent of the whole axis. */
  left: number;
  width: number;
  /** False when months are too many to name each: only quarter starts carry a label then. */
  labelled: boolean;
}

export interface TimelineBar {
  id: number;
  left: number;
  width: number;
  startDate: string;
  endDate: string;
}

export interface TimelineGeometry {
  /** First and last day on the axis: whole months around every bar and today. */
  from: string;
  to: string;
  months: TimelineMonth[];
  years: { year: number; left: number; width: number }[];
  /** Today's position in percent. */
  today: number;
  /** Bars by initiative id; initiatives without any date have none. */
  bars: Map<number, TimelineBar>;
}

/** Beyond this many months only quarter starts are named, so the labels never crowd. */
const LABEL_EVERY_MONTH_UP_TO = 24;

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function monthEnd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${iso.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

export function timelineGeometry(
  items: readonly Pick<Initiative, 'id' | 'startDate' | 'endDate'>[],
  today: string,
): TimelineGeometry {
  let first = today;
  let last = today;
  const spans: { id: number; s: string; e: string }[] = [];
  for (const i of items) {
    const s = i.startDate ?? i.endDate;
    const e = i.endDate ?? i.startDate;
    if (!s || !e) continue;
    // A start after the end is refused by the backend; order them anyway so a bar never has negative width.
    const [a, b] = s <= e ? [s, e] : [e, s];
    spans.push({ id: i.id, s: a, e: b });
    if (a < first) first = a;
    if (b > last) last = b;
  }
  const from = monthStart(first);
  const to = monthEnd(last);
  const origin = dayNumber(from);
  const total = dayNumber(to) - origin + 1;
  const pct = (days: number) => (days / total) * 100;

  const months: TimelineMonth[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const keys: string[] = [];
  while (`${y}-${String(m).padStart(2, '0')}` <= to.slice(0, 7)) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  const everyMonth = keys.length <= LABEL_EVERY_MONTH_UP_TO;
  for (const key of keys) {
    const start = dayNumber(`${key}-01`) - origin;
    const end = dayNumber(monthEnd(`${key}-01`)) - origin + 1;
    const month = Number(key.slice(5, 7));
    months.push({
      key,
      label: shortMonth(month),
      left: pct(start),
      width: pct(end - start),
      labelled: everyMonth || month % 3 === 1,
    });
  }
  const years: TimelineGeometry['years'] = [];
  for (const mo of months) {
    const year = Number(mo.key.slice(0, 4));
    const current = years[years.length - 1];
    if (current && current.year === year) current.width += mo.width;
    else years.push({ year, left: mo.left, width: mo.width });
  }
  const bars = new Map<number, TimelineBar>();
  for (const { id, s, e } of spans) {
    const left = pct(dayNumber(s) - origin);
    bars.set(id, { id, left, width: pct(dayNumber(e) - dayNumber(s) + 1), startDate: s, endDate: e });
  }
  return { from, to, months, years, today: pct(dayNumber(today) - origin + 0.5), bars };
}
