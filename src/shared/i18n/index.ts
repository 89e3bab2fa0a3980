/**
 * The one i18next instance of a process (the renderer, main, the CLI, a report page), and the locale numbers and
 * dates are formatted with. Catalogues are bundled and initialised synchronously, so `t` works at import time.
 *
 * The locale is process state, set where a person's choice arrives: the renderer from its settings, main from
 * `app.setLanguage`, the command line from --language or $LANG, a report from its own language. The core is
 * synchronous, so `withLocale` can run one call in another language (a French report, a team member's request)
 * and put the previous one back.
 */
import i18next from 'i18next';
import { canonicalLocale, languageOf, type Language } from './languages';
import { NAMESPACES } from './namespaces';
import { enFirst, LOADERS, type CataloguePart } from './resources';

export const i18n = i18next.createInstance();

void i18n.init({
  // A copy: i18next adds the later namespaces to the object it is given.
  resources: { en: { ...enFirst } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'de', 'fr', 'es'],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // React escapes what it renders; text for PDFs and files is escaped where it is written.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

let current = 'en-US';
let currentLang: Language = 'en';

/** The locale numbers and dates are formatted with now ('de-DE'). */
export function currentLocale(): string {
  return current;
}

/** The language words are shown in now. */
export function currentLanguage(): Language {
  return currentLang;
}

/**
 * Each tag's locale and language, worked out once: withLocale switches twice per request or report, and
 * canonicalising a tag through Intl costs more than the rest of the switch.
 */
const resolved = new Map<string, { locale: string; language: Language }>();

function resolve(tag: string): { locale: string; language: Language } {
  let r = resolved.get(tag);
  if (!r) {
    const canonical = canonicalLocale(tag);
    const language = languageOf(canonical);
    // A language Quadrant does not speak formats as English too, not with the machine's own conventions.
    r = { locale: canonical && canonical.split('-')[0]!.toLowerCase() === language ? canonical : 'en-US', language };
    if (resolved.size > 200) resolved.clear();
    resolved.set(tag, r);
  }
  return r;
}

/** Switches words, numbers and dates to a locale; an unknown or malformed tag falls back to English. */
export function setLocale(locale: string): void {
  const r = resolve(locale);
  current = r.locale;
  currentLang = r.language;
  // Bundled resources make this synchronous: the language has changed when the call returns.
  if (i18n.language !== r.language) void i18n.changeLanguage(r.language);
}

const loads = new Map<string, Promise<void>>();
/** The languages the page has asked for, and whether a part that loads later has asked for its words yet. */
const languagesInUse = new Set<Language>(['en']);
let laterWanted = false;

function loadPart(language: Language, part: CataloguePart): Promise<void> {
  const id = `${language}/${part}`;
  let load = loads.get(id);
  if (!load) {
    load = LOADERS[language][part]().then((catalogue) => {
      for (const [namespace, bundle] of Object.entries(catalogue))
        // Node has every language already (all-languages.ts): what is there is kept.
        if (!i18n.hasResourceBundle(language, namespace))
          i18n.addResourceBundle(language, namespace, bundle, true, true);
    });
    // A failed load can be tried again (the next part that is opened, the next choice of language).
    load.catch(() => loads.delete(id));
    loads.set(id, load);
  }
  return load;
}

/**
 * Makes a language's words available (the renderer's other languages are chunks of their own): the first screen's
 * words, and the later parts' too once one of them has asked. Resolves at once for what is already loaded; a failed
 * load leaves English in place.
 */
export async function loadLanguage(language: Language): Promise<void> {
  languagesInUse.add(language);
  await Promise.all([loadPart(language, 'first'), laterWanted ? loadPart(language, 'later') : undefined]);
}

/**
 * Loads the words of the parts that load later (views and dialogs of their own chunks), in English and in every
 * language the page has asked for, and in each language asked for from now on. Such a part waits for this before it
 * renders.
 */
export async function loadLaterWords(): Promise<void> {
  laterWanted = true;
  await Promise.all([...languagesInUse].map((language) => loadPart(language, 'later')));
}

/** Runs a synchronous function in another locale and restores the previous one, even when it throws. */
export function withLocale<T>(locale: string | null | undefined, run: () => T): T {
  if (!locale) return run();
  const before = current;
  setLocale(locale);
  try {
    return run();
  } finally {
    setLocale(before);
  }
}

/** Translates with the current language. Keys are typed from the English catalogue (i18next.d.ts). */
export const t = ((key: unknown, options?: unknown) => fastT(key, options)) as unknown as typeof i18n.t;

/**
 * The engine words thousands of formula texts per evaluation: i18next's t() resolves, interpolates and post-processes
 * each call (tens of µs), which made scoring several times slower. A plain text with {{name}} placeholders, looked up
 * once per language and key, is filled in one pass here; anything else (plurals, context, formats, nesting, options
 * for i18next itself) goes to i18next.
 */
const templates = new Map<string, Map<string, readonly string[] | null>>();
i18n.store.on('added', () => templates.clear());
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'returnObjects',
  'ordinal',
  'replace',
  'interpolation',
  'keyPrefix',
]);

function template(language: string, key: string): readonly string[] | null {
  let known = templates.get(language);
  if (!known) templates.set(language, (known = new Map()));
  let parts = known.get(key);
  if (parts !== undefined) return parts;
  const colon = key.indexOf(':');
  const ns = colon > 0 ? key.slice(0, colon) : 'common';
  const path = colon > 0 ? key.slice(colon + 1) : key;
  const text = (i18n.getResource(language, ns, path) ?? i18n.getResource('en', ns, path)) as unknown;
  // Nesting ($t), formats ({{x, number}}) and i18next's own syntax stay with i18next.
  parts =
    typeof text === 'string' && !text.includes('$t(') && !/\{\{[^}]*,/.test(text) && !text.includes('{{-')
      ? text.split(PLACEHOLDER)
      : null;
  known.set(key, parts);
  return parts;
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural category of the small whole counts texts mostly carry, per language: PluralRules takes microseconds. */
const smallCounts = new Map<string, string[]>();

function pluralCategory(language: string, count: number): string {
  const small = Number.isInteger(count) && count >= 0 && count < 1000;
  let known = smallCounts.get(language);
  if (small && known?.[count] !== undefined) return known[count]!;
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const category = rules.select(count);
  if (small) {
    if (!known) smallCounts.set(language, (known = []));
    known[count] = category;
  }
  return category;
}

/** The plural form's template ('rows_one', 'rows_other'), as i18next would choose it, or null to let i18next choose. */
function pluralTemplate(language: string, key: string, count: number): readonly string[] | null {
  return template(language, `${key}_${pluralCategory(language, count)}`);
}

function fastT(key: unknown, options?: unknown): string {
  let simple = typeof key === 'string' && (options === undefined || (typeof options === 'object' && options !== null));
  let count: number | undefined;
  if (simple && options !== undefined) {
    for (const k in options as object) {
      if (k === 'count' && typeof (options as { count: unknown }).count === 'number')
        count = (options as { count: number }).count;
      else if (I18NEXT_OPTIONS.has(k)) simple = false;
    }
  }
  const language = i18n.language;
  const parts = !simple
    ? null
    : count === undefined
      ? template(language, key as string)
      : pluralTemplate(language, key as string, count);
  if (!parts) return (i18n.t as unknown as (k: unknown, o?: unknown) => string)(key, options);
  if (parts.length === 1) return parts[0]!;
  const values = (options ?? {}) as Record<string, unknown>;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]!];
    out += (value === undefined || value === null ? `{{${parts[i]!}}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}

export { LANGUAGES, LANGUAGE_NAMES, type Language, type LanguageChoice } from './languages';
