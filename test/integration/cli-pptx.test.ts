/** `quadrant pptx` on real files: the deck it writes, and a plain message (no stack trace) for every mistake. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { fingerprint, tempDir } from '../helpers';
import { readDeck } from './deck-read';

const sample = resolve(__dirname, '../../resources/sample.json');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
let doc: string;

beforeAll(async () => {
  dir = tempDir('quadrant-pptx-');
  doc = join(dir, 'sample.scorecard');
  expect(await run(['import', sample, doc])).toMatchObject({ code: 0 });
});

describe('quadrant pptx', () => {
  it('writes the deck of a period, with the slide count it reports', async () => {
    const out = join(dir, 'deck.pptx');
    const r = await run(['pptx', doc, '--period', '2026-Q3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const slides = Number(/\((\d+) slides, Q3 2026\)/.exec(r.out)?.[1]);
    expect(r.out).toContain(`Wrote ${out}`);
    const deck = await readDeck(readFileSync(out));
    expect(deck.slides).toHaveLength(slides);
    expect(deck.slides[0]!.text).toContain('Q3 2026');
    expect(deck.slides.flatMap((s) => s.charts).length).toBeGreaterThan(4);
    const cover = await run([
      'pptx',
      doc,
      '--period',
      '2026-Q3',
      '--out',
      join(dir, 'cover.pptx'),
      '--title',
      'Strategy workshop hand-over',
      '--company',
      'Harbour & Ember Ltd',
      '--prepared-by',
      'Anna Berg',
      '--date',
      '2026-10-06',
    ]);
    expect(cover.code).toBe(0);
    const title = (await readDeck(readFileSync(join(dir, 'cover.pptx')))).slides[0]!.text;
    for (const text of [
      'Strategy workshop hand-over',
      'Harbour & Ember Ltd',
      'Prepared by Anna Berg',
      '6 October 2026',
    ]) {
      expect(title).toContain(text);
    }
    // Without --period: the latest period with data, as `quadrant report` chooses.
    const latest = await run(['pptx', doc, '--out', join(dir, 'latest.pptx')]);
    expect(latest.code).toBe(0);
    expect(latest.out).toMatch(/slides, Q\d 20\d\d\)/);
  });

  it('refuses to replace a file without --force, and replaces it with --force', async () => {
    const out = join(dir, 'kept.pptx');
    writeFileSync(out, 'mine');
    const refused = await run(['pptx', doc, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^quadrant pptx: .*exists/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect((await run(['pptx', doc, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('says what is wrong, in one line, for each mistake, and writes nothing', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'corrupt.scorecard'), 'not a database at all, just words');
    const before = fingerprint(bad);
    const cases: [string[], number, RegExp][] = [
      [['pptx', join(bad, 'missing.scorecard'), '--out', join(bad, 'a.pptx')], 1, /missing\.scorecard/],
      [
        ['pptx', join(bad, 'corrupt.scorecard'), '--out', join(bad, 'b.pptx')],
        1,
        /corrupt\.scorecard|not a Quadrant document|database/i,
      ],
      [
        ['pptx', doc, '--scorecard', '9', '--out', join(bad, 'c.pptx')],
        1,
        /no scorecard 9\. It has: 1 \(Harbour & Ember/,
      ],
      [['pptx', doc, '--scorecard', 'first', '--out', join(bad, 'd.pptx')], 2, /--scorecard takes scorecard ids/],
      [['pptx', doc, '--period', 'soon', '--out', join(bad, 'e.pptx')], 2, /--period takes a month .* not “soon”/],
      [['pptx', doc], 2, /Missing --out deck\.pptx/],
      [['pptx', '--out', join(bad, 'f.pptx')], 2, /Missing the document/],
      [['pptx', doc, '--out', bad], 1, /is a folder: name the file to write/],
      [['pptx', doc, '--out', join(bad, 'no', 'such', 'folder', 'g.pptx')], 1, /no[/\\]such[/\\]folder/],
      [['pptx', doc, '--colour', 'red', '--out', join(bad, 'h.pptx')], 2, /Unknown option --colour/],
      [
        ['pptx', doc, '--date', 'Monday', '--out', join(bad, 'i.pptx')],
        2,
        /--date takes a date like 2026-10-06, not “Monday”/,
      ],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(args);
      expect({ args, code: r.code }).toEqual({ args, code });
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/^quadrant pptx: /);
      expect(r.err).not.toMatch(/internal error|\n\s+at /);
      expect(r.out).toBe('');
    }
    expect(fingerprint(bad)).toEqual(before);
    expect(existsSync(join(bad, 'no'))).toBe(false);
  });

  it('is in the overview and has its own help', async () => {
    expect((await run(['help'])).out).toContain('quadrant pptx <file.scorecard> --out deck.pptx');
    const help = await run(['pptx', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--period P');
    expect(help.out).toContain('--scorecard ID');
  });
});
