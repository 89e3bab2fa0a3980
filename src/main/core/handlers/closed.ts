/**
 * Closed periods in the core: the snapshots evaluations read, and the lock that refuses edits of a closed period's
 * values. A closed period's values change only after it is reopened, which is an explicit, recorded act.
 */
import { closedPeriodOf, type ClosedSnapshots } from '../../../shared/closed-periods';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { periodLabel } from '../../../shared/periods';
import type { Repositories } from '../repositories';

/** The closed periods of a scorecard with their snapshots, for scoring. */
export function closedSnapshots(repos: Repositories, scorecardId: number): ClosedSnapshots {
  return new Map(repos.review.closed.list(scorecardId).map((c) => [c.period, c.snapshot]));
}

/**
 * A check that refuses a value of a closed period. Made once per call: a pasted block of many cells reads each
 * scorecard's closed periods once.
 */
export function closedPeriodLock(repos: Repositories): (kpiId: number, period: string) => void {
  const scorecardOfKpi = new Map<number, number>();
  const closedOf = new Map<number, string[]>();
  return (kpiId, period) => {
    let scorecardId = scorecardOfKpi.get(kpiId);
    if (scorecardId === undefined) {
      scorecardId = repos.scorecardOfKpi(kpiId);
      scorecardOfKpi.set(kpiId, scorecardId);
    }
    let closed = closedOf.get(scorecardId);
    if (!closed) {
      closed = repos.review.closed.keys(scorecardId);
      closedOf.set(scorecardId, closed);
    }
    if (closed.length === 0) return;
    const fy = repos.scorecards.get(scorecardId).fiscalYearStartMonth;
    const key = closedPeriodOf(period, closed, fy);
    if (key !== undefined) {
      const label = periodLabel(key, fy);
      throw new AppError(
        ErrorCode.CONFLICT,
        t('errors:closed.locked', { label }),
        [{ path: ['period'], message: t('errors:closed.isIn', { label }) }],
      );
    }
  };
}
