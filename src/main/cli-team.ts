/**
 * Team mode on the command line (docs/team-server.md): `quadrant serve` runs the team server on a PostgreSQL
 * database; `quadrant publish` puts a `.scorecard` document on one and `quadrant pull` brings a team document back
 * into a file, both through the JSON interchange (export → import), so nothing is lost on the way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import type { InterchangeDocument } from '../shared/interchange';
import { call, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkDocumentTarget, checkInputFile } from './cli-files';
import { ensurePrintView, RENDERER_DIR } from './cli-report';
import { DEFAULT_SCHEMA, PgStore } from './core/db/pg-store';
import { createDocumentFromJson, exportDocument, importInto, serializeInterchange } from './core/interchange-io';
import { Repositories } from './core/repositories';
import { createScorecard } from './core/session';
import { clearTeamDocument } from './team/replace';
import { startTeamServer } from './team/server';

/** A libpq address: a postgres:// URL or `key=value` pairs (`host=/run/postgresql dbname=quadrant`). */
function databaseAddress(text: string | undefined, what = 'the team database'): string {
  if (!text) throw new UsageError(`Missing ${what} (postgres://user:password@host/database).`);
  if (!/^postgres(ql)?:\/\//i.test(text) && !/^\s*\w+\s*=/.test(text)) {
    throw new UsageError(`${text} is not a PostgreSQL address: write it as postgres://user:password@host/database.`);
  }
  return text;
}

const SCHEMA_OPTION = { schema: { type: 'string' } } as const;
const schemaHelp = `  --schema NAME      the PostgreSQL schema that holds the team document (default: ${DEFAULT_SCHEMA})`;

function portOf(text: string | undefined): number {
  if (text === undefined) return 8080;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`--port takes a port number from 0 to 65535, not “${text}”.`);
  return Number(text);
}

function listenProblem(err: NodeJS.ErrnoException, host: string, port: number): AppError | null {
  if (err.code === 'EADDRINUSE') return new AppError(ErrorCode.IO, `Port ${port} on ${host} is already in use: choose another with --port.`);
  if (err.code === 'EACCES') return new AppError(ErrorCode.IO, `Not allowed to listen on port ${port}: ports below 1024 need privileges; choose another with --port.`);
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
    return new AppError(ErrorCode.IO, `${host} is not an address of this computer: choose one with --host (127.0.0.1, 0.0.0.0 for every network).`);
  }
  return null;
}

/**
 * A team database with no scorecard yet gets an empty one (the four perspectives), as a new file does, so the first
 * person to sign in has a scorecard to build; its name, or null when there was one already.
 */
function startingScorecard(store: PgStore): string | null {
  const repos = new Repositories(store.engine);
  if (repos.scorecards.list().length > 0) return null;
  const name = 'Team scorecard';
  store.journal(null).record(() => createScorecard(repos, { name }), () => () => `New scorecard “${name}”`);
  return name;
}

export const SERVE: Command = {
  synopsis: `quadrant serve --database postgres://… [--port N] [--host ADDRESS] [--secure-cookies]
                                                           serve one shared scorecard to a team's browsers`,
  usage: `Usage: quadrant serve --database postgres://user:password@host/database [--port N] [--host ADDRESS] [--secure-cookies]

Serves Quadrant to the browsers of a team, on one PostgreSQL database (created and migrated when needed). People
sign in with accounts an admin invites; while there is no admin, the one-time link printed at start creates the
first one. See docs/team-server.md (TLS through a reverse proxy, backups with pg_dump).

  --database URL     the PostgreSQL database
  --port N           the port to listen on (default: 8080)
  --host ADDRESS     the address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0: every network)
  --secure-cookies   send the sign-in cookie over HTTPS only (behind a TLS reverse proxy)
${schemaHelp}`,
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
    io.out(`Quadrant team server for ${store.path}\n\n  ${server.url}\n\n`);
    if (started) {
      io.out(`The database held no scorecard: it now holds an empty one, “${started}”. To start from a document instead, \`quadrant publish <file.scorecard> … --replace\`.\n\n`);
    }
    const setup = server.setupLink();
    if (setup) {
      io.out(`Nobody can sign in yet. Open this one-time link to create the first admin account (valid 7 days, until the next start):\n\n  ${setup}\n\n`);
    }
    io.out('Press Ctrl+C to stop.\n');
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
  usage: `Usage: quadrant publish <file.scorecard> postgres://user:password@host/database [--replace]

Copies a scorecard document into a team database (through the JSON interchange: everything it holds). The
database's people stay; its document is replaced only with --replace.

  --replace          replace the scorecards a team database already holds (their audit log and undo steps go too)
${schemaHelp}`,
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { replace: { type: 'boolean' }, ...SCHEMA_OPTION } });
    need(positionals, 2, 'the document and the team database');
    const file = resolve(positionals[0]!);
    const database = databaseAddress(positionals[1]);
    checkInputFile(file, 'the document');
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
        throw new AppError(ErrorCode.FILE_EXISTS, `${store.path} already holds a team scorecard (${names}): pass --replace to replace it. Nothing was changed.`);
      }
      store.engine.transaction(() => {
        if (existing.length > 0) clearTeamDocument(store.engine);
        importInto(repos, doc);
      });
      io.out(`Published ${file} to ${store.path} (${doc.scorecards.length} ${doc.scorecards.length === 1 ? 'scorecard' : 'scorecards'})\n`);
    } finally {
      store.close();
    }
  },
};

export const PULL: Command = {
  synopsis: `quadrant pull postgres://… <file.scorecard> [--overwrite]    copy a team document into a file`,
  usage: `Usage: quadrant pull postgres://user:password@host/database <file.scorecard> [--overwrite]

Copies the team database's document into a scorecard file (through the JSON interchange: everything it holds but
the people, the audit log and the undo steps, which only a team server has).

  --overwrite        replace <file.scorecard> if it exists
${schemaHelp}`,
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { overwrite: { type: 'boolean' }, ...SCHEMA_OPTION } });
    need(positionals, 2, 'the team database and the document to write');
    const database = databaseAddress(positionals[0]);
    const file = resolve(positionals[1]!);
    checkDocumentTarget(file);
    if (existsSync(file) && values.overwrite !== true) {
      throw new AppError(ErrorCode.FILE_EXISTS, `${file} already exists: pass --overwrite to replace it. Nothing was written.`);
    }
    const store = PgStore.open(database, { schema: values.schema });
    let text: string;
    let count: number;
    try {
      const doc = exportDocument(new Repositories(store.engine));
      if (doc.scorecards.length === 0) throw new AppError(ErrorCode.NOT_FOUND, `${store.path} holds no scorecard yet: publish one first.`);
      count = doc.scorecards.length;
      text = serializeInterchange(doc);
    } finally {
      store.close();
    }
    createDocumentFromJson(file, text, values.overwrite === true).close();
    io.out(`Pulled ${count} ${count === 1 ? 'scorecard' : 'scorecards'} into ${file}\n`);
  },
};

export type { Io };
