import { describe, expect, it } from 'vitest';
import { kpiDefaults } from '../../../shared/defaults';
import type { Kpi, ScorecardTree, Status } from '../../../shared/domain';
import type { KpiScore } from '../../../shared/evaluation';
import { buildLayout, cellView, lockedReason, type CellSources, type GridColumn } from './grid-model';

const kpi = (name: string, unit: string, frequency: Kpi['frequency'] = 'quarter'): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name,
  unit,
  position: 1,
  frequency,
});
const Q3: GridColumn = { period: '2026-Q3', head: 'Q3', sub: '2026', label: 'Q3 2026', locked: null };
const score = (actual: number, status: Status, reported = 1, expected = 1) =>
  ({ actual, status, reported, expected, formula: { text: '' } }) as unknown as KpiScore;
const sources = (s: Partial<CellSources>): CellSources => ({
  score: undefined,
  measurement: undefined,
  pending: undefined,
  error: undefined,
  ...s,
});

/** The words a cell shows, as a speech user reads them off the screen: its figure, then its second line. */
const shown = (c: { text: string; detail: string | null }) => [c.text, c.detail].filter(Boolean).join(', ');

describe('a grid cell’s name', () => {
  it('holds the words the cell shows, in their order, before what only a screen reader needs', () => {
    const waste = kpi('Waste', 'kg');
    const overridden = cellView(
      waste,
      Q3,
      'quarter',
      1,
      sources({
        score: score(164, 'red'),
        measurement: { kpiId: 1, period: '2026-Q3', actual: 164, target: 150, note: 'Roaster down' },
      }),
    );
    expect(overridden.detail).toBe('target 150');
    expect(overridden.label).toBe('Waste, Q3 2026: 164, target 150 kg for this period, off track, has a note');

    const online = cellView(
      kpi('Online sales', '€', 'month'),
      Q3,
      'quarter',
      1,
      sources({ score: score(38_700, 'green', 2, 3) }),
    );
    expect(online.detail).toBe('2 of 3 months');
    expect(online.label).toMatch(/^Online sales, Q3 2026: 38,700, 2 of 3 months, in €, on track\. Read-only\. /);

    const refused = cellView(
      waste,
      Q3,
      'quarter',
      1,
      sources({
        score: score(164, 'red'),
        measurement: { kpiId: 1, period: '2026-Q3', actual: 164, target: 150, note: '' },
        error: { text: '12x', reason: 'that is not a number' },
      }),
    );
    expect(refused.label).toBe(
      'Waste, Q3 2026: 12x, target 150 kg for this period. Not saved: that is not a number. Saved: 164 kg, off track',
    );

    const targetOnly = cellView(
      waste,
      Q3,
      'quarter',
      1,
      sources({ measurement: { kpiId: 1, period: '2026-Q3', actual: null, target: 150, note: '' } }),
    );
    expect(targetOnly.label).toBe('Waste, Q3 2026: empty, target 150 kg for this period');

    const plain = cellView(waste, Q3, 'quarter', 1, sources({ score: score(118, 'green') }));
    expect(plain.label).toBe('Waste, Q3 2026: 118 kg, on track');

    for (const c of [overridden, online, refused, targetOnly, plain]) expect(c.label).toContain(shown(c));
  });
});

const TREE = {
  scorecard: { fiscalYearStartMonth: 1 },
  perspectives: [],
  objectives: [],
  kpis: [],
} as unknown as ScorecardTree;

describe('a cell of a closed period', () => {
  it('keeps its value, note and target, and says it is locked and how to unlock it', () => {
    const locked: GridColumn = { ...Q3, locked: lockedReason('2026-Q3', 1) };
    const cell = cellView(
      kpi('Waste', 'kg'),
      locked,
      'quarter',
      1,
      sources({
        score: score(164, 'red'),
        measurement: { kpiId: 1, period: '2026-Q3', actual: 164, target: 150, note: 'Roaster down' },
      }),
    );
    expect(cell).toMatchObject({ locked: true, actual: 164, note: 'Roaster down', detail: 'target 150' });
    expect(cell.readOnly).toBe('Q3 2026 is closed: its values and targets are locked. Reopen Q3 2026 to change them.');
    expect(cell.label).toMatch(
      /off track, has a note\. Read-only\. Q3 2026 is closed: .* Reopen Q3 2026 to change them\.$/,
    );
    expect(buildLayout(TREE, '2026-08', ['2026-Q3']).columns.map((c) => c.locked !== null)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
