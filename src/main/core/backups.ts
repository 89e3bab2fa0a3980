/**
 * Rotating backups of documents, made with SQLite's online backup API: before every migration and on the first
 * open of each day. They live in the app's data folder (Electron: userData/backups), one `.scorecard` copy plus a
 * small `.json` describing it; the last `keep` copies of each document are kept. A backup is restored into a new
 * file, never over a document.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { removeStaleTempFiles, tempPathFor } from './temp-files';

export const DEFAULT_KEEP = 10;

/**
 * The app's data folder, where Electron keeps userData: backups, the personal KPI library. Browser mode and the CLI
 * use the same place. QUADRANT_USER_DATA_DIR overrides it (as it does Electron's userData).
 */
export function defaultAppDataDir(): string {
  const override = process.env['QUADRANT_USER_DATA_DIR'];
  if (override) return resolve(override);
  const home = homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env['APPDATA'] ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env['XDG_CONFIG_HOME'] ?? join(home, '.config'));
  return join(appData, 'Quadrant');
}

/** The folder Electron calls userData/backups, for browser mode and the CLI too (QUADRANT_BACKUP_DIR overrides). */
export function defaultBackupDir(): string {
  const override = process.env['QUADRANT_BACKUP_DIR'];
  if (override) return resolve(override);
  return join(defaultAppDataDir(), 'backups');
}

interface Sidecar {
  source: string;
  createdAt: string;
  reason: BackupInfo['reason'];
  schemaVersion: number;
}

interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
}
interface NativeDatabase {
  backup(db: Database.Database, attached: string, destination: string, isNewFile: boolean): NativeBackup;
}

/**
 * better-sqlite3's `db.backup()` steps the same native sqlite3_backup object between event-loop turns and returns
 * a promise; opening a document is synchronous (and a migration must wait for its backup), so the backup is
 * stepped here to the end in one call. The handle is found by shape, not by the library's private symbol.
 */
function nativeHandle(db: Database.Database): NativeDatabase | null {
  for (const symbol of Object.getOwnPropertySymbols(db)) {
    const value = (db as unknown as Record<symbol, unknown>)[symbol];
    if (value && typeof (value as NativeDatabase).backup === 'function') return value as NativeDatabase;
  }
  return null;
}

export function onlineBackup(db: Database.Database, destination: string): void {
  const native = nativeHandle(db);
  if (!native) {
    // Not the online backup API, but as consistent: a fallback should a future better-sqlite3 hide its handle.
    db.prepare('VACUUM INTO ?').run(destination);
    return;
  }
  const backup = native.backup(db, 'main', destination, true);
  try {
    while (backup.transfer(-1).remainingPages > 0);
  } finally {
    backup.close();
  }
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').replace('T', ' ').replace('Z', '');
const safeName = (path: string) =>
  basename(path)
    .replace(/\.scorecard$/i, '')
    .replace(/[^\p{L}\p{N} _()&-]/gu, '_')
    .slice(0, 80) || 'document';
const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

export class Backups {
  constructor(
    readonly dir: string,
    readonly keep = DEFAULT_KEEP,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every backup in the folder, newest first; files without their description are not listed. */
  list(): BackupInfo[] {
    if (!existsSync(this.dir)) return [];
    const out: BackupInfo[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.scorecard') || name.startsWith('.')) continue;
      const file = join(this.dir, name);
      try {
        const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as Sidecar;
        out.push({
          id: name,
          createdAt: meta.createdAt,
          size: statSync(file).size,
          source: meta.source,
          sourceName: basename(meta.source),
          reason: meta.reason,
          schemaVersion: meta.schemaVersion,
        });
      } catch {
        // A backup whose description is missing or unreadable cannot say where it came from: skip it.
      }
    }
    return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  /** Whether today's backup of this document is still to be made. */
  dailyDue(source: string): boolean {
    const today = this.now();
    const path = resolve(source);
    return !this.list().some((b) => b.source === path && sameDay(new Date(b.createdAt), today));
  }

  /** Copies the open database into the folder under a temporary name, then renames: a backup is whole or absent. */
  create(db: Database.Database, source: string, reason: BackupInfo['reason'], schemaVersion: number): BackupInfo {
    mkdirSync(this.dir, { recursive: true });
    const created = this.now();
    const name = `${safeName(source)} ${stamp(created)} ${reason}.scorecard`;
    const file = join(this.dir, name);
    this.removeLeftovers();
    const tmp = tempPathFor(file);
    const meta: Sidecar = { source: resolve(source), createdAt: created.toISOString(), reason, schemaVersion };
    try {
      onlineBackup(db, tmp);
      writeFileSync(`${tmp}.json`, JSON.stringify(meta, null, 2));
      renameSync(`${tmp}.json`, `${file}.json`);
      renameSync(tmp, file);
    } catch (err) {
      for (const p of [tmp, `${tmp}-journal`, `${tmp}.json`]) rmSync(p, { force: true });
      throw new AppError(
        ErrorCode.IO,
        t('errors:backup.failed', { file: basename(source), folder: this.dir, detail: (err as Error).message }),
      );
    }
    this.rotate(meta.source);
    return { id: name, ...meta, size: statSync(file).size, sourceName: basename(source) };
  }

  /** Removes the temporary files of backups a killed Quadrant was making. */
  removeLeftovers(): void {
    removeStaleTempFiles(this.dir);
  }

  /** Keeps the newest `keep` backups of one document. */
  private rotate(source: string): void {
    const mine = this.list().filter((b) => b.source === source);
    for (const old of mine.slice(this.keep)) {
      const file = join(this.dir, old.id);
      rmSync(file, { force: true });
      rmSync(`${file}.json`, { force: true });
    }
  }

  /** The backup file an id names; an id is a bare file name in this folder, nothing else. */
  fileOf(id: string): string {
    const listed = this.list().find((b) => b.id === id);
    if (!listed || basename(id) !== id) throw new AppError(ErrorCode.NOT_FOUND, t('errors:backup.none', { id }));
    return join(this.dir, id);
  }
}
