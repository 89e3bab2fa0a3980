/**
 * Backups: the first open of a day and every migration leave a copy in the backups folder, made with SQLite's
 * online backup API; the last ten of each document are kept; a backup is restored into a new file only.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../src/main/core/backups';
import { dispatchSync } from '../../src/main/core/dispatch';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { APPLICATION_ID, applyMigrations, SCHEMA_VERSION } from '../../src/main/core/migrations';
import { Session } from '../../src/main/core/session';
import { DocumentStore } from '../../src/main/core/store';
import type { Input, Method, Output } from '../../src/shared/contract';
import { fingerprint, tempDir } from '../helpers';

function client(backupDir: string) {
  const session = new Session({ mode: 'web', backupDir });
  const call = <M extends Method>(method: M, input: Input<M>): Output<M> => {
    const r = dispatchSync(session, method, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as Output<M>;
  };
  const fail = (method: Method, input: unknown) => {
    const r = dispatchSync(session, method, input);
    if (r.ok) throw new Error(`${method} should have failed`);
    return r.error;
  };
  return { session, call, fail };
}

describe('daily backups', () => {
  it('copies a document on its first open of the day, and only then', () => {
    const dir = tempDir();
    const backups = join(dir, 'backups');
    const doc = join(dir, 'Harbour.scorecard');
    writeSampleDocument(doc);
    const { call, session } = client(backups);
    call('document.open', { path: doc });
    const [first, ...others] = call('backup.list', {});
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      source: doc,
      sourceName: 'Harbour.scorecard',
      reason: 'daily',
      schemaVersion: SCHEMA_VERSION,
    });
    expect(first!.size).toBe(readFileSync(join(backups, first!.id)).length);
    expect(new Date(first!.createdAt).toDateString()).toBe(new Date().toDateString());
    call('scorecard.update', { id: 1, mission: 'Changed after the backup' });
    call('document.close', {});
    call('document.open', { path: doc });
    expect(call('backup.list', {})).toHaveLength(1);

    // The copy is a whole, valid document holding what the file held when it was opened.
    const copy = DocumentStore.open(join(backups, first!.id));
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      (copy.db.prepare('SELECT mission FROM scorecard WHERE id = 1').get() as { mission: string }).mission,
    ).not.toBe('Changed after the backup');
    copy.close();
    session.close();
  });

  it('keeps the newest ten backups of each document', () => {
    const dir = tempDir();
    const doc = join(dir, 'a.scorecard');
    const other = join(dir, 'b.scorecard');
    writeSampleDocument(doc);
    writeSampleDocument(other);
    let day = new Date('2026-01-01T09:00:00Z').getTime();
    const backups = new Backups(join(dir, 'backups'), 10, () => new Date(day));
    const store = DocumentStore.open(doc);
    const otherStore = DocumentStore.open(other);
    backups.create(otherStore.db, other, 'daily', SCHEMA_VERSION);
    for (let i = 0; i < 13; i++) {
      expect(backups.dailyDue(doc)).toBe(true);
      backups.create(store.db, doc, 'daily', SCHEMA_VERSION);
      expect(backups.dailyDue(doc)).toBe(false);
      day += 86_400_000;
    }
    const mine = backups.list().filter((b) => b.source === doc);
    expect(mine).toHaveLength(10);
    // Newest first; the three oldest went.
    expect(mine[0]!.createdAt).toBe('2026-01-13T09:00:00.000Z');
    expect(mine[9]!.createdAt).toBe('2026-01-04T09:00:00.000Z');
    expect(backups.list().filter((b) => b.source === other)).toHaveLength(1);
    // Each backup is a .scorecard and its .json description, nothing else.
    expect(readdirSync(backups.dir)).toHaveLength(22);
    store.close();
    otherStore.close();
  });
});

describe('a backup before every migration', () => {
  it('copies the document as it was before the upgrade', () => {
    const dir = tempDir();
    const doc = join(dir, 'old.scorecard');
    const db = new Database(doc);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    applyMigrations(db, 0, SCHEMA_VERSION - 1);
    db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
    if (SCHEMA_VERSION > 1) db.exec("INSERT INTO scorecard (id, name) VALUES (1, 'From an older Quadrant')");
    db.close();
    const { call, session } = client(join(dir, 'backups'));
    expect(call('document.open', { path: doc }).schemaVersion).toBe(SCHEMA_VERSION);
    const list = call('backup.list', {});
    // It is also the day's backup: one copy, not two of the same bytes.
    expect(list.map((b) => b.reason)).toEqual(['migration']);
    const before = list[0]!;
    expect(before.schemaVersion).toBe(SCHEMA_VERSION - 1);
    const copy = new Database(join(dir, 'backups', before.id), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
    copy.close();
    session.close();
  });
});

describe('restoring a backup', () => {
  it('restores into a new file and opens it, even when no document is open', () => {
    const dir = tempDir();
    const doc = join(dir, 'Harbour.scorecard');
    writeSampleDocument(doc);
    const { call, fail, session } = client(join(dir, 'backups'));
    call('document.open', { path: doc });
    const original = call('document.export', {});
    call('kpi.update', { id: 1, name: 'Renamed after the backup' });
    const [backup] = call('backup.list', { onlyCurrent: true });
    call('document.close', {});
    expect(call('backup.list', { onlyCurrent: true })).toEqual([]);

    const before = fingerprint(dir);
    // Never over an existing file, the document itself included; never a path outside the backups folder.
    expect(fail('backup.restore', { id: backup!.id, path: doc }).code).toBe('FILE_EXISTS');
    expect(fail('backup.restore', { id: '../Harbour.scorecard', path: join(dir, 'x.scorecard') }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail('backup.restore', { id: backup!.id, path: join(dir, 'no folder', 'x.scorecard') }).code).toBe('IO');
    expect(fingerprint(dir)).toEqual(before);

    const restored = join(dir, 'Harbour (restored).scorecard');
    const info = call('backup.restore', { id: backup!.id, path: restored });
    expect(info).toMatchObject({ path: restored, readOnly: false });
    expect(call('document.export', {})).toEqual(original);
    expect(call('kpi.get', { id: 1 }).name).not.toBe('Renamed after the backup');
    session.close();
    // The document itself still has the later edit.
    const later = client(join(dir, 'backups'));
    later.call('document.open', { path: doc });
    expect(later.call('kpi.get', { id: 1 }).name).toBe('Renamed after the backup');
    later.session.close();
  });

  it('lists nothing and restores nothing from a folder of stray files', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stray.scorecard'), 'not described by a .json');
    const { call, fail } = client(dir);
    expect(call('backup.list', {})).toEqual([]);
    expect(fail('backup.restore', { id: 'stray.scorecard', path: join(dir, 'r.scorecard') }).code).toBe('NOT_FOUND');
    expect(existsSync(join(dir, 'r.scorecard'))).toBe(false);
  });
});
