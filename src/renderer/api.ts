/**
 * The renderer's one door to the backend. Typed from the contract, so a wrong method or payload
 * does not compile. In Electron the preload exposes `window.quadrant.invoke`; in browser mode
 * (tests, `npm run web`) the same Result travels over a loopback POST /api with a bearer token; on a team server
 * (`quadrant serve`) over POST /api with the session cookie and CSRF token (team/transport.ts).
 */
import type { Input, Method, Output } from '../shared/contract';
import type { ApiError, ConflictInfo, ErrorCode, FieldIssue, Result } from '../shared/errors';
import type { MenuCommand } from '../shared/menu-command';
import { t } from '../shared/i18n';
import { LOCALE_HEADER } from '../shared/i18n/languages';
import { isTeamMode, overTeamHttp, setTeamLocale } from './team/transport';

export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Team mode, with CONFLICT: who changed the row since the page read it, and the row as it is now. */
  readonly conflict: ConflictInfo | null;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError'; // i18n-ignore: the class's name, for stack traces
    this.code = error.code;
    this.issues = error.issues ?? [];
    this.conflict = error.conflict ?? null;
  }
}

const TOKEN_KEY = 'quadrant.token';

/** Takes the token from `?token=` once, keeps it for reloads, and removes it from the address bar. */
function browserToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token then lives only in memory for this page.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    cachedToken = fromUrl;
    return fromUrl;
  }
  if (cachedToken) return cachedToken;
  try {
    cachedToken = window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    cachedToken = '';
  }
  return cachedToken;
}
let cachedToken = '';

/** True inside the Electron window, where the native menu owns file operations. */
export function isElectron(): boolean {
  return typeof window.quadrant?.invoke === 'function';
}

let callLocale: string | null = null;

/**
 * The locale every call travels with over HTTP, so the backend answers the first one already in the page's language
 * (no round trip of its own before the first screen). Electron's one IPC channel carries no headers: the page tells
 * main with app.setLanguage, which IPC delivers before the calls that follow it.
 */
export function setCallLocale(locale: string): void {
  callLocale = locale;
  setTeamLocale(locale);
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  if (isTeamMode()) return overTeamHttp(method, input);
  let response: Response;
  // i18n-ignore: an HTTP authorisation scheme
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${browserToken()}` };
  if (callLocale) headers[LOCALE_HEADER] = callLocale;
  try {
    response = await fetch('/api', {
      method: 'POST',
      headers,
      body: JSON.stringify({ method, input }),
    });
  } catch (err) {
    return { ok: false, error: { code: 'IO', message: t('shell:api.unreachable', { message: (err as Error).message }) } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    const message =
      response.status === 401 || response.status === 403
        ? t('shell:api.notAuthorised')
        : t('shell:api.unexpected', { status: response.status });
    return { ok: false, error: { code: 'IO', message } };
  }
}

/**
 * The answer as data: the value (and, for a write, what it changed) or the error, never thrown. For callers that
 * keep errors beside values (the document store's write path, forms that mark fields).
 */
export async function callResult<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const bridge = window.quadrant;
  let result: Result<unknown> | undefined;
  try {
    result = bridge ? ((await bridge.invoke(method, input)) as Result<unknown>) : await overHttp(method, input);
  } catch (err) {
    return { ok: false, error: { code: 'IO', message: t('shell:api.unreachable', { message: (err as Error).message }) } };
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    return { ok: false, error: { code: 'INTERNAL', message: t('shell:api.malformed') } };
  }
  return result as Result<Output<M>>;
}

/** The value, or an ApiCallError thrown with the error's code and issues. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await callResult(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/** Reads the token early so it leaves the address bar before anything else renders. */
export function initTransport(): void {
  if (!isElectron() && !isTeamMode()) browserToken();
}

export type { MenuCommand };

export type BackendEvent = { type: 'document-changed' } | { type: 'error'; error: ApiError } | MenuCommand;

export function onBackendEvent(listener: (event: BackendEvent) => void): () => void {
  const handler = (e: Event): void => {
    // The preload sends JSON text: an object would arrive as null across Electron's isolated worlds.
    const raw = (e as CustomEvent<unknown>).detail;
    let detail: unknown = raw;
    if (typeof raw === 'string') {
      try {
        detail = JSON.parse(raw);
      } catch {
        return;
      }
    }
    if (detail && typeof detail === 'object' && 'type' in detail) listener(detail as BackendEvent);
  };
  window.addEventListener('quadrant:event', handler);
  return () => window.removeEventListener('quadrant:event', handler);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
