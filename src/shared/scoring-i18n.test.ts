/**
 * The engine's formula texts in German and French: the same formulas, the words of the language and its numbers
 * (decimal comma, its own grouping), with the locale put back afterwards.
 */
import { describe, expect, it } from 'vitest';
import { kpiDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { currentLocale, withLocale } from './i18n';
import { rollup } from './scoring-rollup';
import { scoreKpi } from './scoring';
import { trendText } from './trend';

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'Umsatz',
  position: 0,
  frequency: 'month',
  ...over,
});
const m = (period: string, actual: number | null, target: number | null = null): Measurement => ({
  kpiId: 1,
  period,
  actual,
  target,
  note: '',
});
const text = (k: Kpi, period: string, ms: Measurement[]) =>
  scoreKpi({ kpi: k, period, fiscalYearStartMonth: 1, measurements: ms }).formula.text;

describe('formula texts in the report’s language', () => {
  const revenue = kpi({ unit: '€', target: 1200, aggregation: 'sum' });
  const months = [m('2025-01', 1234.5), m('2025-02', 1000)];

  it('says a ratio to target in German with German numbers', () => {
    expect(withLocale('de-DE', () => text(revenue, '2025-01', months))).toBe(
      'Verhältnis zum Zielwert: 1.234,5 / 1.200 = 103 % → grün (grün ≥ 100 %, gelb ≥ 80 %)',
    );
  });

  it('says a partly reported quarter in French, with no-break spaces in numbers and before colons', () => {
    expect(withLocale('fr-FR', () => text(revenue, '2025-Q1', months))).toBe(
      'Somme de 2 sur 3 mois renseignés\u00a0: réel 2\u00a0234,5 €, cible 2\u00a0400 € ' +
        '(cibles des seuls mois renseignés, à périmètre égal). ' +
        'Rapport à la cible\u00a0: 2\u00a0234,5 / 2\u00a0400 = 93 % → orange (vert ≥ 100 %, orange ≥ 80 %)',
    );
  });

  it('keeps English as it always was, and puts the locale back', () => {
    expect(text(revenue, '2025-01', months)).toBe(
      'Ratio to target: 1,234.5 / 1,200 = 103 % → green (green ≥ 100 %, amber ≥ 80 %)',
    );
    withLocale('de-DE', () => text(revenue, '2025-01', months));
    expect(currentLocale()).toBe('en-US');
  });

  it('words a target range, a missing target and no data in German', () => {
    const band = kpi({ polarity: 'range', rangeLow: 20, rangeHigh: 30, tolerance: 10 });
    expect(withLocale('de-DE', () => text(band, '2025-01', [m('2025-01', 35.5)]))).toBe(
      'Zielbereich 20 bis 30: 35,5 liegt 5,5 darüber; 100 × (1 − 5,5 / 10) = 45 % → rot (grün ≥ 100 %, gelb ≥ 80 %)',
    );
    expect(withLocale('de-DE', () => text(kpi({ target: null }), '2025-01', [m('2025-01', 3)]))).toBe(
      'Kein Zielwert festgelegt.',
    );
    expect(withLocale('de-DE', () => text(kpi({ target: 5 }), '2025-Q1', []))).toBe(
      'Keine Daten für Q1 2025 (3 Monate, nichts gemeldet).',
    );
  });

  it('rolls up in French, naming the children in French plurals', () => {
    const th = { greenThreshold: 100, amberThreshold: 80 };
    const children = [
      { name: 'A', score: 90.5, status: 'amber' as const, weight: 1 },
      { name: 'B', score: null, status: 'none' as const, weight: 1 },
    ];
    expect(withLocale('fr-FR', () => rollup(children, 'weighted_mean', th, { key: 'objective' }).formula.text)).toBe(
      'Moyenne pondérée de 1 sur 2 objectifs\u00a0: (90,5 × 1) / 1 = 91 % → orange (vert ≥ 100 %, orange ≥ 80 %)',
    );
  });

  it('says a trend with the language’s plural', () => {
    expect(withLocale('de-DE', () => trendText(70, 71, 'Q2 2026'))).toBe('Seit Q2 2026 um 1 Punkt gestiegen');
    expect(withLocale('fr-FR', () => trendText(80, 70, 'T2 2026'))).toBe('En baisse de 10 points depuis T2 2026');
  });
});
