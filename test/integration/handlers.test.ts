/**
 * Every handler, on a real temporary document, told as a user's story: set up a scorecard, add objectives
 * and KPIs, enter values, see the status move, and clean up. The last test checks every method was exercised.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../src/shared/contract';
import { client, tempDir, itOnFiles, onPostgres } from '../helpers';
import { buildStrategyHistory } from '../strategy-history';
import { createDispatcher } from '../../src/main/core/dispatch';
import { typedPaths } from '../../src/main/core/capabilities';
import type { SpreadsheetFile } from '../../src/shared/sheets';

const api = client();
const { call, fail, called } = api;
let dir: string;

beforeAll(() => {
  dir = tempDir('quadrant-handlers-');
  call('document.create', { path: join(dir, 'Bakery.scorecard'), name: 'Corner Bakery' });
});
afterAll(() => api.session.close());

describe('building a scorecard through the API', () => {
  it('describes the app and the open document', () => {
    expect(call('app.info', {}).schemaVersion).toBeGreaterThan(0);
    // The language the backend answers in (the full story is in language.test.ts).
    expect(call('app.setLanguage', { locale: 'de-at' })).toEqual({ locale: 'de-AT', language: 'de' });
    expect(call('app.setLanguage', { locale: 'en-US' })).toEqual({ locale: 'en-US', language: 'en' });
    expect(call('document.info', {})!.scorecards).toEqual([{ id: 1, name: 'Corner Bakery' }]);
    // The first screen in one call (the full story is in document-load.test.ts).
    expect(call('document.load', {}).tree?.scorecard.name).toBe('Corner Bakery');
  });

  it('edits the scorecard settings and refuses inconsistent thresholds beside the field', () => {
    const s = call('scorecard.update', { id: 1, mission: 'Bread worth the walk', fiscalYearStartMonth: 4 });
    expect(s).toMatchObject({ mission: 'Bread worth the walk', fiscalYearStartMonth: 4, granularity: 'quarter' });
    const err = fail('scorecard.update', { id: 1, greenThreshold: 70, amberThreshold: 90 });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([{ path: ['amberThreshold'], message: 'must not be above the green threshold' }]);
    call('scorecard.update', { id: 1, fiscalYearStartMonth: 1 });
  });

  it('renames, extends, reorders and removes perspectives', () => {
    const [financial] = call('perspective.list', { scorecardId: 1 });
    expect(call('perspective.update', { id: financial!.id, name: 'Money' }).name).toBe('Money');
    const community = call('perspective.create', { scorecardId: 1, name: 'Community', weight: 0.5 });
    expect(community.position).toBe(4);
    const ids = call('perspective.list', { scorecardId: 1 }).map((p) => p.id);
    const reordered = call('perspective.reorder', { scorecardId: 1, ids: [community.id, ...ids.filter((i) => i !== community.id)] });
    expect(reordered[0]!.name).toBe('Community');
    expect(fail('perspective.reorder', { scorecardId: 1, ids: [community.id] }).code).toBe('VALIDATION');
    call('perspective.delete', { id: community.id });
    expect(call('perspective.list', { scorecardId: 1 }).map((p) => p.name)).toEqual(['Money', 'Customer', 'Internal Process', 'Learning & Growth']);
  });

  it('adds objectives with themes and links, and refuses bad links', () => {
    const [money, customer] = call('perspective.list', { scorecardId: 1 });
    const theme = call('theme.create', { scorecardId: 1, name: 'Morning rush', colour: '#d97706' });
    expect(call('theme.update', { id: theme.id, description: 'Win 7–9 am' }).description).toBe('Win 7–9 am');
    expect(call('theme.list', { scorecardId: 1 })).toHaveLength(1);
    const revenue = call('objective.create', { perspectiveId: money!.id, title: 'Grow revenue', owner: 'Mia', themeId: theme.id });
    const loyal = call('objective.create', { perspectiveId: customer!.id, title: 'Loyal regulars', owner: 'Sam' });
    const spare = call('objective.create', { perspectiveId: customer!.id, title: 'Spare', owner: 'Sam' });
    expect(call('objective.reorder', { perspectiveId: customer!.id, ids: [spare.id, loyal.id] }).map((o) => o.title)).toEqual(['Spare', 'Loyal regulars']);
    expect(call('objective.get', { id: revenue.id }).themeId).toBe(theme.id);
    const dueBeforeStart = fail('objective.update', { id: revenue.id, startDate: '2026-06-01', dueDate: '2026-01-01' });
    expect(dueBeforeStart.issues?.[0]?.path).toEqual(['dueDate']);
    expect(fail('objective.create', { perspectiveId: money!.id, title: '' }).issues?.[0]?.path).toEqual(['title']);
    const link = call('link.create', { fromObjectiveId: loyal.id, toObjectiveId: revenue.id, note: 'regulars spend more' });
    expect(call('link.update', { id: link.id, note: 'regulars spend 2× more' }).note).toBe('regulars spend 2× more');
    expect(fail('link.create', { fromObjectiveId: loyal.id, toObjectiveId: revenue.id }).code).toBe('CONFLICT');
    expect(fail('link.create', { fromObjectiveId: loyal.id, toObjectiveId: loyal.id }).code).toBe('VALIDATION');
    expect(call('link.list', { scorecardId: 1 })).toHaveLength(1);
    const reverse = call('link.create', { fromObjectiveId: revenue.id, toObjectiveId: loyal.id });
    call('link.delete', { id: reverse.id });
    expect(call('link.list', { scorecardId: 1 }).map((l) => l.id)).toEqual([link.id]);
    // Moving an objective to another perspective puts it at the end there.
    const moved = call('objective.update', { id: spare.id, perspectiveId: money!.id });
    expect(moved.perspectiveId).toBe(money!.id);
    call('objective.delete', { id: spare.id });
    expect(call('objective.list', { scorecardId: 1 }).map((o) => o.title)).toEqual(['Grow revenue', 'Loyal regulars']);
    // A perspective with objectives cannot be removed.
    const conflict = fail('perspective.delete', { id: money!.id });
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(/still has 1 objective/);
    call('theme.delete', { id: theme.id });
    expect(call('objective.get', { id: revenue.id }).themeId).toBeNull();
  });

  it('adds KPIs, enters values and watches the status move from red to amber to green', () => {
    const revenue = call('objective.list', { scorecardId: 1 })[0]!;
    const sales = call('kpi.create', {
      objectiveId: revenue.id,
      name: 'Weekly sales',
      unit: '€',
      baseline: 380,
      target: 450,
      frequency: 'quarter',
      aggregation: 'sum',
      isKey: true,
    });
    const waste = call('kpi.create', { objectiveId: revenue.id, name: 'Waste', unit: 'kg', polarity: 'decrease', target: 20 });
    expect(call('kpi.list', { objectiveId: revenue.id }).map((k) => k.name)).toEqual(['Weekly sales', 'Waste']);
    expect(call('kpi.reorder', { objectiveId: revenue.id, ids: [waste.id, sales.id] })[0]!.name).toBe('Waste');
    const evaluate = () => call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' });

    expect(evaluate().kpis.find((k) => k.kpiId === sales.id)!.status).toBe('none');
    call('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: 412 });
    const score = evaluate().kpis.find((k) => k.kpiId === sales.id)!;
    expect(score.status).toBe('red');
    expect(score.progress).toBeCloseTo(((412 - 380) / (450 - 380)) * 100, 6);
    expect(score.formula.text).toContain('412');
    call('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: 440, note: 'new oven' });
    expect(evaluate().kpis.find((k) => k.kpiId === sales.id)!.status).toBe('amber');
    call('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: 460 });
    expect(evaluate().kpis.find((k) => k.kpiId === sales.id)!.status).toBe('green');
    // Entering only an actual keeps the period's note.
    expect(call('measurement.list', { kpiId: sales.id })).toEqual([
      { kpiId: sales.id, period: '2026-Q3', actual: 460, target: null, note: 'new oven' },
    ]);
    const ev = evaluate();
    expect(ev.objectives.find((o) => o.objectiveId === revenue.id)).toMatchObject({ reported: 1, total: 2 });
    expect(ev.scorecard.score).not.toBeNull();

    // Values must match the KPI's frequency, and must be numbers.
    expect(fail('measurement.set', { kpiId: sales.id, period: '2026-07', actual: 1 }).issues?.[0]?.path).toEqual(['period']);
    expect(fail('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: 'lots' }).issues?.[0]?.path).toEqual(['actual']);
    expect(fail('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: 1e300 }).code).toBe('VALIDATION');
    expect(fail('kpi.update', { id: waste.id, polarity: 'range', rangeLow: 10, rangeHigh: 5 }).issues?.[0]?.path).toEqual(['rangeHigh']);
    // Changing the frequency would orphan recorded values.
    expect(fail('kpi.update', { id: sales.id, frequency: 'month' }).code).toBe('CONFLICT');
    expect(call('scorecard.list', {})).toHaveLength(1);

    // A pasted block is one transaction: one bad cell and nothing of the block is saved.
    const block = call('measurement.setMany', {
      items: [
        { kpiId: sales.id, period: '2026-Q1', actual: 400 },
        { kpiId: sales.id, period: '2026-Q2', actual: 430, note: 'Easter' },
      ],
    });
    expect(block.map((m) => m.actual)).toEqual([400, 430]);
    const badBlock = fail('measurement.setMany', {
      items: [
        { kpiId: sales.id, period: '2026-Q1', actual: 1 },
        { kpiId: sales.id, period: '2026-05', actual: 2 },
      ],
    });
    expect(badBlock.message).toMatch(/^Item 2 \(KPI \d+, 2026-05\)/);
    expect(badBlock.issues?.[0]?.path).toEqual(['items', 1, 'period']);
    const trend = call('scorecard.evaluateMany', { scorecardId: 1, periods: ['2026-Q1', '2026-Q2', '2026-Q3'] });
    expect(trend.map((e) => e.kpis.find((k) => k.kpiId === sales.id)!.actual)).toEqual([400, 430, 460]);
    expect(trend[2]).toEqual(evaluate());
    // Emptying a cell of everything removes it.
    call('measurement.setMany', {
      items: [
        { kpiId: sales.id, period: '2026-Q1', actual: null },
        { kpiId: sales.id, period: '2026-Q2', actual: null, note: '' },
      ],
    });
    call('measurement.delete', { kpiId: sales.id, period: '2026-Q3' });
    expect(fail('measurement.delete', { kpiId: sales.id, period: '2026-Q3' }).code).toBe('NOT_FOUND');
    // Deleting the value leaves the cell's note: a note like any other, it goes only when asked to.
    expect(call('measurement.list', { scorecardId: 1 })).toEqual([
      { kpiId: sales.id, period: '2026-Q3', actual: null, target: null, note: 'new oven' },
    ]);
    call('measurement.set', { kpiId: sales.id, period: '2026-Q3', actual: null, note: '' });
    expect(call('measurement.list', { scorecardId: 1 })).toEqual([]);
    expect(call('kpi.get', { id: waste.id }).polarity).toBe('decrease');
    call('kpi.delete', { id: waste.id });
    expect(call('kpi.list', { scorecardId: 1 })).toHaveLength(1);
  });

  it('tracks initiatives linked to objectives', () => {
    const [revenue, loyal] = call('objective.list', { scorecardId: 1 });
    const oven = call('initiative.create', {
      scorecardId: 1,
      title: 'Second oven',
      budget: 12000,
      spent: 3000,
      startDate: '2026-01-15',
      endDate: '2026-09-30',
      status: 'in_progress',
      percentComplete: 40,
      objectiveIds: [revenue!.id],
    });
    expect(oven.objectiveIds).toEqual([revenue!.id]);
    expect(call('initiative.update', { id: oven.id, objectiveIds: [loyal!.id, revenue!.id] }).objectiveIds).toEqual([revenue!.id, loyal!.id].sort((a, b) => a - b));
    expect(fail('initiative.update', { id: oven.id, percentComplete: 140 }).issues?.[0]?.path).toEqual(['percentComplete']);
    expect(fail('initiative.update', { id: oven.id, endDate: '2025-01-01' }).issues?.[0]?.path).toEqual(['endDate']);
    expect(call('initiative.list', { scorecardId: 1 })).toHaveLength(1);
    call('initiative.delete', { id: oven.id });
    expect(call('initiative.list', { scorecardId: 1 })).toEqual([]);
  });

  it('keeps notes on any entity, in time order, and removes them with their entity', () => {
    const revenue = call('objective.list', { scorecardId: 1 })[0]!;
    const kpi = call('kpi.list', { scorecardId: 1 })[0]!;
    const n1 = call('note.create', { entityType: 'objective', entityId: revenue.id, author: 'Mia', body: 'Summer was slow' });
    call('note.create', { entityType: 'kpi', entityId: kpi.id, period: '2026-Q3', body: 'Oven broke in August' });
    expect(call('note.update', { id: n1.id, body: 'Summer was slow; tourists returned in September' }).body).toMatch(/tourists/);
    expect(call('note.list', { scorecardId: 1 })).toHaveLength(2);
    expect(call('note.list', { entityType: 'kpi', entityId: kpi.id })[0]!.period).toBe('2026-Q3');
    expect(fail('note.create', { entityType: 'kpi', entityId: 9999, body: 'x' }).issues?.[0]?.path).toEqual(['entityId']);
    call('note.delete', { id: n1.id });
    call('kpi.delete', { id: kpi.id });
    expect(call('note.list', {})).toEqual([]);
  });

  it('holds a company and a department scorecard; a department objective supports a company objective', () => {
    const dept = call('scorecard.create', { name: 'Café team', parentScorecardId: 1 });
    expect(call('scorecard.get', { id: dept.id }).perspectives).toHaveLength(4);
    const deptPerspective = call('perspective.list', { scorecardId: dept.id })[0]!;
    const companyObjective = call('objective.list', { scorecardId: 1 })[0]!;
    const o = call('objective.create', { perspectiveId: deptPerspective.id, title: 'Upsell pastries' });
    call('cascade.set', { fromObjectiveId: o.id, toObjectiveId: companyObjective.id });
    expect(call('cascade.list', {})).toMatchObject([{ fromObjectiveId: o.id, toObjectiveId: companyObjective.id, weight: 1 }]);
    // A copy of the department supports the same company objective (the whole story is in scorecard-copy.test.ts).
    const deptCopy = call('scorecard.copy', { id: dept.id, withData: true });
    expect(deptCopy).toMatchObject({ name: 'Café team (copy)', parentScorecardId: 1 });
    const [copied] = call('objective.list', { scorecardId: deptCopy.id });
    expect(copied).toMatchObject({ title: 'Upsell pastries' });
    expect(call('cascade.list', {}).filter((c) => c.fromObjectiveId === copied!.id)).toMatchObject([{ toObjectiveId: companyObjective.id }]);
    call('scorecard.delete', { id: deptCopy.id });
    // The company cannot become its own department's child.
    expect(fail('scorecard.update', { id: 1, parentScorecardId: dept.id }).issues?.[0]?.path).toEqual(['parentScorecardId']);
    call('scorecard.delete', { id: dept.id });
    expect(fail('scorecard.delete', { id: 1 }).code).toBe('CONFLICT');
    expect(call('document.export', {}).scorecards).toHaveLength(1);
  });

  it('cascades an objective to a team and tracks its key results (the full story is in cascade-okr.test.ts)', () => {
    const companyObjective = call('objective.list', { scorecardId: 1 })[0]!;
    const { scorecard, created, contributions } = call('cascade.create', {
      objectiveId: companyObjective.id,
      target: { newScorecard: { name: 'Ovens' } },
      create: [{ title: 'Bake earlier', weight: 2 }],
      link: [],
    });
    expect(call('cascade.scores', { scorecardId: 1, periods: ['2026-Q3'] })['2026-Q3']).toMatchObject([{ fromObjectiveId: created[0]!.id, weight: 2 }]);
    expect(call('cascade.alignment', { scorecardId: 1, period: '2026-Q3' }).scorecards.map((s) => s.name)).toContain('Ovens');
    const kr = call('okr.createKeyResult', { objectiveId: created[0]!.id, title: 'Loaves by 6 am', cycle: '2026-Q3', startValue: 0, target: 80 });
    const other = call('okr.createKeyResult', { objectiveId: created[0]!.id, title: 'New oven', cycle: '2026-Q3', kind: 'milestone' });
    call('okr.updateKeyResult', { id: kr.id, owner: 'Sam' });
    call('okr.reorderKeyResults', { objectiveId: created[0]!.id, ids: [other.id, kr.id] });
    const checkIn = call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-08-01', value: 40, confidence: 5 });
    call('okr.updateCheckIn', { id: checkIn.id, comment: 'Half way' });
    // (40 − 0) / (80 − 0) = 0.50
    expect(call('okr.board', { cycle: '2026-Q3' }).objectives[0]!.keyResults[1]!.score.score).toBe(0.5);
    call('okr.deleteCheckIn', { id: checkIn.id });
    call('okr.deleteKeyResult', { id: other.id });
    call('cascade.remove', { id: contributions[0]!.id });
    call('scorecard.delete', { id: scorecard.id });
  });

  it('gathers the report of a quarter and remembers the choices of the report dialog', () => {
    const data = call('report.data', { scorecardIds: [1], period: '2026-Q3', sections: ['table'] });
    expect(data.scorecards[0]!.evaluation.period).toBe('2026-Q3');
    const settings = call('report.settings.get', {});
    expect(call('report.settings.set', { ...settings, pageSize: 'Letter' }).pageSize).toBe('Letter');
    // Printing needs a browser engine: the app window or the browser-mode server serve it, not the plain core.
    expect(fail('report.export', { scorecardIds: [1], period: '2026-Q3' }).code).toBe('VALIDATION');
    expect(fail('minutes.export', { reviewId: 1 }).message).toMatch(/quadrant minutes/);
  });

  it('undoes and redoes the last edit (the full story is in history.test.ts)', () => {
    call('scorecard.update', { id: 1, vision: 'A loaf on every table' });
    expect(call('history.state', {}).undoLabel).toBe('Edit scorecard “Corner Bakery”');
    expect(call('history.undo', {}).undone).toBe('Edit scorecard “Corner Bakery”');
    expect(call('scorecard.get', { id: 1 }).scorecard.vision).not.toBe('A loaf on every table');
    expect(call('history.redo', {}).redone).toBe('Edit scorecard “Corner Bakery”');
    expect(call('scorecard.get', { id: 1 }).scorecard.vision).toBe('A loaf on every table');
  });

  it('shows the dashboard of a period (the full story is in dashboard.test.ts)', () => {
    const data = call('dashboard.data', { scorecardId: 1, period: '2026-Q1' });
    expect(data.periods).toHaveLength(8);
    expect(data.forecasts).toHaveLength(call('kpi.list', { scorecardId: 1 }).length);
  });

  it('runs a review: agenda, actions, data due, a closed quarter and its comparison (the full story is in review-cycle.test.ts)', () => {
    const custom = call('review.template.create', {
      name: 'Monday huddle',
      description: '',
      rateMeeting: true,
      sections: [{ title: 'Numbers', minutes: 10, sources: ['offtrack', 'missing_data'], description: '' }],
    });
    expect(call('review.template.update', { id: custom.id, description: 'Fifteen minutes, standing' }).description).toBe('Fifteen minutes, standing');
    expect(call('review.templates', {}).map((t) => t.name)).toContain('Monday huddle');
    const { review, items } = call('review.start', { scorecardId: 1, period: '2026-Q1', templateId: custom.id, heldOn: '2026-04-07', attendees: ['Sam'] });
    expect(items[0]).toMatchObject({ kind: 'section', title: 'Numbers' });
    const added = call('review.item.create', { reviewId: review.id, title: 'Oven quote', afterId: items[0]!.id });
    expect(call('review.item.update', { id: added.id, decision: 'Buy the second oven' }).decision).toBe('Buy the second oven');
    const order = call('review.item.reorder', { reviewId: review.id, ids: call('review.get', { id: review.id }).items.map((i) => i.id).reverse() });
    expect(order[0]!.id).toBe(added.id);
    call('review.item.delete', { id: added.id });
    expect(call('review.update', { id: review.id, rating: 9, status: 'concluded' })).toMatchObject({ rating: 9, status: 'concluded' });
    expect(call('review.list', { scorecardId: 1 }).map((r) => r.id)).toEqual([review.id]);
    expect(call('review.people', {})).toContain('Sam');
    const action = call('action.create', { scorecardId: 1, title: 'Get three oven quotes', owner: 'Sam', dueDate: '2026-04-30', reviewId: review.id });
    expect(call('action.update', { id: action.id, status: 'dropped' }).closedOn).not.toBeNull();
    expect(call('action.list', { scorecardId: 1 })).toHaveLength(1);
    expect(call('minutes.data', { reviewId: review.id }).actions.map((a) => a.title)).toEqual(['Get three oven quotes']);
    call('action.delete', { id: action.id });
    expect(Array.isArray(call('due.list', { today: '2026-05-01' }))).toBe(true);
    call('period.close', { scorecardId: 1, period: '2026-Q1' });
    expect(call('period.list', { scorecardId: 1 }).closed.map((c) => c.period)).toEqual(['2026-Q1']);
    expect(call('period.compare', { scorecardId: 1, from: '2026-Q1', to: '2026-Q2' }).from).toBe('2026-Q1');
    call('period.reopen', { scorecardId: 1, period: '2026-Q1', reason: 'Opened by mistake' });
    call('review.delete', { id: review.id });
    call('review.template.delete', { id: custom.id });
  });

  itOnFiles('closes the document; calls that need one say so', () => {
    call('document.close', {});
    expect(call('document.info', {})).toBeNull();
    expect(fail('scorecard.list', {}).code).toBe('NO_DOCUMENT');
    call('document.open', { path: join(dir, 'Bakery.scorecard') });
    const saved = call('document.saveAs', { path: join(dir, 'Bakery copy.scorecard') });
    expect(saved.name).toBe('Bakery copy.scorecard');
  });

  it('keeps no backups without a backup folder, and leaves web links to the page outside Electron (see backups.test.ts)', () => {
    expect(call('backup.list', {})).toEqual([]);
    expect(fail('backup.restore', { id: 'x.scorecard', path: join(dir, 'restored.scorecard') }).code).toBe('NOT_FOUND');
    expect(call('shell.openExternal', { url: 'https://example.com/' })).toEqual({ opened: false });
    expect(fail('shell.openExternal', { url: 'file:///etc/passwd' }).code).toBe('VALIDATION');
    // No file dialog outside the app: the page asks for a typed path instead.
    expect(fail('file.choose', { purpose: 'open' }).message).toMatch(/no file dialog here/);
  });

  it('starts scorecards from the shipped templates (the full story is in templates.test.ts)', () => {
    const list = call('template.list', {});
    expect(list.length).toBeGreaterThanOrEqual(8);
    const cafe = call('template.get', { id: 'cafe-restaurant' });
    expect(cafe.objectives.length).toBe(list.find((t) => t.id === 'cafe-restaurant')!.objectives);
    expect(fail('template.get', { id: 'florist' })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('cafe-restaurant') });
    const made = call('scorecard.fromTemplate', { template: 'cafe-restaurant' });
    expect(made.name).toBe(cafe.name);
    expect(call('kpi.list', { scorecardId: made.id })).toHaveLength(cafe.kpis.length);
    call('scorecard.delete', { id: made.id });
  });

  it('exports a scorecard to a spreadsheet (the full story is in spreadsheet-export.test.ts)', async () => {
    const data = call('spreadsheet.data', { scorecardId: 1, period: '2026-Q3' });
    expect(data.evaluation.period).toBe('2026-Q3');
    expect(data.measurements).toEqual(call('measurement.list', { scorecardId: 1 }));
    // A host method that awaits the workbook: through the dispatcher a host uses (browser mode: the bytes come back).
    called.add('spreadsheet.export');
    const r = await createDispatcher(api.session, typedPaths)('spreadsheet.export', { scorecardId: 1, period: '2026-Q3', format: 'xlsx' });
    expect(r).toMatchObject({ ok: true, value: { path: null, fileName: expect.stringMatching(/\.xlsx$/) } });
  });

  it('imports values from a spreadsheet: read, previewed cell by cell, applied as one undo step', async () => {
    const objective = call('objective.list', { scorecardId: 1 })[0]!;
    const loaves = call('kpi.create', { objectiveId: objective.id, name: 'Loaves sold', frequency: 'quarter' });
    const csv = 'KPI;Q1 2031;Q2 2031\nloaves sold;1.200;1.350,5\n';
    const read = await createDispatcher(api.session, typedPaths)('import.read', { fileName: 'bakery.csv', dataBase64: Buffer.from(csv).toString('base64') });
    called.add('import.read');
    if (!read.ok) throw new Error(read.error.message);
    const sheet = (read.value as SpreadsheetFile).sheets[0]!;
    const preview = call('import.preview', { scorecardId: 1, sheet });
    expect(preview.names).toMatchObject([{ name: 'loaves sold', match: 'normalized', kpiId: loaves.id }]);
    expect(preview.cells.map((c) => [c.period, c.value, c.verdict])).toEqual([['2031-Q1', 1200, 'new'], ['2031-Q2', 1350.5, 'new']]);
    expect(call('import.apply', { scorecardId: 1, sheet, fileName: 'bakery.csv' })).toEqual({ written: 2, unchanged: 0, skipped: 0, createdKpis: 0 });
    expect(call('history.state', {}).undoLabel).toBe('Import 2 values from “bakery.csv”');
    expect(fail('import.apply', { scorecardId: 1, sheet: { name: 'x', rows: [[{ v: 'nothing here' }]] } }).message).toMatch(/^Nothing was imported: No header row/);
  });

  it('lists the KPI library; without the app there is no personal library to save to (see kpi-library.test.ts)', () => {
    const lib = call('library.list', {});
    expect(lib.builtIn.length).toBeGreaterThanOrEqual(150);
    expect(lib.personalFile).toBeNull();
    const { id: _id, ...fields } = lib.builtIn[0]!;
    expect(fail('library.save', fields).message).toMatch(/^Your own KPIs are kept by the app/);
    expect(fail('library.delete', { id: 'gross-margin' }).message).toMatch(/^Your own KPIs are kept by the app/);
  });

  it('keeps an incentive plan with per-item terms, exported to XLSX (the full story is in incentives.test.ts)', async () => {
    expect(call('incentive.setPlan', { scorecardId: 1, threshold: 60 })).toMatchObject({ threshold: 60, cap: 150 });
    const kpi = call('kpi.list', { scorecardId: 1 })[0]!;
    expect(call('incentive.setItem', { scorecardId: 1, entityType: 'kpi', entityId: kpi.id, weight: 2 })).toMatchObject({ weight: 2, cap: null });
    expect(call('incentive.get', { scorecardId: 1, period: '2026-Q3' }).items).toHaveLength(1);
    called.add('incentive.export');
    const r = await createDispatcher(api.session, typedPaths)('incentive.export', { scorecardId: 1, period: '2026-Q3' });
    expect(r).toMatchObject({ ok: true, value: { path: null, fileName: expect.stringMatching(/incentives Q3 2026\.xlsx$/) } });
    call('incentive.deletePlan', { scorecardId: 1 });
  });

  it('runs a workshop: notes, a group, dot votes, promotion (the full story is in workshop.test.ts)', () => {
    const [money, customer] = call('perspective.list', { scorecardId: 1 });
    const w = call('workshop.create', { scorecardId: 1, name: 'Strategy day', date: '2026-09-01', participants: ['Anna', 'Ben'] });
    expect(call('workshop.update', { id: w.id, dotsPerParticipant: 2 }).dotsPerParticipant).toBe(2);
    expect(call('workshop.list', { scorecardId: 1 }).map((x) => x.name)).toContain('Strategy day');
    const quotes = call('workshop.addNote', { workshopId: w.id, perspectiveId: customer!.id, text: 'Faster quotes' });
    const staff = call('workshop.addNote', { workshopId: w.id, perspectiveId: money!.id, text: 'Friendlier staff' });
    expect(call('workshop.updateNote', { id: staff.id, text: 'Friendly staff' }).text).toBe('Friendly staff');
    expect(call('workshop.moveNote', { id: staff.id, perspectiveId: customer!.id, index: 0 })).toMatchObject({ perspectiveId: customer!.id, position: 0 });
    const group = call('workshop.mergeNotes', { id: staff.id, ontoId: quotes.id, heading: 'Service' });
    expect(group).toMatchObject({ kind: 'group', text: 'Service', perspectiveId: customer!.id, position: 0 });
    expect(call('workshop.vote', { workshopId: w.id, participant: 'Anna', noteId: group.id, delta: 1 })).toHaveLength(1);
    call('workshop.vote', { workshopId: w.id, participant: 'Anna', noteId: group.id, delta: 1 });
    expect(fail('workshop.vote', { workshopId: w.id, participant: 'Anna', noteId: quotes.id, delta: 1 }).message).toBe('Anna has no dots left (2 of 2 placed).');
    call('workshop.clearVotes', { workshopId: w.id, participant: 'Anna' });
    const promoted = call('workshop.promote', { noteId: group.id, target: { kind: 'objective' } });
    expect(call('objective.get', { id: promoted.objectiveId! })).toMatchObject({ title: 'Service', description: '• Faster quotes\n• Friendly staff' });
    expect(call('workshop.get', { id: w.id }).notes.find((n) => n.id === group.id)!.promotedObjectiveId).toBe(promoted.objectiveId);
    call('workshop.deleteNote', { id: group.id });
    expect(call('workshop.get', { id: w.id }).notes.map((n) => n.text)).toEqual(['Faster quotes', 'Friendly staff']);
    call('objective.delete', { id: promoted.objectiveId! });
    call('workshop.delete', { id: w.id });
    expect(fail('workshop.get', { id: w.id }).code).toBe('NOT_FOUND');
  });

  it('exports the scorecard as a PowerPoint deck (the slides are read back in deck.test.ts)', async () => {
    called.add('deck.export');
    const r = await createDispatcher(api.session, typedPaths)('deck.export', { scorecardId: 1, period: '2026-Q3' });
    expect(r).toMatchObject({ ok: true, value: { path: null, fileName: expect.stringMatching(/Q3 2026\.pptx$/) } });
  });

  it('tests the strategy map against the history, and scores other weights and hypothetical values without writing (the full story is in analysis.test.ts)', async () => {
    const h = await buildStrategyHistory(call as (method: string, input: unknown) => unknown);
    const scorecardId = h.scorecardId;
    const undo = call('history.state', {});
    const check = call('analysis.strategyCheck', { scorecardId });
    expect(check.links.find((l) => l.linkId === h.links.supported)).toMatchObject({ verdict: 'supported', best: { lag: 1 } });
    expect(check.links.find((l) => l.linkId === h.links.tooLittle)!.verdict).toBe('too-little-data');
    expect(fail('analysis.strategyCheck', { scorecardId, basis: 'trend' }).issues?.[0]?.path).toEqual(['basis']);

    const s = call('analysis.sensitivity', { scorecardId, period: '2026-Q3', step: 2 });
    expect(s.targets.map((t) => t.kind)).toEqual(['scorecard', 'perspective', 'perspective', 'perspective', 'perspective']);
    expect(s.targets[0]!.swings[0]).toMatchObject({ lowWeight: 0, highWeight: 3 });

    const what = call('analysis.whatIf', { scorecardId, period: '2026-Q3', values: [{ kpiId: h.kpis.training, actual: 100 }] });
    expect(what.after.objectives.find((o) => o.objectiveId === h.objectives.training)).toMatchObject({ score: 100, status: 'green' });
    expect(what.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['scorecard', 'perspective', 'objective', 'kpi']));
    expect(fail('analysis.whatIf', { scorecardId, period: '2026-Q3', values: [{ kpiId: h.kpis.training, actual: 'lots' }] }).code).toBe('VALIDATION');

    const takes = call('analysis.whatItTakes', { scorecardId, period: '2026-Q3', target: { kind: 'objective', id: h.objectives.training } });
    expect(takes.items).toEqual([expect.objectContaining({ kpiId: h.kpis.training, needed: 100 })]);
    expect(fail('analysis.whatItTakes', { scorecardId, period: '2026-Q3', target: { kind: 'perspective', id: 1 } }).code).toBe('VALIDATION');

    // Reads only: no undo step was added by the four analyses.
    expect(call('history.state', {})).toEqual(undo);
    call('scorecard.delete', { id: scorecardId });
  });

  it('answers team methods outside a team server: nobody signed in, no people; an audit log only in a team database', () => {
    expect(call('team.me', {})).toBeNull();
    for (const [method, input] of [
      ['team.accounts', {}],
      ['team.invites', {}],
      ['team.invite', { email: 'anna@example.com', role: 'editor' }],
      ['team.revokeInvite', { id: 1 }],
      ['team.updateAccount', { id: 1, role: 'viewer' }],
      ['team.changePassword', { current: 'x', next: 'a long enough password' }],
    ] as const) {
      expect(fail(method, input).message, method).toMatch(/only on a Quadrant team server/);
    }
    expect(fail('team.invite', { email: 'not an address', role: 'editor' }).issues?.[0]?.path).toEqual(['email']);
    const kpi = call('kpi.list', {})[0]!;
    const log = call('audit.list', { entityType: 'kpi', id: kpi.id });
    if (onPostgres) {
      // Written with no one signed in (as the CLI writes): by Quadrant, newest first.
      expect(log.available).toBe(true);
      expect(log.entries.length).toBeGreaterThan(0);
      expect(log.entries.every((e) => e.by.name === 'Quadrant' && e.by.accountId === null)).toBe(true);
      expect(log.entries.map((e) => e.seq)).toEqual(log.entries.map((e) => e.seq).sort((a, b) => b - a));
    } else {
      expect(log).toEqual({ available: false, entries: [] });
    }
  });

  it('exercised every method of the contract', () => {
    // On PostgreSQL the file's own methods are left to the test that closes and saves the file (desktop only).
    const fileOnly = onPostgres ? ['document.open', 'document.close', 'document.saveAs'] : [];
    expect(methodNames.filter((m) => !called.has(m) && !fileOnly.includes(m))).toEqual([]);
  });
});
