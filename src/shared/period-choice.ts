/** Which period the overview opens on (chosen by the core and the renderer alike) and how the view changes kind. */
import type { Measurement, Scorecard } from './domain';
import { compareKinds, comparePeriods, containingPeriod, periodForDate, periodKind, subPeriods, type PeriodKind } from './periods';

/** The latest view period that has any actual value, or the period of today when there is none. */
export function defaultPeriod(
  measurements: readonly Measurement[],
  kind: PeriodKind,
  fyStart: number,
  today = new Date(),
): string {
  // The latest key of each kind first, converted once: keys of one kind sort as strings, and the enclosing period
  // keeps their order. The core runs this on every load, over all of a scorecard's values (8,640 in W1's).
  const latestOfKind = new Map<PeriodKind, string>();
  for (const m of measurements) {
    if (m.actual === null) continue;
    const of = periodKind(m.period);
    const latest = latestOfKind.get(of);
    if (latest === undefined || m.period > latest) latestOfKind.set(of, m.period);
  }
  let latest: string | null = null;
  for (const [of, key] of latestOfKind) {
    // A yearly value cannot be pinned to one quarter: it only decides the default of a year view.
    if (compareKinds(of, kind) > 0) continue;
    const p = containingPeriod(key, kind, fyStart);
    if (latest === null || p > latest) latest = p;
  }
  return latest ?? periodForDate(today, kind, fyStart);
}

/** The same moment seen at another granularity: the enclosing period, or the latest sub-period with data. */
export function convertPeriod(
  period: string,
  kind: PeriodKind,
  fyStart: number,
  measurements: readonly Measurement[],
): string {
  const from = periodKind(period);
  if (compareKinds(kind, from) >= 0) return containingPeriod(period, kind, fyStart);
  const inside = subPeriods(period, kind, fyStart);
  const withData = new Set(
    measurements
      .filter((m) => m.actual !== null && compareKinds(periodKind(m.period), kind) <= 0)
      .map((m) => containingPeriod(m.period, kind, fyStart)),
  );
  for (let i = inside.length - 1; i >= 0; i--) if (withData.has(inside[i])) return inside[i];
  return inside[inside.length - 1];
}

/** The latest period at the scorecard's granularity that has any actual value at that granularity or finer. */
export function latestPeriodWithData(scorecard: Scorecard, measurements: readonly Measurement[]): string | null {
  let latest: string | null = null;
  for (const m of measurements) {
    if (m.actual === null || compareKinds(periodKind(m.period), scorecard.granularity) > 0) continue;
    const p = containingPeriod(m.period, scorecard.granularity, scorecard.fiscalYearStartMonth);
    if (latest === null || comparePeriods(p, latest) > 0) latest = p;
  }
  return latest;
}
