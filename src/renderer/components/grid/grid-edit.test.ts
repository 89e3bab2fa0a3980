import { describe, expect, it } from 'vitest';
import { kpiDefaults } from '../../../shared/defaults';
import type { Kpi } from '../../../shared/domain';
import { copyText, planClear, planPaste, type GridAccess } from './grid-edit';
import { cellView, type GridColumn } from './grid-model';

const kpi = (id: number, name: string, frequency: Kpi['frequency'] = 'quarter'): Kpi => ({
  ...kpiDefaults,
  id,
  objectiveId: 1,
  name,
  position: id,
  frequency,
});
const KPIS = [kpi(1, 'Revenue'), kpi(2, 'Margin'), kpi(3, 'Online sales', 'month')];
const COLUMNS: GridColumn[] = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map((period) => ({
  period,
  head: period.slice(5),
  sub: '2026',
  label: `${period.slice(5)} 2026`,
  locked: null,
}));
/** Revenue has 100 in every quarter; the rest is empty. */
const grid: GridAccess = {
  rows: KPIS.length,
  cols: COLUMNS.length,
  kpi: (r) => KPIS[r]!,
  column: (c) => COLUMNS[c]!,
  cell: (r, c) =>
    cellView(KPIS[r]!, COLUMNS[c]!, 'quarter', 1, {
      score: undefined,
      measurement: r === 0 ? { kpiId: 1, period: COLUMNS[c]!.period, actual: 100, target: null, note: '' } : undefined,
      pending: undefined,
      error: undefined,
    }),
};
const at = (r: number, c: number) => ({ top: r, bottom: r, left: c, right: c });

describe('planPaste', () => {
  it('turns a block into one list of items, from the active cell across rows and periods', () => {
    const plan = planPaste('1,200\t(300)\r\n12.5%\t-\r\n', at(0, 1), grid);
    expect(plan).toEqual({
      ok: true,
      rect: { top: 0, left: 1, bottom: 1, right: 2 },
      items: [
        { kpiId: 1, period: '2026-Q2', actual: 1200 },
        { kpiId: 1, period: '2026-Q3', actual: -300 },
        { kpiId: 2, period: '2026-Q2', actual: 12.5 },
        { kpiId: 2, period: '2026-Q3', actual: null },
      ],
    });
  });

  it('refuses the whole block when any cell is not a number, and says which and why', () => {
    const plan = planPaste('1\tabc\r\n3\t4x\r\n', at(0, 0), grid);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect([...plan.errors.entries()]).toEqual([
      ['1|2026-Q2', { text: 'abc', reason: '“abc” is not a number' }],
      ['2|2026-Q2', { text: '4x', reason: '“4x” is not a number' }],
    ]);
    expect(plan.message).toBe(
      'Nothing pasted: 2 cells are wrong, marked in red. First: “abc” is not a number (Revenue, Q2 2026).',
    );
  });

  it('refuses a value for a KPI measured at another frequency, but lets an empty cell pass over it', () => {
    const bad = planPaste('5', at(2, 0), grid);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([...bad.errors.values()][0]!.reason).toMatch(/^Online sales is measured monthly: /);
    const empty = planPaste('1\r\n\r\n', at(1, 0), grid);
    expect(empty).toMatchObject({ ok: true, items: [{ kpiId: 2, period: '2026-Q1', actual: 1 }] });
  });

  it('refuses a block larger than the room below and to the right of the active cell', () => {
    const plan = planPaste('1\t2\r\n3\t4\r\n', at(2, 3), grid);
    expect(plan).toMatchObject({
      ok: false,
      message:
        'Nothing pasted: the block is 2 rows × 2 columns, but from Online sales, Q4 2026 only 1 row × 1 column fit.',
    });
  });

  it('fills a selected range with one copied value', () => {
    const plan = planPaste('7\r\n', { top: 0, bottom: 1, left: 0, right: 1 }, grid);
    expect(plan.ok && plan.items.map((i) => i.actual)).toEqual([7, 7, 7, 7]);
  });
});

describe('planClear and copyText', () => {
  it('clears only editable cells that have a value, and copies plain numbers as TSV', () => {
    const all = { top: 0, bottom: 2, left: 0, right: 1 };
    expect(planClear(all, grid)).toEqual([
      { kpiId: 1, period: '2026-Q1', actual: null },
      { kpiId: 1, period: '2026-Q2', actual: null },
    ]);
    expect(copyText(all, grid)).toBe('100\t100\r\n\t\r\n\t');
  });
});
