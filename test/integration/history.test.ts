/**
 * Undo and redo on real files through the real dispatch: every kind of edit is undone to exactly the document it
 * changed (deep-equal exports, same ids) and redone to exactly what it made, including cascades, reorders and
 * pasted blocks; and a long random session undoes back to the start and redoes to its end.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { HISTORY_LIMIT } from '../../src/main/core/history';
import { client, tempDir, itOnFiles } from '../helpers';

type Client = ReturnType<typeof client>;

function openSample(): Client & { path: string } {
  const c = client('web');
  const path = ensureSampleDocument(tempDir('quadrant-history-'));
  c.call('document.open', { path });
  return { ...c, path };
}

/** Applies an edit, then proves undo gives back the exact document before it and redo the exact one after. */
function expectUndoable(c: Client, label: RegExp | string, edit: () => unknown): void {
  const before = c.call('document.export', {});
  edit();
  const after = c.call('document.export', {});
  expect(after, 'the edit changed the document').not.toEqual(before);
  const state = c.call('history.state', {});
  expect(state.undoLabel).toMatch(label);
  expect(state.canRedo).toBe(false);

  const undone = c.call('history.undo', {});
  expect(undone.undone).toBe(state.undoLabel);
  expect(undone.redoLabel).toBe(state.undoLabel);
  expect(c.call('document.export', {})).toEqual(before);

  const redone = c.call('history.redo', {});
  expect(redone.redone).toBe(state.undoLabel);
  expect(c.call('document.export', {})).toEqual(after);
}

describe('undo and redo of every kind of edit', () => {
  const c = openSample();
  const { call } = c;
  const scorecardId = call('scorecard.list', {})[0]!.id;
  const tree = () => call('scorecard.get', { id: scorecardId });

  it('scorecards: add, edit, delete (with its whole tree)', () => {
    let id = 0;
    expectUndoable(c, 'Add scorecard “Café”', () => (id = call('scorecard.create', { name: 'Café' }).id));
    expectUndoable(c, 'Edit scorecard “Café floor”', () =>
      call('scorecard.update', { id, name: 'Café floor', granularity: 'month' }),
    );
    // The company scorecard: perspectives, objectives, KPIs, measurements, links, initiatives and notes all go.
    expectUndoable(c, /^Delete scorecard “Harbour & Ember/, () => call('scorecard.delete', { id: scorecardId }));
    call('history.undo', {});
    expect(tree().objectives.length).toBe(12);
  });

  it('perspectives: add, edit, reorder, delete', () => {
    let id = 0;
    expectUndoable(
      c,
      'Add perspective “Community”',
      () => (id = call('perspective.create', { scorecardId, name: 'Community' }).id),
    );
    expectUndoable(c, 'Edit perspective “Community & place”', () =>
      call('perspective.update', { id, name: 'Community & place', weight: 2 }),
    );
    const ids = tree().perspectives.map((p) => p.id);
    expectUndoable(c, 'Reorder perspectives', () =>
      call('perspective.reorder', { scorecardId, ids: [...ids].reverse() }),
    );
    expectUndoable(c, 'Delete perspective “Community & place”', () => call('perspective.delete', { id }));
  });

  it('themes: add, edit, delete (objectives lose the theme, and get it back)', () => {
    const themed = tree().objectives.find((o) => o.themeId !== null)!;
    expectUndoable(c, /^Edit theme/, () => call('theme.update', { id: themed.themeId!, colour: '#123456' }));
    expectUndoable(c, /^Delete theme/, () => call('theme.delete', { id: themed.themeId! }));
    expect(call('objective.get', { id: themed.id }).themeId).toBeNull();
    call('history.undo', {});
    expect(call('objective.get', { id: themed.id }).themeId).toBe(themed.themeId);
    expectUndoable(c, 'Add theme “Zero waste”', () =>
      call('theme.create', { scorecardId, name: 'Zero waste', colour: '#00aa00' }),
    );
  });

  it('objectives: add, edit, move, reorder, delete with KPIs, values, links, initiatives and notes', () => {
    const [first, second] = tree().perspectives;
    let id = 0;
    expectUndoable(
      c,
      'Add objective “Open a second café”',
      () => (id = call('objective.create', { perspectiveId: first!.id, title: 'Open a second café' }).id),
    );
    expectUndoable(c, 'Edit objective “Open a second café”', () => call('objective.update', { id, owner: 'Maeve' }));
    expectUndoable(c, 'Edit objective “Open a second café”', () =>
      call('objective.update', { id, perspectiveId: second!.id }),
    );
    const inFirst = tree()
      .objectives.filter((o) => o.perspectiveId === first!.id)
      .map((o) => o.id);
    expectUndoable(c, 'Reorder objectives', () =>
      call('objective.reorder', { perspectiveId: first!.id, ids: [...inFirst].reverse() }),
    );

    // The richest objective of the sample: its KPIs carry measurements and notes; links and initiatives point at it.
    const doc = call('document.export', {});
    const richest = doc.objectives
      .map((o) => ({ o, kpis: doc.kpis.filter((k) => k.objectiveId === o.id).length }))
      .sort((a, b) => b.kpis - a.kpis)[0]!.o;
    const linked = doc.links.filter((l) => l.fromObjectiveId === richest.id || l.toObjectiveId === richest.id);
    expect(linked.length).toBeGreaterThan(0);
    expect(doc.initiatives.some((i) => i.objectiveIds.includes(richest.id))).toBe(true);
    call('note.create', { entityType: 'objective', entityId: richest.id, body: 'Check with the bank' });
    expectUndoable(c, `Delete objective “${richest.title}”`, () => call('objective.delete', { id: richest.id }));
  });

  it('cause-and-effect links: add, edit, delete', () => {
    const objectives = tree().objectives;
    const links = tree().links;
    const [from, to] = objectives.filter((a) => !links.some((l) => l.fromObjectiveId === a.id));
    let id = 0;
    expectUndoable(
      c,
      /^Add cause-and-effect link “.+” → “.+”$/,
      () => (id = call('link.create', { fromObjectiveId: from!.id, toObjectiveId: to!.id }).id),
    );
    expectUndoable(c, /^Edit cause-and-effect link/, () =>
      call('link.update', { id, note: 'more staff, better service' }),
    );
    expectUndoable(c, /^Delete cause-and-effect link/, () => call('link.delete', { id }));
  });

  it('KPIs: add, edit, move, reorder, delete with their values and notes', () => {
    const objectives = tree().objectives;
    const kpi = tree().kpis.find((k) => call('measurement.list', { kpiId: k.id }).length > 2)!;
    let id = 0;
    expectUndoable(
      c,
      'Add KPI “Repeat customers”',
      () =>
        (id = call('kpi.create', {
          objectiveId: kpi.objectiveId,
          name: 'Repeat customers',
          polarity: 'increase',
          target: 40,
        }).id),
    );
    expectUndoable(c, `Edit KPI “${kpi.name}”`, () =>
      call('kpi.update', { id: kpi.id, target: 123_456.789, isKey: !kpi.isKey }),
    );
    const other = objectives.find((o) => o.id !== kpi.objectiveId)!;
    expectUndoable(c, 'Edit KPI “Repeat customers”', () => call('kpi.update', { id, objectiveId: other.id }));
    const siblings = call('kpi.list', { objectiveId: kpi.objectiveId }).map((k) => k.id);
    expectUndoable(c, 'Reorder KPIs', () =>
      call('kpi.reorder', { objectiveId: kpi.objectiveId, ids: [...siblings].reverse() }),
    );
    call('note.create', { entityType: 'kpi', entityId: kpi.id, body: 'Source changed in May', period: '2025-Q2' });
    expectUndoable(c, `Delete KPI “${kpi.name}”`, () => call('kpi.delete', { id: kpi.id }));
  });

  it('values: enter, overwrite, clear, delete, and a pasted 3 × 4 block as one step', () => {
    const kpis = tree()
      .kpis.filter((k) => k.frequency === 'quarter')
      .slice(0, 3);
    const kpi = kpis[0]!;
    expectUndoable(c, `Enter value for “${kpi.name}”, 2031-Q1`, () =>
      call('measurement.set', { kpiId: kpi.id, period: '2031-Q1', actual: 0.1 + 0.2 }),
    );
    const [existing, another] = call('measurement.list', { kpiId: kpi.id });
    expectUndoable(c, /^Enter value for/, () =>
      call('measurement.set', { kpiId: kpi.id, period: existing!.period, actual: 1 / 3, note: 'odd' }),
    );
    expectUndoable(c, /^Clear value of/, () =>
      call('measurement.set', { kpiId: kpi.id, period: existing!.period, actual: null, target: null, note: '' }),
    );
    expectUndoable(c, /^Clear value of/, () => call('measurement.delete', { kpiId: kpi.id, period: another!.period }));

    const periods = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
    const items = kpis.flatMap((k, r) =>
      periods.map((period, col) => ({ kpiId: k.id, period, actual: 1000 * r + col + 0.5 })),
    );
    expectUndoable(c, 'Paste 12 values', () => call('measurement.setMany', { items }));
    const cleared = items.map((i) => ({ ...i, actual: null }));
    expectUndoable(c, 'Clear 12 values', () => call('measurement.setMany', { items: cleared }));
  });

  it('initiatives: add, edit (linked objectives too), delete', () => {
    const objectives = tree().objectives.map((o) => o.id);
    let id = 0;
    expectUndoable(
      c,
      'Add initiative “Loyalty card”',
      () =>
        (id = call('initiative.create', {
          scorecardId,
          title: 'Loyalty card',
          objectiveIds: objectives.slice(0, 2),
        }).id),
    );
    expectUndoable(c, 'Edit initiative “Loyalty card”', () =>
      call('initiative.update', { id, objectiveIds: objectives.slice(1, 4), percentComplete: 30 }),
    );
    const existing = tree().initiatives[0]!;
    expectUndoable(c, `Delete initiative “${existing.title}”`, () => call('initiative.delete', { id: existing.id }));
  });

  it('notes: add, edit, delete', () => {
    let id = 0;
    expectUndoable(
      c,
      'Add note “Bank review moved to Thursday”',
      () =>
        (id = call('note.create', {
          entityType: 'scorecard',
          entityId: scorecardId,
          body: 'Bank review moved to Thursday',
        }).id),
    );
    expectUndoable(c, 'Edit note “Bank review moved to Friday”', () =>
      call('note.update', { id, body: 'Bank review moved to Friday' }),
    );
    expectUndoable(c, 'Delete note “Bank review moved to Friday”', () => call('note.delete', { id }));
  });

  it('keeps what it undid on disk: a reopened document shows the undone state', () => {
    const id = call('objective.create', { perspectiveId: tree().perspectives[0]!.id, title: 'Temporary' }).id;
    call('history.undo', {});
    const undone = call('document.export', {});
    call('document.close', {});
    call('document.open', { path: c.path });
    expect(call('document.export', {})).toEqual(undone);
    expect(undone.objectives.some((o) => o.id === id)).toBe(false);
  });
});

describe('the undo and redo stacks', () => {
  it('undoes and redoes several steps in order, and a new edit clears redo', () => {
    const c = openSample();
    const { call } = c;
    const kpi = call('kpi.list', {})[0]!;
    const states = [call('document.export', {})];
    for (const target of [1, 2, 3]) {
      call('kpi.update', { id: kpi.id, target });
      states.push(call('document.export', {}));
    }
    call('history.undo', {});
    call('history.undo', {});
    expect(call('document.export', {})).toEqual(states[1]);
    call('history.redo', {});
    expect(call('document.export', {})).toEqual(states[2]);
    call('history.undo', {});
    call('history.undo', {});
    expect(call('document.export', {})).toEqual(states[0]);
    expect(call('history.state', {})).toMatchObject({ canUndo: false, canRedo: true });

    call('kpi.update', { id: kpi.id, name: 'Net revenue' });
    expect(call('history.state', {})).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Edit KPI “Net revenue”',
      redoLabel: null,
    });
    expect(call('history.redo', {})).toMatchObject({ redone: null, canRedo: false });
  });

  it('answers plainly when there is nothing to undo or redo, and when no document is open', () => {
    const c = openSample();
    expect(c.call('history.undo', {})).toEqual({
      undone: null,
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
    });
    expect(c.call('history.redo', {})).toEqual({
      redone: null,
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
    });
    c.call('document.close', {});
    expect(c.call('history.state', {})).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    expect(c.fail('history.undo', {}).code).toBe('NO_DOCUMENT');
  });

  it('adds no step for reads, for edits that change nothing, or for edits that fail', () => {
    const c = openSample();
    const { call } = c;
    const kpi = call('kpi.list', {})[0]!;
    call('scorecard.list', {});
    call('scorecard.evaluate', { scorecardId: 1, period: '2025-Q2' });
    call('kpi.update', { id: kpi.id, name: kpi.name, target: kpi.target });
    const initiative = call('initiative.list', { scorecardId: 1 })[0]!;
    call('initiative.update', { id: initiative.id, objectiveIds: [...initiative.objectiveIds].reverse() });
    expect(
      c.fail('measurement.setMany', {
        items: [
          { kpiId: kpi.id, period: '2025-Q1', actual: 1 },
          { kpiId: 99_999, period: '2025-Q1', actual: 2 },
        ],
      }).code,
    ).toBe('NOT_FOUND');
    expect(call('history.state', {}).canUndo).toBe(false);
  });

  itOnFiles('starts afresh when another document is opened or created, and after Save As', () => {
    const c = openSample();
    const { call } = c;
    call('scorecard.update', { id: 1, name: 'Renamed' });
    expect(call('history.state', {}).canUndo).toBe(true);
    call('document.create', { path: join(tempDir(), 'fresh.scorecard') });
    expect(call('history.state', {}).canUndo).toBe(false);
    call('document.open', { path: c.path });
    expect(call('history.state', {}).canUndo).toBe(false);
    expect(call('scorecard.get', { id: 1 }).scorecard.name).toBe('Renamed');
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const c = openSample();
    const kpi = c.call('kpi.list', {})[0]!;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) c.call('kpi.update', { id: kpi.id, target: i });
    let undone = 0;
    while (c.call('history.undo', {}).undone !== null) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(c.call('kpi.get', { id: kpi.id }).target).toBe(4);
  });
});
