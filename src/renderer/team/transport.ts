/**
 * The team server's transport (docs/team-server.md): the session cookie travels by itself (same origin), every POST
 * carries the session's CSRF token, and every /api call the revision the page holds, so the server can tell an edit
 * made on a stale page (a CONFLICT) from one made on the current document. No store is imported here: the team and
 * document stores tell the transport what it needs (setTeamCsrf, setHeldRevision, onSignedOut).
 */
import { t } from '../../shared/i18n';
import type { Result } from '../../shared/errors';
import { LOCALE_HEADER } from '../../shared/i18n/languages';

let csrfToken: string | null = null;
let locale: string | null = null;
let heldRevision: () => number | null = () => null;
let signedOut: () => void = () => {};

/** True when the page was served by `quadrant serve` (the server inserts the meta element into index.html). */
export function isTeamMode(): boolean {
  if (typeof document === 'undefined') return false;
  return document.querySelector('meta[name="quadrant-mode"]')?.getAttribute('content') === 'team';
}

export function setTeamCsrf(token: string | null): void {
  csrfToken = token;
}

/** The page's language: every /api call runs in it on the server, whatever language the teammates use. */
export function setTeamLocale(tag: string | null): void {
  locale = tag;
}

export function setHeldRevision(source: () => number | null): void {
  heldRevision = source;
}

export function onSignedOut(listener: () => void): void {
  signedOut = listener;
}

/** The request of one /api call: the method, its input and the revision the page's view of the document is based on. */
export function apiRequest(
  method: string,
  input: unknown,
  baseRevision: number | null,
  csrf: string | null,
  language: string | null = null,
): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  if (language) headers[LOCALE_HEADER] = language;
  return {
    method: 'POST',
    credentials: 'same-origin',
    headers,
    body: JSON.stringify({ method, input, baseRevision }),
  };
}

/** A POST to /auth/…: the CSRF token when the page has a session (sign-out), none before (sign-in, accept-invite). */
export function authRequest(body: unknown, csrf: string | null): RequestInit {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  return { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body) };
}

const unreachable = (err: unknown): Result<never> => ({
  ok: false,
  error: { code: 'IO', message: t('team:transport.unreachable', { error: (err as Error).message }) },
});

/** Reads an answer that should be a Result, in words when it is not (a proxy's error page, say). */
async function resultOf<T>(response: Response): Promise<Result<T>> {
  try {
    const body = (await response.json()) as Result<T>;
    if (body && typeof body === 'object' && 'ok' in body) return body;
  } catch {
    // Not JSON: said below with the status.
  }
  if (response.status === 401)
    return { ok: false, error: { code: 'UNAUTHORIZED', message: t('team:transport.signedOut') } };
  return { ok: false, error: { code: 'IO', message: t('team:transport.unexpected', { status: response.status }) } };
}

export async function overTeamHttp(method: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch('/api', apiRequest(method, input, heldRevision(), csrfToken, locale));
  } catch (err) {
    return unreachable(err);
  }
  const result = await resultOf<unknown>(response);
  // The session ended (expired, signed out in another tab, the account disabled): back to the sign-in screen.
  if (response.status === 401) signedOut();
  return result;
}

export async function authPost<T>(path: string, body: unknown): Promise<Result<T>> {
  try {
    return await resultOf<T>(await fetch(path, authRequest(body, csrfToken)));
  } catch (err) {
    return unreachable(err);
  }
}

export interface SessionAnswer<Me> {
  me: Me | null;
  csrfToken: string | null;
  setupNeeded: boolean;
}

export async function readSession<Me>(): Promise<SessionAnswer<Me>> {
  const response = await fetch('/auth/session', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(t('team:transport.noAnswer', { status: response.status }));
  return (await response.json()) as SessionAnswer<Me>;
}
