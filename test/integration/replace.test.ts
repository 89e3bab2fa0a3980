/**
 * Replacing a file: New, Save As and import may only replace a Quadrant document (or nothing). A text file, a
 * foreign database or a folder in the way is refused and left byte for byte as it was; a replaced document is
 * backed up first when the session keeps backups.
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../src/shared/contract';
import { dispatchSync } from '../../src/main/core/dispatch';
import { importJsonFile } from '../../src/main/core/interchange-io';
import { Session } from '../../src/main/core/session';
import { ApiFailure, client, fingerprint, tempDir } from '../helpers';

const SAMPLE_JSON = join(process.cwd(), 'resources', 'sample.json');

function sessionWithBackups(backupDir: string) {
  const session = new Session({ mode: 'cli', backupDir });
  const call = <M extends Method>(method: M, input: Input<M>): Output<M> => {
    const r = dispatchSync(session, method, input);
    if (!r.ok) throw new ApiFailure(r.error);
    return r.value as Output<M>;
  };
  return { session, call };
}

/** Things in the way that are not Quadrant documents, each under a name a person might give a scorecard. */
function strangers(dir: string): string[] {
  const text = join(dir, 'minutes.scorecard');
  writeFileSync(text, 'Board minutes, 3 March: keep this file.\n');
  const plain = join(dir, 'notes.txt');
  writeFileSync(plain, 'shopping list');
  const foreign = join(dir, 'other-app.scorecard');
  const db = new Database(foreign);
  db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (42);');
  db.close();
  const folder = join(dir, 'folder.scorecard');
  mkdirSync(folder);
  return [text, plain, foreign, folder];
}

describe('replacing a file', () => {
  it('refuses to create a document over a file that is not a Quadrant document, leaving it byte for byte as it was', () => {
    const dir = tempDir();
    const targets = strangers(dir);
    const before = fingerprint(dir);
    const { fail, session } = client();
    for (const path of targets) {
      const error = fail('document.create', { path, overwrite: true });
      expect(error.code, path).toBe('NOT_A_SCORECARD');
      expect(error.message, path).toMatch(/only its own documents/);
    }
    expect(fingerprint(dir)).toEqual(before);
    expect(session.document).toBeNull();
  });

  it('refuses Save As and import over such a file too', () => {
    const dir = tempDir();
    const targets = strangers(dir);
    const { call, fail, session } = client();
    call('document.create', { path: join(dir, 'Plan.scorecard') });
    const before = fingerprint(dir);
    for (const path of targets) {
      expect(fail('document.saveAs', { path, overwrite: true }).code, path).toBe('NOT_A_SCORECARD');
      expect(() => importJsonFile(SAMPLE_JSON, path, true), path).toThrow(
        /only its own documents/,
      );
    }
    expect(fingerprint(dir)).toEqual(before);
    expect(session.document!.path).toBe(join(dir, 'Plan.scorecard'));
    session.close();
  });

  it('replaces a Quadrant document when asked, after backing it up', () => {
    const dir = tempDir();
    const backups = tempDir();
    const path = join(dir, 'Plan.scorecard');
    const first = sessionWithBackups(backups);
    first.call('document.create', { path, name: 'Old plan' });
    first.call('scorecard.update', { id: 1, mission: 'The old mission' });
    first.session.close();

    const second = sessionWithBackups(backups);
    const info = second.call('document.create', { path, name: 'New plan', overwrite: true });
    expect(info.scorecards).toEqual([{ id: 1, name: 'New plan' }]);
    const saved = second.call('backup.list', {}).filter((b) => b.reason === 'replaced');
    expect(saved.map((b) => b.source)).toEqual([path]);
    // The backup is the old document, whole: restoring it brings the old mission back.
    second.call('backup.restore', { id: saved[0]!.id, path: join(dir, 'Old plan.scorecard') });
    expect(second.call('scorecard.get', { id: 1 }).scorecard).toMatchObject({
      name: 'Old plan',
      mission: 'The old mission',
    });

    // Save As over a document replaces it the same way.
    second.call('document.saveAs', { path, overwrite: true });
    expect(second.call('scorecard.list', {}).map((s) => s.name)).toEqual(['Old plan']);
    expect(second.call('backup.list', {}).filter((b) => b.reason === 'replaced')).toHaveLength(2);
    second.session.close();
  });

  it('imports over a Quadrant document when forced', () => {
    const dir = tempDir();
    const path = join(dir, 'Plan.scorecard');
    const { call, session } = client();
    call('document.create', { path, name: 'Empty' });
    session.close();
    importJsonFile(SAMPLE_JSON, path, true).close();
    const { call: again, session: reopened } = client();
    again('document.open', { path });
    expect(again('scorecard.list', {}).length).toBeGreaterThan(0);
    expect(again('scorecard.list', {}).map((s) => s.name)).not.toContain('Empty');
    reopened.close();
  });
});
