/**
 * The shipped KPI library (resources/kpi-library.json): it parses with its schema, names and ids are unique, every
 * perspective and family is well covered, and no percentage, rate, ratio or score is summed over periods — adding up
 * three monthly margins of 30% would show a quarter at 90%.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BscPerspective, KpiFamily, KpiLibraryFile } from '../src/shared/templates';

const file = KpiLibraryFile.parse(JSON.parse(readFileSync(join(__dirname, '../resources/kpi-library.json'), 'utf8')));
const kpis = file.kpis;

/** The industries a KPI can be tagged with; search and the docs use the same words. */
const INDUSTRIES = new Set(['cafe', 'restaurant', 'retail', 'ecommerce', 'services', 'saas', 'manufacturing', 'construction', 'nonprofit']);

describe('the KPI library', () => {
  it('has at least 150 KPIs with unique ids and names', () => {
    expect(kpis.length).toBeGreaterThanOrEqual(150);
    const ids = kpis.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = kpis.map((k) => k.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('covers every perspective with 25 or more KPIs and every family with 20 or more', () => {
    for (const p of BscPerspective.options) expect(kpis.filter((k) => k.perspective === p).length, p).toBeGreaterThanOrEqual(25);
    for (const f of KpiFamily.options) expect(kpis.filter((k) => k.family === f).length, f).toBeGreaterThanOrEqual(20);
  });

  it('never sums a percentage, rate, ratio, score or index over periods', () => {
    const summedRatios = kpis.filter(
      (k) =>
        k.aggregation === 'sum' &&
        (k.unit === '%' || k.unit === '×' || k.unit === 'pts' || k.unit === '★' || /\b(rates?|ratio|score|nps|index|margin|percentage|share)\b/i.test(k.name)),
    );
    expect(summedRatios.map((k) => k.id)).toEqual([]);
  });

  it('keeps balances and levels at their last value, never summed', () => {
    // A balance at the end of each month is not a flow: a quarter's cash is the last month's, not three months added.
    const levels = kpis.filter((k) => /\b(balance|headcount|backlog|runway|recurring revenue|inventory value|active customers)\b/i.test(k.name));
    expect(levels.length).toBeGreaterThan(5);
    for (const k of levels) expect(k.aggregation, k.id).toBe('last');
  });

  it('defines every KPI in a sentence or two, with a formula and known industry tags', () => {
    for (const k of kpis) {
      expect(k.definition.trim(), k.id).toMatch(/\.$/);
      expect(k.definition.split(/(?<=[.!?])\s+/).length, k.id).toBeLessThanOrEqual(2);
      expect(k.formula.length, k.id).toBeGreaterThan(10);
      for (const t of k.tags) expect(INDUSTRIES.has(t), `${k.id}: ${t}`).toBe(true);
    }
    // Every industry has KPIs of its own to find.
    for (const industry of INDUSTRIES) expect(kpis.filter((k) => k.tags.includes(industry)).length, industry).toBeGreaterThanOrEqual(6);
  });
});
