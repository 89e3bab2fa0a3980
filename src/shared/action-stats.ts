/**
 * How well people keep their promises: the completion rate of action items per owner and per quarter. EOS asks for
 * 90 % of the to-dos done by their due date, so that is the goal the views mark.
 *
 * What counts, and why:
 * - Only actions with a due date count: without a date nobody can say whether it was kept.
 * - An action counts once its due date has passed (it was kept or it was not), or earlier when it is already done
 *   (done ahead of time is kept, and waiting for the date would hide good news).
 * - Kept: done on or before its due date. Done late, or still open after the due date, is missed: EOS counts what
 *   was done by the date, not what was done eventually.
 * - Dropped actions are left out of both sides: dropping is a decision the review took, and counting it as missed
 *   would push people to keep dead to-dos open; counting it as kept would let anyone reach 90 % by dropping.
 * Quarters are those of the due date, in the scorecard's fiscal year, since the due date is when the promise fell due.
 */
import { dayNumber } from './initiative-schedule';
import type { ActionItem } from './review';
import { ownerKey } from './scorecard-filter';
import { periodForDate } from './periods';

/**
 * Open with a due date before `today` (YYYY-MM-DD): what the Actions view, the minutes and the agenda count as
 * overdue. Here, not in review.ts, which holds the zod schemas: the views that show actions are on the first screen,
 * which loads no zod (see EditDialog.tsx).
 */
export function isOverdue(action: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/** Open, due on or before `today`: what the next review's agenda brings back. */
export function isDue(action: Pick<ActionItem, 'status' | 'dueDate'>, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate <= today;
}

/** The EOS goal for to-dos done by their due date, as a percentage. */
export const COMPLETION_GOAL = 90;

type Counted = Pick<ActionItem, 'status' | 'dueDate' | 'closedOn' | 'owner'>;

export interface CompletionRate {
  /** Actions that count (see above). */
  counted: number;
  /** Done by their due date. */
  kept: number;
  /** Done late, or open past their due date. */
  missed: number;
  /** kept ÷ counted in percent; null when nothing counts yet. */
  rate: number | null;
}

export interface OwnerRate extends CompletionRate {
  /** The owner as first written ('' for actions nobody owns). */
  owner: string;
}

export interface QuarterRate extends CompletionRate {
  /** The quarter of the due dates (a period key, 2026-Q4). */
  quarter: string;
}

export interface CompletionRates {
  overall: CompletionRate;
  /** Owners alphabetically, nobody's last; only owners with an action that counts. */
  byOwner: OwnerRate[];
  /** Quarters newest first; only quarters with an action that counts. */
  byQuarter: QuarterRate[];
}

/** 'kept', 'missed', or null when the action does not count (yet) on `today` (YYYY-MM-DD). */
export function completionOutcome(a: Omit<Counted, 'owner'>, today: string): 'kept' | 'missed' | null {
  if (a.dueDate === null || a.status === 'dropped') return null;
  if (a.status === 'done') return a.closedOn === null || a.closedOn <= a.dueDate ? 'kept' : 'missed';
  return a.dueDate < today ? 'missed' : null;
}

function rateOf(kept: number, missed: number): CompletionRate {
  const counted = kept + missed;
  return { counted, kept, missed, rate: counted === 0 ? null : (kept / counted) * 100 };
}

/** Whether a rate is below the goal (a rate of nothing is not). */
export function belowGoal(rate: number | null): boolean {
  return rate !== null && rate < COMPLETION_GOAL;
}

/** The rates of `actions` on `today`, overall, per owner (matched like the owner filter) and per quarter. */
export function completionRates(actions: readonly Counted[], today: string, fyStart = 1): CompletionRates {
  const owners = new Map<string, { owner: string; kept: number; missed: number }>();
  const quarters = new Map<string, { kept: number; missed: number }>();
  let kept = 0;
  let missed = 0;
  for (const a of actions) {
    const outcome = completionOutcome(a, today);
    if (outcome === null) continue;
    const key = ownerKey(a.owner);
    const o = owners.get(key) ?? { owner: key === '' ? '' : a.owner.trim().replace(/\s+/g, ' '), kept: 0, missed: 0 };
    owners.set(key, o);
    const quarter = periodForDate(a.dueDate!, 'quarter', fyStart);
    const q = quarters.get(quarter) ?? { kept: 0, missed: 0 };
    quarters.set(quarter, q);
    if (outcome === 'kept') {
      kept++;
      o.kept++;
      q.kept++;
    } else {
      missed++;
      o.missed++;
      q.missed++;
    }
  }
  const byOwner = [...owners.values()]
    .map((o) => ({ owner: o.owner, ...rateOf(o.kept, o.missed) }))
    .sort((a, b) =>
      (a.owner === '') !== (b.owner === '') ? (a.owner === '' ? 1 : -1) : a.owner.localeCompare(b.owner, 'en'),
    );
  const byQuarter = [...quarters.entries()]
    .map(([quarter, q]) => ({ quarter, ...rateOf(q.kept, q.missed) }))
    .sort((a, b) => (a.quarter < b.quarter ? 1 : a.quarter > b.quarter ? -1 : 0));
  return { overall: rateOf(kept, missed), byOwner, byQuarter };
}

/** One owner's rate (matched like the owner filter), for the owner's page. */
export function ownerCompletion(actions: readonly Counted[], owner: string, today: string): CompletionRate {
  const key = ownerKey(owner);
  return completionRates(
    actions.filter((a) => ownerKey(a.owner) === key),
    today,
  ).overall;
}

type Listed = Pick<ActionItem, 'id' | 'status' | 'dueDate' | 'title'>;

/**
 * The Actions view's order: overdue first (longest overdue first), then the other open actions by due date (undated
 * last), then done and dropped ones, most recently due first.
 */
export function compareActions(today: string): (a: Listed, b: Listed) => number {
  const rank = (x: Listed) => (isOverdue(x, today) ? 0 : x.status === 'open' ? 1 : 2);
  return (a, b) => {
    const r = rank(a) - rank(b);
    if (r !== 0) return r;
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      const earlier = a.dueDate < b.dueDate ? -1 : 1;
      return rank(a) === 2 ? -earlier : earlier;
    }
    return a.title.localeCompare(b.title, 'en') || a.id - b.id;
  };
}

export type DueFilter = 'all' | 'overdue' | 'week' | 'none';

/** Whether an action passes the due filter: overdue, open and due within the next 7 days, or without a due date. */
export function matchesDue(a: Pick<ActionItem, 'status' | 'dueDate'>, filter: DueFilter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'overdue':
      return isOverdue(a, today);
    case 'week':
      return (
        a.status === 'open' && a.dueDate !== null && a.dueDate >= today && dayNumber(a.dueDate) - dayNumber(today) <= 7
      );
    case 'none':
      return a.dueDate === null;
  }
}
