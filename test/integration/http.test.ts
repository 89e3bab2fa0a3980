/** Browser mode stays local: the loopback adapter serves the app and the API only to this computer, with the token. */
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { dispatchSync, MAX_ISSUES } from '../../src/main/core/dispatch';
import { isLoopback, startWebServer, type WebServer } from '../../src/main/core/http-server';
import { Session } from '../../src/main/core/session';
import { tempDir } from '../helpers';

let server: WebServer;
let documentPath: string;
let rendererDir: string;

beforeAll(async () => {
  const dir = tempDir();
  rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Quadrant</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  documentPath = join(dir, 'sample.scorecard');
  writeSampleDocument(documentPath);
  server = await startWebServer({ rendererDir, documentPath });
});
afterAll(() => server.close());

interface SendOptions {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  host?: string;
  /** The address this side of the connection comes from. */
  localAddress?: string;
}

function send(opts: SendOptions) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      {
        host: opts.host ?? '127.0.0.1',
        port: server.port,
        path: opts.path ?? '/api',
        method: opts.method ?? 'POST',
        headers: opts.headers,
        localAddress: opts.localAddress,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = (input: unknown, headers: Record<string, string> = {}) =>
  send({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(input),
  });

describe('the loopback HTTP adapter', () => {
  it('binds 127.0.0.1 and prints a URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{20,}$`));
  });

  it('answers API calls with the token through the same dispatch', async () => {
    const res = await call({ method: 'scorecard.list', input: {} });
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result.ok).toBe(true);
    expect(result.value[0].name).toMatch(/Harbour/);
    const invalid = JSON.parse((await call({ method: 'kpi.update', input: { id: 1, target: 'x' } })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = JSON.parse((await call({ method: 'shell.exec', input: {} })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await send({ body: JSON.stringify({ method: 'scorecard.list', input: {} }) });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await call({ method: 'scorecard.list', input: {} }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: /access token/ } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const host = await call({ method: 'scorecard.list', input: {} }, { host: 'evil.example:80' });
    expect(host.status).toBe(403);
    expect(JSON.parse(host.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: /Host/ } });
    expect((await send({ path: '/', method: 'GET', headers: { host: `attacker.test:${server.port}` } })).status).toBe(
      403,
    );
    const origin = await call({ method: 'scorecard.list', input: {} }, { origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    expect(JSON.parse(origin.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: /origins/ } });
    expect(
      (await call({ method: 'scorecard.list', input: {} }, { origin: `http://localhost:${server.port}` })).status,
    ).toBe(200);
  });

  it('counts only loopback peers as this computer', () => {
    for (const a of ['127.0.0.1', '127.3.4.5', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a), a).toBe(true);
    for (const a of [undefined, '', '192.0.2.2', '10.0.0.1', '::ffff:192.168.1.2', 'fd00::2', '0.0.0.0', '::'])
      expect(isLoopback(a), String(a)).toBe(false);
  });

  // A machine's own LAN address stands in for another computer: the kernel lets a connection start from it.
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

  it.skipIf(!lan)('is not reachable on the LAN address of this computer (it binds 127.0.0.1 only)', async () => {
    await expect(send({ host: lan, path: '/', method: 'GET' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it.skipIf(!lan)('refuses a request whose peer is not a loopback address, even with the token', async () => {
    const res = await send({
      localAddress: lan,
      headers: { authorization: `Bearer ${server.token}`, host: `127.0.0.1:${server.port}` },
      body: JSON.stringify({ method: 'scorecard.list', input: {} }),
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'FORBIDDEN', message: /Only this computer/ });
    expect((await send({ localAddress: lan, path: '/', method: 'GET' })).status).toBe(403);
  });

  it('serves the renderer with a strict CSP and nothing outside its folder', async () => {
    const page = await send({ path: '/', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Quadrant</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('unsafe-eval');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await send({ path, method: 'GET' });
      expect([403, 404], path).toContain(res.status);
      expect(res.body).not.toContain('outside the renderer folder');
    }
  });

  it('rejects a malformed body clearly', async () => {
    const res = await send({ headers: { authorization: `Bearer ${server.token}` }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not valid JSON/);
  });

  it('answers a malformed % escape in the address with 400, not 500', async () => {
    for (const path of ['/%', '/%zz', '/%E0%A4%A', '/index.html%', '/api%']) {
      const res = await send({ path, method: 'GET' });
      expect(res.status, path).toBe(400);
      expect(res.body, path).toMatch(/malformed/);
    }
    expect((await send({ path: '/', method: 'GET' })).status).toBe(200);
  });

  it('keeps a validation answer small however many items are wrong', async () => {
    const items = Array.from({ length: 100_000 }, () => ({ kpiId: 'x' }));
    const res = await call({ method: 'measurement.setMany', input: { items } });
    expect(res.status).toBe(200);
    expect(res.body.length).toBeLessThan(10_000);
    const { error } = JSON.parse(res.body);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.issues[0].path).toEqual(['items', 0, 'kpiId']);
    expect(error.moreIssues).toBeGreaterThan(100_000);
    expect(error.message).toMatch(/^Invalid input — \$\.items\[0\]\.kpiId: .* \(and [\d,]+ more problems\)$/);
    // A strict object names all its unknown keys in one issue: that message is cut short too.
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`extra${i}`, 1]));
    const many = await call({ method: 'kpi.update', input: { id: 1, ...keys } });
    expect(many.body.length).toBeLessThan(10_000);
    expect(JSON.parse(many.body).error.code).toBe('VALIDATION');
  });
});

describe('validation answers on every transport', () => {
  it('are capped in dispatch itself, which IPC and the CLI call too', () => {
    const session = new Session({ mode: 'electron' });
    try {
      const items = Array.from({ length: 1_000 }, () => ({ kpiId: -1, period: 'x' }));
      const result = dispatchSync(session, 'measurement.setMany', { items });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.issues).toHaveLength(MAX_ISSUES);
      const more = result.error.moreIssues ?? 0;
      expect(more).toBeGreaterThanOrEqual(1_000 - MAX_ISSUES);
      expect(result.error.message).toContain(`(and ${(more + MAX_ISSUES - 1).toLocaleString('en')} more problems)`);
      expect(JSON.stringify(result).length).toBeLessThan(10_000);
      // One bad field: the message and the issue list stay exactly as they were.
      const one = dispatchSync(session, 'kpi.update', { id: 1, target: 'x' });
      expect(one).toMatchObject({ ok: false, error: { issues: [{ path: ['target'] }] } });
      if (!one.ok) {
        expect(one.error.moreIssues).toBeUndefined();
        expect(one.error.message).not.toMatch(/more problem/);
      }
    } finally {
      session.close();
    }
  });
});

describe('slow clients', () => {
  let slow: WebServer;
  beforeAll(async () => {
    slow = await startWebServer({ rendererDir, documentPath, timeouts: { headersMs: 200, requestMs: 400, keepAliveMs: 100 } });
  });
  afterAll(() => slow.close());

  /**
   * Opens a raw connection, sends `start`, then one more byte of `drip` every 10 ms for as long as the connection
   * lasts: only the server can end it. Resolves with what the server answered (nothing, for a client it drops).
   */
  function slowClient(start: string, drip: string): Promise<{ answer: string; dripped: number }> {
    return new Promise((resolve, reject) => {
      const socket = connect(slow.port, '127.0.0.1');
      let answer = '';
      let dripped = 0;
      let timer: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        if (start) socket.write(start);
        if (drip) timer = setInterval(() => socket.write(drip[dripped++ % drip.length]!), 10);
      });
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') reject(err);
      });
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ answer, dripped });
      });
    });
  }

  const requestLine = () => `POST /api HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\n`;

  it('drops a client that sends its headers byte by byte', async () => {
    const { answer } = await slowClient(requestLine(), 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    expect(answer).toBe('');
  });

  it('drops a client that connects and sends nothing', async () => {
    const { answer } = await slowClient('', '');
    expect(answer).toBe('');
  });

  it('drops a client that sends its body byte by byte', async () => {
    const head = `${requestLine()}Authorization: Bearer ${slow.token}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n`;
    const { answer } = await slowClient(head, ' ');
    expect(answer).toBe('');
  });

  it('still answers ordinary calls at once', async () => {
    const body = JSON.stringify({ method: 'scorecard.list', input: {} });
    const head = `${requestLine()}Authorization: Bearer ${slow.token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
    const { answer } = await slowClient(head + body, '');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain('Harbour');
  });
});
