/**
 * A team database holds the same document as a `.scorecard` file: every table and column of a fresh file exists on
 * PostgreSQL with the same type family, nullability, primary key and foreign keys (with their ON DELETE action),
 * and the same indexes and clean-up triggers. A database of a newer Quadrant, or a schema of another application,
 * is refused and left as it was.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ErrorCode } from '../../src/shared/errors';
import { AppError } from '../../src/shared/errors';
import { PgStore } from '../../src/main/core/db/pg-store';
import { PG_SCHEMA_VERSION } from '../../src/main/core/db/pg-migrations';
import { DocumentStore } from '../../src/main/core/store';
import { tempDir } from '../helpers';
import { describePg, freshSchema, pgDatabase, pgEngine, pgStore } from '../pg';

interface Column {
  type: 'integer' | 'real' | 'text';
  notNull: boolean;
}
interface Shape {
  columns: Record<string, Record<string, Column>>;
  primaryKeys: Record<string, string[]>;
  foreignKeys: string[];
  indexes: string[];
  triggers: string[];
}

const q = (sql: string, ...parameters: unknown[]) => ({ sql, parameters });

function sqliteShape(): Shape {
  const store = DocumentStore.create(join(tempDir(), 'fresh.scorecard'), () => undefined);
  try {
    const db = store.db;
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((t) => t.name);
    const shape: Shape = { columns: {}, primaryKeys: {}, foreignKeys: [], indexes: [], triggers: [] };
    for (const table of tables) {
      const info = db.prepare(`SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(table) as { name: string; type: string; nn: number; pk: number }[];
      shape.columns[table] = Object.fromEntries(
        info.map((c) => [c.name, { type: c.type.toLowerCase() as Column['type'], notNull: c.nn === 1 || c.pk > 0 }]),
      );
      shape.primaryKeys[table] = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const fks = db.prepare(`SELECT "table" AS target, "from" AS col, "to" AS ref, on_delete FROM pragma_foreign_key_list(?)`).all(table) as { target: string; col: string; ref: string; on_delete: string }[];
      shape.foreignKeys.push(...fks.map((f) => `${table}.${f.col} → ${f.target}.${f.ref} ON DELETE ${f.on_delete}`));
    }
    const names = (type: string) =>
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).all(type) as { name: string }[]).map((r) => r.name);
    shape.indexes = names('index');
    shape.triggers = names('trigger');
    shape.foreignKeys.sort();
    return shape;
  } finally {
    store.close();
  }
}

const FAMILY: Record<string, Column['type']> = { integer: 'integer', bigint: 'integer', 'double precision': 'real', text: 'text' };

/** The shape of the document's tables (`tables`: those of the file); the team's own tables are left out. */
function postgresShape(store: PgStore, tables: string[]): Shape {
  const { engine, schema } = store;
  const ours = (table: string) => tables.includes(table);
  const shape: Shape = { columns: {}, primaryKeys: {}, foreignKeys: [], indexes: [], triggers: [] };
  const columns = engine.all<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>(
    q(`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = $1 AND table_name <> 'quadrant_meta' ORDER BY table_name, ordinal_position`, schema),
  );
  for (const c of columns.filter((c) => ours(c.table_name))) {
    (shape.columns[c.table_name] ??= {})[c.column_name] = { type: FAMILY[c.data_type] ?? (c.data_type as Column['type']), notNull: c.is_nullable === 'NO' };
  }
  const keys = engine.all<{ table_name: string; cols: string }>(
    q(`SELECT c.conrelid::regclass::text AS table_name, string_agg(a.attname, ',' ORDER BY k.ord) AS cols
       FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       WHERE c.contype = 'p' AND c.connamespace = $1::regnamespace GROUP BY c.conrelid`, schema),
  );
  for (const k of keys) if (ours(k.table_name)) shape.primaryKeys[k.table_name] = k.cols.split(',');
  for (const table of Object.keys(shape.columns)) shape.primaryKeys[table] ??= [];
  const actions: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
  const fks = engine.all<{ source: string; col: string; target: string; ref: string; action: string; deferrable: number }>(
    q(`SELECT c.conrelid::regclass::text AS source, a.attname AS col, c.confrelid::regclass::text AS target, r.attname AS ref,
         c.confdeltype AS action, c.condeferrable AS deferrable
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.connamespace = $1::regnamespace`, schema),
  );
  for (const f of fks.filter((f) => ours(f.source))) {
    expect(f.deferrable, `${f.source}.${f.col} can be deferred`).toBe(1);
    shape.foreignKeys.push(`${f.source}.${f.col} → ${f.target}.${f.ref} ON DELETE ${actions[f.action]}`);
  }
  shape.foreignKeys.sort();
  shape.indexes = engine
    .all<{ indexname: string }>(q(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND tablename = ANY ($2) AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key' ORDER BY indexname`, schema, tables))
    .map((r) => r.indexname);
  shape.triggers = engine
    .all<{ name: string }>(q(`SELECT DISTINCT trigger_name AS name FROM information_schema.triggers WHERE trigger_schema = $1 AND trigger_name LIKE '%\\_cleanup' ORDER BY 1`, schema))
    .map((r) => r.name);
  return shape;
}

describePg('the team database schema', () => {
  it('holds every table, column, key, index and clean-up trigger of a .scorecard file', () => {
    const file = sqliteShape();
    const team = postgresShape(pgStore(), Object.keys(file.columns));
    expect(Object.keys(team.columns).sort()).toEqual(Object.keys(file.columns).sort());
    for (const table of Object.keys(file.columns)) expect(team.columns[table], table).toEqual(file.columns[table]);
    expect(team.primaryKeys).toEqual(file.primaryKeys);
    expect(team.foreignKeys).toEqual(file.foreignKeys);
    expect(team.indexes).toEqual(file.indexes);
    expect(team.triggers).toEqual(file.triggers);
    expect(file.triggers.length).toBeGreaterThan(10);
  });

  it('numbers new rows past a row inserted with its id (an import, an undone delete), in every numbered table', () => {
    // The audit log's and the people's tables are never written with ids of their own.
    const NOT_DOCUMENT = ['audit_log', 'edit_step', 'account', 'invite', 'sign_in_session', 'sign_in_failure'].map((t) => `'${t}'`).join(', ');
    const { engine, schema } = pgStore();
    engine.exec(`INSERT INTO scorecard (id, name) VALUES (50, 'Imported'); INSERT INTO theme (scorecard_id, name, colour) VALUES (50, 'A', '#000')`);
    expect(engine.insert(q(`INSERT INTO scorecard (name) VALUES ('Next') RETURNING id`))).toBe(51);
    expect(engine.insert(q(`INSERT INTO theme (id, scorecard_id, name, colour) VALUES (7, 50, 'B', '#000') RETURNING id`))).toBe(7);
    expect(engine.insert(q(`INSERT INTO theme (scorecard_id, name, colour) VALUES (50, 'C', '#000') RETURNING id`))).toBe(8);
    const numbered = engine.all<{ table_name: string }>(
      q(`SELECT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'id' AND is_identity = 'YES' AND table_name NOT IN (${NOT_DOCUMENT}) ORDER BY 1`, schema),
    );
    const following = engine.all<{ table_name: string }>(
      q(`SELECT DISTINCT event_object_table AS table_name FROM information_schema.triggers WHERE trigger_schema = $1 AND trigger_name LIKE '%\\_identity_follows' ORDER BY 1`, schema),
    );
    expect(following).toEqual(numbered);
    expect(numbered.length).toBe(20);
  });

  it('refuses a database of a newer Quadrant and leaves it untouched', () => {
    const schema = freshSchema();
    pgStore(schema).close();
    const engine = pgEngine();
    engine.exec(`UPDATE ${schema}.quadrant_meta SET schema_version = ${PG_SCHEMA_VERSION + 1}`);
    const before = snapshot(engine, schema);
    let error: unknown;
    try {
      PgStore.open(pgDatabase(), { schema });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.NEWER_VERSION);
    expect((error as AppError).message).toMatch(/newer version of Quadrant.*nothing was changed/);
    expect((error as AppError).message).not.toMatch(/password/);
    expect(snapshot(engine, schema)).toEqual(before);
  });

  it("refuses a schema that holds another application's tables", () => {
    const schema = freshSchema('theirs');
    const engine = pgEngine();
    engine.exec(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.invoice (id integer PRIMARY KEY)`);
    const before = snapshot(engine, schema);
    expect(() => PgStore.open(pgDatabase(), { schema })).toThrow(/holds tables that are not Quadrant's/);
    expect(snapshot(engine, schema)).toEqual(before);
  });

  it('migrates a new schema once: opening it again changes nothing', () => {
    const schema = freshSchema();
    pgStore(schema).close();
    const engine = pgEngine();
    const before = snapshot(engine, schema);
    pgStore(schema).close();
    expect(snapshot(engine, schema)).toEqual(before);
    expect(before.version).toBe(PG_SCHEMA_VERSION);
  });
});

/** The schema's objects and its version: what a refused open must leave as it found. */
function snapshot(engine: ReturnType<typeof pgEngine>, schema: string) {
  const objects = engine.all(q(`SELECT c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = $1::regnamespace ORDER BY 1`, schema));
  const meta = engine.get<{ found: number }>(q(`SELECT count(*) AS found FROM pg_class WHERE relnamespace = $1::regnamespace AND relname = 'quadrant_meta'`, schema));
  const version = meta?.found ? engine.get<{ v: number }>(q(`SELECT schema_version AS v FROM ${schema}.quadrant_meta`))?.v : null;
  return { objects, version };
}
