/**
 * The shape of a document's schema (tables and their columns, indexes, triggers), compared with what this
 * version's migrations build. integrity_check proves a file is a sound SQLite database; it cannot tell that a
 * flipped byte renamed a column in the stored CREATE TABLE text (the damaged-file fuzz test found one), after which
 * every query of that table fails. Compared by structure, not SQL text, so whitespace never matters.
 */
import type Database from 'better-sqlite3';
import { applyMigrations } from './migrations';

type Row = Record<string, unknown>;

export function schemaShape(db: Database.Database): string {
  const objects = db
    .prepare(
      "SELECT type, name, tbl_name AS tbl FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; tbl: string }[];
  const lines = objects.map((o) => {
    if (o.type === 'table') {
      const columns = db
        .prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)')
        .all(o.name) as Row[];
      return `table ${o.name}(${columns.map((c) => Object.values(c).join(' ')).join(', ')})`;
    }
    if (o.type === 'index') {
      const columns = db.prepare('SELECT name FROM pragma_index_info(?)').pluck().all(o.name) as string[];
      return `index ${o.name} on ${o.tbl}(${columns.join(', ')})`;
    }
    return `${o.type} ${o.name} on ${o.tbl}`;
  });
  return lines.join('\n');
}

const expected = new Map<number, string>();

/** What the first `version` migrations build, worked out once per version in a database in memory. */
export function expectedShape(version: number, openMemory: () => Database.Database): string {
  let shape = expected.get(version);
  if (shape === undefined) {
    const db = openMemory();
    try {
      applyMigrations(db, 0, version);
      shape = schemaShape(db);
    } finally {
      db.close();
    }
    expected.set(version, shape);
  }
  return shape;
}
