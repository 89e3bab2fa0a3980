/**
 * Cascading and OKRs through the API on real documents: a company objective carried down to a department, the rules
 * that keep contributions sane (two scorecards, no cycle), key results with check-ins scored as the convention says,
 * contributor scores counted when the company asks for them, the OKR board, closed periods, and old files upgraded.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, applyMigrations } from '../../src/main/core/migrations';
import { dispatchSync } from '../../src/main/core/dispatch';
import { createDocumentFromJson } from '../../src/main/core/interchange-io';
import { INTERCHANGE_VERSION } from '../../src/shared/interchange';
import { client, tempDir } from '../helpers';

type Api = ReturnType<typeof client>;
const open: Api[] = [];
afterEach(() => {
  while (open.length) open.pop()!.session.close();
});

/** A company scorecard “Harbour” with a financial objective “Grow revenue” measured by one quarterly KPI. */
function company(): Api & { objective: number; kpi: number; financial: number } {
  const api = client();
  open.push(api);
  api.call('document.create', { path: join(tempDir('quadrant-cascade-'), 'Harbour.scorecard'), name: 'Harbour' });
  const financial = api.call('perspective.list', { scorecardId: 1 })[0]!.id;
  const objective = api.call('objective.create', { perspectiveId: financial, title: 'Grow revenue', owner: 'Mia' }).id;
  const kpi = api.call('kpi.create', { objectiveId: objective, name: 'Revenue', target: 100 }).id;
  return { ...api, objective, kpi, financial };
}

const objectiveScore = (api: Api, scorecardId: number, id: number, period = '2026-Q3') =>
  api.call('scorecard.evaluate', { scorecardId, period }).objectives.find((o) => o.objectiveId === id)!;

describe('cascading a company objective', () => {
  it('makes a department scorecard below the company, with supporting objectives in the matching perspective, as one undo step', () => {
    const c = company();
    c.call('scorecard.update', { id: 1, fiscalYearStartMonth: 4, granularity: 'month' });
    const result = c.call('cascade.create', {
      objectiveId: c.objective,
      target: { newScorecard: { name: 'Kitchen' } },
      create: [{ title: 'Sell more desserts', owner: 'Ana', weight: 2 }, { title: 'Cater events' }],
      link: [],
    });
    expect(result.scorecard).toMatchObject({ name: 'Kitchen', parentScorecardId: 1, fiscalYearStartMonth: 4, granularity: 'month', cascadeScoring: 'own' });
    const perspectives = c.call('perspective.list', { scorecardId: result.scorecard.id });
    expect(perspectives.map((p) => p.name)).toEqual(['Financial', 'Customer', 'Internal Process', 'Learning & Growth']);
    // “Grow revenue” is financial: its supporters are the department's financial objectives.
    expect(result.created.map((o) => [o.title, o.owner, o.perspectiveId])).toEqual([
      ['Sell more desserts', 'Ana', perspectives[0]!.id],
      ['Cater events', '', perspectives[0]!.id],
    ]);
    expect(c.call('cascade.list', {}).map((x) => [x.fromObjectiveId, x.toObjectiveId, x.weight])).toEqual([
      [result.created[0]!.id, c.objective, 2],
      [result.created[1]!.id, c.objective, 1],
    ]);
    expect(c.call('history.state', {}).undoLabel).toBe('Cascade “Grow revenue”');
    // The page patches its store from what the write says it changed: the scorecard, its objectives, the contributions.
    const answer = dispatchSync(c.session, 'cascade.create', {
      objectiveId: c.objective,
      target: { scorecardId: result.scorecard.id },
      create: [{ title: 'Brunch' }],
      link: [],
    });
    expect(answer.ok && answer.changes).toMatchObject({
      objectives: { created: [expect.any(Number)], set: [{ title: 'Brunch' }] },
      contributions: { set: [{ toObjectiveId: c.objective, weight: 1 }] },
    });
    c.call('history.undo', {});
    c.call('history.undo', {});
    expect(c.call('scorecard.list', {}).map((s) => s.name)).toEqual(['Harbour']);
    expect(c.call('cascade.list', {})).toEqual([]);
    c.call('history.redo', {});
    expect(c.call('cascade.list', {})).toHaveLength(2);
    expect(c.call('scorecard.list', {}).map((s) => s.name)).toEqual(['Harbour', 'Kitchen']);
  });

  it('adds to an existing scorecard: new objectives where asked, existing ones linked, and refuses what is not there', () => {
    const c = company();
    const dept = c.call('scorecard.create', { name: 'Bar', parentScorecardId: 1 });
    const [, customer] = c.call('perspective.list', { scorecardId: dept.id });
    const existing = c.call('objective.create', { perspectiveId: customer!.id, title: 'Regulars come back' });
    const result = c.call('cascade.create', {
      objectiveId: c.objective,
      target: { scorecardId: dept.id },
      create: [{ title: 'Happy hour', perspectiveId: customer!.id }],
      link: [{ objectiveId: existing.id, weight: 3 }],
    });
    expect(result.created[0]).toMatchObject({ title: 'Happy hour', perspectiveId: customer!.id });
    expect(result.contributions.map((x) => [x.fromObjectiveId, x.weight])).toEqual([[result.created[0]!.id, 1], [existing.id, 3]]);
    const before = c.call('document.export', {});
    // A company objective cannot be linked as its own supporter, nor a scorecard cascade into itself.
    const wrongLink = c.fail('cascade.create', { objectiveId: c.objective, target: { scorecardId: dept.id }, create: [], link: [{ objectiveId: c.objective }] });
    expect(wrongLink).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['link', 0, 'objectiveId'], message: 'must be an objective of “Bar”' }] });
    const itself = c.fail('cascade.create', { objectiveId: c.objective, target: { scorecardId: 1 }, create: [{ title: 'x' }], link: [] });
    expect(itself.issues).toEqual([{ path: ['target', 'scorecardId'], message: 'must be another scorecard than the objective’s own' }]);
    expect(c.fail('cascade.create', { objectiveId: c.objective, target: { scorecardId: dept.id }, create: [], link: [] }).code).toBe('VALIDATION');
    expect(c.call('document.export', {})).toEqual(before);
  });

  it('refuses a cycle and a contribution inside one scorecard, naming the objectives, and writes nothing', () => {
    const c = company();
    const dept = c.call('scorecard.create', { name: 'Kitchen', parentScorecardId: 1 });
    const p = c.call('perspective.list', { scorecardId: dept.id })[0]!.id;
    const desserts = c.call('objective.create', { perspectiveId: p, title: 'Sell more desserts' });
    const contribution = c.call('cascade.set', { fromObjectiveId: desserts.id, toObjectiveId: c.objective });
    const before = c.call('document.export', {});
    const cycle = c.fail('cascade.set', { fromObjectiveId: c.objective, toObjectiveId: desserts.id });
    expect(cycle).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['toObjectiveId'], message: 'would make a cycle: “Grow revenue” → “Sell more desserts” → “Grow revenue”' }],
    });
    const other = c.call('objective.create', { perspectiveId: c.financial, title: 'Cut costs' });
    const same = c.fail('cascade.set', { fromObjectiveId: other.id, toObjectiveId: c.objective });
    expect(same.issues?.[0]).toEqual({ path: ['toObjectiveId'], message: 'must be an objective of another scorecard (within one scorecard, use a cause-and-effect link)' });
    c.call('objective.delete', { id: other.id });
    expect(c.call('document.export', {})).toEqual(before);
    // The same pair again only changes the weight; removing it is one undo step too.
    expect(c.call('cascade.set', { fromObjectiveId: desserts.id, toObjectiveId: c.objective, weight: 4 })).toEqual({ ...contribution, weight: 4 });
    expect(c.call('history.state', {}).undoLabel).toBe('Set contribution “Sell more desserts” → “Grow revenue”');
    c.call('cascade.remove', { id: contribution.id });
    expect(c.call('history.state', {}).undoLabel).toBe('Remove contribution “Sell more desserts” → “Grow revenue”');
    expect(c.call('cascade.list', {})).toEqual([]);
  });
});

describe('key results and check-ins', () => {
  it('adds, edits, orders and removes key results and check-ins, each one undo step, and refuses what breaks a rule', () => {
    const c = company();
    const kr = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'Loyalty sign-ups', cycle: '2026-Q3', startValue: 100, target: 400, unit: 'people' });
    expect(kr).toMatchObject({ kind: 'metric', direction: 'increase', weight: 1, position: 0, kpiId: null });
    expect(c.call('history.state', {}).undoLabel).toBe('Add key result “Loyalty sign-ups”');
    const done = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'New menu live', cycle: '2026-Q3', kind: 'milestone' });
    expect(c.call('okr.reorderKeyResults', { objectiveId: c.objective, ids: [done.id, kr.id] }).map((k) => k.title)).toEqual(['New menu live', 'Loyalty sign-ups']);
    expect(c.call('okr.updateKeyResult', { id: kr.id, target: 500, owner: 'Sam' })).toMatchObject({ target: 500, owner: 'Sam' });
    const checkIn = c.call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-07-20', value: 180, confidence: 6, comment: 'Summer push' });
    expect(checkIn).toMatchObject({ author: '', value: 180, confidence: 6 });
    expect(c.call('history.state', {}).undoLabel).toBe('Check in “Loyalty sign-ups”');
    expect(c.call('okr.updateCheckIn', { id: checkIn.id, confidence: 4 }).confidence).toBe(4);
    expect(c.call('history.state', {}).undoLabel).toBe('Edit check-in “Loyalty sign-ups”');
    c.call('history.undo', {});
    expect(c.call('scorecard.get', { id: 1 }).checkIns).toMatchObject([{ id: checkIn.id, confidence: 6 }]);

    const before = c.call('document.export', {});
    expect(c.fail('okr.addCheckIn', { keyResultId: done.id, date: '2026-08-01', value: 0.5 }).issues).toEqual([
      { path: ['value'], message: 'must be 1 (done) or 0 (not done) for a milestone' },
    ]);
    expect(c.fail('okr.addCheckIn', { keyResultId: kr.id, date: '2026-08-01', confidence: 11 }).issues?.[0]?.path).toEqual(['confidence']);
    expect(c.fail('okr.createKeyResult', { objectiveId: c.objective, title: 'x', cycle: '2026-07' }).issues?.[0]).toEqual({ path: ['cycle'], message: 'must be a quarter like 2026-Q3' });
    expect(c.fail('okr.updateKeyResult', { id: kr.id, target: 100 }).issues?.[0]).toEqual({ path: ['target'], message: 'must differ from the start value' });
    expect(c.fail('okr.updateKeyResult', { id: kr.id, direction: 'decrease' }).issues?.[0]).toEqual({
      path: ['target'],
      message: 'must be below the start value for a key result that decreases',
    });
    const dept = c.call('scorecard.create', { name: 'Kitchen', parentScorecardId: 1 });
    const deptObjective = c.call('objective.create', { perspectiveId: c.call('perspective.list', { scorecardId: dept.id })[0]!.id, title: 'Desserts' });
    const deptKpi = c.call('kpi.create', { objectiveId: deptObjective.id, name: 'Desserts sold' });
    const before2 = c.call('document.export', {});
    expect(c.fail('okr.updateKeyResult', { id: kr.id, kpiId: deptKpi.id }).issues).toEqual([{ path: ['kpiId'], message: 'must be a KPI of the same scorecard' }]);
    expect(c.call('document.export', {})).toEqual(before2);
    expect(before.checkIns).toHaveLength(1);

    c.call('okr.deleteCheckIn', { id: checkIn.id });
    expect(c.call('history.state', {}).undoLabel).toBe('Delete check-in “Loyalty sign-ups”');
    c.call('okr.deleteKeyResult', { id: kr.id });
    expect(c.call('history.state', {}).undoLabel).toBe('Delete key result “Loyalty sign-ups”');
    c.call('history.undo', {});
    expect(c.call('scorecard.get', { id: 1 }).keyResults.map((k) => k.title)).toEqual(['New menu live', 'Loyalty sign-ups']);
  });

  it('keeps at most 50 key results on one objective', () => {
    const c = company();
    for (let i = 0; i < 50; i++) c.call('okr.createKeyResult', { objectiveId: c.objective, title: `KR ${i}`, cycle: '2026-Q3' });
    expect(c.fail('okr.createKeyResult', { objectiveId: c.objective, title: 'One more', cycle: '2026-Q3' }).issues).toEqual([
      { path: ['objectiveId'], message: 'has 50 key results, the most one objective can carry' },
    ]);
  });

  it('scores a key result from its linked KPI’s values as of each period’s end', () => {
    const c = company();
    const visits = c.call('kpi.create', { objectiveId: c.objective, name: 'Visits', frequency: 'month', aggregation: 'last', target: 100 });
    c.call('measurement.set', { kpiId: visits.id, period: '2026-07', actual: 30 });
    c.call('measurement.set', { kpiId: visits.id, period: '2026-08', actual: 45 });
    const kr = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'Visits to 100', cycle: '2026-Q3', kpiId: visits.id, target: 100 });
    // As of the quarter's end the latest value is August's: (45 − 0) / (100 − 0) = 0.45.
    const quarter = c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' }).keyResults.find((s) => s.keyResultId === kr.id)!;
    expect(quarter).toMatchObject({ current: 45, score: 0.45 });
    // As of July's end only July's: 30 / 100 = 0.30. A later month of the quarter still reads July.
    const july = c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-07' }).keyResults.find((s) => s.keyResultId === kr.id)!;
    expect(july).toMatchObject({ current: 30, score: 0.3 });
    const september = c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-09' }).keyResults.find((s) => s.keyResultId === kr.id)!;
    expect(september).toMatchObject({ current: 45, score: 0.45 });
    // Another quarter has no key results of its cycle.
    expect(c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q4' }).keyResults).toEqual([]);
  });
});

describe('scores across levels', () => {
  /** Company “Grow revenue” at 80 % from its KPI; the kitchen's “Sell more desserts” at 40 % supports it. */
  function twoLevels() {
    const c = company();
    c.call('measurement.set', { kpiId: c.kpi, period: '2026-Q3', actual: 80 });
    const { scorecard, created } = c.call('cascade.create', {
      objectiveId: c.objective,
      target: { newScorecard: { name: 'Kitchen' } },
      create: [{ title: 'Sell more desserts' }],
      link: [],
    });
    const desserts = c.call('kpi.create', { objectiveId: created[0]!.id, name: 'Desserts sold', target: 100 });
    c.call('measurement.set', { kpiId: desserts.id, period: '2026-Q3', actual: 40 });
    return { ...c, kitchen: scorecard.id, supporter: created[0]!.id };
  }

  it('counts the contributors only when the company scores with them', () => {
    const c = twoLevels();
    // Own KPIs only: 80 / 100 = 80 %.
    expect(objectiveScore(c, 1, c.objective).score).toBe(80);
    expect(c.call('cascade.scores', { scorecardId: 1, periods: ['2026-Q3'] })['2026-Q3']).toMatchObject([
      { fromObjectiveId: c.supporter, toObjectiveId: c.objective, score: 40, excluded: null, scorecardName: 'Kitchen', weight: 1 },
    ]);
    expect(c.call('document.load', { scorecardId: 1, period: '2026-Q3' }).contributors).toEqual({});
    c.call('scorecard.update', { id: 1, cascadeScoring: 'with_contributors' });
    // With the kitchen's objective: (80 × 1 + 40 × 1) / 2 = 60 %.
    const withThem = objectiveScore(c, 1, c.objective);
    expect(withThem.score).toBe(60);
    expect(withThem.contributors).toMatchObject([{ fromObjectiveId: c.supporter, score: 40 }]);
    const loaded = c.call('document.load', { scorecardId: 1, period: '2026-Q3' });
    expect(loaded.evaluation!.objectives.find((o) => o.objectiveId === c.objective)!.score).toBe(60);
    expect(loaded.contributors['2026-Q3']).toMatchObject([{ fromObjectiveId: c.supporter, score: 40 }]);
    // A heavier contribution: (80 × 1 + 40 × 3) / 4 = 50 %. The dashboard scores the same.
    c.call('cascade.set', { fromObjectiveId: c.supporter, toObjectiveId: c.objective, weight: 3 });
    expect(objectiveScore(c, 1, c.objective).score).toBe(50);
    const dashboard = c.call('dashboard.data', { scorecardId: 1, period: '2026-Q3' });
    expect(dashboard.evaluations.at(-1)!.objectives.find((o) => o.objectiveId === c.objective)!.score).toBe(50);
    // The kitchen's own score is untouched by what it supports.
    expect(objectiveScore(c, c.kitchen, c.supporter).score).toBe(40);
  });

  it('shows the alignment from the company down to the kitchen', () => {
    const c = twoLevels();
    const tree = c.call('cascade.alignment', { scorecardId: 1, period: '2026-Q3' });
    expect(tree.scorecards.map((s) => s.name)).toEqual(['Harbour', 'Kitchen']);
    const root = tree.roots.find((r) => r.id === c.objective)!;
    expect(root.children.find((n) => n.kind === 'objective')).toMatchObject({ id: c.supporter, score: 40, weight: 1 });
  });
});

describe('the OKR board and closed periods', () => {
  it('groups one cycle’s key results by owner and by team', () => {
    const c = company();
    const { scorecard, created } = c.call('cascade.create', {
      objectiveId: c.objective,
      target: { newScorecard: { name: 'Kitchen' } },
      create: [{ title: 'Sell more desserts', owner: 'Ana' }],
      link: [],
    });
    const a = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'Sign-ups', cycle: '2026-Q3', target: 200 });
    const b = c.call('okr.createKeyResult', { objectiveId: created[0]!.id, title: 'Tarts a day', cycle: '2026-Q3', target: 50, owner: 'Sam' });
    const d = c.call('okr.createKeyResult', { objectiveId: created[0]!.id, title: 'Menu live', cycle: '2026-Q3', kind: 'milestone' });
    c.call('okr.createKeyResult', { objectiveId: created[0]!.id, title: 'Next quarter', cycle: '2026-Q4', target: 1 });
    c.call('okr.addCheckIn', { keyResultId: a.id, date: '2026-08-10', value: 120, confidence: 7 });
    c.call('okr.addCheckIn', { keyResultId: d.id, date: '2026-09-01', value: 1 });
    const board = c.call('okr.board', { cycle: '2026-Q3' });
    // Owners: the key result's own, else its objective's (Mia owns “Grow revenue”, Ana “Sell more desserts”).
    expect(board.byOwner).toEqual([
      { owner: 'Ana', keyResultIds: [d.id] },
      { owner: 'Mia', keyResultIds: [a.id] },
      { owner: 'Sam', keyResultIds: [b.id] },
    ]);
    expect(board.byTeam).toEqual([
      { scorecardId: 1, scorecardName: 'Harbour', objectiveIds: [c.objective] },
      { scorecardId: scorecard.id, scorecardName: 'Kitchen', objectiveIds: [created[0]!.id] },
    ]);
    const kitchen = board.objectives.find((o) => o.objective.id === created[0]!.id)!;
    expect(kitchen.keyResults.map((k) => k.keyResult.title)).toEqual(['Tarts a day', 'Menu live']);
    // 120 / 200 = 0.60; the milestone is done: 1.0; the tarts have no check-in yet and are not scored.
    expect(board.objectives[0]!.keyResults[0]!.score).toMatchObject({ score: 0.6, confidence: 7 });
    expect(kitchen.keyResults[1]!.score.score).toBe(1);
    expect(kitchen.okr).toMatchObject({ score: 1, reported: 1, total: 2 });
    expect(c.call('okr.board', { cycle: '2026-Q3', scorecardId: scorecard.id }).byTeam.map((t) => t.scorecardName)).toEqual(['Kitchen']);
  });

  it('keeps a closed quarter’s key results from its snapshot', () => {
    const c = company();
    const kr = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'Sign-ups', cycle: '2026-Q3', target: 200 });
    c.call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-09-10', value: 150 });
    c.call('period.close', { scorecardId: 1, period: '2026-Q3' });
    c.call('okr.updateKeyResult', { id: kr.id, target: 300 });
    c.call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-09-20', value: 10 });
    // Closed with target 200 and 150 checked in: 150 / 200 = 0.75, whatever changed since.
    expect(c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' }).keyResults).toMatchObject([{ keyResultId: kr.id, score: 0.75, current: 150 }]);
    expect(c.call('okr.board', { cycle: '2026-Q3' }).objectives[0]!.keyResults[0]).toMatchObject({ keyResult: { target: 200 }, score: { score: 0.75 } });
    c.call('okr.deleteKeyResult', { id: kr.id });
    expect(c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' }).keyResults).toHaveLength(1);
  });
});

describe('a closed month', () => {
  it('keeps the values of its quarter’s earlier months that a linked key result reads', () => {
    const c = company();
    const visits = c.call('kpi.create', { objectiveId: c.objective, name: 'Visits', frequency: 'month', aggregation: 'last', target: 100 });
    c.call('measurement.set', { kpiId: visits.id, period: '2026-07', actual: 30 });
    const kr = c.call('okr.createKeyResult', { objectiveId: c.objective, title: 'Visits to 100', cycle: '2026-Q3', kpiId: visits.id, target: 100 });
    c.call('period.close', { scorecardId: 1, period: '2026-08' });
    c.call('measurement.set', { kpiId: visits.id, period: '2026-07', actual: 90 });
    // August, closed, has no value of its own: the latest is July's as it was at closing, 30 / 100 = 0.30.
    expect(c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-08' }).keyResults).toMatchObject([{ keyResultId: kr.id, current: 30, score: 0.3 }]);
    // July is open: 90 / 100 = 0.90.
    expect(c.call('scorecard.evaluate', { scorecardId: 1, period: '2026-07' }).keyResults).toMatchObject([{ current: 90, score: 0.9 }]);
  });
});

describe('files from before contributions', () => {
  it('turns a format-4 document’s supported objective into a contribution of weight 1 on open', () => {
    const path = join(tempDir('quadrant-old-'), 'old.scorecard');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyMigrations(db, 0, 4);
    db.pragma('user_version = 4');
    db.exec(`
      INSERT INTO scorecard (id, name) VALUES (1, 'Harbour'), (2, 'Kitchen');
      UPDATE scorecard SET parent_scorecard_id = 1 WHERE id = 2;
      INSERT INTO perspective (id, scorecard_id, name, position) VALUES (1, 1, 'Financial', 0), (2, 2, 'Financial', 0);
      INSERT INTO objective (id, perspective_id, title, position) VALUES (1, 1, 'Grow revenue', 0);
      INSERT INTO objective (id, perspective_id, title, position, supports_objective_id) VALUES (2, 2, 'Sell more desserts', 0, 1);`);
    db.close();
    const c = client();
    open.push(c);
    c.call('document.open', { path });
    expect(c.call('cascade.list', {})).toEqual([{ id: 1, fromObjectiveId: 2, toObjectiveId: 1, weight: 1 }]);
    expect(c.call('scorecard.get', { id: 1 })).toMatchObject({ scorecard: { cascadeScoring: 'own' }, objectives: [{ okrKind: 'aspirational' }], keyResults: [] });
  });

  it('imports a format-2 JSON file with a supported objective as a contribution', () => {
    const v2 = JSON.parse(readFileSync(join(__dirname, '../fixtures/sample-v2.json'), 'utf8'));
    expect(v2.formatVersion).toBe(2);
    v2.scorecards.push({ ...v2.scorecards[0], id: 2, name: 'Roastery', parentScorecardId: 1 });
    v2.perspectives.push({ ...v2.perspectives[0], id: 90, scorecardId: 2 });
    v2.objectives.push({ ...v2.objectives[0], id: 90, perspectiveId: 90, title: 'Roast more', themeId: null, supportsObjectiveId: 1 });
    const path = join(tempDir('quadrant-v2-'), 'v2.scorecard');
    createDocumentFromJson(path, JSON.stringify(v2)).close();
    const c = client();
    open.push(c);
    c.call('document.open', { path });
    expect(c.call('cascade.list', {})).toEqual([{ id: 1, fromObjectiveId: 90, toObjectiveId: 1, weight: 1 }]);
    expect(c.call('document.export', {}).formatVersion).toBe(INTERCHANGE_VERSION);
  });
});
