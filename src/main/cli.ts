/**
 * The `quadrant` command line, on plain Node: new, templates, import, export, score, report, pptx, analyze, minutes, due, diff. It goes through the same
 * dispatch as the app, so it obeys the same validation and rules. No user mistake ends in a stack trace: usage
 * mistakes exit 2 with a hint, refusals exit 1 with their message.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { setLocale, t } from '../shared/i18n';
import { environmentLocale, isLanguage, localeFor } from '../shared/i18n/languages';
import { importJsonFile, serializeInterchange } from './core/interchange-io';
import { Session } from './core/session';
import { call, helpText, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkDocumentTarget, checkInputFile, checkOutputFile, writeOutputFile } from './cli-files';
import { SCORE } from './cli-score';
import { DIFF, DUE } from './cli-due';
import { exportFormat, exportSpreadsheetFile } from './cli-export';
import { MINUTES } from './cli-minutes';
import { REPORT } from './cli-report';
import { PPTX } from './cli-pptx';
import { ANALYZE } from './cli-analyze';
import { TEMPLATES, templateIdFor } from './cli-templates';
import { IMPORT_VALUES } from './cli-import';
import { PUBLISH, PULL, SERVE } from './cli-team';

export type { Io } from './cli-common';

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

const NEW: Command = {
  synopsis: `quadrant new <file.scorecard> [--name "Company"] [--template ID]
                                                           create a scorecard document, empty or from a template`,
  get usage() {
    return helpText(
      'quadrant new <file.scorecard> [--name "Company"] [--template ID]',
      t('cli:newCommand.about'),
      [
        ['--name "Company"', t('cli:newCommand.name')],
        ['--template ID', t('cli:newCommand.template')],
      ],
      19,
    );
  },
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, template: { type: 'string' } },
    });
    need(positionals, 1, t('cli:newCommand.what'));
    const path = resolve(positionals[0]!);
    // The template first: a misspelt one is refused with the list before anything else is looked at.
    const template = values.template !== undefined ? templateIdFor(values.template) : undefined;
    checkDocumentTarget(path);
    const session = new Session({ mode: 'cli' });
    try {
      const info = call(session, 'document.create', {
        path,
        ...(values.name ? { name: values.name } : {}),
        ...(template ? { template } : {}),
      });
      io.out(`${template ? t('cli:done.createdFrom', { path: info.path, template }) : t('cli:done.created', { path: info.path })}\n`);
    } finally {
      session.close();
    }
  },
};

const IMPORT: Command = {
  synopsis: `quadrant import <in.json> <out.scorecard> [--force]      build a document from interchange JSON`,
  get usage() {
    return helpText('quadrant import <in.json> <out.scorecard> [--force]', t('cli:importCommand.about'), [['--force', t('cli:importCommand.force')]], 10);
  },
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { force: { type: 'boolean' } } });
    need(positionals, 2, t('cli:importCommand.what'));
    const [input, output] = positionals.map((p) => resolve(p)) as [string, string];
    checkInputFile(input, t('cli:inputFiles.noun.json'));
    checkDocumentTarget(output);
    importJsonFile(input, output, values.force === true).close();
    io.out(`${t('cli:done.imported', { input, output })}\n`);
  },
};

const EXPORT: Command = {
  synopsis: `quadrant export <file.scorecard> [--format json|xlsx|csv] [--out file]
                                                           the document as interchange JSON, or a scorecard as a spreadsheet`,
  get usage() {
    return helpText(
      `quadrant export <file.scorecard> [--format json|xlsx|csv] [--out file] [--force]
                              [--scorecard ID] [--period 2026-Q3]`,
      t('cli:exportCommand.about'),
      [
        ['--format F', t('cli:exportCommand.format')],
        ['--out file', t('cli:exportCommand.out')],
        ['--force', t('cli:exportCommand.force')],
        ['--scorecard ID', t('cli:exportCommand.scorecard')],
        ['--period P', t('cli:exportCommand.period')],
      ],
      17,
    );
  },
  run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean' },
        format: { type: 'string' },
        scorecard: { type: 'string' },
        period: { type: 'string' },
      },
    });
    need(positionals, 1, t('cli:exportCommand.what'));
    const format = exportFormat(values.format);
    if (format !== 'json') {
      const { out, scorecard, period } = values;
      return exportSpreadsheetFile({ document: positionals[0]!, format, out, force: values.force === true, scorecard, period }, io);
    }
    if (values.scorecard !== undefined || values.period !== undefined) {
      throw new UsageError(t('cli:errors.spreadsheetOnly'));
    }
    const out = values.out !== undefined ? resolve(values.out) : undefined;
    if (out) checkOutputFile(out, values.force === true, 'export.json');
    const { session } = openDocument(positionals[0]!);
    try {
      const text = serializeInterchange(call(session, 'document.export', {}));
      if (out) {
        writeOutputFile(out, text);
        io.err(`${t('cli:done.exported', { path: out })}\n`);
      } else {
        io.out(text);
      }
    } finally {
      session.close();
    }
  },
};

/** A Map, not an object literal: `quadrant __proto__` or `quadrant toString` must be unknown commands. */
const COMMANDS = new Map<string, Command>([
  ['new', NEW],
  ['templates', TEMPLATES],
  ['import', IMPORT],
  ['export', EXPORT],
  ['score', SCORE],
  ['report', REPORT],
  ['pptx', PPTX],
  ['analyze', ANALYZE],
  ['minutes', MINUTES],
  ['due', DUE],
  ['diff', DIFF],
  ['import-values', IMPORT_VALUES],
  ['serve', SERVE],
  ['publish', PUBLISH],
  ['pull', PULL],
]);

/**
 * A command's line in the overview: its form as written (the same in every language, so is its layout), its
 * description in the current language. The description is what follows the last gap of two spaces or more.
 */
function overviewLine(name: string, synopsis: string): string {
  const cut = synopsis.trimEnd().lastIndexOf('  ');
  if (cut < 0) return `  ${synopsis}`;
  return `  ${synopsis.slice(0, cut + 2)}${t(`cli:commands.${name}` as 'cli:commands.new')}`;
}

/** The overview `quadrant --help` prints, in the current language. */
function usage(): string {
  const lines = [...COMMANDS.entries()].map(([name, c]) => overviewLine(name, c.synopsis));
  return `${t('cli:overview.title')}

${t('cli:overview.usage')}
${lines.join('\n')}
  quadrant <command> --help                                ${t('cli:overview.commandHelp')}
  quadrant --language en|de|fr|es <command> …              ${t('cli:overview.language')}
  quadrant help | --version

${t('cli:overview.format')}`;
}

/**
 * The language of the messages: --language (anywhere before `--`), else the POSIX environment, else English.
 * Answers the arguments without the option; a language Quadrant does not speak is a usage mistake.
 */
export function takeLanguage(argv: string[], env: Record<string, string | undefined> = process.env): string[] {
  const end = argv.indexOf('--') < 0 ? argv.length : argv.indexOf('--');
  const at = argv.findIndex((a, i) => i < end && (a === '--language' || a.startsWith('--language=')));
  const system = environmentLocale(env);
  if (at < 0) {
    setLocale(system ? localeFor('system', system) : 'en-US');
    return argv;
  }
  const inline = argv[at]!.startsWith('--language=');
  const value = inline ? argv[at]!.slice('--language='.length) : argv[at + 1];
  setLocale(system ? localeFor('system', system) : 'en-US');
  if (!isLanguage(value)) throw new UsageError(t('cli:errors.language', { value: value ?? '' }));
  setLocale(localeFor(value, system));
  return [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
}

/** `--help` or `-h` anywhere before a `--` asks for the command's usage, whatever else is on the line. */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage), as a promise for `report`, `pptx` and `minutes`. */
export function main(argv: string[], io: Io = defaultIo): number | Promise<number> {
  let args: string[];
  try {
    args = takeLanguage(argv);
  } catch (err) {
    io.err(`quadrant: ${(err as Error).message}\n`);
    return 2;
  }
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && rest[0] !== undefined ? COMMANDS.get(rest[0]) : undefined;
    if (topic) {
      io.out(`${topic.usage}\n`);
      return 0;
    }
    if (name === 'help' && rest[0] !== undefined) {
      io.err(`${t('cli:errors.unknownCommand', { name: rest[0] })}\n\n${usage()}\n`);
      return 2;
    }
    io.out(`${usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${process.env.npm_package_version ?? '0.1.0'}\n`);
    return 0;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(`${t('cli:errors.unknownCommand', { name })}\n\n${usage()}\n`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    const pending = command.run(rest, io);
    if (pending) return pending.then(() => 0, (err: unknown) => failure(name, err, io));
    return 0;
  } catch (err) {
    return failure(name, err, io);
  }
}

/** parseArgs's own wording is long and speaks of positionals; the option is what the user needs to see. */
function usageMessage(err: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(err.message)?.[1];
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return t('cli:errors.unknownOption', { option });
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return t('cli:errors.optionNeedsValue', { option });
  return err.message;
}

/**
 * The safety net under every command: usage mistakes and refusals print their message only; a file system error
 * that slipped past the checks prints its message; anything else is a bug in Quadrant, said in one line.
 */
export function failure(command: string, err: unknown, io: Io): number {
  const e = err as Error & { code?: unknown };
  if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
    io.err(`quadrant ${command}: ${usageMessage(e as Error & { code?: string })}\n${t('cli:errors.runHelp', { command })}\n`);
    return 2;
  }
  if (err instanceof AppError) {
    io.err(`quadrant ${command}: ${err.message}\n`);
    return 1;
  }
  if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) && typeof e.message === 'string') {
    io.err(`quadrant ${command}: ${e.message}\n`);
    return 1;
  }
  io.err(`quadrant ${command}: ${t('cli:errors.internal', { message: e?.message ?? String(err) })}\n`);
  return 1;
}
