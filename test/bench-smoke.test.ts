/**
 * The benchmarks are not tests: their times never fail a build. This keeps them from rotting: the generator makes
 * valid, reproducible documents, and a quick run of every registered benchmark (on the sample, one run each)
 * completes and prints a finite figure for each.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocument, W1, type GenerateOptions } from '../bench/generate';
import { benchmarks } from '../bench/suites';
import { parseInterchange } from '../src/main/core/interchange-io';
import { InterchangeDocument } from '../src/shared/interchange';
import { availableBrowsers, resolveTestBrowser } from './e2e/browsers';

const ROOT = resolve(__dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results.md');
const SMALL: GenerateOptions = { seed: 7, scorecards: 3, objectivesPerScorecard: 8, kpisPerObjective: 2, months: 24 };

describe('the benchmark document generator', () => {
  it('makes the same document from the same seed, and another from another seed', () => {
    expect(generateDocument(SMALL)).toEqual(generateDocument(SMALL));
    expect(generateDocument({ ...SMALL, seed: 8 })).not.toEqual(generateDocument(SMALL));
  });

  it('makes W1 at the size the issue asks for, and valid interchange data an import accepts', () => {
    const doc = generateDocument(W1);
    expect(InterchangeDocument.safeParse(doc).success).toBe(true);
    // parseInterchange adds the cross-reference checks of a real import (ids, parents, one value per KPI and month).
    expect(() => parseInterchange(JSON.stringify(doc))).not.toThrow();
    expect({
      scorecards: doc.scorecards.length,
      objectives: doc.objectives.length,
      kpis: doc.kpis.length,
      measurements: doc.measurements.length,
    }).toEqual({ scorecards: 10, objectives: 240, kpis: 720, measurements: 86_400 });
    expect(new Set(doc.kpis.map((k) => k.frequency))).toEqual(new Set(['month']));
    expect(new Set(doc.scorecards.map((s) => s.granularity))).toEqual(new Set(['month', 'quarter']));
    expect(doc.initiatives.length).toBeGreaterThan(0);
    expect(doc.notes.length).toBeGreaterThan(0);
  });

  it('scales the measurements with scale, keeping the document valid', () => {
    const doc = generateDocument({ ...SMALL, scale: 4 });
    expect(doc.measurements).toHaveLength(4 * generateDocument(SMALL).measurements.length);
    expect(() => parseInterchange(JSON.stringify(doc))).not.toThrow();
  });
});

/** The smoke run's own limit, below the test's: on overrunning it the test fails showing how far each benchmark got. */
const SMOKE_LIMIT_MS = 600_000;

/**
 * The browser of the smoke run: the headless build of @sparticuz/chromium where it is installed. The run checks that
 * every benchmark runs, not its figures, and that build does the same work in about half the time of Debian's
 * chromium (151 s against 269 s on a busy machine). `npm run bench` itself is unchanged.
 */
async function smokeEnv(): Promise<NodeJS.ProcessEnv> {
  if (process.env.QUADRANT_CHROMIUM || !availableBrowsers().available.includes('sparticuz')) return process.env;
  return { ...process.env, QUADRANT_CHROMIUM: (await resolveTestBrowser('sparticuz')).path };
}

/** Runs the quick bench; on a non-zero exit or overrun, fails with its stderr (which times each benchmark's start). */
async function runQuickBench(): Promise<string> {
  const env = await smokeEnv();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick'], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm run bench -- --quick took more than ${SMOKE_LIMIT_MS / 1000} s. Its progress:\n${stderr}`));
    }, SMOKE_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(stdout);
      else reject(new Error(`npm run bench -- --quick exited with ${code}:\n${stderr}`));
    });
  });
}

describe('npm run bench -- --quick', () => {
  it('runs every registered benchmark once and prints a finite figure for each, without touching results.md', async () => {
    const before = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : null;
    const stdout = await runQuickBench();
    const rows = new Map(
      stdout
        .split('\n')
        .filter((line) => line.startsWith('| '))
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .map((cells) => [cells[1]!, cells] as const),
    );
    expect(benchmarks.length).toBeGreaterThan(0);
    for (const { name } of benchmarks) {
      const cells = rows.get(name);
      expect(cells, `${name} is in the table`).toBeDefined();
      const [, , median, , , baselineMedian, ratio, , result] = cells!;
      // A benchmark that needs what this machine lacks (the Electron binary) says so instead of a figure.
      if (result === 'skipped') {
        expect(stdout, `${name} says why it was skipped`).toContain(`**${name}** skipped: `);
        continue;
      }
      expect(Number.parseFloat(median!), `${name} median "${median}"`).toSatisfy(Number.isFinite);
      if (baselineMedian !== '—') {
        expect(Number.parseFloat(baselineMedian!), `${name} baseline "${baselineMedian}"`).toSatisfy(Number.isFinite);
        expect(Number.parseFloat(ratio!), `${name} ratio "${ratio}"`).toSatisfy(Number.isFinite);
      }
      expect(result, name).not.toBe('ERROR');
    }
    expect(existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : null).toBe(before);
    // About a minute on a quiet two-core machine; the browser suites start Chromium many times, and beside the e2e
    // tests on a busy CI machine it took over five minutes once.
  }, SMOKE_LIMIT_MS + 60_000);
});
