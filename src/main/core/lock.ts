/**
 * One writer per document: a lock file beside it (`<file>.lock`, JSON with pid, host, process start and time).
 *
 * Why a lock file and not SQLite's `PRAGMA locking_mode = EXCLUSIVE`: an exclusive SQLite lock shuts a second
 * process out entirely — it could not even read the document to show it read-only, only fail with SQLITE_BUSY —
 * and it tells nobody who holds the file. A lock file lets the second Quadrant open the document read-only with a
 * banner naming the holder, while SQLite's own WAL locking still keeps every read consistent. A lock left by a
 * crashed Quadrant is recognised as stale (its process is gone, or its pid now belongs to a process that started
 * later) and taken over, so a crash never locks a user out of their own file.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the process started (Linux: clock ticks since boot), to tell a reused pid from the holder. */
  started: string | null;
  since: string;
}

/** Locks this process holds, by lock-file path: a second session in the same process must not take one over. */
const heldHere = new Set<string>();

export const lockPathOf = (documentPath: string) => `${resolve(documentPath)}.lock`;

function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count from its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const raw = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof raw.pid !== 'number' || typeof raw.host !== 'string') return null;
    return { pid: raw.pid, host: raw.host, started: raw.started ?? null, since: String(raw.since ?? '') };
  } catch {
    return null;
  }
}

/** Whether the lock at lockPath belongs to a Quadrant that is still running (or may be: on another computer). */
function holderOf(lockPath: string): LockOwner | null {
  const owner = readOwner(lockPath);
  if (!owner) {
    // Unreadable: a lock being written this instant is young; an old one is debris of a crash.
    try {
      return Date.now() - statSync(lockPath).mtimeMs < 5_000 ? { pid: 0, host: '', started: null, since: '' } : null;
    } catch {
      return null;
    }
  }
  if (owner.host !== hostname()) return owner;
  if (owner.pid === process.pid) return heldHere.has(lockPath) ? owner : null;
  if (!isAlive(owner.pid)) return null;
  const started = processStart(owner.pid);
  return owner.started && started && owner.started !== started ? null : owner;
}

export class DocumentLock {
  private released = false;
  private constructor(readonly path: string) {}

  /**
   * Takes the document's lock, replacing a stale one. Returns the live holder instead when another Quadrant
   * (process or session) has the document; null from `holder` means the folder cannot hold a lock file at all.
   */
  static acquire(documentPath: string): DocumentLock | { holder: LockOwner | null } {
    const lockPath = lockPathOf(documentPath);
    for (let attempt = 0; attempt < 3; attempt++) {
      let fd: number;
      try {
        fd = openSync(lockPath, 'wx');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') return { holder: null };
        const holder = holderOf(lockPath);
        if (holder) return { holder };
        rmSync(lockPath, { force: true });
        continue;
      }
      try {
        const owner: LockOwner = {
          pid: process.pid,
          host: hostname(),
          started: processStart(process.pid),
          since: new Date().toISOString(),
        };
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      heldHere.add(lockPath);
      return new DocumentLock(lockPath);
    }
    return { holder: readOwner(lockPath) };
  }

  /** The live holder of a document's lock, if any: used before replacing a file another Quadrant is writing. */
  static holder(documentPath: string): LockOwner | null {
    const lockPath = lockPathOf(documentPath);
    try {
      statSync(lockPath);
    } catch {
      return null;
    }
    return holderOf(lockPath);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.path);
    // Only our own lock: a stale-lock takeover by another process must not be undone here.
    const owner = readOwner(this.path);
    if (owner && owner.pid === process.pid && owner.host === hostname()) rmSync(this.path, { force: true });
  }
}

export function describeHolder(holder: LockOwner | null): string {
  if (!holder || holder.pid === 0) return 'another Quadrant window or process';
  if (holder.pid === process.pid && holder.host === hostname()) return 'another window of this Quadrant';
  const where = holder.host === hostname() ? 'this computer' : holder.host;
  return `another Quadrant (process ${holder.pid} on ${where})`;
}
