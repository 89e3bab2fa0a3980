/**
 * Team mode on a real PostgreSQL: two people edit one document through their own journals on the server's one
 * connection. Conflicts are refused with words and the current row, undo is per person and never undoes another's
 * later edit (cascades included), the stacks survive a restart.
 */
import Database from 'better-sqlite3';
import { beforeEach, expect, it } from 'vitest';
import { installHistory } from '../../src/main/core/history';
import { applyMigrations, MIGRATIONS } from '../../src/main/core/migrations';
import { entriesOf } from '../../src/main/team/change-feed';
import type { Engine, Query } from '../../src/main/core/db/engine';
import type { Actor, EditJournal } from '../../src/main/core/db/open-store';
import { AppError, ErrorCode, type ApiError } from '../../src/shared/errors';
import { pgJournal } from '../../src/main/team/journal';
import { listAudit } from '../../src/main/team/audit';
import { AUDITED_TABLES } from '../../src/main/team/audit-schema';
import { describePg, freshSchema, pgStore } from '../pg';

const ann: Actor = { accountId: 1, name: 'Anna Berg', role: 'editor' };
const ben: Actor = { accountId: 2, name: 'Ben Ott', role: 'editor' };
const q = (sql: string, parameters: unknown[] = []): Query => ({ sql, parameters });

/** A scorecard with two objectives, two KPIs with values, notes, a link and an action: valid SQL on both engines. */
const SETUP = `
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
  `;

let schema: string;
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

beforeEach(() => {
  schema = freshSchema();
  engine = pgStore(schema).engine;
  engine.exec(SETUP);
});

describePg('the audit triggers', () => {
  it('log every table of the document but its settings, so a table added later cannot be forgotten', () => {
    const audited = engine.all<{ tbl: string }>(
      q(`SELECT c.relname AS tbl FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE t.tgname = 'quadrant_audit' AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`),
    );
    // The document's tables are those of a .scorecard file (the team server's accounts are not the document).
    const file = new Database(':memory:');
    applyMigrations(file, 0, MIGRATIONS.length);
    const tables = file
      .prepare(`SELECT name AS tbl FROM sqlite_master WHERE type = 'table' AND name NOT IN ('setting') AND name NOT LIKE 'sqlite_%' ORDER BY 1`)
      .all() as { tbl: string }[];
    file.close();
    expect(audited.map((r) => r.tbl)).toEqual(tables.map((r) => r.tbl));
    expect(audited.map((r) => r.tbl).sort()).toEqual(AUDITED_TABLES.map((t) => t.name).sort());
  });

  it('keep a setting out of the log, and a write outside any step in it without a step', () => {
    const rev = revision();
    engine.exec(`INSERT INTO setting (key, value) VALUES ('report', '{}')`);
    expect(revision()).toBe(rev);
    engine.exec(`UPDATE kpi SET target = 1 WHERE id = 1`);
    expect(engine.get(q('SELECT step_id, account_id, op FROM audit_log WHERE seq = $1', [revision()]))).toEqual({ step_id: null, account_id: null, op: 'u' });
  });
});

describePg('conflicts', () => {
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

describePg('undo per person', () => {
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
    // Ben's redo would bring back his 120,000 over the value Ann's undo restored: refused, in words.
    expect(refusal(() => benJournal.redo()).message).toMatch(
      /^Anna Berg undid “Edit KPI “Revenue”” at \d\d:\d\d, after your change\. “Edit KPI “Revenue”” cannot be redone without undoing theirs, so nothing was redone\.$/,
    );
    expect(kpi()).toMatchObject({ target: 90000 });
    expect(annJournal.redo()).toBe('Edit KPI “Revenue”');
    expect(kpi()).toMatchObject({ target: 100000 });
    expect(benJournal.redo()).toBe('Edit KPI “Revenue”');
    expect(kpi()).toMatchObject({ target: 120000 });
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
    const restarted = pgStore(schema).engine;
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

describePg('audit log', () => {
  it('lists a KPI’s row, values and notes, newest first, in the app’s words and formats, page by page', () => {
    const annJournal = pgJournal(engine, ann);
    const benJournal = pgJournal(engine, ben);
    write(annJournal, 'UPDATE kpi SET target = 95000.5 WHERE id = 1', [], revision(), 'Edit KPI “Revenue”');
    write(benJournal, `INSERT INTO measurement (kpi_id, period, actual) VALUES (1, '2026-Q3', 91250)`, [], revision(), 'Enter value for “Revenue”, 2026-Q3');
    write(
      benJournal,
      `INSERT INTO note (entity_type, entity_id, period, author, body, created_at, updated_at) VALUES ('kpi', 1, '2026-Q3', 'Ben', 'Big order', 'x', 'x')`,
      [],
      revision(),
      'Add note',
    );
    annJournal.undo();
    const { available, entries } = listAudit(engine, { entityType: 'kpi', id: 1 });
    expect(available).toBe(true);
    // The document's first rows were written outside any step (as a publish writes them): by Quadrant, last.
    expect(entries.slice(4).map((e) => [e.by.name, e.action, e.subject])).toEqual([
      ['Quadrant', 'created', 'A note on “Revenue” for 2026-Q1'],
      ['Quadrant', 'created', 'The value of “Revenue” for 2026-Q2'],
      ['Quadrant', 'created', 'The value of “Revenue” for 2026-Q1'],
      ['Quadrant', 'created', 'The KPI “Revenue”'],
    ]);
    expect(entries.slice(0, 4).map((e) => [e.by.name, e.action, e.subject, e.step])).toEqual([
      ['Anna Berg', 'undone', 'Target of “Revenue”', 'Edit KPI “Revenue”'],
      ['Ben Ott', 'created', 'A note on “Revenue” for 2026-Q3', 'Add note'],
      ['Ben Ott', 'created', 'The value of “Revenue” for 2026-Q3', 'Enter value for “Revenue”, 2026-Q3'],
      ['Anna Berg', 'changed', 'Target of “Revenue”', 'Edit KPI “Revenue”'],
    ]);
    expect(entries[3]!.fields).toEqual([{ name: 'Target', before: '€90,000', after: '€95,000.5' }]);
    expect(entries[0]!.fields).toEqual([{ name: 'Target', before: '€95,000.5', after: '€90,000' }]);
    expect(entries[2]!.fields).toEqual([{ name: 'Value', before: null, after: '€91,250' }]);
    expect(entries[1]!.fields).toContainEqual({ name: 'Text', before: null, after: 'Big order' });
    expect(entries[0]!.by.accountId).toBe(1);
    expect(Date.parse(entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);

    const page = listAudit(engine, { entityType: 'kpi', id: 1, limit: 2 });
    expect(page.entries.map((e) => e.seq)).toEqual(entries.slice(0, 2).map((e) => e.seq));
    const next = listAudit(engine, { entityType: 'kpi', id: 1, limit: 2, before: page.entries[1]!.seq });
    expect(next.entries.map((e) => e.seq)).toEqual(entries.slice(2, 4).map((e) => e.seq));
    // Another KPI's log holds none of it: only its own creation.
    const margin = listAudit(engine, { entityType: 'kpi', id: 2 }).entries;
    expect(margin.map((e) => e.subject)).toEqual(['The KPI “Margin”']);
    expect(margin[0]!.fields).toContainEqual({ name: 'Polarity', before: null, after: 'Higher is better' });
    expect(margin[0]!.fields).toContainEqual({ name: 'Aggregation', before: null, after: 'Latest value' });
  });

  it('lists an objective’s row, its KPIs’ rows and its links, deleted ones included', () => {
    const benJournal = pgJournal(engine, ben);
    write(benJournal, `UPDATE objective SET title = 'Grow sales', weight = 2 WHERE id = 1`, [], revision(), 'Edit objective “Grow sales”');
    write(benJournal, 'DELETE FROM kpi WHERE id = 2', [], revision(), 'Delete KPI “Margin”');
    write(benJournal, 'DELETE FROM cause_link WHERE id = 1', [], revision(), 'Delete link');
    write(benJournal, `UPDATE measurement SET actual = 1 WHERE kpi_id = 1`, [], revision(), 'Paste 2 values');
    const { entries } = listAudit(engine, { entityType: 'objective', id: 1, limit: 3 });
    expect(entries.map((e) => [e.action, e.subject])).toEqual([
      ['deleted', 'The cause-and-effect link “Keep customers” → “Grow sales”'],
      ['deleted', 'The KPI “Margin”'],
      ['changed', 'The objective “Grow sales”'],
    ]);
    expect(entries[2]!.fields).toEqual([
      { name: 'Title', before: 'Grow revenue', after: 'Grow sales' },
      { name: 'Weight', before: '1', after: '2' },
    ]);
    expect(entries[1]!.fields).toContainEqual({ name: 'Target', before: '30 %', after: null });
  });
});

describePg('changes', () => {
  /** What the desktop's change log notes for the same SQL on a document file's tables, as the shared code reads it. */
  function desktopEntries(sql: string): string[] {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    applyMigrations(db, 0, MIGRATIONS.length);
    db.exec(SETUP);
    installHistory(db);
    db.exec(sql);
    const rows = db.prepare('SELECT tbl, op, k FROM temp.quadrant_change_log ORDER BY seq').all() as { tbl: string; op: string; k: string }[];
    db.close();
    return rows.map((r) => JSON.stringify([r.tbl, r.op, JSON.parse(r.k)])).sort();
  }

  function teamEntries(sql: string): string[] {
    write(pgJournal(engine, ann), sql, [], revision());
    const rows = engine.all<Parameters<typeof entriesOf>[0][number]>(
      q('SELECT seq, tbl, op, key, before, after FROM audit_log WHERE step_id = (SELECT max(id) FROM edit_step) ORDER BY seq'),
    );
    return entriesOf(rows).map((e) => JSON.stringify([e.tbl, e.op, e.k])).sort();
  }

  it.each([
    ['a value entered', `INSERT INTO measurement (kpi_id, period, actual) VALUES (1, '2026-Q3', 5)`],
    ['a KPI edited', `UPDATE kpi SET target = 1, name = 'Sales' WHERE id = 1`],
    ['a note moved to another period', `UPDATE note SET period = '2026-Q2' WHERE id = 1`],
    ['an objective deleted with its KPIs, values, notes and links', 'DELETE FROM objective WHERE id = 1'],
  ])('notes the same rows as the desktop for %s', (_, sql) => {
    expect(teamEntries(sql)).toEqual(desktopEntries(sql));
  });
});
