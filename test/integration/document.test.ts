import Database from 'better-sqlite3';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from '../../src/main/core/migrations';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { client, fingerprint, tempDir } from '../helpers';

describe('a scorecard document on disk', () => {
  it('is created from empty with every migration, marked as ours, with the four standard perspectives', () => {
    const dir = tempDir();
    const path = join(dir, 'Acme.scorecard');
    const { call, session } = client();
    const info = call('document.create', { path });
    expect(info.name).toBe('Acme.scorecard');
    expect(info.scorecards).toEqual([{ id: 1, name: 'Acme' }]);
    expect(call('perspective.list', { scorecardId: 1 }).map((p) => p.name)).toEqual([
      'Financial',
      'Customer',
      'Internal Process',
      'Learning & Growth',
    ]);
    session.close();
    // Closing folds the write-ahead log back: one self-contained file that can be e-mailed.
    expect(existsSync(`${path}-wal`)).toBe(false);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => (r as { name: string }).name);
    expect(tables).toEqual(
      [
        'action_item',
        'cause_link',
        'check_in',
        'closed_period',
        'incentive_item',
        'incentive_plan',
        'initiative',
        'initiative_objective',
        'key_result',
        'kpi',
        'measurement',
        'note',
        'objective',
        'objective_contribution',
        'period_event',
        'perspective',
        'review',
        'review_item',
        'review_template',
        'scorecard',
        'setting',
        'theme',
        'workshop',
        'workshop_note',
        'workshop_vote',
      ].sort(),
    );
    db.close();
  });

  it('migrates an older document forward on open', () => {
    const dir = tempDir();
    const path = join(dir, 'old.scorecard');
    // A document as version 0 of the schema would leave it: marked as ours, nothing applied yet.
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.close();
    const { fail } = client();
    // Migrated, then refused: with no scorecard there is nothing to show (a document always holds one).
    expect(fail('document.open', { path })).toMatchObject({ code: 'CORRUPT', message: expect.stringContaining('holds no scorecard') });
    const migrated = new Database(path, { readonly: true });
    expect(migrated.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(migrated.prepare('SELECT COUNT(*) AS n FROM scorecard').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('refuses to create over an existing file unless asked, and leaves that file alone', () => {
    const dir = tempDir();
    const path = join(dir, 'exists.scorecard');
    writeFileSync(path, 'keep me');
    const { fail } = client();
    expect(fail('document.create', { path }).code).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    expect(fingerprint(dir)).toEqual({ 'exists.scorecard': fingerprint(dir)['exists.scorecard'] });
  });

  it('saves as a copy and keeps working in the copy; the original is unchanged by later edits', () => {
    const dir = tempDir();
    const original = join(dir, 'sample.scorecard');
    writeSampleDocument(original);
    const { call, session } = client();
    call('document.open', { path: original });
    const copy = join(dir, 'copy.scorecard');
    const info = call('document.saveAs', { path: copy });
    expect(info.path).toBe(copy);
    const before = fingerprint(dir)['sample.scorecard'];
    const kpi = call('kpi.list', { scorecardId: 1 })[0]!;
    call('kpi.update', { id: kpi.id, name: 'Renamed in the copy' });
    session.close();
    expect(fingerprint(dir)['sample.scorecard']).toBe(before);
    const check = client();
    check.call('document.open', { path: original });
    expect(check.call('kpi.get', { id: kpi.id }).name).toBe(kpi.name);
    check.call('document.open', { path: copy });
    expect(check.call('kpi.get', { id: kpi.id }).name).toBe('Renamed in the copy');
    check.session.close();
  });

  it('commits every edit at once: another connection sees it while the document is still open', () => {
    const dir = tempDir();
    const path = join(dir, 'live.scorecard');
    const { call, session } = client();
    call('document.create', { path });
    const perspective = call('perspective.list', { scorecardId: 1 })[0]!;
    call('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue', owner: 'Ana' });
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT title, owner FROM objective').all()).toEqual([{ title: 'Grow revenue', owner: 'Ana' }]);
    reader.close();
    session.close();
  });
});
