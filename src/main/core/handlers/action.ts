/** action.* and due.* : what people promised, and what data they owe. */
import { closedPeriodOf } from '../../../shared/closed-periods';
import { dataDue } from '../../../shared/data-due';
import { fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { ActionItem, ConcernType } from '../../../shared/review';
import { indexMeasurements } from '../../../shared/scoring';
import type { Repositories } from '../repositories';
import { localToday } from './review';
import type { HandlerGroup } from './types';

/** An action is about its own scorecard's objective, KPI or initiative, or about the scorecard itself. */
function checkConcern(repos: Repositories, scorecardId: number, type: ConcernType, id: number | null): void {
  if (type === 'scorecard') {
    if (id !== null) throw fieldError('concernId', t('errors:action.concernEmpty'));
    return;
  }
  if (id === null) throw fieldError('concernId', t(`errors:action.concernRequired.${type}`));
  const owner =
    type === 'objective'
      ? repos.scorecardOfObjective(id)
      : type === 'kpi'
        ? repos.scorecardOfKpi(id)
        : repos.initiatives.get(id).scorecardId;
  if (owner !== scorecardId) throw fieldError('concernId', t('errors:action.otherScorecard'));
}

function checkDates(a: Pick<ActionItem, 'createdOn' | 'closedOn' | 'status'>): void {
  if (a.closedOn !== null && a.closedOn < a.createdOn) throw fieldError('closedOn', t('errors:action.closedBeforeAdded'));
}

export const actionHandlers: HandlerGroup<'action'> = {
  'action.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    if (scorecardId === undefined) return repos.review.actions.list();
    repos.scorecards.get(scorecardId);
    return repos.review.actions.list({ scorecardId });
  },
  'action.create': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    let reviewId = input.reviewId ?? null;
    const reviewItemId = input.reviewItemId ?? null;
    if (reviewItemId !== null) {
      const item = repos.review.items.get(reviewItemId);
      if (reviewId !== null && reviewId !== item.reviewId) throw fieldError('reviewItemId', t('errors:action.otherAgenda'));
      reviewId = item.reviewId;
    }
    if (reviewId !== null && repos.review.reviews.get(reviewId).scorecardId !== input.scorecardId) {
      throw fieldError('reviewId', t('errors:action.otherReview'));
    }
    const status = input.status ?? 'open';
    const createdOn = input.createdOn ?? localToday();
    const values: Omit<ActionItem, 'id'> = {
      scorecardId: input.scorecardId,
      title: input.title,
      owner: input.owner ?? '',
      dueDate: input.dueDate ?? null,
      status,
      concernType: input.concernType ?? 'scorecard',
      concernId: input.concernId ?? null,
      reviewId,
      reviewItemId,
      createdOn,
      closedOn: status === 'open' ? null : createdOn,
    };
    checkConcern(repos, values.scorecardId, values.concernType, values.concernId);
    return repos.review.actions.insert(values);
  },
  'action.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const before = repos.review.actions.get(id);
    const next = { ...before, ...patch };
    // Marking an action done or dropped dates it (today unless told), and reopening it clears the date.
    if (patch.status !== undefined && patch.status !== before.status) {
      next.closedOn = patch.status === 'open' ? null : (patch.closedOn ?? localToday());
    } else if (next.status === 'open' && next.closedOn !== null) {
      throw fieldError('closedOn', t('errors:action.closedWhileOpen'));
    }
    if (patch.concernType !== undefined && patch.concernType !== before.concernType && patch.concernId === undefined) {
      next.concernId = null;
    }
    checkConcern(repos, next.scorecardId, next.concernType, next.concernId);
    checkDates(next);
    const { id: _id, ...values } = next;
    return repos.review.actions.update(id, values);
  },
  'action.delete': ({ id }, session) => {
    session.require().repos.review.actions.delete(id);
    return null;
  },
};

export const dueHandlers: HandlerGroup<'due'> = {
  'due.list': ({ scorecardId, today }, session) => {
    const { repos } = session.require();
    const scorecards = scorecardId === undefined ? repos.scorecards.list() : [repos.scorecards.get(scorecardId)];
    const day = today ?? localToday();
    return scorecards.flatMap((scorecard) => {
      const closed = repos.review.closed.keys(scorecard.id);
      const entries = dataDue(
        {
          scorecard,
          objectives: repos.objectivesOfScorecard(scorecard.id),
          kpis: repos.kpisOfScorecard(scorecard.id),
          measurements: indexMeasurements(repos.measurements.listByScorecard(scorecard.id)),
        },
        day,
      );
      // A closed period's values are locked: asking for one nobody may enter would be noise.
      return entries.filter((e) => closedPeriodOf(e.period, closed, scorecard.fiscalYearStartMonth) === undefined);
    });
  },
};
