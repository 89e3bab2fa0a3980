/**
 * Checks of a document file before anything may write to it: its SQLite header (read without opening the
 * database), then application id, schema version, integrity and the shape of its schema through SQLite.
 */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations';
import { expectedShape, schemaShape } from './schema-shape';
import { getNativeBinding } from './native';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface HeaderFacts {
  applicationId: number;
  userVersion: number;
}

/** Why a file cannot be opened, in the catalogue's words (errors:open.*). */
export type OpenReason = keyof (typeof import('../../shared/i18n/resources').en)['errors']['open'];

export function fail(
  code: ErrorCode,
  path: string,
  reason: OpenReason | { detail: string },
  params: Record<string, string | number> = {},
): never {
  const why = typeof reason === 'string' ? t(`errors:open.${reason}`, params) : reason.detail;
  throw new AppError(code, t('errors:cannotOpen', { file: basename(path), reason: why }));
}

/** Reads the 100-byte SQLite header without opening the database, so nothing can be written to a file we refuse. */
export function readHeader(path: string): HeaderFacts {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    fail(ErrorCode.IO, path, 'missing');
  }
  if (!stat.isFile()) fail(ErrorCode.NOT_A_SCORECARD, path, 'folder');
  if (stat.size < 100) {
    fail(ErrorCode.NOT_A_SCORECARD, path, stat.size === 0 ? 'empty' : 'notScorecard');
  }
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    fail(ErrorCode.NOT_A_SCORECARD, path, 'notSqlite');
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

export function checkFacts(path: string, facts: HeaderFacts): void {
  if (facts.applicationId !== APPLICATION_ID) {
    fail(ErrorCode.NOT_A_SCORECARD, path, 'otherApplication');
  }
  if (facts.userVersion > SCHEMA_VERSION) {
    fail(ErrorCode.NEWER_VERSION, path, 'newer', { version: facts.userVersion, supported: SCHEMA_VERSION });
  }
}

export function isCorruption(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** A connection to a file, or (given bytes) to a database image in memory. */
export function connect(path: string | Buffer, fileMustExist: boolean, readonly = false): Database.Database {
  const nativeBinding = getNativeBinding();
  return new Database(path, { fileMustExist, readonly, ...(nativeBinding ? { nativeBinding } : {}) });
}

/**
 * Checks a file before anything may write to it. A read-write connection left alone leaves a file's bytes as they
 * were, except that on closing it folds a write-ahead log left by a crash into the file: so a file with such a
 * log (and a file another Quadrant writes) is checked through a read-only connection, which SQLite lets skip the
 * CHECK constraints — `recheck` then asks for the full check once the writer's connection has recovered the log.
 * The -wal and -shm files the check had to create are removed again.
 */
export function inspect(path: string, writer: boolean): { recheck: boolean } {
  const hadWal = existsSync(`${path}-wal`);
  const hadShm = existsSync(`${path}-shm`);
  const readOnly = !writer || (hadWal && statSync(`${path}-wal`).size > 0);
  let db: Database.Database | undefined;
  try {
    try {
      db = connect(path, true, readOnly);
      checkSchema(path, db);
    } catch (err) {
      // A hot rollback journal (a crash while the file was being switched to WAL) can only be rolled back by a
      // writer: that recovery is what SQLite would do anyway, and the header has already proven the file ours.
      if (!String((err as { code?: string }).code).startsWith('SQLITE_READONLY')) throw err;
      db?.close();
      db = connect(path, true);
      checkSchema(path, db);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (isCorruption(err)) fail(ErrorCode.CORRUPT, path, 'damaged');
    fail(ErrorCode.IO, path, { detail: (err as Error).message });
  } finally {
    db?.close();
    if (!hadShm) rmSync(`${path}-shm`, { force: true });
    if (!hadWal && existsSync(`${path}-wal`) && statSync(`${path}-wal`).size === 0)
      rmSync(`${path}-wal`, { force: true });
  }
  return { recheck: writer && readOnly };
}

export function checkSchema(path: string, db: Database.Database): void {
  const userVersion = db.pragma('user_version', { simple: true }) as number;
  checkFacts(path, { applicationId: db.pragma('application_id', { simple: true }) as number, userVersion });
  // Version 0 is a file about to get its first schema: tables already there belong to someone else.
  if (userVersion === 0 && (db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) > 0) {
    fail(ErrorCode.NOT_A_SCORECARD, path, 'foreignTables');
  }
  // The full check, not quick_check: that one misses broken indexes and CHECK constraints a flipped byte can
  // break (the damaged-file fuzz test found one), and the full check costs ~55 ms on a 16 MB document.
  const check = db.pragma('integrity_check', { simple: true });
  if (check !== 'ok') fail(ErrorCode.CORRUPT, path, 'damagedBecause', { detail: String(check) });
  if (userVersion > 0 && schemaShape(db) !== expectedShape(userVersion, () => connect(':memory:', false))) {
    fail(ErrorCode.CORRUPT, path, 'damagedTables');
  }
}

export function configure(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}
