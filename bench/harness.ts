/**
 * What a benchmark is and how one is run. A benchmark measures a subject beside a baseline taken in the same
 * run, on the same machine, at the same moment: this machine is shared and noisy, so an absolute figure alone
 * says little, while the ratio to a floor measured seconds apart does. Subject and baseline samples are
 * interleaved (ABBA) so that drift in the machine's load falls on both alike.
 *
 * To add a benchmark, add a BenchDefinition to a suite in bench/suites/ and list the suite in bench/suites/index.ts.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Workload, WorkloadName } from './workloads';

export type Unit = 'ms' | 'MB' | 'KB';

/** One way of taking a sample: returns the figure in the benchmark's unit (time it with timeMs, or report memory). */
export interface Probe {
  /** What the probe does, in a few words ("JSON.stringify of the same data"). */
  label: string;
  sample(): number | Promise<number>;
}

export interface BenchCase {
  subject: Probe;
  baseline?: Probe;
  /** Facts worth printing under the table (sizes, what was measured). */
  notes?: string[];
  teardown?(): void | Promise<void>;
}

/** The figure a benchmark should stay below: its median, or its ratio to the baseline. Never fails a run. */
export interface Aim {
  on: 'median' | 'ratio';
  below: number;
  /** ≤ rather than <. */
  inclusive?: boolean;
}

export interface BenchContext {
  /** The smoke run: the sample document (W0) instead of W1 and tiny scaled documents, one run each. */
  quick: boolean;
  /** A temporary folder of this run, removed at the end. */
  tmp: string;
  /** A generated (or the sample) document on disk, made once per run and shared: do not write to it, copy it. */
  workload(name: WorkloadName): Workload;
  /** A private copy of a workload's file that the benchmark may edit. */
  copyOf(workload: Workload, name: string): string;
}

export interface BenchDefinition {
  /** Unique; --only matches on it. */
  name: string;
  unit: Unit;
  aim?: Aim;
  /**
   * Why the benchmark cannot run on this machine (an optional binary missing, say), or undefined when it can.
   * Asked before setup; a skipped benchmark is reported with its reason and never fails a run.
   */
  skip?(ctx: BenchContext): string | undefined;
  setup(ctx: BenchContext): BenchCase | Promise<BenchCase>;
  /**
   * Runs and warm-up runs of this benchmark whatever the command line says: a load test whose one sample is a whole
   * minute of traffic, say. `warmupMs` is then not applied either.
   */
  fixedRuns?: { runs: number; warmup: number };
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

export interface BenchResult {
  name: string;
  unit: Unit;
  aim?: Aim;
  subject?: Stats & { label: string };
  baseline?: Stats & { label: string };
  /** median(subject) / median(baseline). */
  ratio?: number;
  verdict: 'pass' | 'miss' | 'n/a' | 'error' | 'skipped';
  notes: string[];
  error?: string;
  /** Why the benchmark did not run (verdict 'skipped'). */
  skipped?: string;
}

/** Milliseconds taken by fn. */
export function timeMs(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, samples };
}

export function aimText(aim: Aim | undefined, unit: Unit): string {
  if (!aim) return '—';
  const op = aim.inclusive ? '≤' : '<';
  return aim.on === 'ratio' ? `${op} ${aim.below}× baseline` : `${op} ${aim.below} ${unit}`;
}

export function judge(aim: Aim | undefined, median: number, ratio: number | undefined): BenchResult['verdict'] {
  if (!aim) return 'n/a';
  const figure = aim.on === 'ratio' ? ratio : median;
  if (figure === undefined || !Number.isFinite(figure)) return 'n/a';
  return (aim.inclusive ? figure <= aim.below : figure < aim.below) ? 'pass' : 'miss';
}

/** V8's collector, exposed at run time so that `tsx bench/run.ts` needs no --expose-gc flag. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
const collectGarbage = exposeGc();
const MAX_WARMUP_RUNS = 1000;

async function take(probe: Probe): Promise<number> {
  // The garbage of the previous sample (the baseline's 86,400 row objects, say) must not be collected on this one's time.
  collectGarbage();
  const figure = await probe.sample();
  if (!Number.isFinite(figure)) throw new Error(`${probe.label} returned ${figure}`);
  return figure;
}

export async function runBench(
  def: BenchDefinition,
  ctx: BenchContext,
  opts: { runs: number; warmup: number; warmupMs?: number },
): Promise<BenchResult> {
  let bench: BenchCase | undefined;
  try {
    const skipped = def.skip?.(ctx);
    if (skipped !== undefined)
      return { name: def.name, unit: def.unit, aim: def.aim, verdict: 'skipped', notes: [], skipped };
    bench = await def.setup(ctx);
    const { subject, baseline } = bench;
    const subjectSamples: number[] = [];
    const baselineSamples: number[] = [];
    // Warm up for a number of runs and for a least warmupMs: a 3 ms operation needs far more than two runs before
    // V8 has optimised it, and an unoptimised figure says more about the JIT than about Quadrant.
    if (def.fixedRuns && !ctx.quick) opts = { ...def.fixedRuns };
    const warmUntil = performance.now() + (opts.warmupMs ?? 0);
    for (let i = 0; i < opts.warmup || (performance.now() < warmUntil && i < MAX_WARMUP_RUNS); i++) {
      await take(subject);
      if (baseline) await take(baseline);
    }
    for (let i = 0; i < opts.runs; i++) {
      // ABBA: alternate which probe goes first, so a trend in the machine's load does not favour one.
      const order = i % 2 === 0 ? ([subject, baseline] as const) : ([baseline, subject] as const);
      for (const probe of order) {
        if (!probe) continue;
        (probe === subject ? subjectSamples : baselineSamples).push(await take(probe));
      }
    }
    const s = stats(subjectSamples);
    const b = baseline ? stats(baselineSamples) : undefined;
    const ratio = b && b.median > 0 ? s.median / b.median : undefined;
    return {
      name: def.name,
      unit: def.unit,
      aim: def.aim,
      subject: { ...s, label: subject.label },
      baseline: b && baseline ? { ...b, label: baseline.label } : undefined,
      ratio,
      verdict: judge(def.aim, s.median, ratio),
      notes: bench.notes ?? [],
    };
  } catch (err) {
    return {
      name: def.name,
      unit: def.unit,
      aim: def.aim,
      verdict: 'error',
      notes: [],
      error: (err as Error).stack ?? String(err),
    };
  } finally {
    try {
      await bench?.teardown?.();
    } catch (err) {
      console.error(`${def.name}: teardown failed: ${(err as Error).message}`);
    }
  }
}
