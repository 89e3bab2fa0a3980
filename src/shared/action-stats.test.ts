import { describe, expect, it } from 'vitest';
import {
  belowGoal,
  compareActions,
  completionOutcome,
  completionRates,
  matchesDue,
  ownerCompletion,
} from './action-stats';
import type { ActionItem } from './review';

type A = Pick<ActionItem, 'status' | 'dueDate' | 'closedOn' | 'owner'>;
const a = (owner: string, dueDate: string | null, status: A['status'] = 'open', closedOn: string | null = null): A => ({
  owner,
  dueDate,
  status,
  closedOn,
});
const TODAY = '2026-11-27';

describe('which actions count toward the completion rate', () => {
  it('counts done by the due date as kept, done late or open past the date as missed', () => {
    expect(completionOutcome(a('Ana', '2026-11-20', 'done', '2026-11-20'), TODAY)).toBe('kept');
    expect(completionOutcome(a('Ana', '2026-11-20', 'done', '2026-11-21'), TODAY)).toBe('missed');
    expect(completionOutcome(a('Ana', '2026-11-26'), TODAY)).toBe('missed');
  });

  it('waits for the due date of an open action, but counts one done early at once', () => {
    expect(completionOutcome(a('Ana', TODAY), TODAY)).toBeNull();
    expect(completionOutcome(a('Ana', '2026-12-31'), TODAY)).toBeNull();
    expect(completionOutcome(a('Ana', '2026-12-31', 'done', '2026-11-02'), TODAY)).toBe('kept');
  });

  it('leaves out dropped actions and actions without a due date', () => {
    expect(completionOutcome(a('Ana', '2026-10-01', 'dropped', '2026-10-05'), TODAY)).toBeNull();
    expect(completionOutcome(a('Ana', null, 'done', '2026-10-05'), TODAY)).toBeNull();
    expect(completionOutcome(a('Ana', null), TODAY)).toBeNull();
  });
});

describe('completion rates', () => {
  const actions = [
    a('Ana', '2026-11-20', 'done', '2026-11-19'),
    a('ana ', '2026-11-25', 'done', '2026-11-24'),
    a('Ana', '2026-11-26'),
    a('Ben', '2026-08-10', 'done', '2026-08-10'),
    a('Ben', '2026-12-20'),
    a('', '2026-09-01', 'done', '2026-09-03'),
    a('Cleo', '2026-09-01', 'dropped', '2026-08-30'),
  ];

  it('per owner, matching owners as the owner filter does, nobody last, only owners with something counted', () => {
    const { byOwner, overall } = completionRates(actions, TODAY);
    expect(byOwner.map((o) => [o.owner, o.kept, o.missed])).toEqual([
      ['Ana', 2, 1],
      ['Ben', 1, 0],
      ['', 0, 1],
    ]);
    expect(byOwner[0]!.rate).toBeCloseTo(66.667, 2);
    expect(byOwner[1]!.rate).toBe(100);
    expect(overall).toEqual({ counted: 5, kept: 3, missed: 2, rate: 60 });
  });

  it('per quarter of the due date, newest first, in the scorecard’s fiscal year', () => {
    expect(completionRates(actions, TODAY).byQuarter.map((q) => [q.quarter, q.kept, q.missed])).toEqual([
      ['2026-Q4', 2, 1],
      ['2026-Q3', 1, 1],
    ]);
    // A fiscal year from April: November is in the third quarter of FY 2026, August and September in the second.
    expect(completionRates(actions, TODAY, 4).byQuarter.map((q) => q.quarter)).toEqual(['2026-Q3', '2026-Q2']);
  });

  it('has no rate where nothing counts, and marks rates under 90 % only', () => {
    expect(completionRates([a('Ana', '2026-12-31'), a('Ana', null)], TODAY)).toEqual({
      overall: { counted: 0, kept: 0, missed: 0, rate: null },
      byOwner: [],
      byQuarter: [],
    });
    expect(ownerCompletion(actions, ' ANA', TODAY).counted).toBe(3);
    expect([belowGoal(null), belowGoal(90), belowGoal(89.9)]).toEqual([false, false, true]);
  });
});

describe('the Actions view’s order and due filter', () => {
  const row = (id: number, dueDate: string | null, status: A['status'] = 'open') => ({
    id,
    title: `Action ${id}`,
    dueDate,
    status,
  });
  const rows = [
    row(1, '2026-12-01', 'done'),
    row(2, null),
    row(3, '2026-12-02'),
    row(4, '2026-11-01'),
    row(5, '2026-11-20'),
    row(6, '2026-10-01', 'dropped'),
    row(7, TODAY),
  ];

  it('puts overdue first, then open by due date (undated last), then closed ones, latest first', () => {
    expect([...rows].sort(compareActions(TODAY)).map((r) => r.id)).toEqual([4, 5, 7, 3, 2, 1, 6]);
  });

  it('filters overdue, due in the next 7 days, and undated', () => {
    const ids = (f: Parameters<typeof matchesDue>[1]) => rows.filter((r) => matchesDue(r, f, TODAY)).map((r) => r.id);
    expect(ids('overdue')).toEqual([4, 5]);
    expect(ids('week')).toEqual([3, 7]);
    expect(ids('none')).toEqual([2]);
    expect(ids('all')).toHaveLength(7);
  });
});

describe('overdue and due', () => {
  it('count open actions with a due date before today, or on it', async () => {
    const { isDue, isOverdue } = await import('./action-stats');
    for (const status of ['open', 'done', 'dropped'] as const)
      for (const dueDate of [null, '2026-11-26', TODAY, '2026-11-28']) {
        expect(isOverdue({ status, dueDate }, TODAY)).toBe(status === 'open' && dueDate !== null && dueDate < TODAY);
        expect(isDue({ status, dueDate }, TODAY)).toBe(status === 'open' && dueDate !== null && dueDate <= TODAY);
      }
  });
});
