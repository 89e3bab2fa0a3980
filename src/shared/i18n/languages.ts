/**
 * The languages Quadrant speaks and how a person's choice becomes a locale for Intl. The choice is a language
 * ('de') or 'system'; the locale keeps the system's region when the languages agree, so a German choice on an
 * Austrian system formats as de-AT and an English one in Britain writes dates day first.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageChoice = 'system' | Language;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', ...LANGUAGES];

/** Each language in its own words, as a language menu shows them (never translated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

/** The locale a language formats with when the system's region does not apply. */
const DEFAULT_LOCALE: Record<Language, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'system' || isLanguage(value);
}

/** A well-formed BCP 47 tag in canonical case ('de-at' → 'de-AT'), or null. */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  // POSIX environments write de_DE.UTF-8; Intl wants de-DE.
  const bare = tag.split('.')[0]!.split('@')[0]!.replace(/_/g, '-');
  if (!bare || bare === 'C' || bare === 'POSIX') return null;
  try {
    return Intl.getCanonicalLocales(bare)[0] ?? null;
  } catch {
    return null;
  }
}

/** The language of a locale, or English for one Quadrant does not speak. */
export function languageOf(locale: string | null | undefined): Language {
  const canonical = canonicalLocale(locale);
  const lang = canonical ? canonical.split('-')[0]!.toLowerCase() : 'en';
  return isLanguage(lang) ? lang : 'en';
}

/**
 * The locale to use for a choice, given the system's locale (Electron's app.getLocale(), navigator.language, or
 * $LANG for the command line).
 */
export function localeFor(choice: LanguageChoice, systemLocale: string | null | undefined): string {
  const system = canonicalLocale(systemLocale);
  const language = choice === 'system' ? languageOf(system) : choice;
  if (system && languageOf(system) === language) return system;
  return DEFAULT_LOCALE[language];
}

/** The locale a POSIX environment asks for: LC_ALL, then LC_MESSAGES, then LANG (as gettext reads them). */
export function environmentLocale(env: Record<string, string | undefined>): string | null {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const locale = canonicalLocale(env[name]);
    if (locale) return locale;
  }
  return null;
}

/** The HTTP header a page's calls carry its locale in (browser mode, team server): each call runs in its sender's. */
export const LOCALE_HEADER = 'X-Quadrant-Locale';
