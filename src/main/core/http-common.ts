/**
 * What the two HTTP servers share, browser mode's (http-server.ts) and the team server's (src/main/team/server.ts):
 * the security headers, answers and refusals as `Result` data, the body limit, static files from the renderer folder
 * and the limits that keep a slow or silent client from holding a connection.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { Duplex } from 'node:stream';
import { extname, join, normalize, sep } from 'node:path';
import { ErrorCode, type Result } from '../../shared/errors';
import { t } from '../../shared/i18n';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * How long a client may take, so a slow or silent one (slow loris) cannot hold connections open: the request line
 * and headers, the whole request including its body, and an idle kept-alive connection. Answering is not limited:
 * a report export can take a while once the request has arrived.
 */
export interface ServerTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

export function send(res: ServerResponse, status: number, body: string | Buffer, type: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

export function sendResult(res: ServerResponse, status: number, result: Result<unknown>, headers: Record<string, string | string[]> = {}): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', headers);
}

/** The error code that goes with each refusal, so the renderer can tell a bad request from a missing token. */
const REFUSAL_CODE = {
  400: ErrorCode.VALIDATION,
  401: ErrorCode.UNAUTHORIZED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: ErrorCode.VALIDATION,
  413: ErrorCode.VALIDATION,
  429: ErrorCode.RATE_LIMITED,
} as const;

export type RefusalStatus = keyof typeof REFUSAL_CODE;

export function refuse(res: ServerResponse, status: RefusalStatus, message: string, headers: Record<string, string | string[]> = {}): void {
  sendResult(res, status, { ok: false, error: { code: REFUSAL_CODE[status], message } }, headers);
}

/** The decoded path of a request, or null when its address is malformed (a bad `%` escape): a 400, not a 500. */
export function requestPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
}

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The request's JSON body, or null once a refusal has been sent (too large, not JSON, not an object). A client
 * dropped by the request timeout (or gone by itself) is past answering.
 */
export async function readJsonObject(req: IncomingMessage, res: ServerResponse, limit = MAX_BODY_BYTES): Promise<Record<string, unknown> | null> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, limit));
  } catch (err) {
    if (req.destroyed && !req.complete) return null;
    const tooLarge = err instanceof BodyTooLarge;
    refuse(res, tooLarge ? 413 : 400, tooLarge ? t('errors:http.tooLarge') : t('errors:http.notJson'));
    return null;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    refuse(res, 400, t('errors:http.notObject'));
    return null;
  }
  return body as Record<string, unknown>;
}

/**
 * Serves the built renderer: files under `root` only. `transform` may rewrite a page before it is sent (the team
 * server marks index.html as a team page).
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  transform?: (file: string, body: Buffer) => Buffer | string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
  const pathname = requestPath(req.url);
  if (pathname === null) return send(res, 400, 'Bad request: the address is malformed.', 'text/plain');
  const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden', 'text/plain');
  let body: Buffer;
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    body = await readFile(file);
  } catch {
    return send(res, 404, 'Not found', 'text/plain');
  }
  send(res, 200, transform ? transform(file, body) : body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
}

/** An HTTP server with the limits above, a route that may throw (answered 500) and slow clients dropped. */
export function createLimitedServer(timeouts: Partial<ServerTimeouts> | undefined, route: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void): Server {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  const limits = {
    headersTimeout: t.headersMs,
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    // Node checks the two timeouts above only this often (every 30 s by default).
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, t.headersMs / 4)),
  };
  const listener: RequestListener = (req, res) => {
    Promise.resolve()
      .then(() => route(req, res))
      .catch((err: unknown) => {
        if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: ErrorCode.INTERNAL, message: String(err) } });
      });
  };
  const server = createServer(limits, listener);
  // A client that took too long is dropped without an answer: a browser's preconnected socket that sat unused would
  // otherwise read Node's 408 as the answer to the request it sends next.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code !== 'ERR_HTTP_REQUEST_TIMEOUT' && socket.writable) {
      socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
    socket.destroy();
  });
  return server;
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}
