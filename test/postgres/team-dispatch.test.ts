/**
 * Team mode through the real dispatch: two people's sessions share one team database (as the server's do), each call
 * carrying the revision its page was based on. A stale write is refused with the current row, undo is each person's
 * own, and every answer's changes equal what the desktop answers for the same calls on a .scorecard file.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import type { DocumentChanges } from '../../src/shared/changes';
import type { Input, Method, Output } from '../../src/shared/contract';
import type { ApiError } from '../../src/shared/errors';
import { tempDir } from '../helpers';
import { describePg, pgDocuments } from '../pg';
import { ann, ben } from './team-document';

type Answer<M extends Method> = { value: Output<M>; changes?: DocumentChanges };

function person(session: Session) {
  return {
    session,
    /** The page's revision: what its next write is based on. */
    revision: 0,
    call<M extends Method>(method: M, input: Input<M>): Answer<M> {
      this.session.baseRevision = this.revision;
      const r = dispatchSync(this.session, method, input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      if (r.changes) this.revision = r.changes.revision;
      return { value: r.value as Output<M>, changes: r.changes };
    },
    fail(method: Method, input: unknown): ApiError {
      this.session.baseRevision = this.revision;
      const r = dispatchSync(this.session, method, input);
      if (r.ok) throw new Error(`${method} was expected to fail`);
      return r.error;
    },
  };
}

/** A new document with one scorecard: on PostgreSQL shared by Ann and Ben, or a .scorecard file for the desktop. */
function open(team: boolean) {
  const session = new Session({ mode: 'web', documents: team ? pgDocuments() : undefined });
  dispatchSync(session, 'document.create', { path: join(tempDir('quadrant-team-'), 'Acme.scorecard') });
  const a = person(session);
  if (!team) return { a, b: a };
  a.session.actor = ann;
  const other = new Session({ mode: 'web' });
  other.attach(session.document!);
  other.actor = ben;
  const b = person(other);
  a.revision = b.revision = session.info()!.revision;
  return { a, b };
}

/** A little scorecard built by calls, the same on both engines. */
function build(p: ReturnType<typeof person>) {
  const scorecardId = p.call('scorecard.list', {}).value[0]!.id;
  const perspectiveId = p.call('scorecard.get', { id: scorecardId }).value.perspectives[0]!.id;
  const objective = p.call('objective.create', { perspectiveId, title: 'Grow revenue' }).value;
  const kpi = p.call('kpi.create', { objectiveId: objective.id, name: 'Revenue', unit: '€', target: 90000, frequency: 'quarter' }).value;
  return { objective, kpi };
}

/** Changes without what differs by nature between a file and a team database: where revisions count from. */
const comparable = (c: DocumentChanges | undefined) => c && { ...c, epoch: 0, revision: 0 };

describePg('team calls through the dispatcher', () => {
  it('refuse a stale write with the current value, and keep each person’s undo their own', () => {
    const { a, b } = open(true);
    const { kpi } = build(a);
    b.revision = a.revision;
    const page = a.revision;
    b.call('measurement.set', { kpiId: kpi.id, period: '2026-Q2', actual: 95000 });
    a.revision = page;
    const error = a.fail('measurement.set', { kpiId: kpi.id, period: '2026-Q2', actual: 91000 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Ben Ott entered the value of “Revenue” for Q2 2026 at \d\d:\d\d, after your page read it\./);
    expect(error.conflict).toMatchObject({ by: 'Ben Ott', current: { kpiId: kpi.id, period: '2026-Q2', actual: 95000 } });

    // Ann's page takes Ben's change in; her edit goes through, and her undo is hers alone.
    a.revision = b.revision;
    a.call('kpi.update', { id: kpi.id, target: 100000 });
    expect(a.call('history.state', {}).value.undoLabel).toBe('Edit KPI “Revenue”');
    expect(b.call('history.state', {}).value.undoLabel).toMatch(/Revenue/);
    const undone = a.call('history.undo', {});
    expect(undone.value.undone).toBe('Edit KPI “Revenue”');
    expect(undone.changes?.kpis?.set).toEqual([{ ...kpi, target: 90000 }]);
    expect(a.call('kpi.get', { id: kpi.id }).value.target).toBe(90000);
    expect(a.call('measurement.list', { kpiId: kpi.id }).value.map((m) => m.actual)).toEqual([95000]);

    const log = a.call('audit.list', { entityType: 'kpi', id: kpi.id }).value;
    expect(log.available).toBe(true);
    expect(log.entries.slice(0, 3).map((e) => [e.by.name, e.action, e.subject])).toEqual([
      ['Anna Berg', 'undone', 'Target of “Revenue”'],
      ['Anna Berg', 'changed', 'Target of “Revenue”'],
      ['Ben Ott', 'created', 'The value of “Revenue” for Q2 2026'],
    ]);
  });

  it('answer the same changes as the desktop for the same calls', () => {
    const run = (team: boolean) => {
      const { a } = open(team);
      const { objective, kpi } = build(a);
      const answers = [
        a.call('measurement.set', { kpiId: kpi.id, period: '2026-Q1', actual: 80000 }),
        a.call('note.create', { entityType: 'kpi', entityId: kpi.id, period: '2026-Q1', body: 'Slow January' }),
        a.call('kpi.update', { id: kpi.id, name: 'Sales', target: 95000 }),
        a.call('objective.delete', { id: objective.id }),
        a.call('history.undo', {}),
        a.call('history.redo', {}),
      ];
      return answers.map((x) => comparable(x.changes));
    };
    const desktop = run(false);
    const team = run(true);
    // Notes carry the time they were written: the same call a moment apart.
    const withoutTimes = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/"(createdAt|updatedAt)":"[^"]*"/g, '"$1":"…"'));
    expect(withoutTimes(team)).toEqual(withoutTimes(desktop));
    expect(desktop.every((c) => c !== undefined && c.history !== undefined)).toBe(true);
    expect(team[3]?.kpis?.removed).toEqual([expect.any(Number)]);
    expect(team[4]?.notes?.set).toHaveLength(1);
  });
});
