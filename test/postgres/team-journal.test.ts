/**
 * Team mode on a real PostgreSQL: two people edit one document through their own journals on the server's one
 * connection. Conflicts are refused with words and the current row, undo is per person and never undoes another's
 * later edit (cascades included), the stacks survive a restart.
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '../../src/main/core/migrations';
import { ErrorCode } from '../../src/shared/errors';
import { AUDITED_TABLES } from '../../src/main/team/audit-schema';
import { pgJournal } from '../../src/main/team/journal';
import { describePg, pgStore } from '../pg';
import { ann, ben, count, doc, kpi, lastSeq, q, refusal, revision, snapshot, update, useTeamDocument, write } from './team-document';

useTeamDocument();

describePg('the audit triggers', () => {
  it('log every table of the document but its settings, so a table added later cannot be forgotten', () => {
    const audited = doc.engine.all<{ tbl: string }>(
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
    const seq = lastSeq();
    const rev = revision();
    doc.engine.exec(`INSERT INTO setting (key, value) VALUES ('report', '{}')`);
    expect(lastSeq()).toBe(seq);
    doc.engine.exec(`UPDATE kpi SET target = 1 WHERE id = 1`);
    expect(doc.engine.get(q('SELECT step_id, account_id, op FROM audit_log WHERE seq = $1', [lastSeq()]))).toEqual({ step_id: null, account_id: null, op: 'u' });
    // A write outside any step is no one's edit: it makes no revision (and conflicts with nothing).
    expect(revision()).toBe(rev);
  });
});

describePg('conflicts', () => {
  it('refuses a value another person changed after the page read it, with who, when and the current value', () => {
    const base = revision();
    write(pgJournal(doc.engine, ben), `UPDATE measurement SET actual = 95000 WHERE kpi_id = 1 AND period = '2026-Q2'`, [], base);
    const annJournal = pgJournal(doc.engine, ann);
    const error = refusal(() => write(annJournal, `UPDATE measurement SET actual = 91000 WHERE kpi_id = 1 AND period = '2026-Q2'`, [], base));
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toMatch(/^Ben Ott changed the value of “Revenue” for Q2 2026 at \d\d:\d\d, after your page read it\. Your change was not saved/);
    expect(error.conflict).toMatchObject({ by: 'Ben Ott', subject: 'Value of “Revenue” for Q2 2026', current: { kpiId: 1, period: '2026-Q2', actual: 95000 } });
    expect(new Date(error.conflict!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(doc.engine.get(q(`SELECT actual FROM measurement WHERE kpi_id = 1 AND period = '2026-Q2'`))).toEqual({ actual: 95000 });
    // Nothing of Ann's call was kept: no step, no audit row.
    expect(annJournal.state().canUndo).toBe(false);
    expect(doc.engine.get(q('SELECT count(*)::int AS n FROM audit_log WHERE account_id = 1'))).toEqual({ n: 0 });
  });

  it('refuses another KPI field of the same row, and names the field', () => {
    const base = revision();
    write(pgJournal(doc.engine, ben), 'UPDATE kpi SET target = 120000 WHERE id = 1', [], base);
    const error = refusal(() => write(pgJournal(doc.engine, ann), `UPDATE kpi SET name = 'Sales' WHERE id = 1`, [], base));
    expect(error.message).toMatch(/^Ben Ott changed the target of “Revenue” at/);
    expect(error.conflict).toMatchObject({ subject: 'Target of “Revenue”', current: { id: 1, name: 'Revenue', target: 120000, isKey: false } });
    expect(kpi()).toMatchObject({ name: 'Revenue', target: 120000 });
  });

  it('refuses an edit of a row the other person deleted, and a delete of a row they changed', () => {
    const base = revision();
    write(pgJournal(doc.engine, ben), 'DELETE FROM kpi WHERE id = 2', [], base);
    const gone = refusal(() => update(pgJournal(doc.engine, ann), 2, 40, base));
    expect(gone.code).toBe(ErrorCode.CONFLICT);
    expect(gone.message).toMatch(/^Ben Ott deleted the KPI “Margin” at .*Your change was not saved/);
    expect(gone.conflict).toMatchObject({ by: 'Ben Ott', current: null });

    write(pgJournal(doc.engine, ben), 'UPDATE kpi SET target = 100000 WHERE id = 1', [], base);
    // Deleting the objective cascades to the KPI Ben changed: that is a conflict too.
    const cascade = refusal(() => write(pgJournal(doc.engine, ann), 'DELETE FROM objective WHERE id = 1', [], base));
    expect(cascade.message).toMatch(/^Ben Ott changed the target of “Revenue”/);
    expect(count('objective')).toBe(2);
  });

  it('lets a person build on their own edits, and anyone whose page has seen the other edit', () => {
    const base = revision();
    const annJournal = pgJournal(doc.engine, ann);
    write(annJournal, 'UPDATE kpi SET target = 100000 WHERE id = 1', [], base);
    write(annJournal, 'UPDATE kpi SET target = 110000 WHERE id = 1', [], base);
    write(pgJournal(doc.engine, ben), 'UPDATE kpi SET target = 120000 WHERE id = 1', [], revision());
    // No base (the CLI, a publish): no check.
    write(annJournal, 'UPDATE kpi SET unit = $1 WHERE id = 1', ['$'], null);
    expect(kpi()).toMatchObject({ target: 120000, unit: '$' });
  });
});

describePg('undo per person', () => {
  it('undoes my step, never the other person’s later edit of the same row', () => {
    const annJournal = pgJournal(doc.engine, ann);
    const benJournal = pgJournal(doc.engine, ben);
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
    const annJournal = pgJournal(doc.engine, ann);
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
    expect(doc.engine.all(q('SELECT kind, state FROM edit_step ORDER BY id'))).toEqual([
      { kind: 'edit', state: 'spent' },
      { kind: 'undo', state: 'spent' },
      { kind: 'redo', state: 'spent' },
      { kind: 'undo', state: 'redoable' },
    ]);
  });

  it('refuses an undo whose cascade would delete what another person added since', () => {
    const annJournal = pgJournal(doc.engine, ann);
    annJournal.record(
      () => doc.engine.insert(q(`INSERT INTO objective (perspective_id, title, position) VALUES (1, 'Enter Spain', 2) RETURNING id`)),
      () => () => 'Add objective “Enter Spain”',
      { baseRevision: revision() },
    );
    write(
      pgJournal(doc.engine, ben),
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
    const annJournal = pgJournal(doc.engine, ann);
    write(annJournal, 'DELETE FROM kpi WHERE id = 2', [], revision(), 'Delete KPI “Margin”');
    write(pgJournal(doc.engine, ben), 'DELETE FROM objective WHERE id = 1', [], revision());
    const before = snapshot();
    const error = refusal(() => annJournal.undo());
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(error.message).toBe('“Delete KPI “Margin”” cannot be undone: the objective it belonged to was deleted since. Nothing was undone.');
    expect(snapshot()).toEqual(before);
  });

  it('keeps each person’s stacks in the database: a restarted server undoes where it left off', () => {
    write(pgJournal(doc.engine, ann), 'UPDATE kpi SET target = 1 WHERE id = 1', [], revision(), 'Edit KPI “Revenue”');
    write(pgJournal(doc.engine, ann), 'UPDATE kpi SET target = 2 WHERE id = 2', [], revision(), 'Edit KPI “Margin”');
    write(pgJournal(doc.engine, ben), 'UPDATE kpi SET name = $1 WHERE id = 2', ['Gross margin'], revision(), 'Edit KPI “Gross margin”');
    const restarted = pgStore(doc.schema).engine;
    const annAgain = pgJournal(restarted, ann);
    expect(annAgain.state()).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Edit KPI “Margin”', redoLabel: null });
    // Ben renamed KPI 2 after Ann's edit of it: the same row, so her undo is refused…
    expect(refusal(() => annAgain.undo()).message).toMatch(/^Ben Ott changed the name of “Gross margin”/);
    expect(pgJournal(restarted, ben).state().undoLabel).toBe('Edit KPI “Gross margin”');
  });

  it('an edit that changes nothing is no step and no revision', () => {
    const rev = revision();
    const annJournal = pgJournal(doc.engine, ann);
    write(annJournal, 'UPDATE kpi SET target = 90000 WHERE id = 1', [], rev);
    annJournal.record(() => doc.engine.all(q('SELECT * FROM kpi')), () => () => 'Read', { baseRevision: rev });
    expect(revision()).toBe(rev);
    expect(annJournal.state().canUndo).toBe(false);
    expect(count('edit_step')).toBe(0);
  });
});
