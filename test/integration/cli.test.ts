import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { fingerprint, tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const sample = join(root, 'resources/sample.json');

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
