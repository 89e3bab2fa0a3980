/**
 * Browser mode: the built renderer and the same dispatch behind a loopback HTTP adapter. It binds 127.0.0.1 only,
 * requires a per-run token on every API call, and refuses foreign Host and Origin headers (DNS rebinding) and
 * non-loopback peers. The packaged app never starts it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { setLocale, t } from '../../shared/i18n';
import { typedPaths } from './capabilities';
import { createDispatcher } from './dispatch';
import { createLimitedServer, listen, readJsonObject, refuse, sendResult, serveStatic, type ServerTimeouts } from './http-common';
import { requestLocale } from './request-locale';
import { browserPrinter } from './report-export';
import { Session } from './session';

export { DEFAULT_TIMEOUTS, MAX_BODY_BYTES, type ServerTimeouts } from './http-common';

export interface WebServerOptions {
  rendererDir: string;
  documentPath?: string;
  port?: number;
  token?: string;
  /** Folder of the rotating backups; none are made without one. */
  backupDir?: string;
  /** The personal KPI library's file (library.ts); none kept without one. */
  libraryFile?: string;
  /** Shorter limits for the tests; the defaults otherwise. */
  timeouts?: Partial<ServerTimeouts>;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  session: Session;
  close(): Promise<void>;
}

/** Exported for the tests: a peer address counts as this computer only on the loopback network. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const root = resolve(opts.rendererDir);
  const session = new Session({ mode: 'web', backupDir: opts.backupDir, libraryFile: opts.libraryFile ?? null });
  if (opts.documentPath) session.openDocument(opts.documentPath);
  // The page prints through the server; it has no file dialog (paths are typed in its form) and opens links itself.
  const dispatch = createDispatcher(session, { ...typedPaths, print: browserPrinter(root) });
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, t('errors:http.usePost'));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 403, t('errors:http.otherOrigin'));
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      return refuse(res, 401, t('errors:http.token'));
    }
    const body = await readJsonObject(req, res);
    if (!body) return;
    const { method, input } = body as { method?: unknown; input?: unknown };
    // One person's page: its language is the process's, from its first call on (the page's choice or its browser's).
    const locale = requestLocale(req);
    if (locale) setLocale(locale);
    sendResult(res, 200, await dispatch(method, input));
  }

  const server = createLimitedServer(opts.timeouts, (req, res) => {
    if (!isLoopback(req.socket.remoteAddress)) return refuse(res, 403, t('errors:http.loopback'));
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, t('errors:http.host'));
    return req.url?.split('?')[0] === '/api' ? handleApi(req, res) : serveStatic(req, res, root);
  });

  await listen(server, opts.port ?? 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    session,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          session.close();
          done();
        });
      }),
  };
}
