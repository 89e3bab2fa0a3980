/**
 * Key results and OKRs outside the app: `quadrant score` (text and --json) and the report's data (the alignment
 * part) on a real document built through the API, checked against hand-worked scores.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import type { ScoreJson } from '../../src/main/cli-score';
import { formatValue } from '../../src/shared/format';
import { client } from '../helpers';
import { buildOkrDocument } from '../okr-document';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** The document, closed again so the command line can open it. */
function document() {
  const api = client();
  const doc = buildOkrDocument(api);
  api.session.close();
  return doc;
}

describe('quadrant score with key results', () => {
  it('gives each key result its definition, score, confidence and formula in --json, and each objective its OKR score', () => {
    const doc = document();
    const r = run(['score', doc.path, '--period', '2026-Q3', '--json']);
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as ScoreJson;
    expect(json.keyResults.map((k) => [k.title, k.objective, k.kind, k.current, k.target, k.unit, k.score, k.status, k.confidence])).toEqual([
      // Latest check-in on or before 30 Sep 2026 (the 2 Oct one is left out): (220 − 100) / (400 − 100) = 120 / 300 = 0.40.
      ['Loyalty sign-ups', 'Grow revenue', 'metric', 220, 400, 'people', 0.4, 'amber', 7],
      // Checked in as done on 10 Sep: 1.0.
      ['New autumn menu live', 'Grow revenue', 'milestone', 1, null, '', 1, 'green', 9],
      // A decrease: (12 − 20) / (10 − 20) = −8 / −10 = 0.80.
      ['Food waste share', 'Grow revenue', 'metric', 12, 10, '%', 0.8, 'green', 5],
    ]);
    expect(json.keyResults[0]).toMatchObject({ id: doc.keyResults.signUps, objectiveId: doc.growRevenue, cycle: '2026-Q3', asOf: '2026-08-20', weight: 1, owner: 'Ana' });
    expect(json.keyResults[0]!.formula.text).toContain('(220 − 100) / (400 − 100) = 0.40 → amber');
    expect(json.keyResults[2]!.formula.text).toContain('(12 − 20) / (10 − 20) = 0.80 → green');
    // Weighted mean: (0.40 × 1 + 1.00 × 1 + 0.80 × 2) / 4 = 3.00 / 4 = 0.75 ≥ 0.7 → green for an aspirational objective.
    expect(json.okrs).toHaveLength(1);
    expect(json.okrs[0]).toMatchObject({ objectiveId: doc.growRevenue, objective: 'Grow revenue', kind: 'aspirational', score: 0.75, status: 'green', reported: 3, total: 3 });
    expect(json.okrs[0]!.formula.text).toBe(
      'Weighted mean of 3 key results: (0.40 × 1 + 1.00 × 1 + 0.80 × 2) / 4 = 0.75 → green (aspirational: 0.7 is success)',
    );
    // The rest of the evaluation is as before.
    expect(json.objectives.map((o) => o.objectiveId)).toContain(doc.growRevenue);

    // The department's committed objective: a milestone nobody checked in on is not done, 0.00 → red.
    const kitchen = JSON.parse(run(['score', doc.path, '--period', '2026-Q3', '--scorecard', String(doc.kitchen), '--json']).out) as ScoreJson;
    expect(kitchen.keyResults.map((k) => [k.title, k.score, k.status, k.confidence])).toEqual([['Dessert card on every table', 0, 'red', null]]);
    expect(kitchen.okrs[0]).toMatchObject({ objective: 'Sell more desserts', kind: 'committed', score: 0, status: 'red' });
  });

  it('lists the key results in the text output, one line each, and leaves them out where there are none', () => {
    const doc = document();
    const out = run(['score', doc.path, '--period', '2026-Q3']).out;
    const lines = out.split('\n');
    const at = lines.indexOf('Key results (OKRs, 0.00–1.00)');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}Grow revenue +0\.75 {2}✓ green +3 of 3 scored, aspirational$/);
    expect(lines[at + 2]).toMatch(/^ {4}Loyalty sign-ups +0\.40 {2}! amber +220 → 400 people, confidence 7\/10$/);
    expect(lines[at + 3]).toMatch(/^ {4}New autumn menu live +1\.00 {2}✓ green +Done, confidence 9\/10$/);
    expect(lines[at + 4]).toContain(`0.80  ✓ green    12 → ${formatValue(10, '%')}, confidence 5/10`);
    expect(out).toContain('key result scores (0.00–1.00)');
    // Q2 has no key results: no OKR block.
    expect(run(['score', doc.path, '--period', '2026-Q2']).out).not.toContain('Key results');
    // A month scores the key results of its quarter.
    expect(run(['score', doc.path, '--period', '2026-08']).out).toContain('Key results (OKRs, 0.00–1.00)');
  });
});

describe('the report data of a cascade', () => {
  it('lists what each objective supports above and what supports it below, with weights and scores', () => {
    const api = client();
    const doc = buildOkrDocument(api);
    try {
      const data = api.call('report.data', { scorecardIds: [doc.company, doc.kitchen], period: '2026-Q3' });
      const [company, kitchen] = data.scorecards;
      const dessertScore = api
        .call('scorecard.evaluate', { scorecardId: doc.kitchen, period: '2026-Q3' })
        .objectives.find((o) => o.objectiveId === doc.desserts)!;
      expect(company!.alignment).toEqual([
        {
          objectiveId: doc.growRevenue,
          supports: [],
          supportedBy: [
            expect.objectContaining({
              fromObjectiveId: doc.desserts,
              title: 'Sell more desserts',
              scorecardName: 'Kitchen',
              weight: 2,
              score: dessertScore.score,
              status: dessertScore.status,
              excluded: null,
            }),
          ],
        },
      ]);
      expect(kitchen!.alignment).toEqual([
        {
          objectiveId: doc.desserts,
          supports: [{ objectiveId: doc.growRevenue, title: 'Grow revenue', scorecardName: 'Harbour', weight: 2 }],
          supportedBy: [],
        },
      ]);
      expect(company!.evaluation.okrs[0]!.score).toBe(0.75);
    } finally {
      api.session.close();
    }
  });

  it('reports a closed quarter’s key results as they were closed, later check-ins and edits left out', () => {
    const api = client();
    const doc = buildOkrDocument(api);
    try {
      api.call('period.close', { scorecardId: doc.company, period: '2026-Q3', by: 'Mia' });
      // After closing: a late check-in inside Q3 and a new target change nothing in Q3's report.
      api.call('okr.addCheckIn', { keyResultId: doc.keyResults.signUps, date: '2026-09-29', value: 400, confidence: 10 });
      api.call('okr.updateKeyResult', { id: doc.keyResults.waste, target: 0 });
      const sc = api.call('report.data', { scorecardIds: [doc.company], period: '2026-Q3' }).scorecards[0]!;
      // Still (0.40 × 1 + 1.00 × 1 + 0.80 × 2) / 4 = 0.75, and the last check-in of sign-ups is still 20 August.
      expect(sc.evaluation.okrs[0]!.score).toBe(0.75);
      expect(sc.tree.checkIns.filter((c) => c.keyResultId === doc.keyResults.signUps).map((c) => c.date)).not.toContain('2026-09-29');
      expect(sc.tree.keyResults.find((k) => k.id === doc.keyResults.waste)!.target).toBe(10);
    } finally {
      api.session.close();
    }
  });
});
