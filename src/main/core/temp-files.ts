/**
 * Temporary files: a new document, an import, a Save As, a restored backup and a backup are each written under a
 * temporary name beside their target and renamed into place, so a file is whole or absent. A process killed
 * meanwhile leaves the temporary file (and SQLite's -journal of it) behind; they are removed the next time
 * Quadrant works in that folder.
 *
 * Only files that are surely ours and surely stale are removed: the name follows our pattern exactly
 * (`.<target>.<host>-<pid>-<stamp>.quadrant-tmp`, with SQLite's -journal/-wal/-shm or a backup's .json after
 * it), names this computer (a digest of its host name: a folder on a share may be written from another computer
 * this instant) and a process that has ended.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const PATTERN = /^\..+\.([0-9a-f]{8})-(\d+)-[0-9a-z]+\.quadrant-tmp(?:-journal|-wal|-shm|\.json)?$/;
let counter = 0;

/** A temporary name beside `target`, unique to this process and call. */
export function tempPathFor(target: string): string {
  const stamp = `${Date.now().toString(36)}${(counter++).toString(36)}`;
  return join(dirname(target), `.${basename(target)}.${HOST}-${process.pid}-${stamp}.quadrant-tmp`);
}

function hasEnded(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Whether a file name is one of our temporary files, written on this computer by a process that has ended. */
export function isStaleTempName(name: string): boolean {
  const match = PATTERN.exec(name);
  return match !== null && match[1] === HOST && Number(match[2]) !== process.pid && hasEnded(Number(match[2]));
}

/**
 * Removes the temporary files killed Quadrants left in a folder; returns how many. Never fails: a folder that
 * cannot be listed or written keeps its leftovers, and the work at hand goes on.
 */
export function removeStaleTempFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!isStaleTempName(name)) continue;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isFile()) continue;
      rmSync(path, { force: true });
      removed++;
    } catch {
      // Gone already (another Quadrant cleaned up too) or not ours to remove: leave it.
    }
  }
  return removed;
}
