/**
 * Sign-in sessions of a team server: a random 32-byte token in the `quadrant_session` cookie (HttpOnly,
 * SameSite=Strict, Path=/, Secure behind a TLS proxy), kept in the database only as its hash, with a per-session
 * CSRF token the page sends back as `X-CSRF-Token`. A session ends after 12 hours unused or 7 days in all.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Engine } from '../core/db/engine';
import { newToken, nowIso, sql, tokenHash } from './sql';

export const COOKIE_NAME = 'quadrant_session';
export const IDLE_MS = 12 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reading the scorecard does not write on every call. */
const TOUCH_MS = 60 * 1000;

export interface SignInSession {
  tokenHash: string;
  accountId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
}

interface SessionRow {
  token_hash: string;
  account_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
}

/** Shorter lifetimes for the tests. */
export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export class SessionStore {
  constructor(
    private readonly engine: Engine,
    private readonly limits: SessionLimits = { idleMs: IDLE_MS, absoluteMs: ABSOLUTE_MS },
  ) {}

  /** A new session for the account: the token for the cookie (never stored) and the CSRF token. */
  create(accountId: number): { token: string; csrfToken: string } {
    const token = newToken();
    const csrfToken = randomBytes(32).toString('base64url');
    const now = nowIso();
    this.engine.run(
      sql(
        `INSERT INTO sign_in_session (token_hash, account_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)`,
        tokenHash(token),
        accountId,
        csrfToken,
        now,
      ),
    );
    return { token, csrfToken };
  }

  /** The live session a cookie's token names; an expired one is removed and counts as none. */
  find(token: string | null, now = Date.now()): SignInSession | null {
    if (!token) return null;
    const hash = tokenHash(token);
    const row = this.engine.get<SessionRow>(sql(`SELECT * FROM sign_in_session WHERE token_hash = $1`, hash));
    if (!row) return null;
    const idle = now - Date.parse(row.last_seen_at) > this.limits.idleMs;
    const old = now - Date.parse(row.created_at) > this.limits.absoluteMs;
    if (idle || old) {
      this.end(hash);
      return null;
    }
    if (now - Date.parse(row.last_seen_at) > TOUCH_MS) {
      this.engine.run(sql(`UPDATE sign_in_session SET last_seen_at = $2 WHERE token_hash = $1`, hash, nowIso(now)));
    }
    return { tokenHash: hash, accountId: Number(row.account_id), csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
  }

  end(hash: string): void {
    this.engine.run(sql(`DELETE FROM sign_in_session WHERE token_hash = $1`, hash));
  }

  /** Signs the account out everywhere (disabled), or everywhere but here (a new password). */
  endAllOf(accountId: number, except?: string): void {
    this.engine.run(sql(`DELETE FROM sign_in_session WHERE account_id = $1 AND token_hash <> $2`, accountId, except ?? ''));
  }

  /** Sessions past their time, removed now and then so the table does not grow forever. */
  prune(now = Date.now()): void {
    this.engine.run(
      sql(
        `DELETE FROM sign_in_session WHERE last_seen_at < $1 OR created_at < $2`,
        nowIso(now - this.limits.idleMs),
        nowIso(now - this.limits.absoluteMs),
      ),
    );
  }
}

/** Compared in constant time: the CSRF header against the session's token. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function sessionCookie(token: string, secure: boolean, maxAgeMs = ABSOLUTE_MS): string {
  return `${COOKIE_NAME}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor(maxAgeMs / 1000)}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${COOKIE_NAME}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}

/** The session token of a request's Cookie header, or null. */
export function cookieToken(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === COOKIE_NAME) return value.join('=') || null;
  }
  return null;
}
