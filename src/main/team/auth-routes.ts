/**
 * The sign-in routes of the team server (decision 7): who is signed in, sign in, accept an invite (or the first
 * admin's setup link), sign out. Sign-in and accept-invite come before any session exists, so they check the
 * Origin instead of a CSRF token; sign-out needs the session's CSRF token like every other POST.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account } from '../../shared/contract-team';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { readJsonObject, refuse, send, sendResult } from '../core/http-common';
import { publicAccount, type AccountStore, type StoredAccount } from './accounts';
import { decoyHash, hashPassword, passwordProblem, verifyPassword } from './passwords';
import { addressKey, clientAddress, emailKey, rateLimitMessage, type SignInLimiter } from './rate-limit';
import { clearedCookie, sessionCookie, type SessionStore, type SignInSession } from './sessions';
import { inLanguageOf } from './request-words';
import { teamMe } from './team-api';

/** Sign-in bodies are a few fields: nothing near the API's limit is needed. */
const AUTH_BODY_BYTES = 16 * 1024;

export interface AuthContext {
  accounts: AccountStore;
  sessions: SessionStore;
  limiter: SignInLimiter;
  secureCookies: boolean;
  serverName: () => string;
  /** The live session of the request's cookie and its account, or null. */
  current: (req: IncomingMessage) => { session: SignInSession; account: Account } | null;
  checkCsrf: (req: IncomingMessage, session: SignInSession) => boolean;
  signedOut: (match: { sessionHash: string }) => void;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function signedIn(res: ServerResponse, ctx: AuthContext, account: StoredAccount): void {
  ctx.accounts.markSignedIn(account.id);
  const { token, csrfToken } = ctx.sessions.create(account.id);
  const me = teamMe(publicAccount(ctx.accounts.byId(account.id)!), ctx.serverName());
  sendResult(res, 200, { ok: true, value: { me, csrfToken } }, { 'Set-Cookie': sessionCookie(token, ctx.secureCookies) });
}

function limited(req: IncomingMessage, res: ServerResponse, waitMs: number): void {
  refuse(res, 429, inLanguageOf(req, () => rateLimitMessage(waitMs)), { 'Retry-After': String(Math.ceil(waitMs / 1000)) });
}

export function authSession(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): void {
  const current = ctx.current(req);
  const answer = {
    me: current ? teamMe(current.account, ctx.serverName()) : null,
    csrfToken: current?.session.csrfToken ?? null,
    setupNeeded: !ctx.accounts.hasAdmin(),
  };
  send(res, 200, JSON.stringify(answer), 'application/json; charset=utf-8');
}

export async function signIn(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): Promise<void> {
  const body = await readJsonObject(req, res, AUTH_BODY_BYTES);
  if (!body) return;
  const email = text(body.email).trim().toLowerCase();
  const password = text(body.password);
  if (!email || !password) return refuse(res, 400, inLanguageOf(req, () => t('errors:teamAuth.missing')));
  const keys = [addressKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'])), emailKey(email)];
  const wait = ctx.limiter.wait(keys);
  if (wait > 0) return limited(req, res, wait);
  const account = ctx.accounts.byEmail(email);
  // An unknown address costs as much time as a wrong password, so the answer does not tell which addresses exist.
  const matches = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !matches) {
    ctx.limiter.fail(keys);
    return refuse(res, 401, inLanguageOf(req, () => t('errors:teamAuth.wrong')));
  }
  ctx.limiter.clear(emailKey(email));
  if (account.disabled) return refuse(res, 403, inLanguageOf(req, () => t('errors:teamAuth.disabled')));
  signedIn(res, ctx, account);
}

export async function acceptInvite(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): Promise<void> {
  const body = await readJsonObject(req, res, AUTH_BODY_BYTES);
  if (!body) return;
  const keys = [addressKey(clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for']))];
  const wait = ctx.limiter.wait(keys);
  if (wait > 0) return limited(req, res, wait);
  const token = text(body.token);
  const name = text(body.name).trim();
  const password = text(body.password);
  const email = typeof body.email === 'string' ? body.email : undefined;
  try {
    inLanguageOf(req, () => ctx.accounts.openInvite(token));
  } catch (err) {
    // Guessing invite tokens counts as failed sign-ins from this address.
    if ((err as AppError).code === ErrorCode.NOT_FOUND) ctx.limiter.fail(keys);
    return sendResult(res, 400, { ok: false, error: (err as AppError).toData() });
  }
  const problem = inLanguageOf(req, () =>
    !name ? t('errors:teamAuth.nameNeeded') : name.length > 120 ? t('errors:teamAuth.nameLong', { max: 120 }) : passwordProblem(password),
  );
  if (problem) return sendResult(res, 400, { ok: false, error: { code: ErrorCode.VALIDATION, message: problem } });
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
    return sendResult(res, 400, { ok: false, error: { code: ErrorCode.VALIDATION, message: inLanguageOf(req, () => t('errors:teamAuth.email')) } });
  }
  const passwordHash = await hashPassword(password);
  let account: StoredAccount;
  try {
    account = inLanguageOf(req, () => ctx.accounts.acceptInvite(token, { name, email, passwordHash }));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return sendResult(res, 400, { ok: false, error: err.toData() });
  }
  signedIn(res, ctx, account);
}

export function signOut(req: IncomingMessage, res: ServerResponse, ctx: AuthContext): void {
  const current = ctx.current(req);
  if (current) {
    if (!ctx.checkCsrf(req, current.session)) return refuse(res, 403, inLanguageOf(req, () => t('errors:teamAuth.token')));
    ctx.sessions.end(current.session.tokenHash);
    ctx.signedOut({ sessionHash: current.session.tokenHash });
  }
  sendResult(res, 200, { ok: true, value: null }, { 'Set-Cookie': clearedCookie(ctx.secureCookies) });
}
