/**
 * document.load, the overview's first screen in one call, on real files through the real dispatch: it answers
 * exactly what the separate calls answer (scorecard.list, scorecard.get, measurement.list, scorecard.evaluate,
 * history.state), chooses the scorecard and the period as the overview always has, keeps a period it is given, and
 * never becomes an undo step.
 */
import { describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { client, tempDir, itOnFiles } from '../helpers';

function openSample(): ReturnType<typeof client> {
  const c = client('web');
  c.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-load-')) });
  return c;
}

describe('document.load', () => {
  it('with no document open: no info, nothing else, and the empty undo state', () => {
    const { call, session } = client('web');
    const snapshot = call('document.load', {});
    expect(snapshot).toEqual({
      info: null,
      scorecards: [],
      tree: null,
      measurements: [],
      viewKind: 'quarter',
      period: null,
      evaluation: null,
      closed: [],
      contributors: {},
      history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
    });
    expect(snapshot.history).toEqual(call('history.state', {}));
    // Choices for a document that is not there are no error either: the empty state is the answer.
    expect(call('document.load', { scorecardId: 3, period: '2026-Q1' }).info).toBeNull();
    session.close();
  });

  it('opens the sample on its first scorecard at the latest quarter with values, equal to the separate calls', () => {
    const { call, session } = openSample();
    const snapshot = call('document.load', {});
    const [first] = call('scorecard.list', {});
    expect(snapshot.info).toEqual(call('document.info', {}));
    expect(snapshot.scorecards).toEqual(call('scorecard.list', {}));
    expect(snapshot.tree).toEqual(call('scorecard.get', { id: first!.id }));
    expect(snapshot.measurements).toEqual(call('measurement.list', { scorecardId: first!.id }));
    // The sample's last values are of 2026-Q3 (monthly up to September, quarterly up to Q3).
    expect(snapshot.viewKind).toBe('quarter');
    expect(snapshot.period).toBe('2026-Q3');
    expect(snapshot.evaluation).toEqual(call('scorecard.evaluate', { scorecardId: first!.id, period: '2026-Q3' }));
    expect(snapshot.evaluation!.scorecard.score).not.toBeNull();
    expect(snapshot.history).toEqual(call('history.state', {}));
    session.close();
  });

  it('loads the scorecard asked for, in its own granularity and from its own values', () => {
    const { call, session } = openSample();
    const kpiOf = (scorecardId: number) => {
      const perspective = call('perspective.list', { scorecardId })[0]!;
      const objective = call('objective.create', { perspectiveId: perspective.id, title: 'Fill the ovens' });
      return call('kpi.create', { objectiveId: objective.id, name: 'Loaves a day', frequency: 'month', target: 400 });
    };
    const bakery = call('scorecard.create', { name: 'Bakery', granularity: 'month', fiscalYearStartMonth: 4 });
    const kpi = kpiOf(bakery.id);
    call('measurement.set', { kpiId: kpi.id, period: '2025-11', actual: 380 });
    call('measurement.set', { kpiId: kpi.id, period: '2025-12', actual: 390 });

    const snapshot = call('document.load', { scorecardId: bakery.id });
    expect(snapshot.tree).toEqual(call('scorecard.get', { id: bakery.id }));
    expect(snapshot.measurements).toEqual(call('measurement.list', { scorecardId: bakery.id }));
    expect(snapshot.measurements).toHaveLength(2);
    expect(snapshot.viewKind).toBe('month');
    expect(snapshot.period).toBe('2025-12');
    expect(snapshot.evaluation).toEqual(call('scorecard.evaluate', { scorecardId: bakery.id, period: '2025-12' }));
    expect(snapshot.evaluation!.kpis.find((k) => k.kpiId === kpi.id)?.actual).toBe(390);
    // A view kind alone keeps the view and finds its latest period with values: the fiscal year from April 2025.
    expect(call('document.load', { scorecardId: bakery.id, viewKind: 'year' })).toMatchObject({
      viewKind: 'year',
      period: '2025',
    });
    expect(call('document.load', { scorecardId: bakery.id, viewKind: 'quarter' }).period).toBe('2025-Q3');
    session.close();
  });

  it('keeps the view and period it is given, even one with no values', () => {
    const { call, session } = openSample();
    const id = call('scorecard.list', {})[0]!.id;
    const kept = call('document.load', { scorecardId: id, viewKind: 'month', period: '2026-02' });
    expect(kept.viewKind).toBe('month');
    expect(kept.period).toBe('2026-02');
    expect(kept.evaluation).toEqual(call('scorecard.evaluate', { scorecardId: id, period: '2026-02' }));
    const empty = call('document.load', { scorecardId: id, viewKind: 'quarter', period: '2031-Q1' });
    expect(empty.period).toBe('2031-Q1');
    expect(empty.evaluation!.scorecard.score).toBeNull();
    // A period alone names its own kind.
    expect(call('document.load', { period: '2025' })).toMatchObject({ viewKind: 'year', period: '2025' });
    session.close();
  });

  it('falls back to the first scorecard for an id that is not there, and forgets the choices made for it', () => {
    const { call, session } = openSample();
    const first = call('scorecard.list', {})[0]!;
    const snapshot = call('document.load', { scorecardId: 987_654, viewKind: 'month', period: '2024-01' });
    expect(snapshot.tree!.scorecard).toEqual(first);
    expect(snapshot.viewKind).toBe('quarter');
    expect(snapshot.period).toBe('2026-Q3');
    // So does a scorecard deleted in the meantime (in another window, say).
    const gone = call('scorecard.create', { name: 'Pop-up stall' });
    call('scorecard.delete', { id: gone.id });
    expect(call('document.load', { scorecardId: gone.id }).tree!.scorecard.id).toBe(first.id);
    session.close();
  });

  it('refuses a period of another kind than the view asked for, naming the period', () => {
    const { fail, session } = openSample();
    for (const [viewKind, period] of [
      ['month', '2026-Q1'],
      ['quarter', '2026'],
      ['year', '2026-03'],
    ] as const) {
      const error = fail('document.load', { viewKind, period });
      expect(error.code).toBe('VALIDATION');
      expect(error.issues?.[0]?.path).toEqual(['period']);
    }
    expect(fail('document.load', { period: '2026-Q5' }).issues?.[0]?.path).toEqual(['period']);
    expect(fail('document.load', { scorecardId: 1, extra: true }).code).toBe('VALIDATION');
    session.close();
  });

  it('is a read: no undo step, the redo stack survives it, and its history is history.state', () => {
    const { call, session } = openSample();
    const id = call('scorecard.list', {})[0]!.id;
    call('scorecard.update', { id, vision: 'Warm bread, warm rooms' });
    const afterEdit = call('document.load', { scorecardId: id });
    expect(afterEdit.history).toEqual(call('history.state', {}));
    expect(afterEdit.history.undoLabel).toMatch(/^Edit scorecard/);
    expect(afterEdit.tree!.scorecard.vision).toBe('Warm bread, warm rooms');

    call('history.undo', {});
    // A step would clear the redo stack: after loading, the undone edit can still be redone.
    const afterUndo = call('document.load', { scorecardId: id });
    expect(afterUndo.history).toEqual({
      canUndo: false,
      canRedo: true,
      undoLabel: null,
      redoLabel: afterEdit.history.undoLabel,
    });
    expect(afterUndo.history).toEqual(call('history.state', {}));
    expect(call('history.redo', {}).redone).toBe(afterEdit.history.undoLabel);
    expect(call('document.load', {}).history).toEqual(call('history.state', {}));
    session.close();
  });

  itOnFiles('loads a document open read-only elsewhere, and the empty state again once it is closed', () => {
    const path = ensureSampleDocument(tempDir('quadrant-load-ro-'));
    const writer = client('web');
    writer.call('document.open', { path });
    const reader = client('web');
    reader.call('document.open', { path });
    const snapshot = reader.call('document.load', {});
    expect(snapshot.info!.readOnly).toBe(true);
    expect(snapshot.evaluation).toEqual(writer.call('document.load', {}).evaluation);
    reader.call('document.close', {});
    expect(reader.call('document.load', {}).info).toBeNull();
    writer.session.close();
    reader.session.close();
  });
});
