/**
 * Team mode on the command line (docs/team-server.md): `quadrant serve` runs the team server on a PostgreSQL
 * database; `quadrant publish` puts a `.scorecard` document on one and `quadrant pull` brings a team document back
 * into a file, both through the JSON interchange (export → import), so nothing is lost on the way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import { t } from '../shared/i18n';
import type { InterchangeDocument } from '../shared/interchange';
import { call, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkDocumentTarget, checkInputFile } from './cli-files';
import { ensurePrintView, RENDERER_DIR } from './cli-report';
import { usageText } from './cli-usage';
import { DEFAULT_SCHEMA, PgStore } from './core/db/pg-store';
import { createDocumentFromJson, exportDocument, importInto, serializeInterchange } from './core/interchange-io';
import { Repositories } from './core/repositories';
import { createScorecard } from './core/session';
import { clearTeamDocument } from './team/replace';
import { startTeamServer } from './team/server';

/** A libpq address: a postgres:// URL or `key=value` pairs (`host=/run/postgresql dbname=quadrant`). */
function databaseAddress(text: string | undefined, what = t('cli:team.database')): string {
  if (!text) throw new UsageError(t('cli:team.missingDatabase', { what }));
  if (!/^postgres(ql)?:\/\//i.test(text) && !/^\s*\w+\s*=/.test(text)) {
    throw new UsageError(t('cli:team.notAddress', { text }));
  }
  return text;
}

const SCHEMA_OPTION = { schema: { type: 'string' } } as const;
/** A team command's `--help`: its form, its own text and the --schema option they share. */
const teamUsage = (form: string, body: string) =>
  usageText(form, `${body}\n${t('cli:team.schemaHelp', { schema: DEFAULT_SCHEMA })}`);

function portOf(text: string | undefined): number {
  if (text === undefined) return 8080;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(t('cli:team.port', { text }));
  return Number(text);
}

function listenProblem(err: NodeJS.ErrnoException, host: string, port: number): AppError | null {
  if (err.code === 'EADDRINUSE') return new AppError(ErrorCode.IO, t('cli:team.portInUse', { port, host }));
  if (err.code === 'EACCES') return new AppError(ErrorCode.IO, t('cli:team.portPrivileged', { port }));
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return new AppError(ErrorCode.IO, t('cli:team.notHost', { host }));
  return null;
}

/**
 * A team database with no scorecard yet gets an empty one (the four perspectives), as a new file does, so the first
 * person to sign in has a scorecard to build; its name, or null when there was one already.
 */
function startingScorecard(store: PgStore): string | null {
  const repos = new Repositories(store.engine);
  if (repos.scorecards.list().length > 0) return null;
  // Named in the language of the person who starts the server: the team reads it as a title, like any scorecard's.
  const name = t('cli:team.startingName');
  store.journal(null).record(() => createScorecard(repos, { name }), () => () => t('cli:team.journalStep', { name }));
  return name;
}

export const SERVE: Command = {
  synopsis: `quadrant serve --database postgres://… [--port N] [--host ADDRESS] [--secure-cookies]
                                                           serve one shared scorecard to a team's browsers`,
  get usage() {
    const form = 'quadrant serve --database postgres://user:password@host/database [--port N] [--host ADDRESS] [--secure-cookies]';
    return teamUsage(form, t('cli:team.serveUsage'));
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { database: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'secure-cookies': { type: 'boolean' }, ...SCHEMA_OPTION },
    });
    need(positionals, 0, '');
    const database = databaseAddress(values.database, '--database');
    const port = portOf(values.port);
    const host = values.host ?? '127.0.0.1';
    ensurePrintView(io);
    const store = PgStore.open(database, { schema: values.schema });
    const started = startingScorecard(store);
    let server;
    try {
      server = await startTeamServer({ store, rendererDir: RENDERER_DIR, host, port, secureCookies: values['secure-cookies'] === true });
    } catch (err) {
      store.close();
      throw listenProblem(err as NodeJS.ErrnoException, host, port) ?? err;
    }
    io.out(`${t('cli:team.serving', { path: store.path })}\n\n  ${server.url}\n\n`);
    if (started) io.out(`${t('cli:team.startedEmpty', { name: started })}\n\n`);
    const setup = server.setupLink();
    if (setup) io.out(`${t('cli:team.setup')}\n\n  ${setup}\n\n`);
    io.out(`${t('cli:team.stop')}\n`);
    const running = server;
    await new Promise<void>((done) => {
      const stop = () => void running.close().then(done);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};

export const PUBLISH: Command = {
  synopsis: `quadrant publish <file.scorecard> postgres://… [--replace]  put a document on a team database`,
  get usage() {
    return teamUsage('quadrant publish <file.scorecard> postgres://user:password@host/database [--replace]', t('cli:team.publishUsage'));
  },
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { replace: { type: 'boolean' }, ...SCHEMA_OPTION } });
    need(positionals, 2, t('cli:team.publishMissing'));
    const file = resolve(positionals[0]!);
    const database = databaseAddress(positionals[1]);
    checkInputFile(file, t('cli:team.theDocument'));
    const { session } = openDocument(file);
    let doc: InterchangeDocument;
    try {
      doc = call(session, 'document.export', {});
    } finally {
      session.close();
    }
    const store = PgStore.open(database, { schema: values.schema });
    try {
      const repos = new Repositories(store.engine);
      const existing = repos.scorecards.list();
      if (existing.length > 0 && values.replace !== true) {
        const names = existing.map((s) => `“${s.name}”`).join(', ');
        throw new AppError(ErrorCode.FILE_EXISTS, t('cli:team.alreadyHolds', { path: store.path, names }));
      }
      store.engine.transaction(() => {
        if (existing.length > 0) clearTeamDocument(store.engine);
        importInto(repos, doc);
      });
      io.out(`${t('cli:team.published', { file, path: store.path, count: doc.scorecards.length })}\n`);
    } finally {
      store.close();
    }
  },
};

export const PULL: Command = {
  synopsis: `quadrant pull postgres://… <file.scorecard> [--overwrite]    copy a team document into a file`,
  get usage() {
    return teamUsage('quadrant pull postgres://user:password@host/database <file.scorecard> [--overwrite]', t('cli:team.pullUsage'));
  },
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { overwrite: { type: 'boolean' }, ...SCHEMA_OPTION } });
    need(positionals, 2, t('cli:team.pullMissing'));
    const database = databaseAddress(positionals[0]);
    const file = resolve(positionals[1]!);
    checkDocumentTarget(file);
    if (existsSync(file) && values.overwrite !== true) {
      throw new AppError(ErrorCode.FILE_EXISTS, t('cli:team.pullExists', { path: file }));
    }
    const store = PgStore.open(database, { schema: values.schema });
    let text: string;
    let count: number;
    try {
      const doc = exportDocument(new Repositories(store.engine));
      if (doc.scorecards.length === 0) throw new AppError(ErrorCode.NOT_FOUND, t('cli:team.nothingToPull', { path: store.path }));
      count = doc.scorecards.length;
      text = serializeInterchange(doc);
    } finally {
      store.close();
    }
    createDocumentFromJson(file, text, values.overwrite === true).close();
    io.out(`${t('cli:team.pulled', { count, file })}\n`);
  },
};

export type { Io };
