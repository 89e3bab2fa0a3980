/**
 * Forward-only migrations of a team database, PostgreSQL's own numbered list (the SQLite file's is migrations.ts).
 * `quadrant_meta.schema_version` is the number applied. A database of a newer Quadrant is refused untouched; every
 * migration a database lacks runs in one transaction, under an advisory lock so two servers started at once do not
 * both migrate.
 */
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { ACCOUNT_SCHEMA_SQL } from '../../team/account-schema';
import { AUDIT_SCHEMA_SQL } from '../../team/audit-schema';
import type { Engine } from './engine';
import { DOCUMENT_SCHEMA_SQL } from './pg-document-schema';

export const PG_MIGRATIONS: readonly string[] = [
  // 1: the document's tables, as a .scorecard file at SQLite schema 7.
  DOCUMENT_SCHEMA_SQL,
  // 2: the audit log and each person's undo steps, with the triggers that fill them.
  AUDIT_SCHEMA_SQL,
  // 3: accounts, invites, sign-in sessions.
  ACCOUNT_SCHEMA_SQL,
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;

const q = (sql: string, ...parameters: unknown[]) => ({ sql, parameters });

/** The version a schema is at: 0 for a new or empty schema, null when it holds tables that are not Quadrant's. */
function versionOf(engine: Engine, schema: string): number | null {
  const meta = engine.get(
    q(`SELECT 1 AS found FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'quadrant_meta'`, schema),
  );
  if (meta) return engine.get<{ schema_version: number }>(q('SELECT schema_version FROM quadrant_meta'))?.schema_version ?? 0;
  const others = engine.get<{ n: number }>(q('SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1', schema));
  return others && others.n > 0 ? null : 0;
}

/**
 * Brings the schema (already the engine's search_path) to PG_SCHEMA_VERSION. `address` names the database in
 * messages (without its password).
 */
export function migratePg(engine: Engine, schema: string, address: string): { from: number; to: number } {
  return engine.transaction(() => {
    engine.get(q(`SELECT pg_advisory_xact_lock(hashtext('quadrant migrate ' || $1))`, schema));
    const from = versionOf(engine, schema);
    if (from === null) {
      throw new AppError(
        ErrorCode.NOT_A_SCORECARD,
        t('errors:database.foreignSchema', { schema, address }),
      );
    }
    if (from > PG_SCHEMA_VERSION) {
      throw new AppError(
        ErrorCode.NEWER_VERSION,
        t('errors:database.newer', { address, version: from, supported: PG_SCHEMA_VERSION }),
      );
    }
    if (from === PG_SCHEMA_VERSION) return { from, to: from };
    if (from === 0) engine.exec('CREATE TABLE IF NOT EXISTS quadrant_meta (schema_version integer NOT NULL); INSERT INTO quadrant_meta VALUES (0)');
    for (let v = from; v < PG_SCHEMA_VERSION; v++) {
      if (PG_MIGRATIONS[v]!.trim()) engine.exec(PG_MIGRATIONS[v]!);
    }
    engine.run(q('UPDATE quadrant_meta SET schema_version = $1', PG_SCHEMA_VERSION));
    return { from, to: PG_SCHEMA_VERSION };
  });
}
