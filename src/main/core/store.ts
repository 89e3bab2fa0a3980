/**
 * The document store: one SQLite file per document. Opening inspects a file before anything is written,
 * so a foreign, damaged or newer file is refused with its bytes untouched.
 */
import type Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Backups } from './backups';
import {
  checkFacts,
  checkSchema,
  configure,
  connect,
  fail,
  inspect,
  isCorruption,
  readHeader,
} from './document-checks';
import { DocumentLock, describeHolder, type LockOwner } from './lock';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './migrations';
import { describePlace, documentImage, readOnlyPlace, type ReadOnlyPlace } from './read-only-place';
import { removeStaleTempFiles, tempPathFor } from './temp-files';
import { SqliteEngine } from './db/sqlite-engine';
import type { Actor, ChangeFeed, EditJournal, OpenStore } from './db/open-store';
import { historyOf } from './history';
import { changesOf, discardChanges, revisionOf } from './change-log';

export { readHeader, type HeaderFacts } from './document-checks';

/** After any migration: switching the journal mode rewrites the header, which a refused file must not see. */
function configureJournal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a commit survives power loss, not only a crash of the app; each user edit is one small transaction.
  db.pragma('synchronous = FULL');
}

export interface OpenOptions {
  /** Where backups go (before a migration, and once a day); none when absent. */
  backups?: Backups | null;
}

/** A failed daily backup must not keep the user from their document; it is tried again on the next open. */
function dailyBackup(backups: Backups, store: DocumentStore): void {
  try {
    if (backups.dailyDue(store.path)) backups.create(store.db, store.path, 'daily', SCHEMA_VERSION);
  } catch (err) {
    console.warn(`Quadrant: ${(err as Error).message}`);
  }
}

/**
 * Whether `path` is a document this call may replace; false when nothing is there. Only a Quadrant document is
 * ever replaced, never a text file, another application's database or a folder, and never a document another
 * Quadrant is writing (its edits would go to a deleted file).
 */
function checkReplaceable(path: string, overwrite: boolean): boolean {
  if (!existsSync(path)) return false;
  if (!overwrite) {
    throw new AppError(ErrorCode.FILE_EXISTS, t('errors:store.exists', { file: basename(path) }));
  }
  let ours = false;
  try {
    ours = readHeader(path).applicationId === APPLICATION_ID;
  } catch {
    // Not a file, too short, unreadable or not SQLite: not ours either way.
  }
  if (!ours) {
    throw new AppError(ErrorCode.NOT_A_SCORECARD, t('errors:store.notOursToReplace', { file: basename(path) }));
  }
  const holder = DocumentLock.holder(path);
  if (holder) {
    throw new AppError(
      ErrorCode.CONFLICT,
      t('errors:store.openElsewhere', { file: basename(path), holder: describeHolder(holder) }),
    );
  }
  return true;
}

/**
 * Just before a document is replaced: a backup of it (when backups are kept), and its write-ahead log removed, which
 * SQLite would otherwise replay into the new file that takes its name.
 */
function retire(path: string, backups: Backups | null): void {
  if (backups) {
    let db: Database.Database | undefined;
    try {
      db = connect(path, true, true);
      backups.create(db, path, 'replaced', db.pragma('user_version', { simple: true }) as number);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError(
        ErrorCode.IO,
        t('errors:store.backupBeforeReplace', { file: basename(path), detail: (err as Error).message }),
      );
    } finally {
      db?.close();
    }
  }
  for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
}

export class DocumentStore implements OpenStore {
  readonly db: Database.Database;
  readonly engine: SqliteEngine;
  readonly path: string;
  /** Another Quadrant holds the document, or its place cannot be written: this store reads it but never writes. */
  readonly readOnly: boolean;
  readonly holder: LockOwner | null;
  /** Set when the document is read-only because of where it is (then it is read from a copy in memory). */
  readonly place: ReadOnlyPlace | null;
  private readonly lock: DocumentLock | null;

  private constructor(
    db: Database.Database,
    path: string,
    lock: DocumentLock | null,
    holder: LockOwner | null,
    place: ReadOnlyPlace | null = null,
  ) {
    this.db = db;
    this.engine = new SqliteEngine(db);
    this.path = path;
    this.lock = lock;
    this.holder = holder;
    this.place = place;
    this.readOnly = lock === null;
  }

  /** One undo history per open file, whoever calls (the desktop has one user). */
  journal(_actor: Actor | null = null): EditJournal {
    return historyOf(this.db);
  }

  readonly changeFeed: ChangeFeed = {
    // The history installs the change log's triggers and table: it must exist before its revision is read.
    revision: () => (historyOf(this.db), revisionOf(this.db)),
    discard: () => discardChanges(this.db),
    changes: (repos, history) => changesOf(this.db, repos, history),
  };

  /** Why this store is read-only, in words for the banner; null when it is writable. */
  readOnlyReason(): string | null {
    if (!this.readOnly) return null;
    if (this.place || !this.holder) return describePlace(this.place ?? 'folder');
    return t('errors:readOnly.openElsewhere', { holder: describeHolder(this.holder) });
  }

  /**
   * Opens an existing document, migrating it forward. Refuses foreign, damaged and newer files without writing to
   * them. When another Quadrant holds the document's lock, it opens read-only instead of racing that writer.
   */
  static open(path: string, opts: OpenOptions = {}): DocumentStore {
    checkFacts(path, readHeader(path));
    // A file this process cannot write takes no lock: it would be a file left behind, or cannot be made at all.
    const place = readOnlyPlace(path);
    const lock = place ? null : DocumentLock.acquire(path);
    const owned = lock instanceof DocumentLock ? lock : null;
    const holder = owned ? null : lock ? (lock as { holder: LockOwner | null }).holder : DocumentLock.holder(path);
    let db: Database.Database | undefined;
    try {
      // No writer anywhere, and none possible here (a lock file could not be made either): read it from memory.
      if (!owned && !holder) return DocumentStore.openInMemory(path, place ?? 'folder');
      const { recheck } = inspect(path, owned !== null);
      if (!owned) return DocumentStore.openReadOnly(path, holder);
      // The writer of a folder's document clears what killed imports, copies and new documents left there.
      removeStaleTempFiles(dirname(path));
      db = connect(path, true);
      if (recheck) checkSchema(path, db);
      configure(db);
      if ((db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
        // Before the migration writes anything: an upgrade gone wrong can always be undone from this copy.
        opts.backups?.create(db, path, 'migration', db.pragma('user_version', { simple: true }) as number);
      }
      migrate(db);
      configureJournal(db);
      const store = new DocumentStore(db, path, owned, null);
      if (opts.backups) dailyBackup(opts.backups, store);
      return store;
    } catch (err) {
      db?.close();
      owned?.release();
      if (err instanceof AppError) throw err;
      if (isCorruption(err)) fail(ErrorCode.CORRUPT, path, 'damaged');
      fail(ErrorCode.IO, path, { detail: (err as Error).message });
    }
  }

  /** A document in a place this process cannot write, checked and (if old) upgraded in memory; the file is untouched. */
  private static openInMemory(path: string, place: ReadOnlyPlace): DocumentStore {
    const image = documentImage(path, (file) => connect(file, true));
    let db = connect(image, true, true);
    try {
      checkSchema(path, db);
      if ((db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
        db.close();
        db = connect(image, true);
        migrate(db);
        const upgraded = db.serialize();
        db.close();
        db = connect(upgraded, true, true);
      }
      configure(db);
      return new DocumentStore(db, path, null, null, place);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  private static openReadOnly(path: string, holder: LockOwner | null): DocumentStore {
    const db = connect(path, true, true);
    try {
      if ((db.pragma('user_version', { simple: true }) as number) < SCHEMA_VERSION) {
        throw new AppError(
          ErrorCode.CONFLICT,
          t('errors:store.needsUpgrade', { file: basename(path), holder: describeHolder(holder) }),
        );
      }
      db.pragma('busy_timeout = 2000');
      return new DocumentStore(db, path, null, holder);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /**
   * Creates a new document. It is built in a temporary file beside the target and renamed into place,
   * so a failure never leaves a half-made document behind.
   */
  static create(
    path: string,
    init: (store: DocumentStore) => void,
    overwrite = false,
    backups: Backups | null = null,
  ): DocumentStore {
    const replacing = checkReplaceable(path, overwrite);
    if (!existsSync(dirname(path))) {
      throw new AppError(ErrorCode.IO, t('errors:store.noFolder', { file: basename(path), folder: dirname(path) }));
    }
    removeStaleTempFiles(dirname(path));
    const tmp = tempPathFor(path);
    let db: Database.Database | undefined;
    try {
      db = connect(tmp, false);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('foreign_keys = ON');
      migrate(db);
      const staging = new DocumentStore(db, tmp, null, null);
      db.transaction(() => init(staging))();
      db.close();
      db = undefined;
      if (replacing) retire(path, backups);
      renameSync(tmp, path);
    } catch (err) {
      db?.close();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
      if (err instanceof AppError) throw err;
      throw new AppError(
        ErrorCode.IO,
        t('errors:store.cannotCreate', { file: basename(path), detail: (err as Error).message }),
      );
    }
    return DocumentStore.open(path);
  }

  /** Writes a compact, self-contained copy of the document to another file (the open document is unchanged). */
  copyTo(path: string, overwrite = false, backups: Backups | null = null): void {
    const replacing = checkReplaceable(path, overwrite);
    removeStaleTempFiles(dirname(path));
    const tmp = tempPathFor(path);
    try {
      this.db.prepare('VACUUM INTO ?').run(tmp);
      if (replacing) retire(path, backups);
      renameSync(tmp, path);
    } catch (err) {
      for (const suffix of ['', '-journal']) rmSync(tmp + suffix, { force: true });
      if (err instanceof AppError) throw err;
      throw new AppError(
        ErrorCode.IO,
        t('errors:store.cannotCopy', { file: basename(path), detail: (err as Error).message }),
      );
    }
  }

  /** Runs fn in one transaction: every edit is committed whole or not at all. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    if (this.db.open) {
      // Fold the write-ahead log back so the closed document is one self-contained file (the writer's job).
      if (!this.readOnly) {
        try {
          this.db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // A failed checkpoint loses nothing: SQLite replays the log on the next open.
        }
      }
      this.db.close();
    }
    this.lock?.release();
  }
}
