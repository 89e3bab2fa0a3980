/**
 * `quadrant serve`: the renderer and the same core for a whole team, on one PostgreSQL database (decisions 3, 5–7,
 * docs/team-server.md). Each signed-in person gets a Session of their own (their actor, the revision their page
 * was based on) attached to the ONE shared store. Calls run one at a time: the core is synchronous, so a call's
 * reads and its transaction run to the end before the next request is looked at; only HTTP, password hashing,
 * printing and the event streams are asynchronous around it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { isMethod } from '../../shared/contract';
import type { Account } from '../../shared/contract-team';
import { AppError, ErrorCode, type Result } from '../../shared/errors';
import { currentLocale, t, withLocale } from '../../shared/i18n';
import { typedPaths } from '../core/capabilities';
import type { OpenStore } from '../core/db/open-store';
import { PgStore } from '../core/db/pg-store';
import { createDispatcher, toApiError, type Dispatcher } from '../core/dispatch';
import { createLimitedServer, listen, readJsonObject, refuse, sendResult, serveStatic, type ServerTimeouts } from '../core/http-common';
import { browserPrinter } from '../core/report-export';
import { requestLocale } from '../core/request-locale';
import { inLanguageOf } from './request-words';
import { Session } from '../core/session';
import { checkAccess } from './access';
import { AccountStore, publicAccount } from './accounts';
import { acceptInvite, authSession, signIn, signOut, type AuthContext } from './auth-routes';
import { EventHub } from './events';
import { SignInLimiter } from './rate-limit';
import { cookieToken, sameSecret, SessionStore, type SessionLimits, type SignInSession } from './sessions';
import { isTeamMethod, teamCall } from './team-api';

export interface TeamServerOptions {
  /** The team document, opened by the caller (a PgStore); closed with the server. Or: */
  store?: OpenStore;
  /** the team database's address (postgres://…), opened (and migrated) here, in `schema` (default quadrant). */
  database?: string;
  schema?: string;
  rendererDir: string;
  /** Address to listen on; 127.0.0.1 unless the server is meant for the network (or sits behind a proxy). */
  host?: string;
  port?: number;
  /** Behind a TLS proxy: the session cookie is sent over HTTPS only. */
  secureCookies?: boolean;
  timeouts?: Partial<ServerTimeouts>;
  /** Shorter session lifetimes for the tests. */
  sessionLimits?: SessionLimits;
  pingMs?: number;
}

export interface TeamServer {
  url: string;
  port: number;
  accounts: AccountStore;
  events: EventHub;
  /** The first admin's one-time setup link while the database has no admin; null otherwise. */
  setupLink(): string | null;
  close(): Promise<void>;
}

const TEAM_META = '<meta name="quadrant-mode" content="team" />';

/** index.html tells the page it is a team page, so it asks who is signed in before anything else. */
function markTeamPage(file: string, body: Buffer): Buffer | string {
  return file.endsWith('index.html') ? body.toString('utf8').replace('<head>', `<head>\n    ${TEAM_META}`) : body;
}

/** The origin a request's page was served under, by its Host header; null without one. */
function servedOrigin(req: IncomingMessage, secure: boolean): string | null {
  const host = req.headers.host;
  return host ? `${secure ? 'https' : 'http'}://${host}` : null;
}

/** A POST from a page of another site (or another Host) is refused; clients that send no Origin are not browsers. */
function foreignOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    const url = new URL(origin);
    return (url.protocol !== 'http:' && url.protocol !== 'https:') || url.host !== req.headers.host;
  } catch {
    return true;
  }
}

export async function startTeamServer(opts: TeamServerOptions): Promise<TeamServer> {
  if (!opts.store && !opts.database) throw new AppError(ErrorCode.VALIDATION, t('errors:teamServer.needsDatabase'));
  const store = opts.store ?? PgStore.open(opts.database!, { schema: opts.schema });
  const root = resolve(opts.rendererDir);
  const secureCookies = opts.secureCookies === true;
  const accounts = new AccountStore(store.engine);
  const sessions = new SessionStore(store.engine, opts.sessionLimits);
  const limiter = new SignInLimiter(store.engine);
  const events = new EventHub(opts.pingMs);
  const printer = browserPrinter(root);
  const people = new Map<number, { session: Session; dispatch: Dispatcher }>();
  sessions.prune();

  /** Each person's own Session on the shared store: their undo journal, their actor. Never closed on its own. */
  function personOf(account: Account) {
    let person = people.get(account.id);
    if (!person) {
      const session = new Session({ mode: 'web' });
      session.attach(store);
      person = { session, dispatch: createDispatcher(session, { ...typedPaths, print: printer }) };
      people.set(account.id, person);
    }
    return person;
  }

  const reader = new Session({ mode: 'web' });
  reader.attach(store);
  const serverName = () => reader.require().repos.scorecards.list()[0]?.name ?? 'Quadrant team';

  function current(req: IncomingMessage): { session: SignInSession; account: Account } | null {
    const session = sessions.find(cookieToken(req.headers.cookie));
    if (!session) return null;
    const account = accounts.byId(session.accountId);
    if (!account || account.disabled) {
      sessions.end(session.tokenHash);
      return null;
    }
    return { session, account: publicAccount(account) };
  }

  const checkCsrf = (req: IncomingMessage, session: SignInSession) => {
    const header = req.headers['x-csrf-token'];
    return sameSecret(Array.isArray(header) ? header[0] : header, session.csrfToken);
  };

  const auth: AuthContext = {
    accounts,
    sessions,
    limiter,
    secureCookies,
    serverName,
    current,
    checkCsrf,
    signedOut: (match) => events.close(match),
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const who = current(req);
    if (!who) return refuse(res, 401, inLanguageOf(req, () => t('errors:teamAuth.signedOut')));
    if (!checkCsrf(req, who.session)) return refuse(res, 403, inLanguageOf(req, () => t('errors:teamAuth.token')));
    const body = await readJsonObject(req, res);
    if (!body) return;
    const { method, input, baseRevision } = body;
    // Several people, several languages: the call runs in its sender's, and the server's own comes back after it.
    // The core is synchronous, so everything up to the dispatcher's first await runs inside.
    // Without a language of its own a request runs in the server's, which is still put back after it.
    const locale = requestLocale(req, true) ?? currentLocale();
    const result = await withLocale(locale, () => call(who, method, input, baseRevision, req));
    sendResult(res, result.status, result.body);
  }

  type Answer = { status: number; body: Result<unknown> };

  /** One /api call of a signed-in person, answered with its HTTP status. */
  function call(
    who: { session: SignInSession; account: Account },
    method: unknown,
    input: unknown,
    baseRevision: unknown,
    req: IncomingMessage,
  ): Promise<Answer> | Answer {
    const { account } = who;
    if (isMethod(method)) {
      try {
        checkAccess(account, method, input, reader.require().repos);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        return { status: 403, body: { ok: false, error: err.toData() } };
      }
      if (isTeamMethod(method)) {
        const origin = servedOrigin(req, secureCookies) ?? '';
        const ctx = { account, sessionHash: who.session.tokenHash, origin, serverName, signedOut: (accountId: number) => events.close({ accountId }) };
        return teamCall(method, input, ctx, accounts, sessions).then((body) => ({ status: 200, body }));
      }
    }
    const person = personOf(account);
    // Set and used in the same synchronous stretch as the call's transaction: no other request runs in between.
    person.session.actor = { accountId: account.id, name: account.name, role: account.role };
    person.session.baseRevision = typeof baseRevision === 'number' && Number.isInteger(baseRevision) ? baseRevision : null;
    return person.dispatch(method, input).then((result) => {
      if (result.ok) {
        const event = EventHub.eventOf(result.changes, { accountId: account.id, name: account.name });
        if (event) events.publish(event);
      }
      return { status: 200, body: result };
    });
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    const who = current(req);
    if (!who) return refuse(res, 401, inLanguageOf(req, () => t('errors:teamAuth.signedOut')));
    events.open(res, who.account.id, who.session.tokenHash);
  }

  const POST_ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void> = {
    '/api': handleApi,
    '/auth/sign-in': (req, res) => signIn(req, res, auth),
    '/auth/accept-invite': (req, res) => acceptInvite(req, res, auth),
    '/auth/sign-out': (req, res) => signOut(req, res, auth),
  };

  const server = createLimitedServer(opts.timeouts, (req, res) =>
    route(req, res).catch((err: unknown) => {
      // The database gone (restarted, network down) is said in words, not as an internal error.
      const error = toApiError(err);
      if (!res.headersSent) sendResult(res, error.code === ErrorCode.IO ? 503 : 500, { ok: false, error });
    }),
  );

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!req.headers.host) return refuse(res, 400, inLanguageOf(req, () => t('errors:teamServer.noHost')));
    const path = req.url?.split('?')[0] ?? '/';
    const post = Object.prototype.hasOwnProperty.call(POST_ROUTES, path) ? POST_ROUTES[path] : undefined;
    if (post) {
      if (req.method !== 'POST') return refuse(res, 405, inLanguageOf(req, () => t('errors:teamServer.usePost', { path })));
      if (foreignOrigin(req)) return refuse(res, 403, inLanguageOf(req, () => t('errors:teamServer.foreignOrigin')));
      return post(req, res);
    }
    if (path === '/auth/session') {
      if (req.method !== 'GET') return refuse(res, 405, inLanguageOf(req, () => t('errors:teamServer.useGet', { path })));
      return authSession(req, res, auth);
    }
    if (path === '/events') {
      if (req.method !== 'GET') return refuse(res, 405, inLanguageOf(req, () => t('errors:teamServer.useGet', { path })));
      return handleEvents(req, res);
    }
    return serveStatic(req, res, root, markTeamPage);
  }

  const host = opts.host ?? '127.0.0.1';
  try {
    await listen(server, opts.port ?? 0, host);
  } catch (err) {
    events.stop();
    if (!opts.store) store.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}/`;

  return {
    url,
    port,
    accounts,
    events,
    setupLink: () => {
      const token = accounts.setupToken();
      return token ? `${url}?invite=${token}` : null;
    },
    close: () =>
      new Promise<void>((done) => {
        events.stop();
        server.closeAllConnections();
        server.close(() => {
          store.close();
          done();
        });
      }),
  };
}

