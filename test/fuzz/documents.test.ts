/**
 * Damaged `.scorecard` files, generated with a fixed seed from the sample: truncated at random offsets, bytes
 * flipped in the header and in the pages, pages overwritten, foreign SQLite databases, documents from a newer
 * version (in the header or only in a write-ahead log), and write-ahead-log leftovers. Each open must either be
 * refused with a clear error (a code, the file's name) leaving every file in the folder byte for byte as it was
 * and the open document open, or — when the damage fell on bytes SQLite never reads — open a document that passes
 * `PRAGMA integrity_check`. Nothing may throw past dispatch. FUZZ_DOCUMENTS sets the count (default 240).
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchSync } from '../../src/main/core/dispatch';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/main/core/migrations';
import { Session } from '../../src/main/core/session';
import { rng } from '../crash/model';
import { fingerprint, tempDir } from '../helpers';

const count = Number(process.env['FUZZ_DOCUMENTS'] ?? 240);
const CLEAR_CODES = ['NOT_A_SCORECARD', 'NEWER_VERSION', 'CORRUPT', 'IO'];

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);

/** A document left as a killed writer leaves it: the file plus a write-ahead log holding the last commits. */
function withWalLeftover(base: string, dir: string, name: string, edit: (db: Database.Database) => void): void {
  const work = join(dir, `work-${name}`);
  copyFileSync(base, work);
  const db = new Database(work);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  edit(db);
  copyFileSync(work, join(dir, name));
  copyFileSync(`${work}-wal`, join(dir, `${name}-wal`));
  db.close();
  rmSync(work, { force: true });
}

function foreignDatabase(path: string, random: Random): void {
  const db = new Database(path);
  const variant = int(random, 4);
  if (variant > 0) db.pragma(`page_size = ${[512, 4096, 65536][variant - 1]}`);
  db.exec(`CREATE TABLE contacts (name TEXT, email TEXT); INSERT INTO contacts VALUES ('Ada', 'ada@example.com')`);
  if (variant === 2) db.pragma(`application_id = ${int(random, 2 ** 31)}`);
  if (variant === 3) {
    // Our application id but someone else's tables, pretending to be version 0: the migration must not run over them.
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('CREATE TABLE kpi (x)');
  }
  db.close();
}

/** Writes one damaged file into dir and returns its name and the kind of damage. */
function damage(
  base: Buffer,
  basePath: string,
  dir: string,
  i: number,
  random: Random,
): { name: string; kind: string } {
  const kinds = ['truncated', 'header-flip', 'page-flip', 'page-garbage', 'foreign', 'newer', 'wal'] as const;
  const kind = kinds[i % kinds.length]!;
  const name = `doc-${i}.scorecard`;
  const path = join(dir, name);
  const bytes = Buffer.from(base);
  switch (kind) {
    case 'truncated':
      writeFileSync(path, bytes.subarray(0, int(random, bytes.length - 1)));
      break;
    case 'header-flip':
      for (let n = 0, k = 1 + int(random, 3); n < k; n++) bytes[int(random, 100)] ^= 1 << int(random, 8);
      writeFileSync(path, bytes);
      break;
    case 'page-flip':
      for (let n = 0, k = 1 + int(random, 20); n < k; n++) {
        const at = 100 + int(random, bytes.length - 100);
        bytes[at] ^= 1 + int(random, 255);
      }
      writeFileSync(path, bytes);
      break;
    case 'page-garbage': {
      const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
      const page = int(random, Math.floor(bytes.length / pageSize));
      for (let at = page * pageSize + (page === 0 ? 100 : 0); at < (page + 1) * pageSize; at++)
        bytes[at] = int(random, 256);
      writeFileSync(path, bytes);
      break;
    }
    case 'foreign':
      foreignDatabase(path, random);
      break;
    case 'newer':
      if (random() < 0.5) {
        bytes.writeUInt32BE(SCHEMA_VERSION + 1 + int(random, 1000), 60);
        writeFileSync(path, bytes);
      } else {
        // The header still says our version; only the log knows better.
        withWalLeftover(basePath, dir, name, (db) => db.pragma(`user_version = ${SCHEMA_VERSION + 1}`));
      }
      break;
    case 'wal':
      withWalLeftover(basePath, dir, name, (db) => {
        db.prepare("UPDATE kpi SET name = 'Changed before the crash' WHERE id = 1").run();
        if (random() < 0.3) db.pragma(`application_id = ${APPLICATION_ID + 1}`);
      });
      if (random() < 0.5) {
        // A log damaged as well: SQLite must stop at its last intact frame.
        const wal = readFileSync(join(dir, `${name}-wal`));
        for (let n = 0; n < 8; n++) wal[32 + int(random, wal.length - 32)] ^= 0xff;
        writeFileSync(join(dir, `${name}-wal`), wal);
      }
      break;
  }
  return { name, kind };
}

describe('opening damaged documents', () => {
  it(`refuses ${count} damaged files clearly or opens them intact, changing no refused file`, () => {
    const dir = tempDir('quadrant-fuzz-docs-');
    const basePath = join(dir, 'base', 'sample.scorecard');
    mkdirSync(join(dir, 'base'));
    writeSampleDocument(basePath);
    const base = readFileSync(basePath);
    const good = join(dir, 'base', 'good.scorecard');
    writeSampleDocument(good);
    const random = rng(4_2026);
    const refused: Record<string, number> = {};
    const opened: Record<string, number> = {};
    const files = join(dir, 'files');

    const session = new Session({ mode: 'cli' });
    expect(dispatchSync(session, 'document.open', { path: good }).ok).toBe(true);
    for (let i = 0; i < count; i++) {
      mkdirSync(files);
      const { name, kind } = damage(base, basePath, files, i, random);
      const before = fingerprint(files);
      const result = dispatchSync(session, 'document.open', { path: join(files, name) });
      if (!result.ok) {
        expect(CLEAR_CODES, `${kind} #${i}: ${result.error.message}`).toContain(result.error.code);
        expect(result.error.message, `${kind} #${i}`).toContain(`“${name}”`);
        expect(fingerprint(files), `${kind} #${i} (${result.error.message}) changed a file`).toEqual(before);
        const info = dispatchSync(session, 'document.info', {});
        expect(info.ok && (info.value as { path: string }).path).toBe(good);
        refused[kind] = (refused[kind] ?? 0) + 1;
      } else {
        expect(session.file().db.pragma('integrity_check', { simple: true }), `${kind} #${i}`).toBe('ok');
        expect(dispatchSync(session, 'document.export', {}).ok, `${kind} #${i}`).toBe(true);
        // Whatever a flipped byte did to the values, reading and scoring them fails, if at all, with a clear code.
        const listed = dispatchSync(session, 'scorecard.list', {});
        for (const s of listed.ok ? (listed.value as { id: number }[]) : []) {
          for (const [method, input] of [
            ['scorecard.get', { id: s.id }],
            ['scorecard.evaluate', { scorecardId: s.id, period: '2026-Q3' }],
            ['measurement.list', { scorecardId: s.id }],
          ] as const) {
            const r = dispatchSync(session, method, input);
            if (!r.ok) expect(r.error.code, `${kind} #${i} ${method}: ${r.error.message}`).not.toBe('INTERNAL');
          }
        }
        expect(dispatchSync(session, 'document.open', { path: good }).ok).toBe(true);
        opened[kind] = (opened[kind] ?? 0) + 1;
      }
      expect(readdirSync(files).filter((f) => f.endsWith('.lock'))).toEqual([]);
      rmSync(files, { recursive: true, force: true });
    }
    session.close();
    const refusedCount = Object.values(refused).reduce((a, b) => a + b, 0);
    console.log(
      `${count} damaged documents: ${refusedCount} refused with a clear error and unchanged ${JSON.stringify(refused)}; ` +
        `${count - refusedCount} opened intact (damage in bytes SQLite does not use, or a recoverable log) ${JSON.stringify(opened)}`,
    );
    for (const kind of ['truncated', 'header-flip', 'page-garbage', 'foreign', 'newer'])
      expect(refused[kind], kind).toBeGreaterThan(0);
    expect(refusedCount).toBeGreaterThanOrEqual(count / 2);
  }, 300_000);
});
