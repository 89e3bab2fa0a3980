/**
 * Runs every benchmark of the project and prints one table: name, median, min–max, baseline, ratio, aim.
 *
 *   npm run bench                          all benchmarks, 7 runs after 2 warm-up runs (and ≥ 0.5 s of warm-up);
 *                                          writes bench/results.md
 *   npm run bench -- --runs 15 --warmup 3
 *   npm run bench -- --only "edit"         the benchmark of that name, or else those whose name contains the text
 *                                          (results.md is left alone)
 *   npm run bench -- --quick               smoke run: sample document, one run, no warm-up (results.md left alone)
 *
 * Exits non-zero only when a benchmark crashes or the options are wrong; a missed aim is reported, never fatal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBench, type BenchContext, type BenchResult } from './harness';
import { machine, machineLine, notes, resultsMarkdown, table, workloadTable } from './report';
import { benchmarks } from './suites';
import { Workloads } from './workloads';

/** Besides the warm-up runs, each benchmark warms up for at least this long (a smoke run does not). */
const WARMUP_MS = 500;
const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), 'results.md');

function count(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      warmup: { type: 'string' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      list: { type: 'boolean', default: false },
    },
  });
  if (values.list) {
    for (const b of benchmarks) console.log(b.name);
    return 0;
  }
  const quick = values.quick ?? false;
  const runs = count(values.runs, quick ? 1 : 7, 'runs', 1);
  const warmup = count(values.warmup, quick ? 0 : 2, 'warmup', 0);
  const warmupMs = quick ? 0 : WARMUP_MS;
  const only = (values.only ?? []).map((o) => o.toLowerCase());
  // An exact name selects that benchmark alone; other text selects every benchmark whose name contains it.
  const matches = (name: string, o: string) =>
    benchmarks.some((b) => b.name.toLowerCase() === o) ? name.toLowerCase() === o : name.toLowerCase().includes(o);
  const selected = only.length ? benchmarks.filter((b) => only.some((o) => matches(b.name, o))) : benchmarks;
  if (!selected.length)
    throw new Error(`--only matched no benchmark. Benchmarks: ${benchmarks.map((b) => b.name).join(', ')}`);

  const m = machine();
  console.error(
    `${machineLine(m)}\n${quick ? 'quick smoke run' : `median of ${runs} runs after ${warmup} warm-up runs and at least ${warmupMs} ms of warm-up`}\n`,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'quadrant-bench-'));
  const cleanUp = () => rmSync(tmp, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  const workloads = new Workloads(tmp, quick, (w) =>
    console.error(`  made ${w.label} (generate ${w.generateMs.toFixed(0)} ms, write ${w.writeMs.toFixed(0)} ms)`),
  );
  const ctx: BenchContext = {
    quick,
    tmp,
    workload: (name) => workloads.get(name),
    copyOf: (w, name) => workloads.copyOf(w, name),
  };

  const results: BenchResult[] = [];
  try {
    const started = performance.now();
    for (const def of selected) {
      // Seconds since the run began: a smoke run that overruns its time says where the time went.
      console.error(`▸ ${def.name} (at ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      const result = await runBench(def, ctx, { runs, warmup, warmupMs });
      if (result.error) console.error(result.error);
      if (result.skipped !== undefined) console.error(`  skipped: ${result.skipped}`);
      results.push(result);
    }
  } finally {
    cleanUp();
  }

  console.log(`\n${table(results)}\n\n${notes(results)}\n\n${workloadTable(workloads.all())}\n`);
  if (!quick && !only.length) {
    writeFileSync(RESULTS, resultsMarkdown(m, { runs, warmup, warmupMs }, results, workloads.all()));
    console.error(`Wrote ${RESULTS}`);
  }
  return results.some((r) => r.verdict === 'error') ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error((err as Error).message);
    process.exitCode = 2;
  },
);
