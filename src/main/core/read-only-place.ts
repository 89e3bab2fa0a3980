/**
 * Documents in places Quadrant cannot write: a read-only file, a read-only folder, a read-only disk. They open
 * read-only, and leave nothing behind — no lock file, no `-wal` or `-shm`.
 *
 * Why a copy in memory rather than a read-only SQLite connection to the file: a document is in WAL mode, and
 * SQLite reads a WAL database only through its `-shm` index, which it must create beside the file (left there,
 * with the file's permissions, in a writable folder) and cannot create in a read-only folder or disk, where the
 * open fails. The `immutable=1` URI parameter would avoid that, but better-sqlite3 honours URIs only when an
 * environment variable is set before it loads. So the file's bytes are read once and opened from memory,
 * read-only; a write-ahead log a crash left behind is first folded in on a private copy in the system's
 * temporary folder. No one writes the document meanwhile (no one can, or they would hold its lock), so the copy
 * is what the file holds.
 */
import type Database from 'better-sqlite3';
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { t } from '../../shared/i18n';

export type ReadOnlyPlace = 'file' | 'folder' | 'disk';

function writeAccess(path: string): 'yes' | 'no' | 'disk' {
  try {
    accessSync(path, constants.W_OK);
    return 'yes';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EROFS' ? 'disk' : 'no';
  }
}

/** Why this process cannot write the document where it is, or null when it can. */
export function readOnlyPlace(path: string): ReadOnlyPlace | null {
  const file = writeAccess(path);
  const folder = writeAccess(dirname(path));
  if (file === 'disk' || folder === 'disk') return 'disk';
  if (file === 'no') return 'file';
  if (folder === 'no') return 'folder';
  return null;
}

export function describePlace(place: ReadOnlyPlace): string {
  switch (place) {
    case 'file':
      return t('errors:readOnly.file');
    case 'folder':
      return t('errors:readOnly.folder');
    case 'disk':
      return t('errors:readOnly.disk');
  }
}

/**
 * The document as one self-contained database image, ready to open from memory: the file itself, or — when a
 * crash left a write-ahead log — the file with that log folded in, on a copy in a private temporary folder. The
 * header's journal mode says rollback journal, since SQLite cannot keep a WAL database in memory.
 */
export function documentImage(path: string, connect: (file: string) => Database.Database): Buffer {
  const wal = `${path}-wal`;
  let bytes: Buffer;
  if (!existsSync(wal) || statSync(wal).size === 0) bytes = readFileSync(path);
  else {
    const dir = mkdtempSync(join(tmpdir(), 'quadrant-read-only-'));
    try {
      const copy = join(dir, 'document.scorecard');
      copyFileSync(path, copy);
      copyFileSync(wal, `${copy}-wal`);
      const db = connect(copy);
      try {
        bytes = db.serialize();
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Header bytes 18 and 19, the file format's write and read versions: 2 means WAL, 1 the rollback journal.
  if (bytes.length >= 100) bytes.fill(1, 18, 20);
  return bytes;
}
