/** The KPI library seen from the renderer: search and filters, and a scorecard KPI turned into a library entry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KpiLibraryFile, LibraryKpi } from '../src/shared/templates';
import { bscPerspectiveOf, libraryDescription, libraryEntryOf, searchLibrary } from '../src/renderer/library-entry';

const builtIn = KpiLibraryFile.parse(JSON.parse(readFileSync(join(__dirname, '../resources/kpi-library.json'), 'utf8'))).kpis;
const names = (list: readonly LibraryKpi[]) => list.map((k) => k.name);

describe('searching the library', () => {
  it('needs every word somewhere in the name, definition or tags, and puts name matches first', () => {
    const found = searchLibrary(builtIn, 'turnover', '', '');
    expect(found.length).toBeGreaterThan(3);
    const firstElsewhere = found.findIndex((k) => !k.name.toLowerCase().includes('turnover'));
    expect(found.slice(0, firstElsewhere).every((k) => k.name.toLowerCase().includes('turnover'))).toBe(true);
    expect(names(searchLibrary(builtIn, 'CAFE   waste', '', ''))).toEqual(['Beverage cost percentage', 'Food waste percentage']);
    expect(searchLibrary(builtIn, 'zzz', '', '')).toEqual([]);
  });

  it('filters by perspective and family, and finds accented names typed without accents', () => {
    const own = LibraryKpi.parse({ ...builtIn[0], id: 'cafe-x', name: 'Café covers per barista' });
    expect(names(searchLibrary([own], 'cafe covers', '', ''))).toEqual(['Café covers per barista']);
    const employee = searchLibrary(builtIn, '', 'internal', 'employee');
    expect(employee.length).toBeGreaterThan(0);
    expect(employee.every((k) => k.perspective === 'internal' && k.family === 'employee')).toBe(true);
    expect(searchLibrary(builtIn, '', '', '')).toHaveLength(builtIn.length);
  });
});

describe('a scorecard KPI as a library entry', () => {
  it('splits the description made from a library entry back into definition and formula', () => {
    const margin = builtIn.find((k) => k.id === 'gross-margin')!;
    const entry = libraryEntryOf({ ...margin, description: libraryDescription(margin) }, { name: 'Financial', position: 0 });
    expect(LibraryKpi.parse({ ...entry, id: 'x' })).toMatchObject({
      definition: margin.definition,
      formula: margin.formula,
      perspective: 'financial',
      family: 'financial',
    });
  });

  it('fills a definition and formula the user never wrote, and places the perspective by name or position', () => {
    const entry = libraryEntryOf(
      { name: 'Waste', description: '', unit: 'kg', polarity: 'decrease', frequency: 'month', aggregation: 'sum' },
      { name: 'Roastery floor', position: 2 },
    );
    expect(() => LibraryKpi.parse({ ...entry, id: 'waste' })).not.toThrow();
    expect(entry).toMatchObject({ perspective: 'internal', family: 'operational', formula: 'Not written down yet.' });
    expect(bscPerspectiveOf('Our people', 0)).toBe('learning');
    expect(bscPerspectiveOf('Guests', 3)).toBe('customer');
    expect(bscPerspectiveOf('Community', 7)).toBe('learning');
  });
});
