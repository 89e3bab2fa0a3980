/**
 * The language a page's HTTP call is made in: the locale its page sends with every call (X-Quadrant-Locale, the
 * person's choice), else the browser's first Accept-Language (a call made before the page knew, a sign-in form).
 */
import type { IncomingMessage } from 'node:http';
import { canonicalLocale, LOCALE_HEADER } from '../../shared/i18n/languages';

const MAX_TAG = 35;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function requestLocale(req: IncomingMessage, acceptLanguage = false): string | null {
  const sent = first(req.headers[LOCALE_HEADER.toLowerCase()]);
  if (sent && sent.length <= MAX_TAG) return canonicalLocale(sent);
  if (!acceptLanguage) return null;
  // "de-AT,de;q=0.9,en;q=0.8": browsers list the preferred language first.
  const preferred = first(req.headers['accept-language'])?.split(',')[0]?.split(';')[0]?.trim();
  return preferred && preferred !== '*' && preferred.length <= MAX_TAG ? canonicalLocale(preferred) : null;
}
