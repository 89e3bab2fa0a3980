/** The desktop's engine: a `.scorecard` file through better-sqlite3 (see engine.ts). */
import type { Database, Statement } from 'better-sqlite3';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Engine, Query } from './engine';
import type { QuadrantSchema } from './schema';

/** One builder for every SQLite engine: it holds no connection, only the dialect. */
const sqliteBuilder = new Kysely<QuadrantSchema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/**
 * Compiled queries, shared by every SQLite engine as the builder is: their SQL depends on the dialect only, so a
 * document opened again (every open, in the CLI and the benchmarks) does not build and compile them again.
 */
const compiled = new Map<string, Query>();

export class SqliteEngine implements Engine {
  readonly dialect = 'sqlite' as const;
  readonly qb = sqliteBuilder;
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Database) {}

  /** Prepared once per SQL text: preparing matters when a paste writes hundreds of cells. */
  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  all<T>(query: Query): T[] {
    return this.stmt(query.sql).all(...query.parameters) as T[];
  }

  get<T>(query: Query): T | undefined {
    return this.stmt(query.sql).get(...query.parameters) as T | undefined;
  }

  run(query: Query): { changes: number } {
    return { changes: this.stmt(query.sql).run(...query.parameters).changes };
  }

  insert(query: Query): number {
    const row = this.stmt(query.sql).get(...query.parameters) as { id: number } | undefined;
    if (!row) throw new Error('An INSERT … RETURNING id returned no row.');
    return Number(row.id);
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  deferForeignKeys(): void {
    this.db.pragma('defer_foreign_keys = ON');
  }

  cached(key: string, build: () => Query): Query {
    let q = compiled.get(key);
    if (!q) {
      q = build();
      compiled.set(key, q);
    }
    return q;
  }
}
