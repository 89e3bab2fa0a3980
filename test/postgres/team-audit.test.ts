/**
 * The team database's audit log as people read it (audit.list), and the change feed's rows against the desktop's
 * change log for the same writes.
 */
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { installHistory } from '../../src/main/core/history';
import { applyMigrations, MIGRATIONS } from '../../src/main/core/migrations';
import { listAudit } from '../../src/main/team/audit';
import { entriesOf } from '../../src/main/team/change-feed';
import { pgJournal } from '../../src/main/team/journal';
import { describePg } from '../pg';
import { ann, ben, doc, q, revision, useTeamDocument, write, SETUP } from './team-document';

useTeamDocument();

describePg('audit log', () => {
  it('lists a KPI’s row, values and notes, newest first, in the app’s words and formats, page by page', () => {
    const annJournal = pgJournal(doc.engine, ann);
    const benJournal = pgJournal(doc.engine, ben);
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
    const { available, entries } = listAudit(doc.engine, { entityType: 'kpi', id: 1 });
    expect(available).toBe(true);
    // The document's first rows were written outside any step (as a publish writes them): by Quadrant, last.
    expect(entries.slice(4).map((e) => [e.by.name, e.action, e.subject])).toEqual([
      ['Quadrant', 'created', 'A note on “Revenue” for Q1 2026'],
      ['Quadrant', 'created', 'The value of “Revenue” for Q2 2026'],
      ['Quadrant', 'created', 'The value of “Revenue” for Q1 2026'],
      ['Quadrant', 'created', 'The KPI “Revenue”'],
    ]);
    expect(entries.slice(0, 4).map((e) => [e.by.name, e.action, e.subject, e.step])).toEqual([
      ['Anna Berg', 'undone', 'Target of “Revenue”', 'Edit KPI “Revenue”'],
      ['Ben Ott', 'created', 'A note on “Revenue” for Q3 2026', 'Add note'],
      ['Ben Ott', 'created', 'The value of “Revenue” for Q3 2026', 'Enter value for “Revenue”, 2026-Q3'],
      ['Anna Berg', 'changed', 'Target of “Revenue”', 'Edit KPI “Revenue”'],
    ]);
    expect(entries[3]!.fields).toEqual([{ name: 'Target', before: '€90,000', after: '€95,000.5' }]);
    expect(entries[0]!.fields).toEqual([{ name: 'Target', before: '€95,000.5', after: '€90,000' }]);
    expect(entries[2]!.fields).toEqual([{ name: 'Value', before: null, after: '€91,250' }]);
    expect(entries[1]!.fields).toContainEqual({ name: 'Text', before: null, after: 'Big order' });
    expect(entries[0]!.by.accountId).toBe(1);
    expect(Date.parse(entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);

    const page = listAudit(doc.engine, { entityType: 'kpi', id: 1, limit: 2 });
    expect(page.entries.map((e) => e.seq)).toEqual(entries.slice(0, 2).map((e) => e.seq));
    const next = listAudit(doc.engine, { entityType: 'kpi', id: 1, limit: 2, before: page.entries[1]!.seq });
    expect(next.entries.map((e) => e.seq)).toEqual(entries.slice(2, 4).map((e) => e.seq));
    // Another KPI's log holds none of it: only its own creation.
    const margin = listAudit(doc.engine, { entityType: 'kpi', id: 2 }).entries;
    expect(margin.map((e) => e.subject)).toEqual(['The KPI “Margin”']);
    expect(margin[0]!.fields).toContainEqual({ name: 'Polarity', before: null, after: 'Higher is better' });
    expect(margin[0]!.fields).toContainEqual({ name: 'Aggregation', before: null, after: 'Latest value' });
  });

  it('lists an objective’s row, its KPIs’ rows and its links, deleted ones included', () => {
    const benJournal = pgJournal(doc.engine, ben);
    write(benJournal, `UPDATE objective SET title = 'Grow sales', weight = 2 WHERE id = 1`, [], revision(), 'Edit objective “Grow sales”');
    write(benJournal, 'DELETE FROM kpi WHERE id = 2', [], revision(), 'Delete KPI “Margin”');
    write(benJournal, 'DELETE FROM cause_link WHERE id = 1', [], revision(), 'Delete link');
    write(benJournal, `UPDATE measurement SET actual = 1 WHERE kpi_id = 1`, [], revision(), 'Paste 2 values');
    const { entries } = listAudit(doc.engine, { entityType: 'objective', id: 1, limit: 3 });
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
    write(pgJournal(doc.engine, ann), sql, [], revision());
    const rows = doc.engine.all<Parameters<typeof entriesOf>[0][number]>(
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
