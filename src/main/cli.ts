/**
 * The `quadrant` command line, on plain Node: new, import, export, score. It goes through the same
 * dispatch as the app, so it obeys the same validation and rules.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../shared/contract';
import { AppError, ErrorCode } from '../shared/errors';
import type { Evaluation } from '../shared/evaluation';
import { periodKind, periodLabel } from '../shared/periods';
import { commandLineHost } from './core/capabilities';
import { dispatchSync } from './core/dispatch';
import { importJsonFile, serializeInterchange } from './core/interchange-io';
import { Session } from './core/session';
import { latestPeriodWithData, renderScoreText } from './cli-score';
import { REPORT_USAGE, runReport } from './cli-report';

const USAGE = `Quadrant — balanced scorecards, offline.

Usage:
  quadrant new <file.scorecard> [--name "Company"]        create an empty scorecard document
  quadrant import <in.json> <out.scorecard> [--force]      build a document from interchange JSON
  quadrant export <file.scorecard> [--out file.json]       write the document as interchange JSON (stdout by default)
  quadrant score <file.scorecard> [--period 2026-Q3] [--scorecard ID] [--json]
                                                           score every KPI, objective and perspective for a period
${REPORT_USAGE}
  quadrant help | --version

The JSON interchange format is described in docs/file-format.md.`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

class UsageError extends Error {}

function call<M extends Method>(session: Session, method: M, input: unknown): Output<M> {
  const result = dispatchSync(session, method, input, commandLineHost);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return result.value as Output<M>;
}

function need(positionals: string[], n: number, what: string): void {
  if (positionals.length < n) throw new UsageError(`Missing ${what}.`);
  if (positionals.length > n) throw new UsageError(`Unexpected argument: ${positionals[n]}`);
}

function runNew(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' } } });
  need(positionals, 1, 'the file to create');
  const session = new Session({ mode: 'cli' });
  try {
    const info = call(session, 'document.create', { path: resolve(positionals[0]!), ...(values.name ? { name: values.name } : {}) });
    io.out(`Created ${info.path}\n`);
  } finally {
    session.close();
  }
}

function runImport(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' } } });
  need(positionals, 2, 'the JSON file and the document to create');
  const [input, output] = positionals.map((p) => resolve(p)) as [string, string];
  importJsonFile(input, output, values.force === true).close();
  io.out(`Imported ${input} into ${output}\n`);
}

function openSession(path: string): Session {
  const session = new Session({ mode: 'cli' });
  call(session, 'document.open', { path: resolve(path) });
  return session;
}

function runExport(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean' } },
  });
  need(positionals, 1, 'the document to export');
  const session = openSession(positionals[0]!);
  try {
    const text = serializeInterchange(call(session, 'document.export', {}));
    if (values.out) {
      const out = resolve(values.out);
      if (existsSync(out) && !values.force) throw new AppError(ErrorCode.FILE_EXISTS, `${out} already exists (use --force to replace it).`);
      writeFileSync(out, text);
      io.err(`Exported to ${out}\n`);
    } else {
      io.out(text);
    }
  } finally {
    session.close();
  }
}

function runScore(args: string[], io: Io): void {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { period: { type: 'string' }, scorecard: { type: 'string' }, json: { type: 'boolean' } },
  });
  need(positionals, 1, 'the document to score');
  const session = openSession(positionals[0]!);
  try {
    const scorecards = call(session, 'scorecard.list', {});
    const scorecardId = values.scorecard !== undefined ? Number(values.scorecard) : scorecards[0]!.id;
    const tree = call(session, 'scorecard.get', { id: scorecardId });
    const measurements = call(session, 'measurement.list', { scorecardId });
    const period = values.period ?? latestPeriodWithData(tree.scorecard, measurements);
    if (!period) throw new AppError(ErrorCode.VALIDATION, 'The scorecard has no measurements yet: pass --period.');
    const evaluation: Evaluation = call(session, 'scorecard.evaluate', { scorecardId, period });
    if (values.json) {
      io.out(`${JSON.stringify(evaluation, null, 2)}\n`);
    } else {
      const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
      io.out(renderScoreText(tree, evaluation, `${label}${periodKind(period) === 'year' ? '' : ` (${period})`}`));
    }
  } finally {
    session.close();
  }
}

const COMMANDS: Record<string, (args: string[], io: Io) => void | Promise<void>> = {
  new: runNew,
  import: runImport,
  export: runExport,
  score: runScore,
  report: runReport,
};

/** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage), as a promise for `report`. */
export function main(argv: string[], io: Io = defaultIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    io.out(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${process.env.npm_package_version ?? '0.1.0'}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`Unknown command: ${command}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const pending = run(rest, io);
    if (pending) return pending.then(() => 0, (err: unknown) => failure(command, err, io));
    return 0;
  } catch (err) {
    return failure(command, err, io);
  }
}

function failure(command: string, err: unknown, io: Io): number {
  if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (err instanceof AppError) {
    io.err(`quadrant ${command}: ${err.message}\n`);
    return 1;
  }
  io.err(`quadrant ${command}: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
  return 1;
}
