/**
 * Documents in places Quadrant cannot write — a read-only file, a read-only folder, a read-only disk — open
 * read-only with the reason, refuse every edit with READ_ONLY, give a writable copy through Save As, and leave
 * nothing behind: no lock, no -wal, no -shm. The tests run as root on CI and root ignores permission bits, so the
 * document is opened by a child process running as the unprivileged user `nobody`; the read-only disk is a
 * read-only bind mount in a private mount namespace, which stops root too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { fingerprint, tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const probe = resolve(__dirname, 'read-only-probe.ts');
const hold = resolve(__dirname, 'hold-document.ts');
/** Who runs the probe: `nobody` when the tests run as root, else the user running them (permissions hold for them). */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

interface ProbeReport {
  opened: { ok: boolean; value?: { readOnly: boolean; readOnlyReason?: string }; error?: { code: string; message: string } };
  kpiName?: string;
  export?: { ok: boolean; value: unknown };
  edits?: string[];
  copy?: unknown;
  copyEdit?: boolean;
}

function run(command: string, args: string[], unprivileged: boolean): ProbeReport {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HOME: tempDir() },
    ...(unprivileged && asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  if (result.status !== 0) throw new Error(`the probe failed (${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as ProbeReport;
}

const openAsUser = (path: string, copyDir: string) =>
  run(process.execPath, ['--import', 'tsx', probe, path, copyDir], true);

/** A folder the probe's user owns (so it may write there), holding a copy of the sample. */
function ownFolder(): { dir: string; path: string } {
  const dir = tempDir();
  const path = join(dir, 'Harbour.scorecard');
  writeSampleDocument(path);
  if (asRoot) for (const p of [dir, path]) chownSync(p, NOBODY, NOBODY);
  chmodSync(dir, 0o755);
  return { dir, path };
}

function expectReadOnly(report: ProbeReport, reason: RegExp) {
  expect(report.opened.error).toBeUndefined();
  expect(report.opened.value).toMatchObject({ readOnly: true, readOnlyReason: expect.stringMatching(reason) });
  expect(report.edits).toEqual(['READ_ONLY', 'READ_ONLY', 'READ_ONLY']);
  // Save As gives a writable document of one's own, which takes the edit.
  expect(report.copy).toBe(false);
  expect(report.copyEdit).toBe(true);
}

describe('a document in a place Quadrant cannot write', () => {
  it('a read-only file (0444) opens read-only, and leaves no -wal, -shm or lock beside it', () => {
    const { dir, path } = ownFolder();
    chmodSync(path, 0o444);
    const before = fingerprint(dir);
    const report = openAsUser(path, ownFolder().dir);
    expectReadOnly(report, /^The file is read-only/);
    expect(report.kpiName).toBe('Total revenue');
    expect(fingerprint(dir)).toEqual(before);
  });

  it('a writable file in a read-only folder opens read-only, and the folder is unchanged', () => {
    const { dir, path } = ownFolder();
    if (asRoot) chownSync(dir, 0, 0);
    chmodSync(dir, 0o555);
    const before = fingerprint(dir);
    const report = openAsUser(path, ownFolder().dir);
    expectReadOnly(report, /^Its folder is read-only/);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('shows the edits a crash left in the write-ahead log, without recovering them into a read-only folder', async () => {
    const { dir, path } = ownFolder();
    // A writer commits an edit and is killed before folding its log back: the edit lives in -wal only.
    const writer = spawn(process.execPath, ['--import', 'tsx', hold, path], { cwd: root });
    const lines = createInterface({ input: writer.stdout })[Symbol.asyncIterator]();
    expect((await lines.next()).value).toBe('READY');
    writer.stdin.write(`${JSON.stringify({ method: 'kpi.update', input: { id: 1, name: 'Only in the log' } })}\n`);
    expect(JSON.parse((await lines.next()).value as string)).toMatchObject({ ok: true });
    await new Promise((done) => writer.once('exit', done).kill('SIGKILL'));
    expect(readdirSync(dir).sort()).toEqual(['Harbour.scorecard', 'Harbour.scorecard-shm', 'Harbour.scorecard-wal', 'Harbour.scorecard.lock']);
    if (asRoot) chownSync(dir, 0, 0);
    chmodSync(dir, 0o555);
    const before = fingerprint(dir);
    const report = openAsUser(path, ownFolder().dir);
    expectReadOnly(report, /^Its folder is read-only/);
    expect(report.kpiName).toBe('Only in the log');
    expect(fingerprint(dir)).toEqual(before);
  }, 30_000);
});

/** Whether this machine lets us make a read-only bind mount in a private mount namespace (root, or a user namespace). */
function readOnlyMountSupport(): string | null {
  const dir = tempDir();
  writeFileSync(join(dir, 'probe'), '');
  const trial = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && ! touch "$1/probe" 2>/dev/null', 'sh', dir], { encoding: 'utf8' });
  if (trial.error) return `unshare is not available (${trial.error.message})`;
  if (trial.status !== 0) return `a read-only bind mount is not allowed here: ${trial.stderr.trim() || `exit ${trial.status}`}`;
  return null;
}

describe('a document on a read-only disk', () => {
  const unsupported = readOnlyMountSupport();
  if (unsupported) console.log(`Skipping the read-only disk test: ${unsupported}`);
  it.skipIf(unsupported !== null)('opens read-only (for root too), and the disk is unchanged', () => {
    const { dir, path } = ownFolder();
    const before = fingerprint(dir);
    const script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"';
    const report = run(
      'unshare',
      ['-m', 'sh', '-c', script, 'sh', dir, process.execPath, '--import', 'tsx', probe, path, ownFolder().dir],
      false,
    );
    expectReadOnly(report, /^It is on a read-only disk/);
    expect(fingerprint(dir)).toEqual(before);
  });
});
