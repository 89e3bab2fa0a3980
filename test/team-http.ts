/**
 * The team server over real HTTP for the tests: a server on a PostgreSQL schema of its own (test/pg.ts), people
 * made through the real account store, and a browser-like client that keeps its cookie and CSRF token.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Input, Method, Output } from '../src/shared/contract';
import type { Account, Role, TeamMe } from '../src/shared/contract-team';
import type { Result } from '../src/shared/errors';
import type { PgStore } from '../src/main/core/db/pg-store';
import { dispatchSync } from '../src/main/core/dispatch';
import { Session } from '../src/main/core/session';
import { hashPassword } from '../src/main/team/passwords';
import { startTeamServer, type TeamServer, type TeamServerOptions } from '../src/main/team/server';
import { tempDir } from './helpers';
import { pgStore } from './pg';

export const PASSWORD = 'correct horse battery';

/** A renderer folder with the real index.html (the server marks it as a team page). */
export function rendererDir(): string {
  const dir = join(tempDir('quadrant-team-'), 'renderer');
  mkdirSync(dir);
  copyFileSync(join(__dirname, '..', 'src', 'renderer', 'index.html'), join(dir, 'index.html'));
  return dir;
}

export interface TeamFixture {
  server: TeamServer;
  store: PgStore;
  /** Calls on the document as the command line would (no actor): to build what the tests need. */
  setup: <M extends Method>(method: M, input: Input<M>) => Output<M>;
  person: (role: Role, name: string, ownerName?: string | null) => Promise<Account>;
}

export async function teamServer(opts: Partial<TeamServerOptions> = {}): Promise<TeamFixture> {
  const store = opts.store ? (opts.store as PgStore) : pgStore();
  const server = await startTeamServer({ rendererDir: rendererDir(), ...opts, store });
  const session = new Session({ mode: 'cli' });
  session.attach(store);
  const setup = <M extends Method>(method: M, input: Input<M>): Output<M> => {
    const r = dispatchSync(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as Output<M>;
  };
  const person = async (role: Role, name: string, ownerName: string | null = null) =>
    server.accounts.create({ email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, name, role, ownerName, passwordHash: await hashPassword(PASSWORD) });
  return { server, store, setup, person };
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** One browser: its cookie, its CSRF token, its page's origin. */
export class Browser {
  cookie: string | null = null;
  csrf: string | null = null;
  revision: number | null = null;

  constructor(
    readonly base: string,
    readonly origin: string | null = base.replace(/\/$/, ''),
  ) {}

  async request<T = unknown>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}) };
    if (this.cookie) headers.Cookie = this.cookie;
    if (this.origin && init.method === 'POST') headers.Origin = this.origin;
    if (this.csrf) headers['X-CSRF-Token'] = this.csrf;
    const res = await fetch(new URL(path, this.base), {
      method: init.method ?? 'GET',
      headers: { ...headers, ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value.endsWith('=') ? null : value;
    }
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text.startsWith('{') ? JSON.parse(text) : text) as T };
  }

  async signIn(email: string, password = PASSWORD): Promise<Answer<Result<{ me: TeamMe; csrfToken: string }>>> {
    const answer = await this.request<Result<{ me: TeamMe; csrfToken: string }>>('/auth/sign-in', { method: 'POST', body: { email, password } });
    if (answer.body.ok) this.csrf = answer.body.value.csrfToken;
    return answer;
  }

  async call<M extends Method>(method: M, input: Input<M> | Record<string, unknown>): Promise<Answer<Result<Output<M>>>> {
    return this.request<Result<Output<M>>>('/api', { method: 'POST', body: { method, input, baseRevision: this.revision } });
  }

  /** The value of a call that must succeed. */
  async ok<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    const { body } = await this.call(method, input);
    if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
    return body.value;
  }
}

/** A person signed in in a browser of their own. */
export async function signedIn(server: TeamServer, email: string): Promise<Browser> {
  const browser = new Browser(server.url);
  const answer = await browser.signIn(email);
  if (!answer.body.ok) throw new Error(`sign-in of ${email}: ${JSON.stringify(answer.body)}`);
  return browser;
}
