/** The results table (Markdown, aligned so it also reads well in a terminal) and bench/results.md. */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { aimText, type BenchResult, type Unit } from './harness';
import type { Workload } from './workloads';

export function figure(value: number, unit: Unit): string {
  if (unit === 'MB') return `${value.toFixed(1)} MB`;
  if (unit === 'KB') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} KB`;
  const digits = value < 1 ? 3 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ms`;
}

const VERDICT: Record<BenchResult['verdict'], string> = {
  pass: 'pass',
  miss: 'MISS',
  'n/a': '—',
  error: 'ERROR',
  skipped: 'skipped',
};

const HEADER = ['Benchmark', 'Median', 'Min–max', 'Baseline', 'Baseline median', 'Ratio', 'Aim', 'Result'];

function row(r: BenchResult): string[] {
  const s = r.subject;
  const b = r.baseline;
  return [
    r.name,
    s ? figure(s.median, r.unit) : r.skipped !== undefined ? 'skipped' : 'error',
    s ? `${figure(s.min, r.unit)} – ${figure(s.max, r.unit)}` : '',
    b?.label ?? '—',
    b ? figure(b.median, r.unit) : '—',
    r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : '—',
    aimText(r.aim, r.unit),
    VERDICT[r.verdict],
  ];
}

/** A Markdown table padded the way Prettier pads one, so it reads in a terminal and survives `npm run format`. */
function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(3, ...all.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function table(results: readonly BenchResult[]): string {
  return markdownTable(HEADER, results.map(row));
}

export function notes(results: readonly BenchResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.subject) out.push(`- **${r.name}** — ${r.subject.label}. ${r.notes.join(' ')}`.trimEnd());
    if (r.error) out.push(`- **${r.name}** failed: ${r.error.split('\n')[0]}`);
    if (r.skipped !== undefined) out.push(`- **${r.name}** skipped: ${r.skipped}`);
  }
  return out.join('\n');
}

export function workloadTable(workloads: readonly Workload[]): string {
  const rows = workloads.map((w) => {
    const [name = w.name, contents = w.label] = w.label.split(': ');
    return [
      name,
      contents,
      figure(w.generateMs, 'ms'),
      figure(w.writeMs, 'ms'),
      `${(w.bytes / 1024 / 1024).toFixed(1)} MB`,
    ];
  });
  return markdownTable(['Workload', 'Contents', 'Generate', 'Write (importer)', 'File'], rows);
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  node: string;
  platform: string;
  commit: string;
}

export function machine(): Machine {
  const commit = git(['rev-parse', '--short', 'HEAD']) ?? 'unknown';
  // Only changes to what the benchmarks run count: others may be editing the renderer meanwhile.
  const dirty = git(['status', '--porcelain', '--', 'src/main/core', 'src/shared', 'bench', ':!bench/results.md']);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
  };
}

export function machineLine(m: Machine): string {
  return `${m.date} · ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB · Node ${m.node} ${m.platform} · commit ${m.commit}`;
}

export function resultsMarkdown(
  m: Machine,
  opts: { runs: number; warmup: number; warmupMs: number },
  results: readonly BenchResult[],
  workloads: readonly Workload[],
): string {
  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts); do not edit by hand. Run it again to update this file.

- **Date:** ${m.date}
- **Machine:** ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB RAM, ${m.platform}
- **Node:** ${m.node}
- **Commit:** ${m.commit}
- **Runs:** median of ${opts.runs} runs, after ${opts.warmup} warm-up run${opts.warmup === 1 ? '' : 's'} and at least ${opts.warmupMs} ms of warm-up per benchmark; subject and baseline interleaved, the collector run before each sample

The machine is shared and noisy, so every figure stands beside a baseline measured in the same run, and the
ratio between them is the figure to compare across runs. Aims are goals, not tests: a miss never fails a build.

${table(results)}

## What was measured

${notes(results)}

## Workloads

${workloadTable(workloads)}
`;
}
