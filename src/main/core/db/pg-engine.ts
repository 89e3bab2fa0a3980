/**
 * The team server's engine: PostgreSQL through pg-native's synchronous client (libpq), so the core stays synchronous
 * as on the desktop (see engine.ts). Rows read back as SQLite gives them: integers, bigints and numerics as numbers,
 * booleans as 0/1, timestamps as ISO strings. The document keeps its JSON in text columns on both engines; only
 * PostgreSQL's own json/jsonb values (the audit log's row images) arrive parsed.
 *
 * pg-native is an optional dependency (its addon builds against libpq-dev): the desktop never loads it, and a machine
 * without it gets a message that says how to install it.
 */
import { createRequire } from 'node:module';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { Engine, Query } from './engine';
import type { QuadrantSchema } from './schema';

/** One builder for every PostgreSQL engine: it holds no connection, only the dialect. */
const postgresBuilder = new Kysely<QuadrantSchema>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** What this engine uses of pg-native's client and of the libpq connection under it. */
interface NativeClient {
  connectSync(conninfo: string): void;
  querySync(sql: string, params?: unknown[]): Record<string, unknown>[];
  prepareSync(name: string, sql: string, nParams: number): void;
  executeSync(name: string, params: unknown[]): Record<string, unknown>[];
  end(): void;
  pq: {
    cmdTuples(): string;
    transactionStatus(): number;
    resultErrorFields(): { sqlState?: string; messagePrimary?: string; messageDetail?: string } | undefined;
  };
}
type NativeClientClass = new (config: { types: TypeParsers }) => NativeClient;

interface TypeParsers {
  getTypeParser(oid: number, format?: string): (text: string) => unknown;
}

/** A statement PostgreSQL refused, with its SQLSTATE (dispatch.ts turns it into an ApiError). */
export class PgError extends Error {
  constructor(
    message: string,
    /** Five characters, or '' when the connection itself failed (no answer from the server). */
    readonly sqlState: string,
    readonly detail: string | null,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

/** Computed when said: the language is chosen per run. */
export const pgNativeMissing = (): string => t('errors:database.pgNativeMissing');

const require = createRequire(import.meta.url);

const MAX_PREPARED = 2000;

/** Clients just closed, kept from the garbage collector for a moment (see PgEngine.close). */
const closing = new Set<NativeClient>();

function loadPgNative(): { Client: NativeClientClass; types: TypeParsers } {
  try {
    return { Client: require('pg-native') as NativeClientClass, types: require('pg-types') as TypeParsers };
  } catch (err) {
    throw new AppError(ErrorCode.IO, t('errors:database.pgNativeMissingBecause', { message: pgNativeMissing(), detail: (err as Error).message.split('\n')[0] }));
  }
}

/** Whether pg-native can be loaded here (the PostgreSQL tests skip without it). */
export function pgNativeAvailable(): boolean {
  try {
    loadPgNative();
    return true;
  } catch {
    return false;
  }
}

/** "2026-03-01 14:02:03.5+00" (TimeZone UTC, see connect) → "2026-03-01T14:02:03.500Z". */
function isoTimestamp(text: string): string {
  const withOffset = /[+-]\d\d(:\d\d)?$/.test(text) ? text.replace(/([+-]\d\d)$/, '$1:00') : `${text}Z`;
  const at = new Date(withOffset.replace(' ', 'T'));
  return Number.isNaN(at.getTime()) ? text : at.toISOString();
}

const asText = (text: string) => text;
/** PostgreSQL type OIDs whose text form is read differently from pg-types' defaults. */
const PARSERS: Record<number, (text: string) => unknown> = {
  16: (text) => (text === 't' ? 1 : 0), // bool: a comparison in a select list reads 0/1, as in SQLite
  20: Number, // int8: count(*), sum(integer), bigserial
  1700: Number, // numeric: avg(), sum(bigint)
  1082: asText, // date
  1114: isoTimestamp,
  1184: isoTimestamp,
};

/** Parameters as libpq takes them: text or NULL (it would send undefined as the word "undefined"). */
function toParam(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object' && !Buffer.isBuffer(value)) return JSON.stringify(value);
  return value;
}

/** A JS array as PostgreSQL's array text (`= ANY ($1)` in PostgreSQL-only SQL; SQLite binds no arrays). */
function arrayLiteral(values: readonly unknown[]): string {
  const item = (v: unknown) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`);
  return `{${values.map(item).join(',')}}`;
}

export class PgEngine implements Engine {
  readonly dialect = 'postgres' as const;
  readonly qb = postgresBuilder;
  private readonly queries = new Map<string, Query>();
  /** SQL texts worth a server-side prepared statement (see worthPreparing), and their statement names once prepared. */
  private readonly hot = new Set<string>();
  private readonly prepared = new Map<string, string>();
  private readonly seen = new Set<string>();
  private depth = 0;
  private closed = false;

  private constructor(private readonly client: NativeClient) {}

  /** Connects (a libpq conninfo: `postgres://…` or `host=… dbname=…`); `address` names it in messages. */
  static connect(conninfo: string, address = conninfo): PgEngine {
    const { Client, types } = loadPgNative();
    const client = new Client({
      types: { getTypeParser: (oid, format) => PARSERS[oid] ?? types.getTypeParser(oid, format) },
    });
    try {
      client.connectSync(conninfo);
    } catch (err) {
      throw new AppError(ErrorCode.IO, t('errors:database.cannotConnect', { address, detail: firstLine(err) }));
    }
    const engine = new PgEngine(client);
    engine.exec("SET TimeZone = 'UTC'; SET client_min_messages = warning");
    return engine;
  }

  private execute(sql: string, parameters: readonly unknown[]): Record<string, unknown>[] {
    this.checkOpen();
    const params = parameters.map(toParam);
    try {
      if (!this.worthPreparing(sql)) return this.client.querySync(sql, params);
      let name = this.prepared.get(sql);
      if (!name) {
        name = `q${this.prepared.size + 1}`;
        this.client.prepareSync(name, sql, params.length);
        this.prepared.set(sql, name);
      }
      return this.client.executeSync(name, params);
    } catch (err) {
      throw this.failure(err);
    }
  }

  /**
   * A statement is prepared (parsed and planned once for the connection) when it is cached or used a second time;
   * a one-off (an IN list of a given length) is not, and the number prepared stays bounded.
   */
  private worthPreparing(sql: string): boolean {
    if (this.hot.has(sql)) return true;
    if (this.prepared.size >= MAX_PREPARED) return false;
    if (this.seen.has(sql)) {
      this.hot.add(sql);
      return true;
    }
    if (this.seen.size >= MAX_PREPARED) this.seen.clear();
    this.seen.add(sql);
    return false;
  }

  private checkOpen(): void {
    if (this.closed) throw new AppError(ErrorCode.IO, t('errors:database.closed'));
  }

  private failure(err: unknown): Error {
    if (err instanceof AppError) return err;
    const fields = this.closed ? undefined : this.client.pq.resultErrorFields();
    return new PgError(fields?.messagePrimary ?? firstLine(err), fields?.sqlState ?? '', fields?.messageDetail ?? null);
  }

  all<T>(query: Query): T[] {
    return this.execute(query.sql, query.parameters) as T[];
  }

  get<T>(query: Query): T | undefined {
    return this.execute(query.sql, query.parameters)[0] as T | undefined;
  }

  run(query: Query): { changes: number } {
    this.execute(query.sql, query.parameters);
    return { changes: Number.parseInt(this.client.pq.cmdTuples(), 10) || 0 };
  }

  insert(query: Query): number {
    const row = this.execute(query.sql, query.parameters)[0] as { id?: unknown } | undefined;
    if (!row) throw new Error('An INSERT … RETURNING id returned no row.');
    return Number(row.id);
  }

  exec(sql: string): void {
    this.checkOpen();
    try {
      this.client.querySync(sql);
    } catch (err) {
      throw this.failure(err);
    }
  }

  transaction<T>(fn: () => T): T {
    const level = this.depth;
    this.exec(level === 0 ? 'BEGIN' : `SAVEPOINT quadrant_${level}`);
    this.depth++;
    let value: T;
    try {
      value = fn();
    } catch (err) {
      this.depth--;
      this.undoTo(level);
      throw err;
    }
    this.depth--;
    // A COMMIT that fails (a deferred foreign key) has rolled back already; the error goes to the caller.
    this.exec(level === 0 ? 'COMMIT' : `RELEASE SAVEPOINT quadrant_${level}`);
    return value;
  }

  /** Rolls back to where `transaction` began; a lost connection has nothing left to roll back. */
  private undoTo(level: number): void {
    try {
      this.exec(level === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT quadrant_${level}; RELEASE SAVEPOINT quadrant_${level}`);
    } catch {
      // The error that made us roll back is the one worth reporting.
    }
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  deferForeignKeys(): void {
    this.exec('SET CONSTRAINTS ALL DEFERRED');
  }

  cached(key: string, build: () => Query): Query {
    let q = this.queries.get(key);
    if (!q) {
      q = build();
      this.queries.set(key, q);
      this.hot.add(q.sql);
    }
    return q;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.client.end();
    // libpq's addon closes its socket watcher asynchronously (uv_close): were the client collected before the event
    // loop's next turn, libuv would finish closing freed memory and abort the process. Keep it until then.
    closing.add(this.client);
    setTimeout(() => closing.delete(this.client), 100).unref();
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim().split('\n')[0] ?? '';
}
