import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { fingerprint, tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const sample = join(root, 'resources/sample.json');

/** main() as the bin calls it, awaiting `report`. */
async function runAsync(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('the quadrant command line', () => {
  it('imports the sample, scores it for a quarter and exports it back', () => {
    const dir = tempDir();
    const doc = join(dir, 'sample.scorecard');
    expect(run(['import', sample, doc])).toMatchObject({ code: 0 });
    const score = run(['score', doc, '--period', '2026-Q3']);
    expect(score.code).toBe(0);
    expect(score.out).toMatch(/^Harbour & Ember — Company Scorecard — Q3 2026 \(2026-Q3\)\nOverall +\d+ %/);
    for (const name of ['Financial', 'Customer', 'Internal Process', 'Learning & Growth', 'Total revenue', 'Staff turnover']) {
      expect(score.out).toContain(name);
    }
    expect(score.out).toContain('– no data');
    const json = JSON.parse(run(['score', doc, '--period', '2026-Q3', '--json']).out);
    expect(json.period).toBe('2026-Q3');
    expect(json.kpis.length).toBe(JSON.parse(readFileSync(sample, 'utf8')).kpis.length);
    expect(json.kpis[0].formula.text.length).toBeGreaterThan(10);
    // Without --period it scores the latest period with data.
    expect(run(['score', doc]).out).toContain('(2026-Q3)');
    const exported = run(['export', doc]);
    expect(exported.code).toBe(0);
    expect(exported.out).toBe(readFileSync(sample, 'utf8'));
    expect(run(['export', doc, '--out', join(dir, 'out.json')]).code).toBe(0);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(exported.out);
    expect(run(['export', doc, '--out', join(dir, 'out.json')])).toMatchObject({ code: 1 });
  });

  it('creates an empty document with the four perspectives', () => {
    const dir = tempDir();
    expect(run(['new', join(dir, 'Acme.scorecard'), '--name', 'Acme Ltd']).code).toBe(0);
    const json = JSON.parse(run(['export', join(dir, 'Acme.scorecard')]).out);
    expect(json.scorecards[0].name).toBe('Acme Ltd');
    expect(json.perspectives).toHaveLength(4);
    expect(run(['new', join(dir, 'Acme.scorecard')])).toMatchObject({ code: 1, err: expect.stringMatching(/already exists/) });
  });

  it('rejects a bad import with the JSON path of the first problem and writes nothing', () => {
    const dir = tempDir();
    const bad = JSON.parse(readFileSync(sample, 'utf8'));
    bad.kpis[2].polarity = 'sideways';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const before = fingerprint(dir);
    const r = run(['import', join(dir, 'bad.json'), join(dir, 'bad.scorecard')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\$\.kpis\[2\]\.polarity/);
    expect(existsSync(join(dir, 'bad.scorecard'))).toBe(false);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('explains usage mistakes with exit code 2', () => {
    expect(run([])).toMatchObject({ code: 2, out: expect.stringContaining('Usage:') });
    expect(run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command') });
    expect(run(['score'])).toMatchObject({ code: 2, err: expect.stringContaining('Missing the document') });
    expect(run(['score', 'x.scorecard', '--bogus'])).toMatchObject({ code: 2 });
  });

  it('runs as the installed bin on plain Node', () => {
    const dir = tempDir();
    const doc = join(dir, 's.scorecard');
    execFileSync(process.execPath, [join(root, 'bin/quadrant.mjs'), 'import', sample, doc]);
    const out = execFileSync(process.execPath, [join(root, 'bin/quadrant.mjs'), 'score', doc, '--period', '2026-Q3'], { encoding: 'utf8' });
    expect(out).toContain('Overall');
    const missing = spawnSync(process.execPath, [join(root, 'bin/quadrant.mjs'), 'score', join(dir, 'nope.scorecard')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.scorecard.*does not exist/);
  });
});

const bin = join(root, 'bin/quadrant.mjs');

/** The installed command as a user runs it: a child process on plain Node. */
function quadrant(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Runs the commands two at a time: the machine is shared, and fifty Node processes at once only thrash it. */
async function quadrantEach(runs: string[][]): Promise<Awaited<ReturnType<typeof quadrant>>[]> {
  const results: Awaited<ReturnType<typeof quadrant>>[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < runs.length) {
      const i = next++;
      results[i] = await quadrant(runs[i]!);
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** sha256 of every file under a folder, subfolders included. */
function fingerprintTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, hash] of Object.entries(fingerprint(dir))) out[name] = hash;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const [name, hash] of Object.entries(fingerprintTree(join(dir, entry.name)))) out[`${entry.name}/${name}`] = hash;
  }
  return out;
}

describe('user mistakes on the real command line', () => {
  const COMMANDS = ['new', 'import', 'export', 'score', 'report'];

  it('answers --help for every command with its usage, exit 0', async () => {
    const results = await quadrantEach(COMMANDS.map((command) => [command, '--help']));
    COMMANDS.forEach((command, i) => {
      expect(results[i], command).toMatchObject({ status: 0, stderr: '' });
      expect(results[i]!.stdout, command).toMatch(new RegExp(`^Usage: quadrant ${command} `));
      // The same usage for -h among other arguments, and for `quadrant help <command>`.
      for (const args of [[command, 'some.scorecard', '-h', '--bogus'], ['help', command]]) {
        expect(run(args), args.join(' ')).toMatchObject({ code: 0, out: results[i]!.stdout, err: '' });
      }
    });
    expect(run(['help', '__proto__'])).toMatchObject({ code: 2, err: expect.stringMatching(/^Unknown command: __proto__\n/) });
  }, 120_000);

  it('refuses every mistake with a clear message, no stack trace, and nothing written', async () => {
    const dir = tempDir('quadrant-cli-mistakes-');
    const doc = join(dir, 'sample.scorecard');
    expect(run(['import', sample, doc]).code).toBe(0);
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'just some text\n');
    const fakeLogo = join(dir, 'logo.png');
    writeFileSync(fakeLogo, 'this is a text file renamed to .png\n');
    const existing = join(dir, 'existing.json');
    writeFileSync(existing, '{}');
    const missing = join(dir, 'missing.scorecard');
    // A document without a scorecard, as an older import or another tool could leave one.
    const empty = join(dir, 'empty.scorecard');
    expect(run(['new', empty]).code).toBe(0);
    const db = new Database(empty);
    db.prepare('DELETE FROM scorecard').run();
    db.close();
    const before = fingerprintTree(dir);

    // Each mistake runs in-process through main(); one of each kind also as a child process of the real bin, which
    // costs about 1.4 s of CPU each (tsx compiles on start) on a machine shared with other work.
    const cases: [args: string[], status: number, stderr: RegExp, alsoAsChild?: 'child'][] = [
      [['__proto__'], 2, /^Unknown command: __proto__\n/, 'child'],
      [['toString'], 2, /^Unknown command: toString\n/, 'child'],
      [['constructor', doc], 2, /^Unknown command: constructor\n/],
      [['new'], 2, /^quadrant new: Missing the file to create\.\nRun `quadrant new --help`/, 'child'],
      [['import', sample], 2, /Missing the JSON file and the document to create/],
      [['export'], 2, /Missing the document to export/],
      [['score'], 2, /Missing the document to score/],
      [['report'], 2, /Missing the document to report on/],
      [['score', doc, 'extra'], 2, /Unexpected argument: extra/],
      [['score', doc, '--bogus'], 2, /^quadrant score: Unknown option --bogus\./, 'child'],
      [['report', doc, '--bogus'], 2, /^quadrant report: Unknown option --bogus\./],
      [['export', doc, '--out'], 2, /Option --out needs a value/],
      [['score', doc, '--scorecard', 'abc'], 2, /--scorecard takes scorecard ids such as 1, not “abc”.*1 \(Harbour/, 'child'],
      [['score', doc, '--scorecard', '99'], 1, /has no scorecard 99\. It has: 1 \(Harbour/],
      [['report', doc, '--scorecard', '1,x'], 2, /not “x”/],
      [['score', doc, '--period', 'soon'], 1, /period/],
      [['report', doc, '--size', 'B5'], 2, /--size must be A4 or Letter, not B5/],
      [['report', doc, '--sections', 'cover,charts'], 2, /Unknown section charts/],
      [['score', missing], 1, /missing\.scorecard.*does not exist/, 'child'],
      [['export', missing], 1, /does not exist/],
      [['report', missing], 1, /does not exist/],
      [['import', join(dir, 'missing.json'), join(dir, 'x.scorecard')], 1, /the JSON file .*missing\.json: it does not exist/],
      [['score', empty], 1, /^quadrant score: “empty\.scorecard” holds no scorecard, so there is nothing to open\. Create a new document or import the scorecard again\.\n$/, 'child'],
      [['report', empty], 1, /^quadrant report: “empty\.scorecard” holds no scorecard/],
      [['score', folder], 1, /folder, not a file/],
      [['import', folder, join(dir, 'x.scorecard')], 1, /a-folder: it is a folder, not a file/, 'child'],
      [['import', sample, folder, '--force'], 1, /a-folder is a folder: name the document to create/, 'child'],
      [['new', folder], 1, /a-folder is a folder: name the document to create/],
      [['score', text], 1, /not a Quadrant scorecard file/, 'child'],
      [['export', sample], 1, /not a Quadrant scorecard file/],
      [['report', text], 1, /not a Quadrant scorecard file/],
      [['import', text, join(dir, 'x.scorecard')], 1, /Cannot import “notes\.txt”/],
      [['export', doc, '--out', folder], 1, /a-folder is a folder: name the file to write/],
      [['export', doc, '--out', folder, '--force'], 1, /a-folder is a folder: name the file to write/, 'child'],
      [['export', doc, '--out', '/missing-folder/x.json'], 1, /the folder \/missing-folder does not exist/, 'child'],
      [['export', doc, '--out', join(text, 'x.json')], 1, /notes\.txt is not a folder/],
      [['export', doc, '--out', existing], 1, /existing\.json already exists \(use --force/],
      [['export', doc, '--out', doc, '--force'], 1, /is a scorecard document \(a database\): it is never replaced/],
      [['report', doc, '--out', folder], 1, /a-folder is a folder: name the file to write/],
      [['report', doc, '--out', folder, '--force'], 1, /a-folder is a folder: name the file to write/, 'child'],
      [['report', doc, '--out', '/missing-folder/x.pdf'], 1, /the folder \/missing-folder does not exist/, 'child'],
      [['report', doc, '--out', doc, '--force'], 1, /is a scorecard document/],
      [['report', doc, '--logo', fakeLogo], 1, /logo\.png is not a PNG, JPEG, GIF, WebP or SVG image/, 'child'],
      [['report', doc, '--logo', join(dir, 'none.png')], 1, /the logo .*none\.png: it does not exist/],
      [['report', doc, '--logo', folder], 1, /the logo .*a-folder: it is a folder/],
    ];
    const check = (args: string[], r: { status: number | null; stderr: string }, status: number, stderr: RegExp) => {
      const label = `quadrant ${args.join(' ')}\n${r.stderr}`;
      expect.soft(r.status, label).toBe(status);
      expect.soft(r.stderr, label).toMatch(stderr);
      expect.soft(r.stderr, label).not.toMatch(/^\s+at /m);
      expect.soft(r.stderr, label).not.toMatch(/internal error|Printed with/);
    };
    for (const [args, status, stderr] of cases) {
      const r = await runAsync(args);
      check(args, { status: r.code, stderr: r.err }, status, stderr);
    }
    const children = cases.filter((c) => c[3] === 'child');
    const results = await quadrantEach(children.map(([args]) => args));
    children.forEach(([args, status, stderr], i) => check(args, results[i]!, status, stderr));
    expect(fingerprintTree(dir)).toEqual(before);
  }, 300_000);

  it.skipIf(process.getuid?.() === 0)('refuses an output folder it may not write in', async () => {
    const dir = tempDir('quadrant-cli-readonly-');
    const doc = join(dir, 'sample.scorecard');
    expect(run(['import', sample, doc]).code).toBe(0);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const r = await quadrant(['export', doc, '--out', join(locked, 'x.json')]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/no permission to write in .*locked/);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('writes --out through a temporary file and replaces an existing one only with --force', async () => {
    const dir = tempDir('quadrant-cli-out-');
    const doc = join(dir, 'sample.scorecard');
    expect(run(['import', sample, doc]).code).toBe(0);
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    const r = await quadrant(['export', doc, '--out', out, '--force']);
    expect(r).toMatchObject({ status: 0, stderr: `Exported to ${out}\n` });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(sample, 'utf8'));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('output that cannot be written', () => {
  it('ends quietly when the reader goes away, and in one line when the disk is full', async () => {
    const dir = tempDir('quadrant-cli-pipe-');
    const doc = join(dir, 'sample.scorecard');
    expect(run(['import', sample, doc]).code).toBe(0);
    // `quadrant export doc | head -c 0`: the pipe is closed before the document is written to it.
    const closed = await new Promise<{ status: number | null; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, [bin, 'export', doc], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', fail);
      child.on('close', (status) => done({ status, stderr }));
    });
    expect(closed).toEqual({ status: 0, stderr: '' });
    if (!existsSync('/dev/full')) return;
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, 'score', doc], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('quadrant: cannot write the output: the disk is full\n');
    } finally {
      closeSync(full);
    }
  }, 60_000);
});
