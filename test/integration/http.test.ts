/** Browser mode stays local: the loopback adapter serves the app and the API only to this computer, with the token. */
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { isLoopback, startWebServer, type WebServer } from '../../src/main/core/http-server';
import { tempDir } from '../helpers';

let server: WebServer;

beforeAll(async () => {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Quadrant</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder');
  const documentPath = join(dir, 'sample.scorecard');
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
    const wrong = await call({ method: 'scorecard.list', input: {} }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body).ok).toBe(false);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await call({ method: 'scorecard.list', input: {} }, { host: 'evil.example:80' })).status).toBe(403);
    expect((await send({ path: '/', method: 'GET', headers: { host: `attacker.test:${server.port}` } })).status).toBe(
      403,
    );
    expect((await call({ method: 'scorecard.list', input: {} }, { origin: 'http://evil.example' })).status).toBe(403);
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
    expect(JSON.parse(res.body).error.message).toMatch(/Only this computer/);
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
});
