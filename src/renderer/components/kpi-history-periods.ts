/** Which periods the KPI dialog's history chart shows: kept apart from the chart so the dialog needs no ECharts. */
import type { Frequency, Kpi, Measurement } from '../../shared/domain';
import {
  compareKinds,
  containingPeriod,
  periodKind,
  periodRange,
  previousPeriod,
  subPeriods,
} from '../../shared/periods';

/** Enough to see a trend and a season; more makes the points too dense to read in a dialog. */
const MAX_POINTS = 16;

/** The KPI's own periods, from its first value up to the chosen period. */
export function historyPeriods(
  kpi: Kpi,
  measurements: readonly Measurement[],
  period: string,
  viewKind: Frequency,
  fy: number,
): string[] {
  const f = kpi.frequency;
  const end = compareKinds(f, viewKind) >= 0 ? containingPeriod(period, f, fy) : subPeriods(period, f, fy).at(-1)!;
  let start = end;
  for (const m of measurements) {
    if (m.kpiId !== kpi.id || m.actual === null || compareKinds(periodKind(m.period), f) > 0) continue;
    const p = containingPeriod(m.period, f, fy);
    if (p < start) start = p;
  }
  const all = start === end ? [previousPeriod(end, 3), end] : [start, end];
  return periodRange(all[0], all[1]).slice(-MAX_POINTS);
}
