/**
 * Browser mode: the built renderer and the same dispatch behind a loopback HTTP adapter. It binds 127.0.0.1 only,
 * requires a per-run token on every API call, and refuses foreign Host and Origin headers (DNS rebinding) and
 * non-loopback peers. The packaged app never starts it.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ErrorCode, type Result } from '../../shared/errors';
import { typedPaths } from './capabilities';
import { createDispatcher } from './dispatch';
import { browserPrinter } from './report-export';
import { Session } from './session';

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

const CSP =
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

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
}

/** The error code that goes with each refusal, so the renderer can tell a bad request from a missing token. */
const REFUSAL_CODE = {
  400: ErrorCode.VALIDATION,
  401: ErrorCode.UNAUTHORIZED,
  403: ErrorCode.FORBIDDEN,
  405: ErrorCode.VALIDATION,
  413: ErrorCode.VALIDATION,
} as const;

function refuse(res: ServerResponse, status: keyof typeof REFUSAL_CODE, message: string): void {
  sendResult(res, status, { ok: false, error: { code: REFUSAL_CODE[status], message } });
}

/** The decoded path of a request, or null when its address is malformed (a bad `%` escape): a 400, not a 500. */
function requestPath(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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
    if (req.method !== 'POST') return refuse(res, 405, 'Use POST for API calls.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 403, 'Requests from other origins are refused.');
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      return refuse(res, 401, 'Missing or wrong access token. Open the address that `npm run web` printed.');
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (err) {
      // A client dropped by the request timeout (or gone by itself) is past answering.
      if (req.destroyed && !req.complete) return;
      const tooLarge = (err as Error).message === 'too large';
      return refuse(res, tooLarge ? 413 : 400, tooLarge ? 'The request is too large.' : 'The request body is not valid JSON.');
    }
    if (typeof body !== 'object' || body === null) return refuse(res, 400, 'The request body must be {"method": ..., "input": ...}.');
    const { method, input } = body as { method?: unknown; input?: unknown };
    sendResult(res, 200, await dispatch(method, input));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const pathname = requestPath(req.url);
    if (pathname === null) return send(res, 400, 'Bad request: the address is malformed.', 'text/plain');
    const file = normalize(join(root, pathname === '/' ? 'index.html' : pathname));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden', 'text/plain');
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      send(res, 200, await readFile(file), CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(res, 404, 'Not found', 'text/plain');
    }
  }

  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const limits = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    // Node checks the two timeouts above only this often (every 30 s by default).
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, timeouts.headersMs / 4)),
  };
  const server = createServer(limits, (req, res) => {
    if (!isLoopback(req.socket.remoteAddress)) return refuse(res, 403, 'Only this computer may connect.');
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'Unexpected Host header: refused.');
    const route = req.url?.split('?')[0] === '/api' ? handleApi : handleStatic;
    route(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendResult(res, 500, { ok: false, error: { code: ErrorCode.INTERNAL, message: String(err) } });
    });
  });

  // A client that took too long is dropped without an answer: a browser's preconnected socket that sat unused would
  // otherwise read Node's 408 as the answer to the request it sends next.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code !== 'ERR_HTTP_REQUEST_TIMEOUT' && socket.writable) {
      socket.write('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    }
    socket.destroy();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen());
  });
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
