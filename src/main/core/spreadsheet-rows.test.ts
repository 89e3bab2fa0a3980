import { describe, expect, it } from 'vitest';
import type { SpreadsheetData } from '../../shared/sheets';
import { withLocale } from '../../shared/i18n';
import { exportFileName, periodHeader } from './spreadsheet-rows';
import { tableSheetName, unitFormat } from './spreadsheet-write';

describe('what the spreadsheet export names and formats', () => {
  it('formats a cell by its KPI unit, so it shows what the app shows and stays a number', () => {
    expect(unitFormat('%', 1)).toBe('0.0%');
    expect(unitFormat(' % ', 0)).toBe('0%');
    expect(unitFormat('€', 0)).toBe('"€"#,##0;-"€"#,##0');
    expect(unitFormat('$', 2)).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(unitFormat('days', 0)).toBe('#,##0" days"');
    expect(unitFormat('€/kg', 2)).toBe('#,##0.00" €/kg"');
    expect(unitFormat('', 3)).toBe('#,##0.000');
    // A quote cannot sit in a format's quoted text: the unit stays in the Unit column only.
    expect(unitFormat('"score"', 0)).toBe('#,##0');
  });

  it('names periods as the app labels them, or by their keys in a fiscal year', () => {
    expect(['2026-Q3', '2026-03', '2026'].map((p) => periodHeader(p, 1))).toEqual(['Q3 2026', 'Mar 2026', '2026']);
    expect(['2026-Q3', '2026-03', '2026'].map((p) => periodHeader(p, 4))).toEqual(['2026-Q3', '2026-03', '2026']);
    expect(tableSheetName('2026-Q3', 1)).toBe('Scorecard Q3 2026');
    expect(tableSheetName('2026-Q3', 4)).toBe('Scorecard 2026-Q3');
    expect(tableSheetName('2026-03', 4)).toBe('Scorecard Mar 2026');
  });

  it('makes a file name every file system takes', () => {
    const named = (name: string, period = '2026-Q3') =>
      ({ period, tree: { scorecard: { name, fiscalYearStartMonth: 1 } } }) as unknown as SpreadsheetData;
    expect(exportFileName(named('Harbour & Ember — Company Scorecard'), 'xlsx')).toBe(
      'Harbour & Ember — Company Scorecard Q3 2026.xlsx',
    );
    expect(exportFileName(named('Sales: North/South <2026>?'), 'csv')).toBe('Sales North South 2026 Q3 2026.csv');
    expect(exportFileName(named('..hidden'), 'csv')).toBe('hidden Q3 2026.csv');
    expect(exportFileName(named('x'.repeat(300)), 'xlsx').length).toBeLessThanOrEqual(155);
  });
});

describe('period headers of an export in another language', () => {
  it('are written in English, so the import reads them back whoever exported', () => {
    expect(withLocale('fr-FR', () => [periodHeader('2026-Q3', 1), periodHeader('2026-01', 1)])).toEqual([
      'Q3 2026',
      'Jan 2026',
    ]);
  });
});
