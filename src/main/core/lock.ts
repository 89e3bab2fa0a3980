/**
 * One writer per document: a lock file beside it (`<file>.lock`, JSON with pid, host, process start and time).
 *
 * Why a lock file and not SQLite's `PRAGMA locking_mode = EXCLUSIVE`: an exclusive SQLite lock shuts a second
 * process out entirely — it could not even read the document to show it read-only, only fail with SQLITE_BUSY —
 * and it tells nobody who holds the file. A lock file lets the second Quadrant open the document read-only with a
 * banner naming the holder, while SQLite's own WAL locking still keeps every read consistent. A lock left by a
 * crashed Quadrant is recognised as stale (its process is gone, or its pid now belongs to a process that started
 * later) and taken over, so a crash never locks a user out of their own file.
 *
 * Taking over is atomic. Removing a stale lock and creating one's own are two steps, so two Quadrants that both
 * judged the same lock stale could each remove the other's fresh lock and both write. Only the holder of a claim
 * (`<lock>.<digest of the stale lock>-<n>.takeover`, created with O_EXCL) may remove a stale lock, and only after
 * checking that the lock file is still the very one it judged; the others wait and look again.
 */
import { createHash } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { t } from '../../shared/i18n';
import { resolve } from 'node:path';
import { tempPathFor } from './temp-files';

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

function parseOwner(text: string): LockOwner | null {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (typeof raw.pid !== 'number' || typeof raw.host !== 'string') return null;
    return { pid: raw.pid, host: raw.host, started: raw.started ?? null, since: String(raw.since ?? '') };
  } catch {
    return null;
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return parseOwner(readFileSync(lockPath, 'utf8'));
  } catch {
    return null;
  }
}

/** Whether an owner (of a lock or of a claim) is a process that is still running, or may be: on another computer. */
function isLive(owner: LockOwner, lockPath: string): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return heldHere.has(lockPath);
  if (!isAlive(owner.pid)) return false;
  const started = processStart(owner.pid);
  return !(owner.started && started && owner.started !== started);
}

/** A lock file as seen once: its identity (inode, modification time, bytes) and whether its holder is alive. */
interface Sighting {
  identity: string;
  holder: LockOwner | null;
}

/** Nobody: the file is there but does not say who (being written this instant, or debris). */
const UNKNOWN: LockOwner = { pid: 0, host: '', started: null, since: '' };

function sight(path: string, lockPath = path): Sighting | null {
  try {
    const text = readFileSync(path, 'utf8');
    const stat = statSync(path, { bigint: true });
    const identity = `${stat.ino}:${stat.mtimeNs}:${stat.size}:${text}`;
    const owner = parseOwner(text);
    // Unreadable: a file being written this instant is young; an old one is debris of a crash.
    if (!owner) return { identity, holder: Date.now() - Number(stat.mtimeMs) < 5_000 ? UNKNOWN : null };
    return { identity, holder: isLive(owner, lockPath) ? owner : null };
  } catch {
    return null;
  }
}

function me(): LockOwner {
  return { pid: process.pid, host: hostname(), started: processStart(process.pid), since: new Date().toISOString() };
}

function claimPath(lockPath: string, stale: Sighting, n: number): string {
  return `${lockPath}.${createHash('sha256').update(stale.identity).digest('hex').slice(0, 16)}-${n}.takeover`;
}

/** The n-th claim file a takeover of the document's present lock file would create (for tests of a crashed taker). */
export function takeoverClaimOf(documentPath: string, n: number): string | null {
  const seen = sight(lockPathOf(documentPath));
  return seen && claimPath(lockPathOf(documentPath), seen, n);
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes the stale lock seen in `stale`, if this process wins the claim to it. 'gone': the lock file is no longer
 * the stale one (removed here or by another), so creating one's own may be tried; 'busy': another live process is
 * taking it over right now. A claim whose maker died is passed over for the next one (`-1`, `-2`, …).
 */
function takeOver(lockPath: string, stale: Sighting): 'gone' | 'busy' {
  const claimOf = (n: number) => claimPath(lockPath, stale, n);
  for (let n = 0; n < 20; n++) {
    const claim = claimOf(n);
    try {
      writeFileSync(claim, JSON.stringify(me()), { flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return 'busy';
      if (sight(claim)?.holder) return 'busy';
      continue;
    }
    try {
      // Only a claimant removes a stale lock, and this claim is ours: if the lock file is still the one judged
      // stale, nobody else can remove or replace it before the next line does.
      if (sight(lockPath)?.identity === stale.identity) rmSync(lockPath, { force: true });
    } finally {
      for (let k = 0; k <= n; k++) rmSync(claimOf(k), { force: true });
    }
    return 'gone';
  }
  return 'busy';
}

/**
 * Creates the lock file with its owner already in it, or finds one there. The owner is written to a temporary file
 * that is then hard-linked to the lock's name (link fails if the name exists, like O_EXCL): a lock file is never
 * seen empty, not even when its maker is killed between creating and writing it — an empty lock would look like one
 * being written this instant and keep everyone else read-only for seconds. Where the folder cannot hold hard links
 * (some shares, FAT), an exclusive create and a write.
 */
function createWhole(lockPath: string): 'created' | 'exists' | 'unwritable' {
  const owner = JSON.stringify(me());
  const tmp = tempPathFor(lockPath);
  try {
    writeFileSync(tmp, owner, { flag: 'wx' });
  } catch {
    return 'unwritable';
  }
  try {
    linkSync(tmp, lockPath);
    return 'created';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') return 'unwritable';
  } finally {
    rmSync(tmp, { force: true });
  }
  let fd: number;
  try {
    fd = openSync(lockPath, 'wx');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'unwritable';
  }
  try {
    writeSync(fd, owner);
  } finally {
    closeSync(fd);
  }
  return 'created';
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
    // Each lost round means another process just took the lock over or let it go; a taker that keeps its claim
    // for half a second is stuck, and the document opens read-only rather than racing it.
    for (let attempt = 0; attempt < 50; attempt++) {
      const created = createWhole(lockPath);
      if (created === 'created') {
        heldHere.add(lockPath);
        return new DocumentLock(lockPath);
      }
      if (created === 'unwritable') return { holder: null };
      const seen = sight(lockPath);
      if (!seen) continue;
      if (seen.holder) return { holder: seen.holder };
      if (takeOver(lockPath, seen) === 'busy') pause(10);
    }
    return { holder: UNKNOWN };
  }

  /** The live holder of a document's lock, if any: used before replacing a file another Quadrant is writing. */
  static holder(documentPath: string): LockOwner | null {
    return sight(lockPathOf(documentPath))?.holder ?? null;
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
  if (!holder || holder.pid === 0) return t('errors:lock.unknown');
  if (holder.pid === process.pid && holder.host === hostname()) return t('errors:lock.thisQuadrant');
  if (holder.host === hostname()) return t('errors:lock.thisComputer', { pid: holder.pid });
  return t('errors:lock.otherComputer', { pid: holder.pid, host: holder.host });
}
