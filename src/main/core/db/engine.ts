/**
 * One synchronous data-access interface for both engines: better-sqlite3 on the desktop (a `.scorecard` file) and
 * PostgreSQL through pg-native's synchronous client in team mode (`quadrant serve`). The core stays synchronous on
 * purpose (dispatch.ts: an edit is one transaction that nothing can interleave), so both engines answer in the same
 * call stack.
 *
 * SQL is built with Kysely as a query builder only (`engine.qb`, a Kysely with no driver: `.compile()` gives the SQL
 * of the engine's dialect and its parameters) and executed here. Repositories build; engines execute. Hot queries
 * are compiled once and kept (`engine.cached`), as prepared statements were before, so the desktop pays nothing
 * per call for the query builder.
 */
import type { Kysely } from 'kysely';
import type { QuadrantSchema } from './schema';

export type Dialect = 'sqlite' | 'postgres';

/** A compiled query: what Kysely's `.compile()` returns, or plain SQL with positional parameters. */
export interface Query {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export type Row = Record<string, unknown>;

export interface Engine {
  readonly dialect: Dialect;
  /** Builds queries for this engine's dialect; never executes anything itself. */
  readonly qb: Kysely<QuadrantSchema>;
  /** Every row of a query. Integers come back as numbers on both engines (PostgreSQL's int8/numeric included). */
  all<T = Row>(query: Query): T[];
  /** The first row, or undefined. */
  get<T = Row>(query: Query): T | undefined;
  /** A write; how many rows it changed. */
  run(query: Query): { changes: number };
  /** An INSERT … RETURNING id: the new row's id. */
  insert(query: Query): number;
  /** Statements with no parameters and no result (DDL, several separated by `;`). */
  exec(sql: string): void;
  /**
   * Runs fn in a transaction (a savepoint when one is open): committed when fn returns, rolled back when it throws.
   * fn must be synchronous.
   */
  transaction<T>(fn: () => T): T;
  readonly inTransaction: boolean;
  /** Foreign keys checked at commit rather than per statement, for the rest of this transaction (imports). */
  deferForeignKeys(): void;
  /** The query built by `build` on first use and kept under `key` for the engine's lifetime. */
  cached(key: string, build: () => Query): Query;
}
