/** `quadrant analyze` on real files: the table of links, the sensitivity and what it takes; --json; plain one-line refusals. */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import type { AnalyzeJson } from '../../src/main/cli-analyze';
import { client, fingerprint, tempDir } from '../helpers';
import { buildStrategyHistory, HISTORY, type StrategyHistory } from '../strategy-history';

const sample = resolve(__dirname, '../../resources/sample.json');

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
let doc: string;
let sampleDoc: string;
let h: StrategyHistory;

beforeAll(async () => {
  dir = tempDir('quadrant-analyze-');
  doc = join(dir, 'history.scorecard');
  const api = client();
  api.call('document.create', { path: doc });
  h = await buildStrategyHistory(api.call as (m: string, i: unknown) => unknown);
  api.session.close();
  sampleDoc = join(dir, 'sample.scorecard');
  expect(await run(['import', sample, sampleDoc])).toMatchObject({ code: 0 });
});

describe('quadrant analyze', () => {
  it('prints the links with their verdicts, the sensitivity and what it takes', async () => {
    const before = fingerprint(dir);
    const r = await run(['analyze', doc, '--scorecard', String(h.scorecardId)]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const row = (cause: string, effect: string) => r.out.split('\n').find((l) => l.includes(`${cause} → ${effect}`) && /(supported|too little data)$/.test(l))!;
    expect(row(HISTORY.training.objective, HISTORY.guests.objective)).toMatch(/\s1\s+0\.\d\d\s+0\.\d\d\s+14\s+< 0\.001\s+supported$/);
    expect(row(HISTORY.guests.objective, HISTORY.revenue.objective)).toMatch(/not supported$/);
    expect(row(HISTORY.roast.objective, HISTORY.revenue.objective)).toMatch(/not supported$/);
    expect(row(HISTORY.second.objective, HISTORY.revenue.objective)).toMatch(/–\s+–\s+–\s+3\s+–\s+too little data$/);
    expect(r.out).toContain('Q4 2022 – Q3 2026 (16 periods), period-to-period changes, lags 0–2');
    // The text wraps at the terminal's width: compare it with the line breaks taken out.
    expect(r.out.replace(/\n\s+/g, ' ')).toMatch(
      /Supported by the data: when the score of “Build barista skills” changed, the score of “Delight café guests” changed the same way 1 quarter later/,
    );
    expect(r.out.replace(/\n\s+/g, ' ')).toMatch(/not proof that one causes the other/);
    expect(r.out).toMatch(/Sensitivity — Q3 2026, each weight ± 1\n {2}Overall: [\d.]+ % red \(weighted mean [\d.]+ %, worst child [\d.]+ %\)/);
    expect(r.out).toMatch(/Weight of \S.* 1 → 0 \/ 2 +[\d.]+ % … [\d.]+ %/);
    expect(r.out).toMatch(/What it takes to turn green — Q3 2026/);
    expect(r.out).toMatch(/ {4}Training hours per barista +19 → 100 \(\+81\)/);
    expect(Math.max(...r.out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(130);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('--json holds the same analyses the app reads, the options passed through', async () => {
    const r = await run(['analyze', doc, '--scorecard', String(h.scorecardId), '--json', '--levels', '--max-lag', '3', '--step', '0.5', '--period', '2026-Q2']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as AnalyzeJson;
    expect(json.strategyCheck).toMatchObject({ scorecardId: h.scorecardId, basis: 'levels', maxLag: 3 });
    expect(json.strategyCheck.periods.at(-1)).toBe('2026-Q2');
    expect(json.strategyCheck.links).toHaveLength(4);
    expect(json.sensitivity).toMatchObject({ period: '2026-Q2', step: 0.5 });
    expect(json.whatItTakes.scorecard.target).toMatchObject({ kind: 'scorecard' });
    expect(json.whatItTakes.objectives.map((t) => t.target)).toHaveLength(5);

    const api = client();
    try {
      api.call('document.open', { path: doc });
      expect(json.strategyCheck).toEqual(
        api.call('analysis.strategyCheck', { scorecardId: h.scorecardId, period: '2026-Q2', basis: 'levels', maxLag: 3 }),
      );
    } finally {
      api.session.close();
    }
  });

  it('on the sample, the first scorecard: every link too little data, and what it takes per amber objective', async () => {
    const r = await run(['analyze', sampleDoc]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Strategy check: Harbour & Ember/);
    expect(r.out.match(/too little data$/gm)!.length).toBeGreaterThan(3);
    expect(r.out).toContain('Too little data: fewer than 8 paired periods at every lag');
    expect(r.out).not.toMatch(/ supported$/m);
  });

  it('refuses mistakes in one line, without a stack trace', async () => {
    const foreign = join(dir, 'notes.scorecard');
    writeFileSync(foreign, 'not a database at all');
    const cases: [string[], number, RegExp][] = [
      [['analyze'], 2, /Missing the document to analyse/],
      [['analyze', doc, '--period', '2026-Q5'], 2, /--period takes a month/],
      [['analyze', doc, '--max-lag', '13'], 2, /--max-lag takes a whole number of periods from 0 to 12, not “13”/],
      [['analyze', doc, '--step=-1'], 2, /--step takes/],
      [['analyze', doc, '--step', '0'], 2, /--step takes/],
      [['analyze', doc, '--scorecard', '999'], 1, /no scorecard 999/],
      [['analyze', foreign], 1, /Cannot open “notes.scorecard”/],
      [['analyze', join(dir, 'missing.scorecard')], 1, /./],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.out).toBe('');
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(r.err).not.toMatch(/internal error/);
    }
  });

  it('is listed in quadrant help', async () => {
    expect((await run(['help'])).out).toContain('quadrant analyze <file.scorecard>');
    expect((await run(['analyze', '--help'])).out).toContain('--max-lag K');
  });
});
