import { describe, expect, it } from 'vitest';
import { dataDue, dueDateOf, groupDueByOwner, type DueEntry } from './data-due';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, Objective, Scorecard } from './domain';
import { indexMeasurements } from './scoring';

const scorecard = (over: Partial<Scorecard> = {}): Scorecard => ({
  ...scorecardDefaults,
  id: 1,
  name: 'Company',
  ...over,
});
const objective = (id: number, owner: string): Objective => ({
  ...objectiveDefaults,
  id,
  perspectiveId: 1,
  title: `Objective ${id}`,
  position: id,
  owner,
});
const kpi = (id: number, name: string, over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId: 1,
  name,
  position: id,
  ...over,
});
const value = (kpiId: number, period: string, actual: number | null = 1): Measurement => ({
  kpiId,
  period,
  actual,
  target: null,
  note: '',
});

const due = (
  sc: Scorecard,
  kpis: Kpi[],
  values: Measurement[],
  today: string,
  lookBack?: number,
  objectives = [objective(1, '')],
) => dataDue({ scorecard: sc, objectives, kpis, measurements: indexMeasurements(values) }, today, { lookBack });
const brief = (entries: readonly DueEntry[]) =>
  entries.map((e) => `${e.kpiName} ${e.period} ${e.state} ${e.dueDate} ${e.daysLate}`);

describe('when a value is due', () => {
  const sc = scorecard({ dataDueDays: 10 });

  it('is the scorecard’s days after the period ends, unless the KPI says otherwise', () => {
    expect(dueDateOf(kpi(1, 'Revenue'), sc, '2026-Q3')).toBe('2026-10-10');
    expect(dueDateOf(kpi(1, 'Revenue', { dataDueDays: 30 }), sc, '2026-Q3')).toBe('2026-10-30');
    expect(dueDateOf(kpi(1, 'Revenue', { dataDueDays: 0 }), sc, '2026-Q3')).toBe('2026-09-30');
  });

  it('counts from the last day of a month, across a leap day and a year end', () => {
    expect(dueDateOf(kpi(1, 'Orders', { frequency: 'month', dataDueDays: 1 }), sc, '2028-02')).toBe('2028-03-01');
    expect(dueDateOf(kpi(1, 'Orders', { frequency: 'month' }), sc, '2026-12')).toBe('2027-01-10');
  });

  it('follows a fiscal year that starts in April', () => {
    const april = scorecard({ fiscalYearStartMonth: 4, dataDueDays: 10 });
    // FY2026 Q3 is October to December 2026; the fiscal year 2026 ends in March 2027.
    expect(dueDateOf(kpi(1, 'Revenue'), april, '2026-Q3')).toBe('2027-01-10');
    expect(dueDateOf(kpi(1, 'Revenue', { frequency: 'year' }), april, '2026')).toBe('2027-04-10');
  });
});

describe('what is due and overdue on opening the document', () => {
  const sc = scorecard({ dataDueDays: 10 });

  it('lists the gap since the last value of a monthly KPI, overdue ones the most days late first', () => {
    const orders = kpi(1, 'Orders', { frequency: 'month' });
    const entries = due(sc, [orders], [value(1, '2026-06'), value(1, '2026-07')], '2026-10-15');
    // October is still running, so September is the latest ended month; July has its value, so the gap stops there.
    expect(brief(entries)).toEqual(['Orders 2026-08 overdue 2026-09-10 35', 'Orders 2026-09 overdue 2026-10-10 5']);
  });

  it('says a value is due, not overdue, until the end of its due day', () => {
    const orders = kpi(1, 'Orders', { frequency: 'month' });
    expect(brief(due(sc, [orders], [value(1, '2026-08')], '2026-10-10'))).toEqual(['Orders 2026-09 due 2026-10-10 0']);
    expect(brief(due(sc, [orders], [value(1, '2026-08')], '2026-10-11'))).toEqual([
      'Orders 2026-09 overdue 2026-10-10 1',
    ]);
  });

  it('makes a value due on the period’s last day when the KPI allows 0 days', () => {
    const cash = kpi(1, 'Cash', { frequency: 'month', dataDueDays: 0 });
    expect(brief(due(sc, [cash], [value(1, '2026-08')], '2026-10-01'))).toEqual(['Cash 2026-09 overdue 2026-09-30 1']);
  });

  it('lists only the latest period of a KPI that never reported', () => {
    const nps = kpi(1, 'NPS', { frequency: 'quarter', dataDueDays: 30 });
    const headcount = kpi(2, 'Headcount', { frequency: 'year' });
    expect(brief(due(sc, [nps, headcount], [], '2026-10-15'))).toEqual([
      'Headcount 2025 overdue 2026-01-10 278',
      'NPS 2026-Q3 due 2026-10-30 0',
    ]);
  });

  it('counts an empty value as missing, and a value for another kind of period not at all', () => {
    const orders = kpi(1, 'Orders', { frequency: 'month' });
    const values = [value(1, '2026-08'), value(1, '2026-09', null), value(1, '2026-Q3', 5)];
    expect(brief(due(sc, [orders], values, '2026-10-05'))).toEqual(['Orders 2026-09 due 2026-10-10 0']);
  });

  it('lists nothing for a KPI whose latest period has its value', () => {
    const nps = kpi(1, 'NPS', { frequency: 'quarter' });
    expect(due(sc, [nps], [value(1, '2026-Q3')], '2026-10-15')).toEqual([]);
  });

  it('looks back at most twelve periods, or as many as asked', () => {
    const orders = kpi(1, 'Orders', { frequency: 'month' });
    const values = [value(1, '2024-12')];
    const all = due(sc, [orders], values, '2026-10-15');
    expect(all).toHaveLength(12);
    expect(all[0].period).toBe('2025-10');
    expect(all[11].period).toBe('2026-09');
    expect(due(sc, [orders], values, '2026-10-15', 3).map((e) => e.period)).toEqual(['2026-07', '2026-08', '2026-09']);
  });

  it('uses the fiscal quarter that has just ended when the year starts in April', () => {
    const april = scorecard({ fiscalYearStartMonth: 4, dataDueDays: 10 });
    const revenue = kpi(1, 'Revenue', { frequency: 'quarter' });
    // 5 January 2027 lies in FY2026 Q4 (January to March), so FY2026 Q3 (October to December) has just ended.
    expect(brief(due(april, [revenue], [value(1, '2026-Q2')], '2027-01-05'))).toEqual([
      'Revenue 2026-Q3 due 2027-01-10 0',
    ]);
  });

  it('puts overdue first, then due by date, then KPI name, with the KPI’s or the objective’s owner', () => {
    const objectives = [objective(1, 'Dana'), objective(2, '')];
    const kpis = [
      kpi(1, 'Web visits', { frequency: 'month', owner: 'Lee' }),
      kpi(2, 'Churn', { frequency: 'quarter', objectiveId: 1, dataDueDays: 30 }),
      kpi(3, 'Backlog', { frequency: 'quarter', objectiveId: 2, dataDueDays: 20 }),
      kpi(4, 'Audits', { frequency: 'quarter', objectiveId: 2, dataDueDays: 20 }),
      kpi(5, 'Cash', { frequency: 'month', objectiveId: 2, owner: 'Lee' }),
    ];
    const values = [value(1, '2026-08'), value(5, '2026-08')];
    const entries = due(sc, kpis, values, '2026-10-15', undefined, objectives);
    expect(entries.map((e) => `${e.kpiName} ${e.state} ${e.owner}`)).toEqual([
      'Cash overdue Lee',
      'Web visits overdue Lee',
      'Audits due ',
      'Backlog due ',
      'Churn due Dana',
    ]);
    expect(entries[0]).toMatchObject({
      scorecardId: 1,
      kpiId: 5,
      period: '2026-09',
      dueDate: '2026-10-10',
      daysLate: 5,
    });
  });
});

describe('what is due, by owner', () => {
  const entry = (kpiName: string, owner: string): DueEntry => ({
    scorecardId: 1,
    kpiId: 1,
    kpiName,
    owner,
    period: '2026-Q3',
    dueDate: '2026-10-10',
    state: 'overdue',
    daysLate: 1,
  });

  it('sorts owners by name, keeps each owner’s order and puts the unowned last', () => {
    const groups = groupDueByOwner([
      entry('Revenue', 'Lee'),
      entry('Orphan', ''),
      entry('Churn', 'Dana'),
      entry('Cash', 'Lee'),
      entry('NPS', 'dana '),
    ]);
    expect(groups.map((g) => [g.owner, g.entries.map((e) => e.kpiName)])).toEqual([
      ['Dana', ['Churn', 'NPS']],
      ['Lee', ['Revenue', 'Cash']],
      ['', ['Orphan']],
    ]);
  });

  it('has no groups when nothing is due', () => {
    expect(groupDueByOwner([])).toEqual([]);
  });
});
