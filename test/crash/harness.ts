/**
 * Crash safety, measured: a child process edits a real document through the real dispatch and is killed with
 * SIGKILL at random moments. After each kill the document must open with our store, pass
 * `PRAGMA integrity_check`, and hold every edit the child reported committed (the one edit in flight at the kill
 * may or may not be there, whole or not at all). Imported documents must be whole or absent.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { apply, clearImports, diff, type Effect, type Facts, OpenFailure, readFacts, readImports, rng } from './model';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CrashOptions {
  kills: number;
  seed?: number;
  /** Independent documents killed side by side. */
  lanes?: number;
  /** Longest wait after the child is ready before the kill, in ms. */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

export interface CrashStats {
  kills: number;
  corrupt: number;
  lost: number;
  /** Edits reported committed and then checked on disk. */
  committed: number;
  /** Kills that fell between an edit's start and its report, and how many of those edits had reached the disk. */
  inFlight: number;
  inFlightLanded: number;
  importsChecked: number;
  /** Temporary files of killed imports (never a half-made document under the real name). */
  importLeftovers: number;
  /** Files other than the documents still in the folders after Quadrant's clean-up: there must be none. */
  leftAfterCleanup: number;
  problems: string[];
}

/** The child as one plain ES module: Node starts it in a fraction of tsx's time, so more kills fit in a run. */
export async function buildChild(): Promise<string> {
  const outfile = join(root, 'node_modules', '.cache', 'quadrant-crash', 'child.mjs');
  await build({
    entryPoints: [join(root, 'test', 'crash', 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
    // The core reads import.meta.url; better-sqlite3 is CommonJS and needs require.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  return outfile;
}

function setUp(path: string): void {
  const session = new Session({ mode: 'cli' });
  const call = (method: string, input: unknown) => {
    const r = dispatchSync(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as { id: number; scorecards: { id: number }[] };
  };
  const info = call('document.create', { path, name: 'Crash test' });
  const scorecardId = info.scorecards[0]!.id;
  const perspectives = call('perspective.list', { scorecardId }) as unknown as { id: number }[];
  for (const [i, p] of perspectives.slice(0, 2).entries()) {
    const objective = call('objective.create', { perspectiveId: p.id, title: `Objective ${i + 1}` });
    for (const j of [1, 2]) call('kpi.create', { objectiveId: objective.id, name: `base${i * 2 + j}` });
  }
  session.close();
}

interface Cycle {
  committed: Effect[][];
  pending: Effect[] | null;
  exitSignal: string | null;
  exitCode: number | null;
  stderr: string;
  nextId: number;
}

function runChild(child: string, args: string[], killAfter: (ready: boolean) => number | null): Promise<Cycle> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const cycle: Cycle = { committed: [], pending: null, exitSignal: null, exitCode: null, stderr: '', nextId: 0 };
    let buffer = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = (ready: boolean) => {
      const delay = killAfter(ready);
      if (delay !== null) timer = setTimeout(() => proc.kill('SIGKILL'), delay);
    };
    const pending = new Map<number, Effect[]>();
    const onLine = (line: string) => {
      const [tag, idText, ...rest] = line.split(' ');
      const id = Number(idText);
      if (tag === 'READY') arm(true);
      else if (tag === 'B') {
        pending.set(id, JSON.parse(rest.join(' ')) as Effect[]);
        cycle.nextId = id + 1;
      } else if (tag === 'C') {
        cycle.committed.push(pending.get(id)!);
        pending.delete(id);
      } else if (tag === 'F') pending.delete(id);
    };
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        onLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => (cycle.stderr += chunk));
    arm(false);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      cycle.exitCode = code;
      cycle.exitSignal = signal;
      cycle.pending = [...pending.values()][0] ?? null;
      resolve(cycle);
    });
  });
}

async function runLane(child: string, dir: string, kills: number, seed: number, opts: CrashOptions, stats: CrashStats) {
  const doc = join(dir, 'crash.scorecard');
  const imports = join(dir, 'imports');
  mkdirSync(imports);
  setUp(doc);
  let facts: Facts = readFacts(doc);
  let nextId = 1;
  const random = rng(seed);
  const maxDelay = opts.maxDelayMs ?? 120;
  for (let k = 0; k < kills; k++) {
    // Most kills land in the edit loop; some during start-up, while the document is being opened.
    const early = random() < 0.15;
    const cycle = await runChild(child, [doc, imports, String(seed * 100_003 + k), String(nextId)], (ready) => {
      if (early && !ready) return Math.floor(random() * 150);
      if (!early && ready) return Math.floor(random() * maxDelay);
      return null;
    });
    stats.kills++;
    if (cycle.exitSignal !== 'SIGKILL') {
      stats.problems.push(
        `kill ${k}: the child ended by itself (code ${cycle.exitCode}): ${cycle.stderr.slice(-2000)}`,
      );
      stats.lost++;
      break;
    }
    nextId = Math.max(nextId, cycle.nextId);
    for (const effects of cycle.committed) facts = apply(facts, effects);
    stats.committed += cycle.committed.length;
    const withPending = cycle.pending ? apply(facts, cycle.pending) : null;
    if (cycle.pending) stats.inFlight++;

    let onDisk: Facts;
    try {
      onDisk = readFacts(doc);
      const found = readImports(imports);
      stats.importLeftovers += found.leftovers;
      // Opening the document (readFacts) cleared its folder; readImports cleared the imports folder.
      const stray = [...found.remaining, ...readdirSync(dir).filter((n) => n !== 'crash.scorecard' && n !== 'imports')];
      stats.leftAfterCleanup += stray.length;
      if (stray.length > 0) stats.problems.push(`kill ${k}: left after clean-up: ${stray.join(', ')}`);
      for (const [key, value] of found.facts) onDisk.set(key, value);
      stats.importsChecked += found.facts.size;
    } catch (err) {
      if (!(err instanceof OpenFailure)) throw err;
      stats.corrupt++;
      stats.problems.push(`kill ${k}: ${err.message}`);
      break;
    }
    const exact = diff(facts, onDisk);
    if (exact.missing.length > 0 || exact.extra.length > 0) {
      const landed = withPending ? diff(withPending, onDisk) : null;
      if (landed && landed.missing.length === 0 && landed.extra.length === 0) {
        stats.inFlightLanded++;
        facts = withPending!;
      } else {
        stats.lost++;
        stats.problems.push(
          `kill ${k}: missing ${exact.missing.slice(0, 5).join(', ')}; unexpected ${exact.extra.slice(0, 5).join(', ')}`,
        );
        break;
      }
    }
    // Imported files are checked once, then cleared so the next cycle starts from a clean folder.
    for (const key of [...facts.keys()]) if (key.startsWith('file:')) facts.delete(key);
    clearImports(imports);
    if ((k + 1) % 100 === 0) opts.log?.(`  ${stats.kills} kills so far, ${stats.committed} committed edits checked`);
  }
}

export async function runCrashTest(opts: CrashOptions): Promise<CrashStats> {
  const child = await buildChild();
  const stats: CrashStats = {
    kills: 0,
    corrupt: 0,
    lost: 0,
    committed: 0,
    inFlight: 0,
    inFlightLanded: 0,
    importsChecked: 0,
    importLeftovers: 0,
    leftAfterCleanup: 0,
    problems: [],
  };
  const lanes = Math.max(1, opts.lanes ?? 1);
  const seed = opts.seed ?? 1;
  const dirs = Array.from({ length: lanes }, () => mkdtempSync(join(tmpdir(), 'quadrant-crash-')));
  try {
    await Promise.all(
      dirs.map((dir, i) => {
        const share = Math.floor(opts.kills / lanes) + (i < opts.kills % lanes ? 1 : 0);
        return runLane(child, dir, share, seed + i, opts, stats);
      }),
    );
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  return stats;
}

export function summary(stats: CrashStats): string {
  return (
    `${stats.kills} kills, ${stats.corrupt} corrupt, ${stats.lost} lost ` +
    `(${stats.committed} committed edits checked; ${stats.inFlight} kills mid-edit, ${stats.inFlightLanded} of those edits had landed whole; ` +
    `${stats.importsChecked} imported documents checked, ${stats.importLeftovers} temporary files of killed imports, ` +
    `${stats.leftAfterCleanup} left after clean-up)`
  );
}
