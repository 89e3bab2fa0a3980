/**
 * Sign-in rate limiting: 5 failed sign-ins within 15 minutes from one address, or for one e-mail address, and the
 * next attempts are refused until the oldest of them is 15 minutes old. Failures are kept in the database
 * (sign_in_failure), so restarting the server does not reset them; a successful sign-in clears its e-mail's count
 * (not the address's: one known password must not reset the count for guessing others).
 */
import type { Engine } from '../core/db/engine';
import { nowIso, sql } from './sql';
import { t } from '../../shared/i18n';

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

/**
 * Whose attempts count together: the peer's address, or behind a reverse proxy on this computer (the peer is
 * loopback and says whom it forwards) the address the proxy saw, so one person's typos do not lock out a company.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined): string {
  const local = peer === '::1' || peer?.startsWith('127.') || peer?.startsWith('::ffff:127.');
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const forwarded = header
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  return local && forwarded ? forwarded : (peer ?? 'unknown');
}

export const addressKey = (address: string): string => `address:${address}`;
export const emailKey = (email: string): string => `email:${email.trim().toLowerCase()}`;

export class SignInLimiter {
  constructor(
    private readonly engine: Engine,
    private readonly max = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** How long until another attempt is allowed for any of the keys, in ms; 0 when it is allowed now. */
  wait(keys: string[], now = Date.now()): number {
    let wait = 0;
    const since = nowIso(now - this.windowMs);
    for (const key of keys) {
      const rows = this.engine.all<{ at: string }>(
        sql(
          `SELECT at FROM sign_in_failure WHERE key = $1 AND at > $2 ORDER BY at DESC LIMIT $3`,
          key,
          since,
          this.max,
        ),
      );
      if (rows.length < this.max) continue;
      // The attempt is allowed again once the oldest of the last `max` failures leaves the window.
      const oldest = Date.parse(rows[rows.length - 1]!.at);
      wait = Math.max(wait, oldest + this.windowMs - now);
    }
    return wait;
  }

  fail(keys: string[], now = Date.now()): void {
    for (const key of keys)
      this.engine.run(sql(`INSERT INTO sign_in_failure (key, at) VALUES ($1, $2)`, key, nowIso(now)));
    this.engine.run(sql(`DELETE FROM sign_in_failure WHERE at < $1`, nowIso(now - this.windowMs)));
  }

  clear(key: string): void {
    this.engine.run(sql(`DELETE FROM sign_in_failure WHERE key = $1`, key));
  }
}

export function rateLimitMessage(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return t('errors:teamAuth.tooMany', { count: minutes });
}
