/**
 * PostgreSQL for tests (the cluster of test/setup/postgres.ts): a fresh database per test file, dropped when the
 * file finishes, and a document provider that keeps each document a test names by path in a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { afterAll, describe, inject } from 'vitest';
import { AppError, ErrorCode } from '../src/shared/errors';
import { PgEngine } from '../src/main/core/db/pg-engine';
import { PgStore } from '../src/main/core/db/pg-store';
import type { OpenStore } from '../src/main/core/db/open-store';
import type { DocumentProvider } from '../src/main/core/session';
import { DocumentStore } from '../src/main/core/store';
import { exportDocument, importInto } from '../src/main/core/interchange-io';
import { Repositories } from '../src/main/core/repositories';
import type { InterchangeDocument } from '../src/shared/interchange';

const context = (() => {
  try {
    return inject('postgres');
  } catch {
    return undefined;
  }
})();

/** Why the PostgreSQL tests of this run skip, or null when a cluster is running. */
export const pgSkip: string | null = context ? context.skip : 'PostgreSQL tests run in the "integration postgres" project only';

/** `describe`, or `describe.skip` with the reason printed when there is no PostgreSQL. */
export function describePg(name: string, fn: () => void): void {
  if (pgSkip) console.warn(pgSkip);
  describe.skipIf(pgSkip !== null)(pgSkip ? `${name} (${pgSkip})` : name, fn);
}

const cluster = () => {
  if (!context?.conninfo) throw new Error(pgSkip ?? 'no PostgreSQL');
  return context.conninfo;
};

let database: string | null = null;
const opened: { close(): void }[] = [];

/** A connection to the cluster's maintenance database, for CREATE/DROP DATABASE. */
function admin<T>(fn: (engine: PgEngine) => T): T {
  const engine = PgEngine.connect(cluster());
  try {
    return fn(engine);
  } finally {
    engine.close();
  }
}

/** The conninfo of this test file's own database, made on first use and dropped after the file's tests. */
export function pgDatabase(): string {
  if (!database) {
    const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
    admin((engine) => engine.exec(`CREATE DATABASE ${name}`));
    database = name;
    afterAll(() => {
      while (opened.length) opened.pop()!.close();
      admin((engine) => engine.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      database = null;
      byPath.clear();
    });
  }
  return cluster().replace(/dbname=\S+/, `dbname=${database}`);
}

/** An engine on this file's database, closed after the file's tests. */
export function pgEngine(): PgEngine {
  const engine = PgEngine.connect(pgDatabase());
  opened.push(engine);
  return engine;
}

let schemas = 0;

/** A schema name not used before in this file's database. */
export function freshSchema(prefix = 'doc'): string {
  return `${prefix}_${++schemas}`;
}

/** Opens a PgStore on this file's database, closed after the file's tests. */
export function pgStore(schema = freshSchema(), path?: string): PgStore {
  const store = PgStore.open(pgDatabase(), { schema, path });
  opened.push(store);
  return store;
}

/**
 * Documents on PostgreSQL for `Session` (test/helpers.ts `client()` with QUADRANT_TEST_ENGINE=postgres): each path a
 * test creates becomes a schema; opening the path again, from any session of the file, opens that schema.
 */
/** Every session of a test file sees the same documents, as every session on one machine sees the same files. */
const byPath = new Map<string, string>();

export function pgDocuments(): DocumentProvider {
  const provider: DocumentProvider = {
    open(path: string): OpenStore {
      const schema = byPath.get(path);
      return schema ? pgStore(schema, path) : publish(path);
    },
    create(path: string, init: (store: OpenStore) => void, overwrite: boolean): OpenStore {
      if (byPath.has(path) && !overwrite) {
        throw new AppError(ErrorCode.FILE_EXISTS, `“${basename(path)}” already exists. Choose another name or replace it.`);
      }
      const store = pgStore(freshSchema(), path);
      try {
        store.engine.transaction(() => init(store));
      } catch (err) {
        store.close();
        throw err;
      }
      byPath.set(path, store.schema);
      return store;
    },
  };
  /**
   * A `.scorecard` file the test made (a fixture, the sample) goes to PostgreSQL as `quadrant publish` takes it:
   * through the JSON interchange. Opening the file first refuses what the desktop refuses, in the same words.
   */
  function publish(path: string): OpenStore {
    const file = DocumentStore.open(path);
    let doc: InterchangeDocument;
    try {
      doc = exportDocument(new Repositories(file.engine));
    } finally {
      file.close();
    }
    return provider.create(path, (store) => importInto(new Repositories(store.engine), doc), true);
  }
  return provider;
}
