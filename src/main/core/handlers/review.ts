/** review.* : meeting templates, reviews and their agenda. */
import { generateAgenda } from '../../../shared/agenda';
import { inputFor, treeFor } from '../../../shared/closed-periods';
import type { ReviewDetail } from '../../../shared/contract-review';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { periodLabel } from '../../../shared/periods';
import type { ActionItem, ReviewItem } from '../../../shared/review';
import { indexMeasurements, periodsNeeded, type MeasurementIndex } from '../../../shared/scoring';
import type { Repositories } from '../repositories';
import { closedSnapshots } from './closed';
import { evaluatePeriods, scorecardTree } from './scorecard';
import type { HandlerGroup } from './types';

/** Today on the host's calendar (the meeting's day), as YYYY-MM-DD. */
export const localToday = (): string => localIsoDate(new Date());

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The action items a review shows: those agreed at it, then those its agenda brings back. */
export function actionsOfReview(repos: Repositories, reviewId: number, items: readonly ReviewItem[]): ActionItem[] {
  const agreed = repos.review.actions.list({ reviewId });
  const seen = new Set(agreed.map((a) => a.id));
  const brought = items
    .filter((i) => i.kind === 'action' && i.entityId !== null && !seen.has(i.entityId))
    .map((i) => repos.review.actions.find(i.entityId!))
    .filter((a): a is ActionItem => a !== undefined);
  return [...agreed, ...brought];
}

export function reviewDetail(repos: Repositories, id: number): ReviewDetail {
  const review = repos.review.reviews.get(id);
  const items = repos.review.items.list({ reviewId: id });
  return { review, items, actions: actionsOfReview(repos, id, items) };
}

function startReview(
  repos: Repositories,
  input: { scorecardId: number; period: string; templateId: number; heldOn: string; attendees: string[]; title?: string },
): ReviewDetail {
  const { scorecardId, period, heldOn } = input;
  const template = repos.review.templates.get(input.templateId);
  const live = scorecardTree(repos, scorecardId);
  const fy = live.scorecard.fiscalYearStartMonth;
  const closed = closedSnapshots(repos, scorecardId);
  const liveInput = {
    ...live,
    measurements: indexMeasurements(repos.measurements.listByScorecardAndPeriods(scorecardId, periodsNeeded(period, fy))),
  };
  const reviews = repos.review.reviews.list({ scorecardId });
  // The review before this one: the latest held on or before this meeting's day.
  const earlier = reviews.filter((r) => r.heldOn <= heldOn);
  const previous = earlier[earlier.length - 1];
  const drafts = generateAgenda({
    sections: template.sections,
    tree: treeFor(live, closed, period),
    evaluation: evaluatePeriods(repos, scorecardId, [period])[0]!,
    measurements: inputFor(liveInput, closed, period).measurements as MeasurementIndex,
    today: heldOn,
    actions: repos.review.actions.list({ scorecardId }),
    previous: previous ? { review: previous, items: repos.review.items.list({ reviewId: previous.id }) } : null,
  });
  const reviewId = repos.review.reviews.add({
    scorecardId,
    period,
    title: input.title ?? clip(`${periodLabel(period, fy)} — ${template.name}`, 200),
    heldOn,
    attendees: [...new Set(input.attendees)],
    templateName: template.name,
    rateMeeting: template.rateMeeting,
    rating: null,
    status: 'open',
    summary: '',
  });
  drafts.forEach((d, position) =>
    repos.review.items.add({ ...d, reviewId, position, notes: '', decision: '', decided: false }),
  );
  return reviewDetail(repos, reviewId);
}

export const reviewHandlers: HandlerGroup<'review'> = {
  'review.templates': (_input, session) => session.require().repos.review.templates.list(),
  'review.template.create': (input, session) => session.require().repos.review.templates.insert(input),
  'review.template.update': ({ id, ...patch }, session) => session.require().repos.review.templates.update(id, patch),
  'review.template.delete': ({ id }, session) => {
    const { repos } = session.require();
    if (repos.review.templates.list().length === 1) {
      throw new AppError(ErrorCode.CONFLICT, t('errors:review.lastTemplate'));
    }
    repos.review.templates.delete(id);
    return null;
  },

  'review.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return repos.review.reviews.list({ scorecardId });
  },
  'review.get': ({ id }, session) => reviewDetail(session.require().repos, id),
  'review.start': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    return startReview(repos, input);
  },
  'review.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const review = repos.review.reviews.get(id);
    if (patch.attendees) patch.attendees = [...new Set(patch.attendees)];
    // Any review may be rated; rating one turns the rating on, so the minutes show it.
    const rated = patch.rating != null && !review.rateMeeting ? { rateMeeting: true } : {};
    return repos.review.reviews.update(id, { ...patch, ...rated });
  },
  'review.delete': ({ id }, session) => {
    session.require().repos.review.reviews.delete(id);
    return null;
  },
  'review.people': (_input, session) => {
    const { repos } = session.require();
    const names = new Set<string>();
    for (const r of repos.review.reviews.list()) for (const a of r.attendees) names.add(a);
    const owners = [
      ...repos.objectives.list().map((o) => o.owner),
      ...repos.kpis.list().map((k) => k.owner),
      ...repos.review.actions.list().map((a) => a.owner),
    ];
    for (const o of owners) if (o.trim() !== '') names.add(o.trim());
    return [...names].sort((a, b) => a.localeCompare(b));
  },

  'review.item.create': ({ reviewId, afterId, kind, ...fields }, session) => {
    const { repos } = session.require();
    repos.review.reviews.get(reviewId);
    const items = repos.review.items.list({ reviewId });
    let at = items.length;
    if (afterId != null) {
      const i = items.findIndex((x) => x.id === afterId);
      if (i < 0) throw new AppError(ErrorCode.NOT_FOUND, t('errors:review.notOnAgenda', { id: afterId }));
      at = i + 1;
    }
    const id = repos.review.items.add({
      reviewId,
      position: at,
      kind: kind ?? 'custom',
      entityId: null,
      title: fields.title,
      reason: fields.reason ?? '',
      minutes: fields.minutes ?? null,
      notes: fields.notes ?? '',
      decision: fields.decision ?? '',
      decided: fields.decided ?? false,
    });
    const order = items.map((x) => x.id);
    order.splice(at, 0, id);
    // Only lines whose place changed are written, so adding a line is one small step to undo.
    order.forEach((itemId, position) => {
      const before = items.find((x) => x.id === itemId);
      if (before && before.position !== position) repos.review.items.update(itemId, { position });
    });
    return repos.review.items.get(id);
  },
  'review.item.update': ({ id, ...patch }, session) => session.require().repos.review.items.update(id, patch),
  'review.item.delete': ({ id }, session) => {
    session.require().repos.review.items.delete(id);
    return null;
  },
  'review.item.reorder': ({ reviewId, ids }, session) => {
    const { repos } = session.require();
    repos.review.reviews.get(reviewId);
    repos.review.items.reorder('reviewId', reviewId, ids);
    return repos.review.items.list({ reviewId });
  },
};
