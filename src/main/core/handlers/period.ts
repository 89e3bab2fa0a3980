/** period.* and minutes.* : closing periods, comparing them, and the minutes of a review. */
import { basename } from 'node:path';
import { closedPeriodOf, periodsOfSnapshot, takeSnapshot, treeFor } from '../../../shared/closed-periods';
import type { ClosedPeriodInfo } from '../../../shared/contract-review';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { comparePeriodsOf } from '../../../shared/period-compare';
import { periodLabel } from '../../../shared/periods';
import type { Repositories } from '../repositories';
import { periodsToRead } from '../cascade-data';
import { closedSnapshots } from './closed';
import { actionsOfReview } from './review';
import { evaluatePeriods, scorecardTree } from './scorecard';
import type { HandlerGroup } from './types';

const info = ({ scorecardId, period, closedAt, closedBy }: ClosedPeriodInfo): ClosedPeriodInfo => ({
  scorecardId,
  period,
  closedAt,
  closedBy,
});

/** The scored structure and evaluation of one period, as the comparison and the minutes read it. */
function scoredPeriod(repos: Repositories, scorecardId: number, period: string) {
  const tree = treeFor(scorecardTree(repos, scorecardId), closedSnapshots(repos, scorecardId), period);
  return { period, tree, evaluation: evaluatePeriods(repos, scorecardId, [period])[0]! };
}

export const periodHandlers: HandlerGroup<'period'> = {
  'period.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return {
      closed: repos.review.closed.list(scorecardId).map(info),
      events: repos.review.periodEvents.list({ scorecardId }),
    };
  },
  'period.close': ({ scorecardId, period, by }, session) => {
    const { repos } = session.require();
    const scorecard = repos.scorecards.get(scorecardId);
    const fy = scorecard.fiscalYearStartMonth;
    const label = periodLabel(period, fy);
    const already = closedPeriodOf(period, repos.review.closed.keys(scorecardId), fy);
    if (already !== undefined) {
      throw new AppError(
        ErrorCode.CONFLICT,
        already === period
          ? t('errors:rules.alreadyClosed', { label })
          : t('errors:rules.alreadyClosedIn', { label, within: periodLabel(already, fy) }),
      );
    }
    const tree = scorecardTree(repos, scorecardId);
    // A closed month's key results linked to KPIs read the KPIs' earlier months of the quarter too.
    const linked = tree.keyResults.some((k) => k.kpiId !== null);
    const keys = new Set([...periodsOfSnapshot(period, fy), ...periodsToRead([period], fy, linked)]);
    const measurements = repos.measurements.listByScorecardAndPeriods(scorecardId, [...keys]);
    const at = new Date().toISOString();
    const closed = {
      scorecardId,
      period,
      closedAt: at,
      closedBy: by ?? '',
      snapshot: takeSnapshot(tree, measurements, period),
    };
    repos.review.closed.add(closed);
    repos.review.periodEvents.add({ scorecardId, period, action: 'close', at, by: by ?? '', reason: '' });
    return info(closed);
  },
  'period.reopen': ({ scorecardId, period, reason, by }, session) => {
    const { repos } = session.require();
    const scorecard = repos.scorecards.get(scorecardId);
    if (!repos.review.closed.delete(scorecardId, period)) {
      throw new AppError(
        ErrorCode.NOT_FOUND,
        t('errors:rules.notClosed', { label: periodLabel(period, scorecard.fiscalYearStartMonth) }),
      );
    }
    repos.review.periodEvents.add({
      scorecardId,
      period,
      action: 'reopen',
      at: new Date().toISOString(),
      by: by ?? '',
      reason,
    });
    return null;
  },
  'period.compare': ({ scorecardId, from, to }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return comparePeriodsOf(
      scoredPeriod(repos, scorecardId, from),
      scoredPeriod(repos, scorecardId, to),
      repos.review.actions.list({ scorecardId }),
    );
  },
};

export const minutesHandlers: HandlerGroup<'minutes'> = {
  'minutes.data': ({ reviewId }, session) => {
    const { repos, store } = session.require();
    const review = repos.review.reviews.get(reviewId);
    const items = repos.review.items.list({ reviewId });
    const { tree, evaluation } = scoredPeriod(repos, review.scorecardId, review.period);
    const fy = repos.scorecards.get(review.scorecardId).fiscalYearStartMonth;
    return {
      // As the report names it (its footer and file name): the file's name without the extension.
      documentName: basename(store.path).replace(/\.scorecard$/i, ''),
      generatedAt: new Date().toISOString(),
      review,
      items,
      actions: actionsOfReview(repos, reviewId, items),
      tree: { ...scorecardTree(repos, review.scorecardId), ...tree },
      evaluation,
      periodLabel: periodLabel(review.period, fy),
      closed: closedPeriodOf(review.period, repos.review.closed.keys(review.scorecardId), fy) !== undefined,
    };
  },
};
