import { describe, expect, it } from 'vitest';
import { kpiDefaults, objectiveDefaults, scorecardDefaults } from './defaults';
import type { Kpi, Measurement, Objective, ScorecardTree, Status } from './domain';
import { withLocale } from './i18n';
import { indexMeasurements } from './scoring';
import { achievable, bestChange, checkSmart, newSmartCache, type SmartFinding } from './smart';
import { titleProblem } from './smart-title';

const kpi = (over: Partial<Kpi> = {}): Kpi => ({
  ...kpiDefaults,
  id: 1,
  objectiveId: 1,
  name: 'Repeat visits',
  unit: 'visits',
  position: 0,
  frequency: 'quarter',
  aggregation: 'last',
  target: 60,
  ...over,
});

const objective = (over: Partial<Objective> = {}): Objective => ({
  ...objectiveDefaults,
  id: 1,
  perspectiveId: 1,
  title: 'Keep guests coming back',
  description: 'Guests return within a month of their first visit.',
  position: 0,
  dueDate: '2026-12-31',
  themeId: 1,
  ...over,
});

/** Quarterly values from `start` (a quarter key) on; null leaves a quarter out. */
function quarters(values: readonly (number | null)[], start = '2025-Q1', kpiId = 1): Map<string, Measurement> {
  const out = new Map<string, Measurement>();
  let year = Number(start.slice(0, 4));
  let q = Number(start.slice(6));
  for (const actual of values) {
    const period = `${year}-Q${q}`;
    if (actual !== null) out.set(period, { kpiId, period, actual, target: null, note: '' });
    if (++q > 4) [year, q] = [year + 1, 1];
  }
  return out;
}

function months2026(values: readonly number[], kpiId = 1): Map<string, Measurement> {
  return new Map(
    values.map((actual, i) => {
      const period = `2026-${String(i + 1).padStart(2, '0')}`;
      return [period, { kpiId, period, actual, target: null, note: '' }];
    }),
  );
}

const a = (k: Kpi, cells: Map<string, Measurement>, period = '2026-Q2'): SmartFinding | null =>
  achievable(k, cells, period, 1);

describe('Achievable: the change a target needs against the best change in the history', () => {
  it('flags a latest-value target that needs far more than the best rise, and says the numbers', () => {
    // Best rise: +4 (Q4 2025). Q3 and Q4 remain: (60 − 45) / 2 = +7.5 a quarter, 1.9 times the best.
    const f = a(kpi(), quarters([30, 33, 36, 40, 42, 45]));
    expect(f).toEqual({
      letter: 'A',
      ok: false,
      message:
        'Needs +7.5 visits a quarter to reach 60 visits by Q4 2026; the best quarter in its history rose 4 visits (Q4 2025), so it needs 1.9 times its best',
    });
  });

  it('draws the line at 1.5 times the best change', () => {
    const cells = quarters([30, 33, 36, 40, 42, 45]);
    // (57 − 45) / 2 = 6 = 1.5 × 4: within reach.
    expect(a(kpi({ target: 57 }), cells)).toMatchObject({
      ok: true,
      message: expect.stringContaining('Needs +6 visits a quarter'),
    });
    // (57.2 − 45) / 2 = 6.1 > 6: beyond it.
    expect(a(kpi({ target: 57.2 }), cells)?.ok).toBe(false);
  });

  it('judges a decrease KPI the same way, downwards', () => {
    const cells = quarters([20, 18, 17, 15, 14, 13]);
    // (5 − 13) / 2 = −4 a quarter; the best fall is 2 (the first of two equal falls, Q2 2025).
    expect(a(kpi({ polarity: 'decrease', target: 5, unit: '' }), cells)).toEqual({
      letter: 'A',
      ok: false,
      message:
        'Needs −4 a quarter to reach 5 by Q4 2026; the best quarter in its history fell 2 (Q2 2025), so it needs 2 times its best',
    });
    expect(a(kpi({ polarity: 'decrease', target: 9 }), cells)?.ok).toBe(true);
  });

  it('steps an averaged KPI so that the remaining periods average the level the forecast requires', () => {
    // 2026 so far: 18 and 20. An average of 25 over four quarters needs Q3 and Q4 to average (100 − 38) / 2 = 31;
    // a steady step d from 20 averages 20 + 1.5·d, so d = 7.33, against a best rise of 2.
    const f = a(kpi({ aggregation: 'average', target: 25, unit: '%' }), quarters([10, 12, 14, 16, 18, 20]));
    expect(f?.ok).toBe(false);
    expect(f?.message).toBe(
      'Needs +7.33 % a quarter to reach an average of 25 % in 2026; the best quarter in its history rose 2 % (Q2 2025), so it needs 3.7 times its best',
    );
  });

  it('steps a summed KPI by its run-rate: the remaining months must bring in the rest of the year’s total', () => {
    // 510 so far against 12 × 100; the six months left need 115 each on average: from 90, a step of 2·25/7.
    const k = kpi({ frequency: 'month', aggregation: 'sum', target: 100, unit: '€' });
    const f = achievable(k, months2026([80, 82, 84, 86, 88, 90]), '2026-06', 1);
    expect(f?.message).toBe(
      'Needs +€7.14 a month to reach a total of €1,200 in 2026; the best month in its history rose €2 (Feb 2026), so it needs 3.6 times its best',
    );
    expect(f?.ok).toBe(false);
  });

  it('aims a range KPI at the nearer edge of its band, from below and from above', () => {
    const range = { polarity: 'range' as const, target: null, rangeLow: 65, rangeHigh: 85, unit: '%' };
    // Averaged: 58 and 60 so far; the year's average reaches 65 when Q3 and Q4 average (260 − 118) / 2 = 71.
    const below = a(kpi({ ...range, aggregation: 'average' }), quarters([50, 52, 54, 56, 58, 60]));
    expect(below).toEqual({
      letter: 'A',
      ok: false,
      message:
        'Needs +7.33 % a quarter to bring the average for 2026 into 65–85 %; the best quarter in its history rose 2 % (Q2 2025), so it needs 3.7 times its best',
    });
    // Latest value 90 above a 60–80 band: down to 80 in two quarters, −5 each, against falls of 2.
    const above = a(kpi({ ...range, rangeLow: 60, rangeHigh: 80 }), quarters([100, 98, 96, 94, 92, 90]));
    expect(above?.message).toBe(
      'Needs −5 % a quarter to reach 80 % by Q4 2026; the best quarter in its history fell 2 % (Q2 2025), so it needs 2.5 times its best',
    );
    const inside = a(kpi({ ...range }), quarters([50, 60, 70, 72, 74, 70]));
    expect(inside).toEqual({
      letter: 'A',
      ok: true,
      message: 'Holding the latest value, 70 %, keeps it inside 65–85 %',
    });
  });

  it('says when the history never moved the way the target needs', () => {
    // Only 2025 is reported: all four quarters of 2026 remain, (20 − 9) / 4 = +2.75 each.
    expect(a(kpi({ target: 20 }), quarters([10, 10, 9, 9]))).toEqual({
      letter: 'A',
      ok: false,
      message:
        'Needs +2.75 visits a quarter to reach 20 visits by Q4 2026; in its 4 quarters of history it never rose from one quarter to the next',
    });
  });

  it('passes a target that holding the latest value already reaches', () => {
    expect(a(kpi({ target: 40 }), quarters([30, 33, 36, 40, 42, 45]))).toEqual({
      letter: 'A',
      ok: true,
      message: 'Holding the latest value, 45 visits, is enough to reach 40 visits by Q4 2026',
    });
  });

  it('does not judge with fewer than three reported periods, nor without a target', () => {
    expect(a(kpi(), quarters([null, null, null, null, 40, 45]))).toEqual({
      letter: 'A',
      ok: true,
      message: 'Not enough history to judge the target: 2 of the 3 quarters it takes',
    });
    expect(a(kpi({ target: null }), quarters([30, 33, 36, 40, 42, 45]))).toBeNull();
  });

  it('uses only the values up to the viewed period', () => {
    // Viewed at Q1 2026 the later rise to 45 is not known: 42 → 60 over three quarters, +6 each.
    expect(a(kpi(), quarters([30, 33, 36, 40, 42, 45]), '2026-Q1')?.message).toMatch(/^Needs \+6 visits a quarter/);
  });

  it('counts a gap of missing periods as equal steps', () => {
    expect(
      bestChange(
        [
          { period: '2025-Q1', value: 10 },
          { period: '2025-Q3', value: 16 },
        ],
        1,
      ),
    ).toEqual({ change: 3, period: '2025-Q3' });
    expect(
      bestChange(
        [
          { period: '2025-Q1', value: 10 },
          { period: '2025-Q2', value: 12 },
        ],
        -1,
      ),
    ).toBeNull();
  });
});

describe('titles that name an outcome', () => {
  it.each([
    ['Launch loyalty app', 'initiative'],
    ['Implement a new CRM', 'initiative'],
    ['Build a new website', 'initiative'],
    ['Roll out self-service ordering', 'initiative'],
    ['Improve things', 'vague'],
    ['Be better', 'vague'],
    ['Excellence', 'vague'],
    ['Revenue', 'one-word'],
    ['Grow revenue profitably', null],
    ['Improve gross margin', null],
    ['Build a loyal online community', null],
    ['Develop skilled baristas and roasters', null],
    ['Run an efficient, reliable roastery', null],
  ])('%s → %s', (title, problem) => expect(titleProblem(title)).toBe(problem));
});

function tree(over: Partial<ScorecardTree> = {}): ScorecardTree {
  return {
    scorecard: { ...scorecardDefaults, id: 1, name: 'Café' },
    perspectives: [{ id: 1, scorecardId: 1, name: 'Customer', description: '', position: 0, weight: 1 }],
    objectives: [objective()],
    kpis: [kpi()],
    themes: [{ id: 1, scorecardId: 1, name: 'Loyalty', colour: '#3b82f6', description: '' }],
    links: [],
    initiatives: [],
    keyResults: [],
    checkIns: [],
    contributions: [],
    ...over,
  };
}

const hints = (t: ScorecardTree, cells: Measurement[] = [], status?: Map<number, Status>, today = '2026-12-04') => {
  const report = checkSmart(t, indexMeasurements(cells), '2026-Q2', today, status ? { objectiveStatus: status } : {});
  return { report, objective: report.objectives.get(1)!, kpi: report.kpis.get(1) };
};

describe('SMART findings of objectives and KPIs', () => {
  it('finds nothing to say about a well-formed objective and KPI', () => {
    const { report, objective: o, kpi: k } = hints(tree(), [...quarters([30, 36, 42, 48, 54, 58]).values()]);
    expect(o.hints).toEqual([]);
    expect(o.findings.map((f) => f.letter)).toEqual(['S', 'M', 'R', 'T']);
    expect(k?.hints).toEqual([]);
    expect(k?.findings.map((f) => f.letter)).toEqual(['M', 'A']);
    expect(report.summary).toMatchObject({ hints: 0, items: 0 });
  });

  it('Specific: a missing description, a project title and a vague one', () => {
    const { objective: o } = hints(tree({ objectives: [objective({ title: 'Launch loyalty app', description: '' })] }));
    expect(o.unmet).toEqual(['S']);
    expect(o.hints.map((h) => h.message)).toEqual([
      'The title names an activity, not an outcome: “Launch loyalty app”. Name what will be better when it is done; the project can be an initiative',
      'No description says what success looks like',
    ]);
    const vague = hints(
      tree({ objectives: [objective({ title: 'Improve things', description: 'Be good.' })] }),
    ).objective;
    expect(vague.hints.map((h) => h.message)).toEqual([
      'The title does not say what will be better: “Improve things”',
      'The description is too short to say what success looks like',
    ]);
  });

  it('Measurable: an objective without KPIs, and a KPI without a target or a unit', () => {
    expect(hints(tree({ kpis: [] })).objective.hints).toEqual([
      { letter: 'M', ok: false, message: 'No KPI measures it yet' },
      // Without a KPI target nothing bounds it in time either, once the due date is gone.
    ]);
    const { objective: o, kpi: k } = hints(tree({ kpis: [kpi({ target: null, unit: ' ' })] }));
    expect(k?.hints.map((h) => h.message)).toEqual([
      '“Repeat visits” has no target',
      '“Repeat visits” has no unit: say what it counts (€, %, customers…)',
    ]);
    expect(o.hints.map((h) => h.message)).toEqual(['Its KPI lacks a target or a unit']);
    // A target set per period (in the grid) counts as a target.
    const perPeriod = hints(tree({ kpis: [kpi({ target: null })] }), [
      { kpiId: 1, period: '2026-Q1', actual: null, target: 50, note: '' },
    ]);
    expect(perPeriod.kpi?.hints).toEqual([]);
    const range = hints(tree({ kpis: [kpi({ polarity: 'range', target: null, rangeLow: 3, rangeHigh: null })] }));
    expect(range.kpi?.hints.map((h) => h.message)).toEqual(['“Repeat visits” has no target range']);
  });

  it('Relevant: linked on the map in either direction, or in a theme; a KPI is relevant through its objective', () => {
    const alone = objective({ themeId: null });
    expect(hints(tree({ objectives: [alone] })).objective.hints).toEqual([
      { letter: 'R', ok: false, message: 'Not linked to another objective on the strategy map, and in no theme' },
    ]);
    const other = objective({ id: 2, title: 'Grow revenue', themeId: null, position: 1 });
    for (const link of [
      { id: 1, fromObjectiveId: 1, toObjectiveId: 2, note: '', fromKpiId: null, toKpiId: null },
      { id: 1, fromObjectiveId: 2, toObjectiveId: 1, note: '', fromKpiId: null, toKpiId: null },
    ]) {
      const { report } = hints(tree({ objectives: [alone, other], links: [link] }));
      expect(report.objectives.get(1)!.unmet).toEqual([]);
      // The other objective has no KPI (an M hint), but it is linked.
      expect(report.objectives.get(2)!.unmet).toEqual(['M']);
    }
    expect(hints(tree({ objectives: [alone] })).kpi?.findings.some((f) => f.letter === 'R')).toBe(false);
  });

  it('Time-bound: a due date, or KPI targets set per period; a passed due date that is not green', () => {
    const undated = objective({ dueDate: null });
    expect(hints(tree({ objectives: [undated] })).objective.findings.find((f) => f.letter === 'T')).toEqual({
      letter: 'T',
      ok: true,
      message: "No due date; its KPIs' targets set the pace quarterly",
    });
    expect(hints(tree({ objectives: [undated], kpis: [kpi({ target: null })] })).objective.hints.at(-1)).toEqual({
      letter: 'T',
      ok: false,
      message: 'No due date, and no KPI target sets a pace per period',
    });
    const late = objective({ dueDate: '2026-06-30' });
    expect(hints(tree({ objectives: [late] }), [], new Map([[1, 'amber']])).objective.hints).toEqual([
      {
        letter: 'T',
        ok: false,
        message: 'The due date, 30 Jun 2026, has passed and it is amber in Q2 2026: set a new date or close it',
      },
    ]);
    expect(hints(tree({ objectives: [late] }), [], new Map([[1, 'green']])).objective.hints).toEqual([]);
    // Due today is not yet passed.
    expect(hints(tree({ objectives: [late] }), [], new Map([[1, 'red']]), '2026-06-30').objective.hints).toEqual([]);
  });

  it('sums the hints up by letter, objectives first, and checks again only the KPI whose cells changed', () => {
    const t = tree({
      objectives: [objective({ description: '' }), objective({ id: 2, title: 'Grow revenue', position: 1 })],
      kpis: [kpi(), kpi({ id: 2, objectiveId: 2, name: 'Revenue', unit: '', target: 10 })],
    });
    const cells = [...quarters([30, 33, 36, 40, 42, 45]).values()];
    const cache = newSmartCache();
    const index = new Map(indexMeasurements(cells));
    const first = checkSmart(t, index, '2026-Q2', '2026-12-04', { cache });
    // The KPI without a unit is a hint on itself and on its objective, which has no other KPI to measure it by.
    expect(first.summary.hints).toBe(4);
    expect(first.summary.items).toBe(4);
    expect(first.summary.byLetter.S.map((h) => h.item.name)).toEqual(['Keep guests coming back']);
    expect(first.summary.byLetter.M.map((h) => h.item.name)).toEqual(['Grow revenue', 'Revenue']);
    expect(first.summary.byLetter.A.map((h) => h.finding.message)).toEqual([
      expect.stringContaining('Needs +7.5 visits'),
    ]);
    const again = checkSmart(t, index, '2026-Q2', '2026-12-04', { cache });
    expect(again.kpis.get(1)).toBe(first.kpis.get(1));
    index.set(1, quarters([30, 33, 36, 40, 42, 55]));
    const changed = checkSmart(t, index, '2026-Q2', '2026-12-04', { cache });
    expect(changed.kpis.get(1)).not.toBe(first.kpis.get(1));
    expect(changed.kpis.get(1)!.hints).toEqual([]);
    expect(changed.kpis.get(2)).toBe(first.kpis.get(2));
  });
});

describe('SMART hints in the user’s language', () => {
  it('says an Achievable hint in German and in French, numbers in the language’s own way', () => {
    const cells = quarters([30, 33, 36, 40, 42, 45]);
    const de = withLocale('de-DE', () => a(kpi(), cells))!;
    expect(de.ok).toBe(false);
    expect(de.message).toMatch(
      /^Braucht \+7,5\s?visits pro Quartal, um bis .+ 60\s?visits zu erreichen; das beste Quartal seines Verlaufs stieg um 4\s?visits \(.+\), er braucht also das 1,9-Fache seines Besten$/,
    );
    const fr = withLocale('fr-FR', () => a(kpi(), cells))!;
    expect(fr.message).toMatch(
      /^Demande \+7,5\s?visits par trimestre pour atteindre 60\s?visits d’ici .+\u00a0; son meilleur trimestre a augmenté de 4\s?visits \(.+\), il lui faut donc 1,9 fois son meilleur résultat$/,
    );
    // The language is put back: English again, byte for byte.
    expect(a(kpi(), cells)!.message).toMatch(/^Needs \+7\.5 visits a quarter/);
  });

  it('says a Specific hint in German and in French, the title quoted the language’s way', () => {
    const t = tree({ objectives: [objective({ title: 'Launch loyalty app', description: '' })] });
    expect(withLocale('de-DE', () => hints(t).objective.hints.map((h) => h.message))).toEqual([
      'Der Titel nennt eine Tätigkeit, kein Ergebnis: „Launch loyalty app“. Nennen Sie, was besser sein wird, wenn sie erledigt ist; das Projekt kann eine Initiative werden',
      'Keine Beschreibung sagt, wie Erfolg aussieht',
    ]);
    expect(withLocale('fr-FR', () => hints(t).objective.hints[1]!.message)).toBe(
      'Aucune description ne dit à quoi ressemble la réussite',
    );
  });
});
