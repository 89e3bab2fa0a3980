/**
 * The engine's advice, forecast, what-it-takes, comparison and chart texts in German and French, produced by the real
 * functions: the words of the language, its numbers and its period labels; English as it always was.
 */
import { describe, expect, it } from 'vitest';
import { aggregationExplained, summedByMistake, summedByMistakeText } from './aggregation';
import { budgetOption } from './charts/initiatives';
import { LIGHT } from './charts/palette';
import { scatterAxisTitles } from './charts/strategy-pair';
import { swingLabel, swingText } from './charts/tornado';
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement } from './domain';
import { forecastKpi } from './forecast';
import { withLocale } from './i18n';
import { concernText } from './minutes';
import { comparePeriodsOf } from './period-compare';
import { renderComparisonText } from './period-compare-text';
import { card, PERIOD } from './sensitivity/fixtures';
import { whatItTakes } from './sensitivity/what-it-takes';
import { evaluateScorecard, scoreKpi } from './scoring';

const de = <T>(run: () => T): T => withLocale('de-DE', run);
const fr = <T>(run: () => T): T => withLocale('fr-FR', run);

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'Umsatz',
  position: 0,
  frequency: 'month',
  ...over,
});
const months = (values: readonly number[]): Map<string, Measurement> =>
  new Map(
    values.map((actual, i) => {
      const period = `2026-${String(i + 1).padStart(2, '0')}`;
      return [period, { kpiId: 1, period, actual, target: null, note: '' }];
    }),
  );

describe('aggregation advice', () => {
  const rating = { name: 'Kundenzufriedenheit', unit: '%', aggregation: 'sum' as const };

  it('explains a choice with the month and quarter names and the numbers of the language', () => {
    expect(de(() => aggregationExplained('average', '%'))).toBe(
      'Durchschnitt: Jan–Mär mit 70 %, 80 %, 90 % ergeben 80 % für das Quartal; Q1–Q4 mit 72 %, 80 %, 86 %, 90 % ' +
        'ergeben 82 % für das Jahr. Der Zielwert bleibt wie festgelegt: Er wird für einen längeren Zeitraum nicht vervielfacht.',
    );
    expect(fr(() => aggregationExplained('sum', '€'))).toBe(
      'Somme\u00a0: janv.–mars à 10 €, 12 €, 14 € donnent 36 € pour le trimestre\u00a0; T1–T4 à 36 €, 40 €, 38 €, 46 € ' +
        'donnent 160 € pour l’année. Les cibles s’additionnent de la même façon (une cible trimestrielle de 40 fait 160 pour l’année).',
    );
    expect(aggregationExplained('average', '%')).toBe(
      'Average: Jan–Mar of 70 %, 80 %, 90 % make 80 % for the quarter; Q1–Q4 of 72 %, 80 %, 86 %, 90 % make 82 % ' +
        'for the year. The target stays as set: it is not multiplied for a longer period.',
    );
  });

  it('says why a sum is a mistake', () => {
    expect(de(() => summedByMistakeText(rating, summedByMistake(rating)!))).toBe(
      'Summiert, aber die Einheit „%“ ist ein Prozentsatz oder Punkte: vier Quartale mit 85 % ergäben 340 % für das Jahr.',
    );
    expect(summedByMistakeText(rating, summedByMistake(rating)!)).toBe(
      'Summed, but the unit “%” is a percentage or points: four quarters of 85 % would read 340 % for the year.',
    );
  });
});

describe('formula texts name periods by their label', () => {
  it('in German, for a quarterly KPI viewed for a month and a quarter without data', () => {
    const quarterly = kpi({ frequency: 'quarter', target: 300 });
    const text = (period: string, fy = 1) =>
      scoreKpi({ kpi: quarterly, period, fiscalYearStartMonth: fy, measurements: [] }).formula.text;
    expect(de(() => text('2026-08'))).toBe('Vierteljährlicher KPI: Wert für Q3 2026. Keine Daten für Q3 2026.');
    expect(text('2026-08')).toBe('Quarterly KPI: value of Q3 2026. No data for Q3 2026.');
  });
});

describe('forecast', () => {
  const revenue = kpi({ unit: '€', target: 1200, aggregation: 'sum' });

  it('projects in German and French, with the period label and the words of the method', () => {
    const f = (lang: 'de' | 'fr' | 'en') => {
      const run = () =>
        forecastKpi({
          kpi: revenue,
          measurements: months([80, 90, 100, 110]),
          period: '2026-04',
          fiscalYearStartMonth: 1,
        });
      return lang === 'de' ? de(run) : lang === 'fr' ? fr(run) : run();
    };
    expect(f('de').year.text).toBe(
      'Prognose 1.140 € für 2026 (80-%-Band 1.087,68 €–1.192,32 €) bei einem Zielwert von 14.400 €, ' +
        'nach der Hochrechnung der letzten 4 gemeldeten Monate. ' +
        'Um den Zielwert zu erreichen: mindestens 1.752,5 € in jedem der 8 verbleibenden Monate.',
    );
    expect(f('fr').quarter?.text).toBe(
      'Projection de 300 € pour T2 2026 (bande à 80 % 273,84 €–326,16 €) face à une cible de 3\u00a0600 €, ' +
        'selon le rythme des 4 derniers mois renseignés. ' +
        'Pour atteindre la cible\u00a0: au moins 1\u00a0745 € sur chacun des 2 mois restants.',
    );
    expect(f('en').year.text).toBe(
      'Projected €1,140 for 2026 (80 % band €1,087.68–€1,192.32) against a target of €14,400, ' +
        'by the run-rate of the last 4 reported months. To reach the target: at least €1,752.5 in each of the 8 remaining months.',
    );
  });
});

describe('what it takes', () => {
  const c = card([
    {
      name: 'Finanzen',
      objectives: [
        {
          title: 'Umsatz steigern',
          kpis: [
            { name: 'Umsatz', unit: '€', weight: 2, target: 333.3, actual: 222.2 },
            { name: 'Marge', unit: '%', target: 7, actual: 5.6 },
            { name: 'Trinkgeld', unit: '€', weight: 0, target: 50, actual: 10 },
          ],
        },
      ],
    },
  ]);
  const notes = () =>
    whatItTakes(c.input, PERIOD, { kind: 'objective', id: c.id('Umsatz steigern') }).items.map((i) => i.note);

  it('says in German why a KPI cannot do it alone', () => {
    expect(de(notes)).toEqual([
      'Selbst beim Zielwert (333,3 €) bleibt Umsatz steigern gelb: die anderen KPIs halten es zurück.',
      'Selbst beim Zielwert (7 %) bleibt Umsatz steigern rot: die anderen KPIs halten es zurück.',
      'Gewicht 0: Zählt nicht für Umsatz steigern.',
    ]);
    expect(fr(notes)[1]).toBe(
      'Même à sa cible (7 %), Umsatz steigern reste rouge\u00a0: ses autres KPI le retiennent.',
    );
    expect(notes()).toEqual([
      'Even at its target (€333.3), Umsatz steigern stays amber: its other KPIs hold it back.',
      'Even at its target (7 %), Umsatz steigern stays red: its other KPIs hold it back.',
      'Weight 0: it does not count towards Umsatz steigern.',
    ]);
  });
});

describe('charts and minutes', () => {
  const swing = { kpiId: 1, name: 'Kunden', weight: 1, lowWeight: 0, highWeight: 2, low: 64.25, high: 71 };

  it('labels a weight swing in German and French', () => {
    expect(de(() => swingLabel(swing as never))).toBe('Gewicht von Kunden 1 → 0 / 2');
    expect(de(() => swingText(swing as never, 70))).toBe('Gewicht 0: 64,3 % (−5,8 Punkte); Gewicht 2: 71 % (+1 Punkt)');
    expect(fr(() => swingText(swing as never, 70))).toBe(
      'poids 0\u00a0: 64,3 % (−5,8 points)\u00a0; poids 2\u00a0: 71 % (+1 point)',
    );
    expect(swingText(swing as never, 70)).toBe('weight 0: 64.3 % (−5.8 points); weight 2: 71 % (+1 point)');
  });

  it('names the axes of a lagged scatter in French', () => {
    const side = (name: string, lowerIsBetter = false) => ({
      ref: { kind: 'kpi', id: 1, name, unit: '%' },
      lowerIsBetter,
    });
    const titles = (basis: 'levels' | 'changes') => () =>
      scatterAxisTitles({
        cause: side('Formation') as never,
        effect: side('Réclamations', true) as never,
        basis,
        lag: 1,
      });
    expect(fr(titles('changes'))).toEqual({
      x: 'Variation de Formation (%), période t',
      y: 'Variation de Réclamations (%), plus bas est mieux, t + 1',
    });
    expect(titles('levels')()).toEqual({ x: 'Formation (%), period t', y: 'Réclamations (%), lower is better, t + 1' });
  });

  it('writes an initiative’s budget in German', () => {
    const option = de(() =>
      budgetOption({ items: [{ name: 'Neue Kasse', budget: 12000, spent: 13500.5 }] } as never, LIGHT),
    ) as { legend: { data: string[] }; yAxis: { data: unknown[] }[] };
    expect(option.legend.data).toEqual(['Budget', 'Ausgegeben']);
    expect(option.yAxis[1]!.data).toEqual(['13.500,5 von 12.000 ✕ überschritten']);
  });

  it('says what an action is about in French', () => {
    const tree = { objectives: [], kpis: [{ id: 3, name: 'Couverts' }] } as never;
    expect(fr(() => concernText({ concernType: 'kpi', concernId: 3 }, tree))).toBe('KPI\u00a0: Couverts');
    expect(fr(() => concernText({ concernType: 'objective', concernId: 9 }, tree))).toBe('Objectif\u00a0: (supprimé)');
    expect(concernText({ concernType: 'scorecard', concernId: null }, tree)).toBe('The scorecard');
  });
});

describe('quadrant diff', () => {
  const scorecard = { ...scorecardDefaults, id: 1, name: 'Bäckerei' };
  const perspectives = [{ ...perspectiveDefaults, id: 1, scorecardId: 1, name: 'Finanzen', position: 0 }];
  const objectives = [{ ...objectiveDefaults, id: 10, perspectiveId: 1, title: 'Umsatz steigern', position: 0 }];
  const revenue = (target: number) => [
    kpi({ id: 100, objectiveId: 10, name: 'Umsatz', unit: '€', frequency: 'quarter', target }),
  ];
  const measurements = [400, 480].map((actual, i) => ({
    kpiId: 100,
    period: `2026-Q${i + 2}`,
    actual,
    target: null,
    note: '',
  }));
  const scored = (period: string, target: number) => {
    const tree = { scorecard, perspectives, objectives, kpis: revenue(target) };
    return { period, tree, evaluation: evaluateScorecard({ ...tree, measurements }, period) };
  };
  const text = () =>
    renderComparisonText(
      comparePeriodsOf(scored('2026-Q2', 450), scored('2026-Q3', 480), [
        {
          id: 1,
          scorecardId: 1,
          title: 'Mehl-Lieferanten anrufen',
          owner: 'Mia',
          dueDate: '2026-08-31',
          status: 'open',
          concernType: 'kpi',
          concernId: 100,
          reviewId: null,
          reviewItemId: null,
          createdOn: '2026-07-15',
          closedOn: null,
        },
      ]),
    );

  it('prints the comparison in German, English unchanged', () => {
    expect(de(text)).toBe(
      [
        'Q2 2026 → Q3 2026',
        '=================',
        'Ziele und KPIs: 2 verbessert, 0 verschlechtert, 0 unverändert, 0 neu, 0 entfallen, 0 noch ohne Daten',
        '',
        'Bewertungen',
        '                                Q2 2026    Q3 2026',
        '  Scorecard    Bäckerei         88,9 gelb  100 grün  verbessert',
        '  Perspektive  Finanzen         88,9 gelb  100 grün  verbessert',
        '  Ziel         Umsatz steigern  88,9 gelb  100 grün  verbessert',
        '  KPI          Umsatz           88,9 gelb  100 grün  verbessert',
        '',
        'Struktur',
        '  KPI  Umsatz  Zielwert geändert  Zielwert 450 € → 480 €',
        '',
        'Eröffnete Maßnahmen',
        '  2026-07-15  Mehl-Lieferanten anrufen  Mia  fällig 2026-08-31  offen',
        '',
        'Abgeschlossene Maßnahmen',
        '  —',
        '',
      ].join('\n'),
    );
    expect(text()).toBe(
      [
        'Q2 2026 → Q3 2026',
        '=================',
        'Objectives and KPIs: 2 improved, 0 worsened, 0 unchanged, 0 new, 0 gone, 0 without data yet',
        '',
        'Scores',
        '                                Q2 2026     Q3 2026',
        '  Scorecard    Bäckerei         88.9 amber  100 green  improved',
        '  Perspective  Finanzen         88.9 amber  100 green  improved',
        '  Objective    Umsatz steigern  88.9 amber  100 green  improved',
        '  KPI          Umsatz           88.9 amber  100 green  improved',
        '',
        'Structure',
        '  KPI  Umsatz  retargeted  target €450 → €480',
        '',
        'Actions opened',
        '  2026-07-15  Mehl-Lieferanten anrufen  Mia  due 2026-08-31  open',
        '',
        'Actions closed',
        '  —',
        '',
      ].join('\n'),
    );
  });
});
