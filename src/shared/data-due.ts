/**
 * When each KPI's data is due: a value is due a number of days after its period ends (the scorecard's default, or
 * the KPI's own). Opening a document shows what is due and overdue, by owner, and `quadrant due` lists it.
 * "Today" is passed in, so the answers are repeatable and tests need no clock.
 */
import type { Kpi, Objective, Scorecard } from './domain';
import { dayNumber } from './initiative-schedule';
import { comparePeriods, parsePeriod, periodEndDate, periodForDate, previousPeriod } from './periods';
import type { MeasurementIndex } from './scoring';
import { ownerKey } from './scorecard-filter';

export interface DueEntry {
  scorecardId: number;
  kpiId: number;
  kpiName: string;
  /** The KPI's owner, else its objective's owner, else '' (nobody). */
  owner: string;
  /** The period at the KPI's frequency whose value is missing. */
  period: string;
  /** YYYY-MM-DD: the period's last day plus the due days. */
  dueDate: string;
  state: 'due' | 'overdue';
  /** Days past the due date; 0 while it is only due. */
  daysLate: number;
}

export interface DueInput {
  scorecard: Scorecard;
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
  measurements: MeasurementIndex;
}

export interface DueOptions {
  /** At most this many missing periods per KPI, newest first; default 12. */
  lookBack?: number;
}

export interface DueByOwner {
  owner: string;
  entries: DueEntry[];
}

/** A year of monthly gaps is as far back as anyone will chase a number; older gaps are history, not a to-do. */
export const DEFAULT_LOOK_BACK = 12;
const DAY_MS = 86_400_000;

/** The calendar day `days` after a YYYY-MM-DD date. UTC arithmetic, so no time zone or daylight saving shifts it. */
function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** The KPI's own due days where set, else the scorecard's. */
export function dueDaysOf(kpi: Pick<Kpi, 'dataDueDays'>, scorecard: Pick<Scorecard, 'dataDueDays'>): number {
  return kpi.dataDueDays ?? scorecard.dataDueDays;
}

/** The day the KPI's value for `period` is due: the period's last day plus the KPI's (or the scorecard's) days. */
export function dueDateOf(kpi: Kpi, scorecard: Scorecard, period: string): string {
  return addDays(periodEndDate(period, scorecard.fiscalYearStartMonth), dueDaysOf(kpi, scorecard));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The period before `key`, or null at the start of the calendar (year 0000), where there is none. */
function earlier(key: string): string | null {
  try {
    return previousPeriod(key);
  } catch {
    return null;
  }
}

function hasValue(measurements: MeasurementIndex, kpiId: number, period: string): boolean {
  const m = measurements.get(kpiId)?.get(period);
  return m !== undefined && m.actual !== null;
}

/** Whether the KPI has a value for any period of its frequency up to and including `latest`. */
function everReported(kpi: Kpi, measurements: MeasurementIndex, latest: string): boolean {
  const kind = kpi.frequency;
  for (const [key, m] of measurements.get(kpi.id) ?? []) {
    if (m.actual === null || parsePeriod(key).kind !== kind) continue;
    if (comparePeriods(key, latest) <= 0) return true;
  }
  return false;
}

/**
 * The ended periods whose value is missing, newest first: the most recent ended period, then earlier ones back to
 * the latest period with a value. A KPI that never reported lists only its most recent period: nobody can tell
 * when it should have started, and a year of gaps for a KPI added last week would be noise.
 */
function missingPeriods(
  kpi: Kpi,
  measurements: MeasurementIndex,
  fyStart: number,
  today: string,
  lookBack: number,
): string[] {
  // The period holding today has not ended (it ends at the earliest today), so the one before it is the latest ended.
  const latest = earlier(periodForDate(today, kpi.frequency, fyStart));
  if (latest === null) return [];
  if (!everReported(kpi, measurements, latest)) return [latest];
  const out: string[] = [];
  let period: string | null = latest;
  while (period !== null && out.length < lookBack && !hasValue(measurements, kpi.id, period)) {
    out.push(period);
    period = earlier(period);
  }
  return out;
}

function compareEntries(a: DueEntry, b: DueEntry): number {
  if (a.state !== b.state) return a.state === 'overdue' ? -1 : 1;
  if (a.state === 'overdue' && a.daysLate !== b.daysLate) return b.daysLate - a.daysLate;
  if (a.state === 'due' && a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.kpiName.localeCompare(b.kpiName, 'en') || a.kpiId - b.kpiId || (a.period < b.period ? 1 : -1);
}

/**
 * Every missing value of the scorecard's KPIs that is due or overdue on `today` (YYYY-MM-DD): overdue first, most
 * days late first; then due, soonest due date first; then by KPI name.
 */
export function dataDue(input: DueInput, today: string, options: DueOptions = {}): DueEntry[] {
  const { scorecard, measurements } = input;
  const fyStart = scorecard.fiscalYearStartMonth;
  const asked = options.lookBack ?? DEFAULT_LOOK_BACK;
  const lookBack = Number.isFinite(asked) ? Math.max(1, Math.floor(asked)) : DEFAULT_LOOK_BACK;
  const objectiveOwner = new Map(input.objectives.map((o) => [o.id, o.owner.trim()]));
  const out: DueEntry[] = [];
  for (const kpi of input.kpis) {
    const owner = kpi.owner.trim() || objectiveOwner.get(kpi.objectiveId) || '';
    for (const period of missingPeriods(kpi, measurements, fyStart, today, lookBack)) {
      const dueDate = dueDateOf(kpi, scorecard, period);
      const late = daysBetween(dueDate, today);
      out.push({
        scorecardId: scorecard.id,
        kpiId: kpi.id,
        kpiName: kpi.name,
        owner,
        period,
        dueDate,
        state: late > 0 ? 'overdue' : 'due',
        daysLate: Math.max(0, late),
      });
    }
  }
  return out.sort(compareEntries);
}

/**
 * The entries by owner, owners alphabetically and nobody's last, each keeping the order it was given. Owners are
 * matched like the owner filter matches them ("Dana" and "dana " are one person), named as first written.
 */
export function groupDueByOwner(entries: readonly DueEntry[]): DueByOwner[] {
  const groups = new Map<string, DueByOwner>();
  for (const entry of entries) {
    const key = ownerKey(entry.owner);
    const group = groups.get(key);
    if (group) group.entries.push(entry);
    else groups.set(key, { owner: key === '' ? '' : entry.owner.trim().replace(/\s+/g, ' '), entries: [entry] });
  }
  return [...groups.values()].sort((a, b) => {
    if ((a.owner === '') !== (b.owner === '')) return a.owner === '' ? 1 : -1;
    return a.owner.localeCompare(b.owner, 'en');
  });
}
