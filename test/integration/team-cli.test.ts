/**
 * `quadrant publish`, `pull` and `serve` on a real PostgreSQL: a document published and pulled back exports
 * byte-identical interchange JSON, and every mistake is one line and an exit code, never a stack trace.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { PgStore } from '../../src/main/core/db/pg-store';
import { sql } from '../../src/main/team/sql';
import { fingerprint, tempDir } from '../helpers';
import { describePg, freshSchema, pgDatabase } from '../pg';

const root = resolve(__dirname, '../..');
const sample = join(root, 'resources/sample.json');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** One line, no stack trace. */
function oneLine(text: string): string {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text.trim().split('\n')).toHaveLength(1);
  return text.trim();
}

describePg('quadrant publish and pull', () => {
  it('publishes a document and pulls it back: the interchange JSON is byte-identical', async () => {
    const dir = tempDir();
    const doc = join(dir, 'sample.scorecard');
    expect((await run(['import', sample, doc])).code).toBe(0);
    const before = (await run(['export', doc])).out;
    const db = pgDatabase();
    const schema = freshSchema('cli');
    const published = await run(['publish', doc, db, '--schema', schema]);
    expect(published).toMatchObject({ code: 0, err: '' });
    expect(published.out).toMatch(/^Published .*sample\.scorecard to .* \(1 scorecard\)\n$/);
    const pulled = join(dir, 'pulled.scorecard');
    expect(await run(['pull', db, pulled, '--schema', schema])).toMatchObject({ code: 0, out: `Pulled 1 scorecard into ${pulled}\n` });
    const after = (await run(['export', pulled])).out;
    expect(after.length).toBeGreaterThan(10_000);
    expect(after).toBe(before);

    // A new row on the team document after a publish gets a fresh id, not one of the imported rows'.
    const store = PgStore.open(db, { schema });
    try {
      const max = store.engine.get<{ id: number }>(sql('SELECT max(id) AS id FROM kpi'))!.id;
      const id = store.engine.insert(sql(`INSERT INTO theme (scorecard_id, name, colour, description) SELECT id, 'New', '#336699', '' FROM scorecard LIMIT 1 RETURNING id`));
      expect(id).toBeGreaterThan(0);
      expect(max).toBeGreaterThan(0);
    } finally {
      store.close();
    }

    // Again, over the team document: refused without --replace, replaced with it.
    const refused = await run(['publish', doc, db, '--schema', schema]);
    expect(refused.code).toBe(1);
    expect(oneLine(refused.err)).toMatch(/already holds a team scorecard \(“Harbour & Ember — Company Scorecard”\): pass --replace to replace it\. Nothing was changed\.$/);
    expect((await run(['publish', doc, db, '--schema', schema, '--replace'])).code).toBe(0);
    expect((await run(['pull', db, pulled, '--schema', schema, '--overwrite'])).code).toBe(0);
    expect((await run(['export', pulled])).out).toBe(before);
  });

  it('answers every mistake in one line with an exit code, and changes nothing', async () => {
    const dir = tempDir();
    const doc = join(dir, 'sample.scorecard');
    expect((await run(['import', sample, doc])).code).toBe(0);
    const existing = join(dir, 'existing.scorecard');
    expect((await run(['new', existing])).code).toBe(0);
    const db = pgDatabase();
    const schema = freshSchema('cli');
    expect((await run(['publish', doc, db, '--schema', schema])).code).toBe(0);
    const newer = freshSchema('newer');
    const store = PgStore.open(db, { schema: newer });
    store.engine.run(sql('UPDATE quadrant_meta SET schema_version = 999'));
    store.close();
    const files = fingerprint(dir);
    const noServer = `host=${dir} dbname=quadrant user=quadrant`;
    const noUser = db.replace(/user=\S+/, 'user=nobody_here');
    const noDatabase = db.replace(/dbname=\S+/, 'dbname=no_such_database');

    const cases: [string[], number, RegExp][] = [
      [['publish', doc, 'mysql://x'], 2, /is not a PostgreSQL address/],
      [['publish', join(dir, 'missing.scorecard'), db], 1, /does not exist/],
      [['publish', doc, noServer], 1, /^quadrant publish: Cannot connect to the team database/],
      [['publish', doc, noUser], 1, /Cannot connect to the team database.*nobody_here/],
      [['pull', noDatabase, join(dir, 'x.scorecard')], 1, /Cannot connect to the team database.*no_such_database/],
      [['publish', doc, db, '--schema', newer], 1, /newer version of Quadrant.*nothing was changed/],
      [['pull', db, join(dir, 'y.scorecard'), '--schema', newer], 1, /newer version of Quadrant/],
      [['publish', doc, db, '--schema', schema], 1, /pass --replace/],
      [['pull', db, existing, '--schema', schema], 1, /already exists: pass --overwrite to replace it/],
      [['pull', db, dir, '--schema', schema], 1, /is a folder/],
      [['pull', db, join(dir, 'z.scorecard'), '--schema', 'Bad Name'], 1, /cannot name a schema/],
      [['serve'], 2, /Missing --database/],
      [['serve', '--database', db, '--port', 'eighty'], 2, /--port takes a port number/],
      [['pull', db], 2, /Missing the team database and the document to write/],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(code);
      expect(oneLine(result.err.split('\nRun `')[0]!)).toMatch(message);
    }
    expect(fingerprint(dir)).toEqual(files);
    expect(existsSync(join(dir, 'x.scorecard'))).toBe(false);
  });

  it('serve prints its address and the first admin’s setup link', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/quadrant.mjs'), 'serve', '--database', pgDatabase(), '--port', '0', '--schema', freshSchema('serve')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no link printed: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          if (/\?invite=/.test(out) && /Ctrl\+C/.test(out)) {
            clearTimeout(timer);
            done();
          }
        });
        child.on('exit', () => fail(new Error(`serve ended: ${out}`)));
      });
      const address = /\n {2}(http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out)![1]!;
      const link = /\n {2}(http:\/\/127\.0\.0\.1:\d+\/\?invite=[\w-]{43})\n/.exec(out)![1]!;
      expect(link.startsWith(address)).toBe(true);
      const session = await (await fetch(new URL('/auth/session', address))).json();
      expect(session).toEqual({ me: null, csrfToken: null, setupNeeded: true });
      const page = await (await fetch(address)).text();
      expect(page).toContain('quadrant-mode');
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
