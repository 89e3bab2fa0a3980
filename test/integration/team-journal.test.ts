/**
 * Team mode on a real PostgreSQL: two people edit one document through their own journals on the server's one
 * connection. Conflicts are refused with words and the current row, undo is per person and never undoes another's
 * later edit (cascades included), the stacks survive a restart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine, Query } from '../../src/main/core/db/engine';
import type { Actor, EditJournal } from '../../src/main/core/db/open-store';
import { AppError, ErrorCode, type ApiError } from '../../src/shared/errors';
import { pgJournal } from '../../src/main/team/journal';
import { openTeamDocument, pgUnavailable } from './team-journal-fixture';

const ann: Actor = { accountId: 1, name: 'Anna Berg', role: 'editor' };
const ben: Actor = { accountId: 2, name: 'Ben Ott', role: 'editor' };
const q = (sql: string, parameters: unknown[] = []): Query => ({ sql, parameters });

let doc: ReturnType<typeof openTeamDocument>;
let engine: Engine;

/** Everything the document holds, to compare before and after. */
function snapshot(): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['objective', 'kpi', 'measurement', 'note', 'cause_link', 'action_item']) {
    out[t] = engine.all(q(`SELECT to_jsonb(t) AS r FROM ${t} t ORDER BY 1::text`)).map((r) => (r as { r: unknown }).r);
    out[t]!.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

const revision = (): number => engine.get<{ s: number }>(q('SELECT coalesce(max(seq), 0) AS s FROM audit_log'))!.s;
const kpi = (id = 1) => engine.get<Record<string, unknown>>(q('SELECT * FROM kpi WHERE id = $1', [id]));
const count = (t: string) => engine.get<{ n: number }>(q(`SELECT count(*)::int AS n FROM ${t}`))!.n;

/** An edit as a handler writes it, one call, named as the dispatcher names it. */
function write(journal: EditJournal, sql: string, params: unknown[], baseRevision: number | null, name = 'Edit'): void {
  journal.record(
    () => engine.run(q(sql, params)),
    () => () => name,
    { baseRevision },
  );
}

/** An update of a row that must exist, as the repositories refuse a missing one. */
function update(journal: EditJournal, id: number, target: number, baseRevision: number): void {
  journal.record(
    () => {
      const found = engine.get(q('UPDATE kpi SET target = $2 WHERE id = $1 RETURNING id', [id, target]));
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, `KPI ${id} does not exist.`);
    },
    () => () => 'Edit KPI “Revenue”',
    { baseRevision },
  );
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).toData();
  }
  throw new Error('expected a refusal');
}

const unavailable = pgUnavailable();
if (unavailable) console.warn(`Skipping the team journal tests: ${unavailable}`);

beforeEach(() => {
  if (unavailable) return;
  doc = openTeamDocument();
  engine = doc.connect();
  engine.exec(`
    INSERT INTO scorecard (name) VALUES ('Acme');
    INSERT INTO perspective (scorecard_id, name, position) VALUES (1, 'Financial', 0);
    INSERT INTO objective (perspective_id, title, position) VALUES (1, 'Grow revenue', 0), (1, 'Keep customers', 1);
    INSERT INTO kpi (objective_id, name, unit, polarity, target, frequency, aggregation, position)
      VALUES (1, 'Revenue', '€', 'increase', 90000, 'quarter', 'sum', 0), (1, 'Margin', '%', 'increase', 30, 'quarter', 'last', 1);
    INSERT INTO measurement (kpi_id, period, actual) VALUES (1, '2026-Q1', 80000), (1, '2026-Q2', 85000);
    INSERT INTO note (entity_type, entity_id, period, author, body, created_at, updated_at)
      VALUES ('kpi', 1, '2026-Q1', 'Anna', 'Slow January', '2026-04-01', '2026-04-01'), ('objective', 1, NULL, 'Anna', 'Focus', '2026-04-01', '2026-04-01');
    INSERT INTO cause_link (from_objective_id, to_objective_id) VALUES (2, 1);
    INSERT INTO action_item (scorecard_id, title, concern_type, concern_id, created_on) VALUES (1, 'Call', 'kpi', 1, '2026-04-01');
  `);
});

afterEach(() => doc?.drop());

describe.skipIf(unavailable)('conflicts', () => {
  it('refuses a value another person changed after the page read it, with who, when and the current value', () => {
    const base = revision();
    write(pgJournal(engine, ben), `UPDATE measurement SET actual = 95000 WHERE kpi_id = 1 AND period = '2026-Q2'`, [], base);
    const annJournal = pgJournal(engine, ann);
    const error = refusal(() => write(annJournal, `UPDATE measurement SET actual = 91000 WHERE kpi_id = 1 AND period = '2026-Q2'`, [], base));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toMatch(/^Ben Ott changed the value of “Revenue” for 2026-Q2 at \d\d:\d\d, after your page read it\. Your change was not saved/);
    expect(error.conflict).toMatchObject({ by: 'Ben Ott', subject: 'Value of “Revenue” for 2026-Q2', current: { kpiId: 1, period: '2026-Q2', actual: 95000 } });
    expect(new Date(error.conflict!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(engine.get(q(`SELECT actual FROM measurement WHERE kpi_id = 1 AND period = '2026-Q2'`))).toEqual({ actual: 95000 });
    // Nothing of Ann's call was kept: no step, no audit row.
    expect(annJournal.state().canUndo).toBe(false);
    expect(engine.get(q('SELECT count(*)::int AS n FROM audit_log WHERE account_id = 1'))).toEqual({ n: 0 });
  });

  it('refuses another KPI field of the same row, and names the field', () => {
    const base = revision();
    write(pgJournal(engine, ben), 'UPDATE kpi SET target = 120000 WHERE id = 1', [], base);
    const error = refusal(() => write(pgJournal(engine, ann), `UPDATE kpi SET name = 'Sales' WHERE id = 1`, [], base));
    expect(error.message).toMatch(/^Ben Ott changed the target of “Revenue” at/);
    expect(error.conflict).toMatchObject({ subject: 'Target of “Revenue”', current: { name: 'Revenue', target: 120000 } });
    expect(kpi()).toMatchObject({ name: 'Revenue', target: 120000 });
  });

  it('refuses an edit of a row the other person deleted, and a delete of a row they changed', () => {
    const base = revision();
    write(pgJournal(engine, ben), 'DELETE FROM kpi WHERE id = 2', [], base);
    const gone = refusal(() => update(pgJournal(engine, ann), 2, 40, base));
    expect(gone.code).toBe(ErrorCode.CONFLICT);
    expect(gone.message).toMatch(/^Ben Ott deleted the KPI “Margin” at .*Your change was not saved/);
    expect(gone.conflict).toMatchObject({ by: 'Ben Ott', current: null });

    write(pgJournal(engine, ben), 'UPDATE kpi SET target = 100000 WHERE id = 1', [], base);
    // Deleting the objective cascades to the KPI Ben changed: that is a conflict too.
    const cascade = refusal(() => write(pgJournal(engine, ann), 'DELETE FROM objective WHERE id = 1', [], base));
    expect(cascade.message).toMatch(/^Ben Ott changed the target of “Revenue”/);
    expect(count('objective')).toBe(2);
  });

  it('lets a person build on their own edits, and anyone whose page has seen the other edit', () => {
    const base = revision();
    const annJournal = pgJournal(engine, ann);
    write(annJournal, 'UPDATE kpi SET target = 100000 WHERE id = 1', [], base);
    write(annJournal, 'UPDATE kpi SET target = 110000 WHERE id = 1', [], base);
    write(pgJournal(engine, ben), 'UPDATE kpi SET target = 120000 WHERE id = 1', [], revision());
    // No base (the CLI, a publish): no check.
    write(annJournal, 'UPDATE kpi SET unit = $1 WHERE id = 1', ['$'], null);
    expect(kpi()).toMatchObject({ target: 120000, unit: '$' });
  });
});

describe.skipIf(unavailable)('undo per person', () => {
  it('undoes my step, never the other person’s later edit of the same row', () => {
    const annJournal = pgJournal(engine, ann);
    const benJournal = pgJournal(engine, ben);
    write(annJournal, 'UPDATE kpi SET target = 100000 WHERE id = 1', [], revision(), 'Edit KPI “Revenue”');
    write(benJournal, 'UPDATE kpi SET target = 120000 WHERE id = 1', [], revision(), 'Edit KPI “Revenue”');
    const before = snapshot();
    const error = refusal(() => annJournal.undo());
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toMatch(/^Ben Ott changed the target of “Revenue” at \d\d:\d\d, after your change\. “Edit KPI “Revenue”” cannot be undone without undoing theirs, so nothing was undone\./);
    expect(snapshot()).toEqual(before);
    expect(annJournal.state()).toMatchObject({ canUndo: true, undoLabel: 'Edit KPI “Revenue”' });

    // Ben undoes his: the row is as Ann left it again, so her undo goes through.
    expect(benJournal.undo()).toBe('Edit KPI “Revenue”');
    expect(kpi()).toMatchObject({ target: 100000 });
    expect(annJournal.undo()).toBe('Edit KPI “Revenue”');
    expect(kpi()).toMatchObject({ target: 90000 });
    expect(annJournal.state()).toMatchObject({ canUndo: false, canRedo: true });
    expect(benJournal.state()).toMatchObject({ canUndo: false, canRedo: true });
  });

  it('undoes and redoes a cascade: the objective, its KPIs, values, notes and links come back exactly', () => {
    const annJournal = pgJournal(engine, ann);
    const before = snapshot();
    write(annJournal, 'DELETE FROM objective WHERE id = 1', [], revision(), 'Delete objective “Grow revenue”');
    expect(count('kpi')).toBe(0);
    expect(count('note')).toBe(0);
    expect(count('cause_link')).toBe(0);
    const deleted = snapshot();
    expect(annJournal.undo()).toBe('Delete objective “Grow revenue”');
    expect(snapshot()).toEqual(before);
    expect(annJournal.redo()).toBe('Delete objective “Grow revenue”');
    expect(snapshot()).toEqual(deleted);
    expect(annJournal.undo()).toBe('Delete objective “Grow revenue”');
    expect(snapshot()).toEqual(before);
    // Undo and redo are steps of their own in the log, attributed to Ann.
    expect(engine.all(q('SELECT kind, state FROM edit_step ORDER BY id'))).toEqual([
      { kind: 'edit', state: 'spent' },
      { kind: 'undo', state: 'spent' },
      { kind: 'redo', state: 'spent' },
      { kind: 'undo', state: 'redoable' },
    ]);
  });

  it('refuses an undo whose cascade would delete what another person added since', () => {
    const annJournal = pgJournal(engine, ann);
    annJournal.record(
      () => engine.insert(q(`INSERT INTO objective (perspective_id, title, position) VALUES (1, 'Enter Spain', 2) RETURNING id`)),
      () => () => 'Add objective “Enter Spain”',
      { baseRevision: revision() },
    );
    write(
      pgJournal(engine, ben),
      `INSERT INTO kpi (objective_id, name, polarity, frequency, aggregation, position) SELECT id, 'Stores', 'increase', 'year', 'last', 0 FROM objective WHERE title = 'Enter Spain'`,
      [],
      revision(),
    );
    const before = snapshot();
    const error = refusal(() => annJournal.undo());
    expect(error.message).toMatch(/^Ben Ott added the KPI “Stores” at .*“Add objective “Enter Spain”” cannot be undone without undoing theirs/);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an undo that would bring back a row under something another person deleted', () => {
    const annJournal = pgJournal(engine, ann);
    write(annJournal, 'DELETE FROM kpi WHERE id = 2', [], revision(), 'Delete KPI “Margin”');
    write(pgJournal(engine, ben), 'DELETE FROM objective WHERE id = 1', [], revision());
    const before = snapshot();
    const error = refusal(() => annJournal.undo());
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toBe('“Delete KPI “Margin”” cannot be undone: the objective it belonged to was deleted since. Nothing was undone.');
    expect(snapshot()).toEqual(before);
  });

  it('keeps each person’s stacks in the database: a restarted server undoes where it left off', () => {
    write(pgJournal(engine, ann), 'UPDATE kpi SET target = 1 WHERE id = 1', [], revision(), 'Edit KPI “Revenue”');
    write(pgJournal(engine, ann), 'UPDATE kpi SET target = 2 WHERE id = 2', [], revision(), 'Edit KPI “Margin”');
    write(pgJournal(engine, ben), 'UPDATE kpi SET name = $1 WHERE id = 2', ['Gross margin'], revision(), 'Edit KPI “Gross margin”');
    const restarted = doc.connect();
    const annAgain = pgJournal(restarted, ann);
    expect(annAgain.state()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Edit KPI “Margin”', redoLabel: null });
    // Ben renamed KPI 2 after Ann's edit of it: the same row, so her undo is refused…
    expect(refusal(() => annAgain.undo()).message).toMatch(/^Ben Ott changed the name of “Gross margin”/);
    expect(pgJournal(restarted, ben).state().undoLabel).toBe('Edit KPI “Gross margin”');
  });

  it('an edit that changes nothing is no step and no revision', () => {
    const rev = revision();
    const annJournal = pgJournal(engine, ann);
    write(annJournal, 'UPDATE kpi SET target = 90000 WHERE id = 1', [], rev);
    annJournal.record(() => engine.all(q('SELECT * FROM kpi')), () => () => 'Read', { baseRevision: rev });
    expect(revision()).toBe(rev);
    expect(annJournal.state().canUndo).toBe(false);
    expect(count('edit_step')).toBe(0);
  });
});
