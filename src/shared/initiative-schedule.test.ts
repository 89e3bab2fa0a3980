import { describe, expect, it } from 'vitest';
import type { Initiative } from './domain';
import { withLocale } from './i18n';
import {
  budgetState,
  dayNumber,
  formatDay,
  initiativeSchedule,
  localIsoDate,
  timelineGeometry,
} from './initiative-schedule';

const initiative = (id: number, fields: Partial<Initiative>): Initiative => ({
  id,
  scorecardId: 1,
  title: `Initiative ${id}`,
  description: '',
  owner: '',
  budget: null,
  spent: null,
  startDate: null,
  endDate: null,
  status: 'in_progress',
  percentComplete: 0,
  objectiveIds: [],
  ...fields,
});

// The sample's initiatives, as a reviewer sees them on 27 November 2026.
const crm = initiative(2, { startDate: '2025-09-01', endDate: '2026-11-30', percentComplete: 45 });
const academy = initiative(3, { startDate: '2025-10-06', endDate: '2026-12-18', percentComplete: 70 });
const refit = initiative(4, { startDate: '2027-01-11', endDate: '2027-02-19', status: 'planned' });
const roaster = initiative(1, { startDate: '2025-06-16', endDate: '2025-12-19', status: 'done', percentComplete: 100 });
const today = '2026-11-27';

describe('initiative schedule', () => {
  it('flags the one far behind its calendar, with the numbers', () => {
    const s = initiativeSchedule(crm, today);
    expect(s.state).toBe('behind');
    expect(s.text).toBe('Behind schedule: 45 % complete, 99 % of the time used');
    expect(initiativeSchedule(academy, today).state).toBe('on_track');
  });

  it('calls an unfinished initiative past its end date overdue, whatever its progress', () => {
    expect(initiativeSchedule(crm, '2026-12-01')).toMatchObject({
      state: 'overdue',
      text: 'Overdue: due 30 Nov 2026, 45 % complete',
    });
    expect(initiativeSchedule({ ...academy, percentComplete: 99 }, '2027-01-04').state).toBe('overdue');
    // The end day itself is still in time.
    expect(initiativeSchedule(crm, '2026-11-30').state).toBe('behind');
  });

  it('leaves done, cancelled, future and undated initiatives alone', () => {
    expect(initiativeSchedule(roaster, today).state).toBe('done');
    expect(initiativeSchedule({ ...crm, status: 'cancelled' }, '2027-06-01').state).toBe('cancelled');
    expect(initiativeSchedule(refit, today)).toMatchObject({ state: 'not_started', text: 'Starts 11 Jan 2027' });
    expect(initiativeSchedule(initiative(9, {}), today)).toMatchObject({ state: 'undated', text: 'No end date' });
    expect(initiativeSchedule(initiative(9, { endDate: '2027-01-01' }), today).text).toBe('No start date');
  });

  it('measures the budget: share used and overspend', () => {
    expect(budgetState(145000, 151800)).toEqual({ usedPercent: (151800 / 145000) * 100, overBy: 6800 });
    expect(budgetState(18000, 14200).overBy).toBeNull();
    expect(budgetState(null, 500)).toEqual({ usedPercent: null, overBy: null });
    expect(budgetState(0, 0)).toEqual({ usedPercent: null, overBy: null });
    expect(budgetState(0, 10).overBy).toBe(10);
  });

  it('formats days and reads local dates', () => {
    expect(formatDay('2027-01-04')).toBe('4 Jan 2027');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(localIsoDate(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27');
  });
});

describe('timeline geometry', () => {
  const g = timelineGeometry([roaster, crm, academy, refit, initiative(9, {})], today);

  it('spans whole months around every bar and today', () => {
    expect(g.from).toBe('2025-06-01');
    expect(g.to).toBe('2027-02-28');
    expect(g.months.map((m) => m.key)).toHaveLength(21);
    expect(g.months[0]).toMatchObject({ key: '2025-06', label: 'Jun', left: 0, labelled: true });
    const widths = g.months.reduce((sum, m) => sum + m.width, 0);
    expect(widths).toBeCloseTo(100, 9);
    expect(g.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(g.years.reduce((sum, y) => sum + y.width, 0)).toBeCloseTo(100, 9);
  });

  it('places bars from start to end and today between them', () => {
    expect(g.bars.has(9)).toBe(false);
    const total = dayNumber('2027-02-28') - dayNumber('2025-06-01') + 1;
    const bar = g.bars.get(1)!;
    expect(bar.left).toBeCloseTo((15 / total) * 100, 9);
    expect(bar.width).toBeCloseTo(((dayNumber('2025-12-19') - dayNumber('2025-06-16') + 1) / total) * 100, 9);
    const crmBar = g.bars.get(2)!;
    expect(g.today).toBeGreaterThan(crmBar.left);
    expect(g.today).toBeLessThan(crmBar.left + crmBar.width);
    expect(g.bars.get(4)!.left).toBeGreaterThan(g.today);
    for (const b of g.bars.values()) expect(b.left + b.width).toBeLessThanOrEqual(100 + 1e-9);
  });

  it('names only quarter starts when the months are many', () => {
    const long = timelineGeometry([initiative(1, { startDate: '2024-01-15', endDate: '2027-06-30' })], '2025-01-01');
    expect(long.months.length).toBe(42);
    expect(long.months.filter((m) => m.labelled).map((m) => m.label)).toEqual(
      Array.from({ length: 14 }, (_, i) => ['Jan', 'Apr', 'Jul', 'Oct'][i % 4]),
    );
  });

  it('still has an axis with no dated initiative at all', () => {
    const empty = timelineGeometry([], '2026-02-10');
    expect(empty.from).toBe('2026-02-01');
    expect(empty.to).toBe('2026-02-28');
    expect(empty.months).toHaveLength(1);
    expect(empty.today).toBeCloseTo((9.5 / 28) * 100, 9);
  });

  it('writes days, months and schedules in the chosen language', () => {
    const late = { status: 'in_progress', startDate: '2026-01-01', endDate: '2026-11-30', percentComplete: 45 } as const;
    withLocale('de-DE', () => {
      expect(formatDay('2027-01-04')).toBe('4. Jan. 2027');
      expect(formatDay('2026-03-31')).toBe('31. März 2026');
      expect(initiativeSchedule(late, '2026-12-02').text).toBe('Überfällig: fällig am 30. Nov. 2026, 45 % erledigt');
      expect(timelineGeometry([], '2026-03-10').months.map((m) => m.label)).toEqual(['Mär']);
    });
    withLocale('fr-FR', () => {
      expect(formatDay('2027-01-04')).toBe('4 janv. 2027');
      expect(initiativeSchedule({ ...late, startDate: '2027-02-01', endDate: null }, '2026-12-02').text).toBe(
        'Commence le 1 févr. 2027',
      );
    });
    withLocale('es-ES', () => expect(formatDay('2026-09-15')).toBe('15 sept 2026'));
    // English is as it was, whatever the English locale.
    withLocale('en-GB', () => expect(formatDay('2026-09-15')).toBe('15 Sep 2026'));
  });
});
