/**
 * The one entry point for every API call, from IPC, HTTP and the CLI alike: validate the input with the
 * contract's schema, let the host approve any path in it, run the handler (edits in one transaction), and return
 * errors as data. Never throws. Core handlers are synchronous, so an edit is one transaction that nothing can
 * interleave; host methods (handlers/host.ts) may await the host's capabilities, but they never edit.
 */
import { z } from 'zod';
// Every host answers in any language: a report, a team member's request, the command line.
import '../../shared/i18n/all-languages';
import { contract, isMethod, type Method, type PathPurpose } from '../../shared/contract';
import { AppError, ErrorCode, formatPath, type ApiError, type Result } from '../../shared/errors';
import { currentLanguage, t } from '../../shared/i18n';
import { typedPaths, type Capabilities, type PathApproval } from './capabilities';
import { PgError } from './db/pg-engine';
import { handlers } from './handlers';
import { hostHandlers } from './handlers/host';
import { describeEdit } from './history-labels';
import type { CoreMethod, Handler, HostHandler, HostMethod, ReadCore } from './handlers/types';
import type { Session } from './session';

/** Methods that open, close or copy the document itself: they manage their own files, outside a transaction. */
const OUTSIDE_TRANSACTION = new Set<CoreMethod>([
  'app.info',
  // The caller's language: no document needed, nothing in it changes.
  'app.setLanguage',
  'document.create',
  'document.open',
  'document.info',
  'document.close',
  'document.saveAs',
  // The first screen answers with no document open too, and reads in a transaction of its own (no undo step).
  'document.load',
  // Undo and redo run their own transaction: the history's stacks change only once it has committed.
  'history.state',
  'history.undo',
  'history.redo',
  // Backups can be listed and restored with no document open (the one that would not open, say).
  'backup.list',
  'backup.restore',
  // The shipped templates are read with no document open too (the start screen offers them).
  'template.list',
  'template.get',
  // The KPI library lives beside the app's settings, not in the document: no document needed, no undo step.
  'library.list',
  'library.save',
  'library.delete',
  // Who is signed in: asked before any document is open (null everywhere but on a team server).
  'team.me',
]);

/** Methods after which the page reads the whole document again: they replace it, so they answer no changes. */
const REPLACES_DOCUMENT = new Set<Method>([
  'document.create',
  'document.open',
  'document.close',
  'document.saveAs',
  'backup.restore',
]);

/** The methods whose `path` the host must approve, and what for. */
const PATH_PURPOSE: Partial<Record<Method, PathPurpose>> = {
  'document.open': 'open',
  'document.create': 'create',
  'document.saveAs': 'saveAs',
  'backup.restore': 'restore',
};

const isHostMethod = (method: Method): method is HostMethod =>
  Object.prototype.hasOwnProperty.call(hostHandlers, method);

/**
 * The first issues travel with the error, enough for a form or the grid to mark them; the rest are only counted.
 * A payload can hold 100,000 bad items (and a strict object thousands of unknown keys, all named in one message):
 * the answer stays a few kB on every transport instead of tens of MB.
 */
export const MAX_ISSUES = 20;

/**
 * zod's own messages (a wrong type, an unknown key, an option not in a list) in the caller's language; English keeps
 * zod's default. Our schemas' own messages come from the catalogue (shared/validation-words.ts).
 */
const ZOD_LOCALES = { de: z.locales.de, fr: z.locales.fr, es: z.locales.es };
const zodErrorMaps = new Map<string, z.core.$ZodErrorMap>();
function zodWords(): z.core.$ZodErrorMap | undefined {
  const language = currentLanguage();
  if (language === 'en') return undefined;
  let map = zodErrorMaps.get(language);
  if (!map) {
    map = ZOD_LOCALES[language]().localeError;
    zodErrorMaps.set(language, map);
  }
  return map;
}
const MAX_ISSUE_MESSAGE = 300;

function shorten(message: string): string {
  return message.length > MAX_ISSUE_MESSAGE ? `${message.slice(0, MAX_ISSUE_MESSAGE - 1)}…` : message;
}

export function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: shorten(i.message),
  }));
  const first = issues[0];
  const where = first && first.path.length ? `${formatPath(first.path)}: ` : '';
  const others = error.issues.length - 1;
  const more = others > 0 ? t('errors:dispatch.more', { count: others }) : '';
  const omitted = error.issues.length - issues.length;
  return {
    code: ErrorCode.VALIDATION,
    message: t('errors:dispatch.invalidInput', {
      where,
      problem: first?.message ?? t('errors:dispatch.invalid'),
      more,
    }),
    issues,
    ...(omitted > 0 ? { moreIssues: omitted } : {}),
  };
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return err.toData();
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
    return { code: ErrorCode.VALIDATION, message: t('errors:dispatch.breaksRule', { detail: (err as Error).message }) };
  }
  if (code === 'SQLITE_READONLY') return { code: ErrorCode.READ_ONLY, message: t('errors:dispatch.readOnly') };
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return { code: ErrorCode.IO, message: t('errors:dispatch.io', { detail: (err as Error).message }) };
  }
  if (err instanceof PgError) return postgresError(err);
  return {
    code: ErrorCode.INTERNAL,
    message: t('errors:dispatch.unexpected', { detail: (err as Error)?.message ?? String(err) }),
  };
}

/** PostgreSQL's refusals by SQLSTATE class, answered as SQLite's are (see the SQLITE_ codes above). */
function postgresError(err: PgError): ApiError {
  const cls = err.sqlState.slice(0, 2);
  // 23: integrity (unique, foreign key, check, not null); 22: a value the column cannot hold (out of range).
  if (cls === '23' || cls === '22')
    return { code: ErrorCode.VALIDATION, message: t('errors:dispatch.breaksRule', { detail: err.message }) };
  if (err.sqlState === '25006') return { code: ErrorCode.READ_ONLY, message: t('errors:dispatch.teamReadOnly') };
  // No SQLSTATE: the connection itself failed; 08: connection exceptions; 57P: the server shut down.
  if (err.sqlState === '' || cls === '08' || err.sqlState.startsWith('57P')) {
    return { code: ErrorCode.IO, message: t('errors:dispatch.teamUnreachable', { detail: err.message }) };
  }
  if (cls === '42')
    return { code: ErrorCode.INTERNAL, message: t('errors:dispatch.unexpected', { detail: err.message }) };
  return { code: ErrorCode.IO, message: t('errors:dispatch.teamIo', { detail: err.message }) };
}

/** One call, one transaction, one undo step (if it changed anything). */
function recordStep<T>(session: Session, method: Method, input: unknown, run: () => T): T {
  const { store, repos } = session.require();
  return store
    .journal(session.actor)
    .record(run, () => describeEdit(repos, method, input), { baseRevision: session.baseRevision });
}

export type Dispatcher = (method: unknown, input: unknown) => Promise<Result<unknown>>;

type Prepared = { ok: false; error: ApiError } | { ok: true; method: Method; data: unknown };

/** Known method, valid input, and every path in it approved by the host. */
function prepare(method: unknown, input: unknown, host: PathApproval): Prepared {
  if (!isMethod(method)) {
    const name = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    return {
      ok: false,
      error: { code: ErrorCode.UNKNOWN_METHOD, message: t('errors:dispatch.unknownMethod', { name }) },
    };
  }
  const parsed = contract[method].input.safeParse(input ?? {}, { error: zodWords() });
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const purpose = PATH_PURPOSE[method];
  try {
    if (purpose) host.approvePath(purpose, (parsed.data as { path: string }).path);
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
  return { ok: true, method, data: parsed.data };
}

/** A core method's handler: an edit in one transaction and one undo step; throws on failure. */
function runCore(session: Session, method: CoreMethod, data: unknown): unknown {
  const handler = handlers[method] as Handler<CoreMethod>;
  const run = () => handler(data as never, session);
  return OUTSIDE_TRANSACTION.has(method) ? run() : recordStep(session, method, data, run);
}

/** The answer of a core method: its value and, when it changed rows, what it changed (see change-log.ts). */
function answer(session: Session, method: Method, value: unknown): Result<unknown> {
  const store = session.document;
  if (!store || REPLACES_DOCUMENT.has(method)) return { ok: true, value };
  const changes = store.changeFeed.changes(session.require().repos, store.journal(session.actor).state());
  return changes ? { ok: true, value, changes } : { ok: true, value };
}

/** A failed call changes nothing; what a write outside a transaction may still have left in the log is dropped. */
function failed(session: Session, err: unknown): Result<unknown> {
  session.document?.changeFeed.discard();
  return { ok: false, error: toApiError(err) };
}

function runHost(session: Session, method: HostMethod, data: unknown, host: Capabilities): unknown {
  const read: ReadCore = (m, input) => runCore(session, m, input) as never;
  return (hostHandlers[method] as HostHandler<HostMethod>)(data as never, host, read);
}

/**
 * For callers in this process whose paths are their own (the CLI, tests): synchronous, with no capability beyond
 * approving paths, so a host method answers as a host without it does (no printing, links left to the page).
 */
export function dispatchSync(
  session: Session,
  method: unknown,
  input: unknown,
  host: PathApproval = typedPaths,
): Result<unknown> {
  const prepared = prepare(method, input, host);
  if (!prepared.ok) return prepared;
  try {
    if (isHostMethod(prepared.method)) {
      const value = runHost(session, prepared.method, prepared.data, { approvePath: host.approvePath });
      if (value instanceof Promise) {
        // Its refusal would otherwise surface later as an unhandled rejection, with nobody left to answer.
        value.catch(() => undefined);
        throw new AppError(ErrorCode.INTERNAL, `${prepared.method} needs an asynchronous host.`);
      }
      return { ok: true, value };
    }
    return answer(session, prepared.method, runCore(session, prepared.method, prepared.data));
  } catch (err) {
    return failed(session, err);
  }
}

/** The dispatcher of a host: Electron passes its printer, link opener and dialogs; browser mode its printer. */
export function createDispatcher(session: Session, host: Capabilities): Dispatcher {
  return async (method, input) => {
    const prepared = prepare(method, input, host);
    if (!prepared.ok) return prepared;
    try {
      if (isHostMethod(prepared.method))
        return { ok: true, value: await runHost(session, prepared.method, prepared.data, host) };
      return answer(session, prepared.method, runCore(session, prepared.method, prepared.data));
    } catch (err) {
      return failed(session, err);
    }
  };
}
