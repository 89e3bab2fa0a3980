/**
 * Every write answers with what it changed, and the page applies exactly that (src/shared/changes.ts): over long
 * random sessions of every kind of edit, undo and redo on real files, the view patched from the answers stays equal
 * to the same view read afresh, for every scorecard of the document; reads and refused edits answer no changes;
 * the revision counts the writes that changed something.
 */
import { describe, expect, it } from 'vitest';
import { dispatchSync } from '../../src/main/core/dispatch';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { applyChanges, applyNoteChanges, newestFirst, noteInTree, patchIndex, type DocumentChanges, type DocumentView } from '../../src/shared/changes';
import type { Input, Method, Output } from '../../src/shared/contract';
import type { Note } from '../../src/shared/domain';
import { evaluateScorecard, indexMeasurements, scoreKpisOf } from '../../src/shared/scoring';
import { client, tempDir, itOnFiles } from '../helpers';
import { randomEdits } from '../random-edits';

type Client = ReturnType<typeof client>;

function openSample(): Client {
  const c = client('web');
  c.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-changes-')) });
  return c;
}

/** A view as the page reads it afresh: the scorecards, one scorecard's tree and its measurements in key order. */
function readView(c: Client, scorecardId: number): DocumentView {
  const scorecards = c.call('scorecard.list', {});
  if (!scorecards.some((s) => s.id === scorecardId)) return { scorecards, tree: null, measurements: [] };
  // As the page holds them: in the core's order (by KPI, then period), which the patches keep.
  const measurements = c.call('measurement.list', { scorecardId });
  return { scorecards, tree: c.call('scorecard.get', { id: scorecardId }), measurements };
}

function write<M extends Method>(c: Client, method: M, input: Input<M>): { value?: Output<M>; changes?: DocumentChanges; ok: boolean } {
  const r = dispatchSync(c.session, method, input);
  return r.ok ? { ok: true, value: r.value as Output<M>, changes: r.changes } : { ok: false };
}

/**
 * A write's revision is the next count after the one the document was at, on a file and on PostgreSQL alike (a page
 * tells a write it missed by the gap), and document.info then reports it too. Returns it.
 */
function expectNextRevision(c: Client, changes: DocumentChanges | undefined, before: number): number {
  expect(changes?.revision, 'one revision per write that changed rows').toBe(before + 1);
  expect(c.call('document.info', {})!.revision).toBe(before + 1);
  return changes!.revision;
}

describe('the changes a write answers', () => {
  it('are the cell written, with the undo state and the next revision; reads and refused edits answer none', () => {
    const c = openSample();
    const kpi = c.call('kpi.list', {}).find((k) => k.frequency === 'quarter');
    const before = write(c, 'scorecard.list', {});
    expect(before.changes).toBeUndefined();
    const start = c.call('document.info', {})!.revision;
    const set = write(c, 'measurement.set', { kpiId: kpi!.id, period: '2025-Q4', actual: 123.5 });
    const revision = expectNextRevision(c, set.changes, start);
    const written = c.call('measurement.list', { kpiId: kpi!.id }).find((m) => m.period === '2025-Q4');
    expect(written?.actual).toBe(123.5);
    expect(set.changes?.measurements).toEqual({ set: [written], removed: [] });
    expect(set.changes?.kpis).toBeUndefined();
    expect(set.changes?.history.canUndo).toBe(true);
    expect(set.changes?.history.undoLabel).toMatch(/123.5|value/i);
    // The answer of one cell is a few hundred bytes, not the scorecard's measurements.
    expect(JSON.stringify(set.changes).length).toBeLessThan(1000);

    const refused = write(c, 'measurement.set', { kpiId: 999_999, period: '2025-Q4', actual: 1 });
    expect(refused.ok).toBe(false);
    const same = write(c, 'measurement.set', { kpiId: kpi!.id, period: '2025-Q4', actual: 123.5 });
    expect(same.changes, 'a write that changes nothing answers no changes').toBeUndefined();

    const undo = write(c, 'history.undo', {});
    expectNextRevision(c, undo.changes, revision);
    expect(undo.changes?.history.canRedo).toBe(true);
    const cell = c.call('measurement.list', { kpiId: kpi!.id }).find((m) => m.period === '2025-Q4');
    if (cell) expect(undo.changes?.measurements?.set).toEqual([cell]);
    else expect(undo.changes?.measurements?.removed).toEqual([{ kpiId: kpi!.id, period: '2025-Q4' }]);
  });

  it('name a note on a cell as a change of that cell, and the note itself', () => {
    const c = openSample();
    const [kpi] = c.call('kpi.list', {});
    const period = kpi!.frequency === 'month' ? '2025-11' : kpi!.frequency === 'quarter' ? '2025-Q3' : '2025';
    const made = write(c, 'note.create', { entityType: 'kpi', entityId: kpi!.id, period, body: 'Late invoices' });
    expect(made.changes?.notes?.set.map((n) => n.body)).toEqual(['Late invoices']);
    expect(made.changes?.notes?.created).toEqual([made.value!.id]);
    expect(made.changes?.measurements?.set).toEqual([
      c.call('measurement.list', { kpiId: kpi!.id }).find((m) => m.period === period),
    ]);
    const gone = write(c, 'note.delete', { id: made.value!.id });
    expect(gone.changes?.notes?.removed).toEqual([made.value!.id]);
  });

  it('ask for a reload instead of listing thousands of rows', () => {
    const c = openSample();
    const kpis = c.call('kpi.list', {}).filter((k) => k.frequency === 'quarter');
    const items = [];
    for (let year = 1800; items.length <= 6000; year++)
      for (const k of kpis) for (let q = 1; q <= 4; q++) items.push({ kpiId: k.id, period: `${year}-Q${q}`, actual: q });
    const big = write(c, 'measurement.setMany', { items });
    expect(big.ok).toBe(true);
    expect(big.changes?.reload).toBe(true);
    expect(big.changes?.measurements).toBeUndefined();
  });

  describe.each([1, 2, 3])('a random session (seed %i)', (seed) => {
    it('patched views equal fresh reads after every write, undo and redo', () => {
      const c = openSample();
      const nextEdit = randomEdits(seed, c.call);
      const ids = () => c.call('scorecard.list', {}).map((s) => s.id);
      let views = new Map(ids().map((id) => [id, readView(c, id)]));
      let notes = new Map(ids().map((id) => [id, c.call('note.list', { scorecardId: id }).sort(newestFirst)]));
      let revision = c.call('document.info', {})!.revision;
      let applied = 0;
      let reloads = 0;
      for (let i = 0; i < 160; i++) {
        const [method, input] = i % 7 === 6 ? (['history.undo', {}] as const) : i % 11 === 10 ? (['history.redo', {}] as const) : nextEdit();
        const answer = write(c, method as Method, input as never);
        if (!answer.changes) continue;
        revision = expectNextRevision(c, answer.changes, revision);
        expect(answer.changes.history).toEqual(c.call('history.state', {}));
        for (const [id, view] of views) {
          const patched = applyChanges(view, answer.changes);
          const fresh = readView(c, id);
          if (patched === null) {
            reloads++;
            views.set(id, fresh);
            continue;
          }
          applied++;
          expect(patched, `${method} ${JSON.stringify(input)} on scorecard ${id}`).toEqual(fresh);
          if (patched.tree && view.tree && patched.tree.kpis === view.tree.kpis) {
            const kpiIds = new Set(patched.tree.kpis.map((k) => k.id));
            const index = patchIndex(indexMeasurements(view.measurements), answer.changes.measurements, kpiIds);
            expect(index).toEqual(indexMeasurements(fresh.measurements));
          }
          views.set(id, patched);
          const inTree = (n: Note) => fresh.tree !== null && noteInTree(fresh.tree, n);
          const patchedNotes = applyNoteChanges(notes.get(id) ?? [], answer.changes, inTree);
          expect(patchedNotes).toEqual(c.call('note.list', { scorecardId: id }).sort(newestFirst));
          notes.set(id, patchedNotes);
        }
        // Scorecards made by the session are watched from then on.
        for (const id of ids()) {
          if (!views.has(id)) views.set(id, readView(c, id));
          if (!notes.has(id)) notes.set(id, c.call('note.list', { scorecardId: id }).sort(newestFirst));
        }
        views = new Map([...views].filter(([id]) => ids().includes(id)));
        notes = new Map([...notes].filter(([id]) => ids().includes(id)));
      }
      expect(applied).toBeGreaterThan(100);
      // Only a scorecard deleted, or an objective moved in from another one, asks for the document again.
      expect(reloads).toBeLessThan(applied / 10);
    });
  });
});

describe('scores evaluated from what the page holds', () => {
  it('equal the core’s, for every period kind, with cell notes and note-only cells among the measurements', () => {
    const c = openSample();
    for (const { id } of c.call('scorecard.list', {})) {
      const view = readView(c, id);
      const kpi = view.tree!.kpis[0]!;
      // A note on a cell with no value is listed as a cell with no actual: it must not count as reported.
      const period = kpi.frequency === 'month' ? '2025-07' : kpi.frequency === 'quarter' ? '2025-Q3' : '2025';
      c.call('measurement.delete', { kpiId: kpi.id, period });
      c.call('note.create', { entityType: 'kpi', entityId: kpi.id, period, body: 'Not counted yet' });
      const held = readView(c, id);
      expect(held.measurements.some((m) => m.kpiId === kpi.id && m.period === period && m.actual === null)).toBe(true);
      const index = indexMeasurements(held.measurements);
      for (const p of ['2025-03', '2025-07', '2025-12', '2025-Q1', '2025-Q3', '2025-Q4', '2024', '2025', '2026-Q1']) {
        const core = c.call('scorecard.evaluate', { scorecardId: id, period: p });
        expect(evaluateScorecard({ ...held.tree!, measurements: index }, p), `${id} ${p}`).toEqual(core);
        // The grid scores single KPIs the same way.
        const some = held.tree!.kpis.filter((_, i) => i % 3 === 0);
        expect(scoreKpisOf(held.tree!.scorecard, index, some, p)).toEqual(core.kpis.filter((k) => some.some((x) => x.id === k.kpiId)));
      }
    }
  });
});

describe('the epoch of the revisions', () => {
  itOnFiles('is new for a document opened on a new connection, so a page based on the old one reads it again', () => {
    const c = openSample();
    const first = c.call('document.info', {})!;
    const kpi = c.call('kpi.list', {}).find((k) => k.frequency === 'quarter')!;
    const set = write(c, 'measurement.set', { kpiId: kpi.id, period: '2024-Q1', actual: 5 });
    expect(set.changes).toMatchObject({ epoch: first.epoch, revision: first.revision + 1 });
    expect(c.call('document.info', {})).toMatchObject({ epoch: first.epoch, revision: first.revision + 1 });
    const copy = c.call('document.saveAs', { path: `${first.path}.copy.scorecard` });
    expect(copy.epoch).not.toBe(first.epoch);
    expect(copy.revision).toBe(0);
    const next = write(c, 'measurement.set', { kpiId: kpi.id, period: '2024-Q2', actual: 6 });
    expect(next.changes).toMatchObject({ epoch: copy.epoch, revision: 1 });
  });
});
