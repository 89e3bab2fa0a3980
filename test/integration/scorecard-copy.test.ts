/**
 * Copying a scorecard in the sample document: the structure alone, or with its measurements and notes. The copy has
 * the original's shape and, with data, its scores in every period and its notes; it is one undo step; and it is a
 * scorecard of its own (editing it leaves the original as it was).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import type { ScorecardTree } from '../../src/shared/domain';
import type { Evaluation } from '../../src/shared/evaluation';
import { client, tempDir } from '../helpers';

const api = client();
const { call, fail } = api;
const PERIODS = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026', '2026-03'];

beforeAll(() => call('document.open', { path: ensureSampleDocument(tempDir('quadrant-copy-')) }));
afterAll(() => api.session.close());

/** The tree told by names and positions, never ids: what two scorecards with the same structure share. */
function shape(t: ScorecardTree) {
  const perspective = new Map(t.perspectives.map((p) => [p.id, p.name]));
  const theme = new Map(t.themes.map((x) => [x.id, x.name]));
  const objective = new Map(t.objectives.map((o) => [o.id, o.title]));
  const { id: _id, name: _name, ...settings } = t.scorecard;
  return {
    settings,
    perspectives: t.perspectives.map(({ id: _, scorecardId: __, ...p }) => p),
    themes: t.themes.map(({ id: _, scorecardId: __, ...x }) => x),
    objectives: t.objectives
      .map(({ id: _, perspectiveId, themeId, ...o }) => ({
        ...o,
        perspective: perspective.get(perspectiveId),
        theme: themeId === null ? null : theme.get(themeId),
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    links: t.links
      .map((l) => `${objective.get(l.fromObjectiveId)} → ${objective.get(l.toObjectiveId)}: ${l.note}`)
      .sort(),
    kpis: t.kpis
      .map(({ id: _, objectiveId, ...k }) => ({ ...k, objective: objective.get(objectiveId) }))
      .sort((a, b) => `${a.objective}/${a.name}`.localeCompare(`${b.objective}/${b.name}`)),
    initiatives: t.initiatives.map(({ id: _, scorecardId: __, objectiveIds, ...i }) => ({
      ...i,
      objectives: objectiveIds.map((o) => objective.get(o)).sort(),
    })),
  };
}

/** Every score of a period by the name of what it scores. */
function scores(t: ScorecardTree, e: Evaluation) {
  const names = {
    perspective: new Map(t.perspectives.map((p) => [p.id, p.name])),
    objective: new Map(t.objectives.map((o) => [o.id, o.title])),
    kpi: new Map(t.kpis.map((k) => [k.id, `${t.objectives.find((o) => o.id === k.objectiveId)!.title}/${k.name}`])),
  };
  return {
    scorecard: e.scorecard,
    perspectives: Object.fromEntries(
      e.perspectives.map(({ perspectiveId, ...s }) => [names.perspective.get(perspectiveId), s]),
    ),
    objectives: Object.fromEntries(e.objectives.map(({ objectiveId, ...s }) => [names.objective.get(objectiveId), s])),
    kpis: Object.fromEntries(e.kpis.map(({ kpiId, ...s }) => [names.kpi.get(kpiId), s])),
  };
}

/** Notes by what they are on (its name) and when, with their text and times. */
function notesOf(scorecardId: number) {
  const t = call('scorecard.get', { id: scorecardId });
  const named: Record<string, Map<number, string>> = {
    scorecard: new Map([[scorecardId, 'the scorecard']]),
    perspective: new Map(t.perspectives.map((p) => [p.id, p.name])),
    objective: new Map(t.objectives.map((o) => [o.id, o.title])),
    kpi: new Map(t.kpis.map((k) => [k.id, k.name])),
    initiative: new Map(t.initiatives.map((i) => [i.id, i.title])),
  };
  return call('note.list', { scorecardId }).map(({ id: _, entityId, ...n }) => ({
    ...n,
    on: named[n.entityType]!.get(entityId),
  }));
}

describe('copying a scorecard', () => {
  it('copies the structure only: the same tree, map positions kept, no values and no notes', () => {
    // One objective placed by hand on the map, the others laid out automatically.
    const placed = call('objective.list', { scorecardId: 1 })[3]!;
    call('objective.update', { id: placed.id, mapX: 120.5, mapY: 340 });
    const original = call('scorecard.get', { id: 1 });
    const copy = call('scorecard.copy', { id: 1, withData: false });
    expect(copy.name).toBe(`${original.scorecard.name} (copy)`);
    const tree = call('scorecard.get', { id: copy.id });
    expect(shape(tree)).toEqual(shape(original));
    expect(tree.objectives.find((o) => o.title === placed.title)).toMatchObject({ mapX: 120.5, mapY: 340 });
    // New rows throughout: not one id of the original's is reused.
    expect(tree.kpis.map((k) => k.id).filter((id) => original.kpis.some((k) => k.id === id))).toEqual([]);
    expect(call('measurement.list', { scorecardId: copy.id })).toEqual([]);
    expect(call('note.list', { scorecardId: copy.id })).toEqual([]);
    expect(
      call('scorecard.evaluate', { scorecardId: copy.id, period: '2026-Q3' }).kpis.every((k) => k.status === 'none'),
    ).toBe(true);
    // A second copy is told apart by its name.
    expect(call('scorecard.copy', { id: 1, withData: false }).name).toBe(`${original.scorecard.name} (copy 2)`);
  });

  it('copies with data: the same scores in every period, the same values and the same notes', () => {
    const copy = call('scorecard.copy', { id: 1, name: 'Harbour & Ember — 2027 plan', withData: true });
    expect(copy.name).toBe('Harbour & Ember — 2027 plan');
    const [original, tree] = [call('scorecard.get', { id: 1 }), call('scorecard.get', { id: copy.id })];
    for (const period of PERIODS) {
      const a = scores(original, call('scorecard.evaluate', { scorecardId: 1, period }));
      const b = scores(tree, call('scorecard.evaluate', { scorecardId: copy.id, period }));
      expect(Object.keys(a.kpis)).toHaveLength(original.kpis.length);
      expect(b, period).toEqual(a);
    }
    // Scores that say something: the sample has green, amber and red KPIs in Q3.
    const q3 = call('scorecard.evaluate', { scorecardId: copy.id, period: '2026-Q3' });
    expect([...new Set(q3.kpis.map((k) => k.status))]).toEqual(expect.arrayContaining(['green', 'amber', 'red']));
    const values = (id: number, t: ScorecardTree) =>
      call('measurement.list', { scorecardId: id })
        .map(({ kpiId, ...m }) => ({ ...m, kpi: t.kpis.find((k) => k.id === kpiId)!.name }))
        .sort((x, y) => `${x.kpi}@${x.period}`.localeCompare(`${y.kpi}@${y.period}`));
    expect(values(copy.id, tree)).toEqual(values(1, original));
    const notes = notesOf(1);
    expect(notes.length).toBeGreaterThan(100);
    expect(new Set(notes.map((n) => n.entityType))).toEqual(new Set(['scorecard', 'objective', 'kpi', 'initiative']));
    expect(notesOf(copy.id)).toEqual(notes);
  });

  it('is one undo step, named after the scorecard copied', () => {
    const before = call('scorecard.list', {});
    const copy = call('scorecard.copy', { id: 1, withData: true });
    expect(call('history.state', {}).undoLabel).toBe('Copy scorecard “Harbour & Ember — Company Scorecard”');
    expect(call('history.undo', {}).undone).toBe('Copy scorecard “Harbour & Ember — Company Scorecard”');
    expect(call('scorecard.list', {})).toEqual(before);
    expect(fail('scorecard.get', { id: copy.id }).code).toBe('NOT_FOUND');
    expect(call('note.list', {}).filter((n) => n.entityType === 'scorecard' && n.entityId === copy.id)).toEqual([]);
    call('history.redo', {});
    expect(call('scorecard.get', { id: copy.id }).kpis).toHaveLength(call('scorecard.get', { id: 1 }).kpis.length);
  });

  it('is independent: editing, scoring or deleting the copy leaves the original as it was', () => {
    const exportOf = (id: number) => {
      const d = call('document.export', {});
      const tree = call('scorecard.get', { id });
      return {
        tree,
        values: call('measurement.list', { scorecardId: id }),
        notes: notesOf(id),
        scorecards: d.scorecards.length,
      };
    };
    const copy = call('scorecard.copy', { id: 1, withData: true });
    const original = exportOf(1);
    const q3 = call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' });
    const tree = call('scorecard.get', { id: copy.id });
    const kpi = tree.kpis.find((k) => k.target !== null && k.polarity === 'increase')!;
    call('kpi.update', { id: kpi.id, target: kpi.target! * 3, name: 'Renamed in the copy' });
    call('measurement.set', { kpiId: kpi.id, period: '2026-Q3', actual: 0, note: 'Only in the copy' });
    call('objective.update', { id: tree.objectives[0]!.id, title: 'Only in the copy', mapX: 10, mapY: 10 });
    call('theme.delete', { id: tree.themes[0]!.id });
    call('link.delete', { id: tree.links[0]!.id });
    call('perspective.update', { id: tree.perspectives[0]!.id, weight: 5 });
    const after = exportOf(1);
    expect({ ...after, scorecards: 0 }).toEqual({ ...original, scorecards: 0 });
    expect(call('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' })).toEqual(q3);
    call('scorecard.delete', { id: copy.id });
    expect(exportOf(1)).toEqual({ ...original, scorecards: original.scorecards - 1 });
  });

  it('keeps the parent scorecard and the supported objectives, and refuses an unknown scorecard', () => {
    const dept = call('scorecard.create', { name: 'Kitchen', parentScorecardId: 1 });
    const company = call('objective.list', { scorecardId: 1 })[0]!;
    const [perspective] = call('perspective.list', { scorecardId: dept.id });
    const supporting = call('objective.create', { perspectiveId: perspective!.id, title: 'Fewer returns' });
    call('cascade.set', { fromObjectiveId: supporting.id, toObjectiveId: company.id, weight: 2 });
    const copy = call('scorecard.copy', { id: dept.id, withData: false });
    expect(copy).toMatchObject({ name: 'Kitchen (copy)', parentScorecardId: 1 });
    const [copied] = call('objective.list', { scorecardId: copy.id });
    expect(copied).toMatchObject({ title: 'Fewer returns' });
    expect(call('cascade.list', {}).filter((c) => c.fromObjectiveId === copied!.id)).toMatchObject([{ toObjectiveId: company.id, weight: 2 }]);
    // A long name is shortened to leave room for the suffix, never refused.
    const long = call('scorecard.update', { id: dept.id, name: 'K'.repeat(200) });
    expect(call('scorecard.copy', { id: long.id, withData: false }).name).toBe(`${'K'.repeat(193)} (copy)`);
    expect(fail('scorecard.copy', { id: 9999, withData: true })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Scorecard 9999 does not exist.',
    });
    expect(fail('scorecard.copy', { id: 1, name: ' ', withData: true }).issues?.[0]?.path).toEqual(['name']);
  });

  it('copies key results (linked to the copy’s own KPIs), and their check-ins with data only', () => {
    const dept = call('scorecard.create', { name: 'Bar', parentScorecardId: 1 });
    const [perspective] = call('perspective.list', { scorecardId: dept.id });
    const objective = call('objective.create', { perspectiveId: perspective!.id, title: 'More regulars' });
    const kpi = call('kpi.create', { objectiveId: objective.id, name: 'Regulars', target: 50 });
    const kr = call('okr.createKeyResult', { objectiveId: objective.id, title: 'Regulars to 50', cycle: '2026-Q3', target: 50, kpiId: kpi.id });
    call('okr.addCheckIn', { keyResultId: kr.id, date: '2026-08-01', confidence: 8, comment: 'Quiz night works' });
    const bare = call('scorecard.get', { id: call('scorecard.copy', { id: dept.id, withData: false }).id });
    expect(bare.keyResults).toMatchObject([{ title: 'Regulars to 50', objectiveId: bare.objectives[0]!.id, kpiId: bare.kpis[0]!.id, target: 50 }]);
    expect(bare.checkIns).toEqual([]);
    const full = call('scorecard.get', { id: call('scorecard.copy', { id: dept.id, withData: true }).id });
    expect(full.checkIns).toMatchObject([{ keyResultId: full.keyResults[0]!.id, confidence: 8, comment: 'Quiz night works' }]);
    expect(call('scorecard.get', { id: dept.id }).checkIns).toHaveLength(1);
  });
});
