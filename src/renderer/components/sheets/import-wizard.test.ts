import { describe, expect, it } from 'vitest';
import type { ImportPreview, PreviewCell, PreviewName } from '../../../shared/sheets';
import { applyPlan, cellText, columnLetter, resultSentence, sortCells, summarize, unsureNames } from './import-wizard';

const name = (n: string, match: PreviewName['match'], cells = 2): PreviewName => ({
  name: n,
  cells,
  match,
  kpiId: match === 'exact' || match === 'normalized' ? 1 : null,
  candidates: [],
  decision: null,
});

function preview(over: Partial<ImportPreview>): ImportPreview {
  return {
    mapping: { layout: 'wide', headerRow: 0, nameColumn: 0 },
    detected: '',
    names: [],
    cells: [],
    counts: { new: 0, changed: 0, same: 0, invalid: 0, unmatched: 0 },
    numbers: { decimal: '.', from: 'language' },
    problems: [],
    ready: true,
    ...over,
  };
}

describe('the import wizard’s words', () => {
  it('names columns as the spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('shows a cell as the spreadsheet shows it, and cuts long summaries', () => {
    expect(cellText({ v: 0.12, percent: true, text: '12%' })).toBe('12%');
    expect(cellText({ v: 1200 })).toBe('1200');
    expect(cellText({ v: 0.62, percent: true })).toBe('62 %');
    expect(cellText(null)).toBe('');
    expect(summarize(['KPI', '', 'Q1 2026'])).toBe('KPI, Q1 2026');
    expect(summarize(['', ' '])).toBe('(empty)');
    expect(summarize(['a'.repeat(80)], 20)).toHaveLength(20);
  });

  it('lists invalid cells first, then unmatched, then in the sheet’s order', () => {
    const cell = (row: number, column: number, verdict: PreviewCell['verdict']): PreviewCell => ({
      row,
      column,
      verdict,
      address: `${columnLetter(column)}${row + 1}`,
      name: 'x',
      kpiId: 1,
      period: '2026-Q1',
      field: 'actual',
      raw: '',
      value: 1,
      current: null,
    });
    const sorted = sortCells([cell(1, 1, 'new'), cell(3, 1, 'invalid'), cell(0, 2, 'same'), cell(2, 1, 'unmatched')]);
    expect(sorted.map((c) => c.address)).toEqual(['B4', 'B3', 'C1', 'B2']);
  });

  it('keeps close and unknown names unsure until decided; case-only differences are matched', () => {
    const names = [
      name('Total revenue', 'exact'),
      name('Total Revenue ', 'normalized'),
      name('Revenue total', 'close'),
      name('Shots', 'none'),
    ];
    expect(unsureNames(names, []).map((n) => n.name)).toEqual(['Revenue total', 'Shots']);
    expect(unsureNames(names, [{ name: 'Shots', action: 'skip' }]).map((n) => n.name)).toEqual(['Revenue total']);
  });

  it('says what Apply will do, and what stops it', () => {
    const counts = { new: 14, changed: 3, same: 5, invalid: 2, unmatched: 0 };
    const names = [name('Total revenue', 'exact'), name('Shots', 'none', 4), name('Cups', 'none', 0)];
    const p = preview({ names, counts });
    expect(applyPlan(p, [], false).blocked).toBe('2 names in the sheet still need a KPI: see Names.');
    const decided = [
      { name: 'Shots', action: 'create' as const },
      { name: 'Cups', action: 'create' as const },
    ];
    expect(applyPlan(p, decided, false)).toMatchObject({
      label: 'Import 17 values (1 new KPI)',
      blocked: '2 cells cannot be read: skip them or correct the file.',
    });
    expect(applyPlan(p, decided, true).blocked).toBeNull();
    const again = applyPlan(preview({ counts: { new: 0, changed: 0, same: 9, invalid: 0, unmatched: 0 } }), [], false);
    expect(again.label).toBe('Nothing to import');
    expect(again.blocked).toMatch(/changes nothing/);
    expect(applyPlan(preview({ problems: ['Choose the column that holds the periods.'] }), [], false).blocked).toBe(
      'Choose the column that holds the periods.',
    );
  });

  it('sums up an import in one sentence', () => {
    expect(resultSentence({ written: 1, unchanged: 0, skipped: 0, createdKpis: 0 })).toBe('Imported 1 value.');
    expect(resultSentence({ written: 1200, unchanged: 3, skipped: 2, createdKpis: 1 })).toBe(
      'Imported 1,200 values; created 1 KPI; 3 values already matched; 2 cells skipped.',
    );
  });
});
