/**
 * Words for an HTTP answer in the language of the person who asked: the locale their page sends (or their browser's
 * first), else the server's. Sign-in, invite and routing refusals are made outside /api's withLocale, often after
 * an await, so each is made in the request's language where it is said.
 */
import type { IncomingMessage } from 'node:http';
import { currentLocale, withLocale } from '../../shared/i18n';
import { requestLocale } from '../core/request-locale';

export const localeOf = (req: IncomingMessage): string => requestLocale(req, true) ?? currentLocale();

/** Runs `say` (a `t` call, a store call that may refuse in words) in the request's language. */
export function inLanguageOf<T>(req: IncomingMessage, say: () => T): T {
  return withLocale(localeOf(req), say);
}
