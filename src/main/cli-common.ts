/**
 * What every `quadrant` subcommand shares: its output streams, usage mistakes, the one way it calls the dispatch
 * (so the command line obeys the same validation and rules as the app) and the choice of scorecards.
 */
import { resolve } from 'node:path';
import type { DocumentInfo, Method, Output } from '../shared/contract';
import { AppError, ErrorCode } from '../shared/errors';
import { t } from '../shared/i18n';
import { usageHead } from './cli-usage';
import { commandLineHost } from './core/capabilities';
import { dispatchSync } from './core/dispatch';
import { Session } from './core/session';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface Command {
  /** The command's line in the overview of `quadrant help`. */
  synopsis: string;
  /** What `quadrant <command> --help` prints: a getter (helpText), as the language is chosen per run. */
  readonly usage: string;
  run: (args: string[], io: Io) => void | Promise<void>;
}

/** A mistake in the command line itself (missing or extra arguments, a bad option value): exit code 2. */
export class UsageError extends Error {}

/** One call through the dispatch; a refusal becomes an AppError carrying the dispatch's code and message. */
export function call<M extends Method>(session: Session, method: M, input: unknown): Output<M> {
  const result = dispatchSync(session, method, input, commandLineHost);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return result.value as Output<M>;
}

/** Exactly `n` positional arguments, or a usage mistake naming what is missing or extra. */
export function need(positionals: string[], n: number, what: string): void {
  if (positionals.length < n) throw new UsageError(t('cli:errors.missing', { what }));
  if (positionals.length > n) throw new UsageError(t('cli:errors.unexpected', { argument: positionals[n] }));
}

/** A session with the document open; closed again if the document cannot be opened. */
export function openDocument(path: string): { session: Session; info: DocumentInfo } {
  const session = new Session({ mode: 'cli' });
  try {
    return { session, info: call(session, 'document.open', { path: resolve(path) }) };
  } catch (err) {
    session.close();
    throw err;
  }
}

/**
 * The scorecards named by `--scorecard 1,2` (each must exist in the document), or the document's first one.
 * Ids are checked here, so a typo reads as a usage mistake with the document's scorecards listed, not as a schema error.
 */
export function chooseScorecards(info: DocumentInfo, text: string | undefined, many: boolean): number[] {
  const first = info.scorecards[0];
  if (!first) throw new AppError(ErrorCode.VALIDATION, t('cli:errors.noScorecard'));
  if (text === undefined) return [first.id];
  const available = info.scorecards.map((s) => `${s.id} (${s.name})`).join(', ');
  const parts = text.split(',').map((s) => s.trim());
  if (!many && parts.length > 1) throw new UsageError(t('cli:errors.oneScorecard', { text }));
  return parts.map((part) => {
    if (!/^\d{1,9}$/.test(part)) {
      throw new UsageError(t('cli:errors.scorecardIds', { example: first.id, part, available }));
    }
    const id = Number(part);
    if (!info.scorecards.some((s) => s.id === id)) {
      throw new AppError(ErrorCode.NOT_FOUND, t('cli:errors.noSuchScorecard', { id, available }));
    }
    return id;
  });
}

/** `s` filled with spaces to `n` columns, or cut with an ellipsis: a column of a text table. */
export function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? `${[...s].slice(0, n - 1).join('')}…` : s + ' '.repeat(n - len);
}

/** The widest line of a command's help; a longer line of a translation is wrapped at a space. */
const HELP_WIDTH = 121;

function wrap(line: string, indent: string): string[] {
  const lines: string[] = [];
  let rest = line;
  while ([...rest].length > HELP_WIDTH) {
    const cut = rest.lastIndexOf(' ', HELP_WIDTH);
    if (cut <= indent.length) break;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = indent + rest.slice(cut + 1);
  }
  return [...lines, rest];
}

/**
 * What `quadrant <command> --help` prints: the command's form as written (literal, its later lines kept in their
 * column under the translated "Usage:"), what it does, and its options with their descriptions in one column, so the
 * layout holds in every language. An option too wide for the column has its description on the lines below.
 */
export function helpText(form: string, about: string, options: readonly (readonly [string, string])[], column: number): string {
  const head = usageHead(form).split('\n');
  const body = about.split('\n').flatMap((l) => wrap(l, ''));
  const indent = ' '.repeat(column + 2);
  const rows = options.flatMap(([option, text]) => {
    const [line0, ...rest] = text.split('\n');
    const own = option.length >= column;
    const lines = own ? [`  ${option}`, `${indent}${line0}`] : [`  ${option.padEnd(column)}${line0}`];
    return [...lines, ...rest.map((l) => indent + l)].flatMap((l) => wrap(l, indent));
  });
  return [...head, '', ...body, '', ...rows].join('\n');
}
