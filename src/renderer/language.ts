/**
 * The page's language: the person's choice (View ▸ Language), remembered in the settings like the theme, or the
 * browser's (Electron gives the page the system's) when they have not chosen. Words switch through i18next, numbers
 * and dates through the shared locale (shared/i18n); the backend is told, so the texts it builds (formula texts,
 * messages) come in the same language.
 */
import { currentLocale, i18n, loadLanguage, setLocale } from '../shared/i18n';
import { isLanguageChoice, languageOf, localeFor, type LanguageChoice } from '../shared/i18n/languages';
import { call, isElectron, setCallLocale } from './api';
import { useDocumentStore } from './stores/document-store';

export const LANGUAGE_KEY = 'quadrant.language';

export function storedLanguageChoice(): LanguageChoice {
  try {
    const value = window.localStorage.getItem(LANGUAGE_KEY);
    return isLanguageChoice(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

export function systemLocale(): string {
  return navigator.languages?.[0] ?? navigator.language ?? 'en-US';
}

const listeners = new Set<() => void>();

/** Calls `listener` after each change of the page's locale (the root re-renders the whole tree on it). */
export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Applies a choice to words, numbers and the page's lang attribute (what a screen reader pronounces with), once the
 * language's catalogue has loaded (a chunk of its own; English is always there). Answers the locale.
 */
export async function applyLanguageChoice(choice: LanguageChoice): Promise<string> {
  const locale = localeFor(choice, systemLocale());
  // Calls made meanwhile (the first screen's) already carry it: the backend needs no catalogue from the page.
  setCallLocale(locale);
  try {
    await loadLanguage(languageOf(locale));
  } catch {
    // A catalogue that cannot load leaves English words; numbers still follow the locale.
  }
  const before = currentLocale();
  setLocale(locale);
  document.documentElement.lang = currentLocale();
  if (currentLocale() !== before) for (const listener of listeners) listener();
  return currentLocale();
}

/**
 * The start: the page's language applies to the backend's answers from the first call on. Over HTTP the locale
 * travels with each call; Electron's main hears it first over the one IPC channel, which keeps the order of calls.
 */
export function startLanguage(): Promise<string> {
  const choice = storedLanguageChoice();
  setCallLocale(localeFor(choice, systemLocale()));
  if (isElectron()) void call('app.setLanguage', { locale: localeFor(choice, systemLocale()) }).catch(() => undefined);
  return applyLanguageChoice(choice);
}

/**
 * Saves and applies a choice: the page re-renders in it, the backend is told, and the document is read again so
 * the texts the backend wrote (formula texts) come in the new language too.
 */
export async function chooseLanguage(choice: LanguageChoice): Promise<string> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, choice);
  } catch {
    // Without storage the choice lasts for this session only.
  }
  const locale = await applyLanguageChoice(choice);
  try {
    await call('app.setLanguage', { locale });
  } catch {
    // A backend that cannot follow keeps its language; the page's own words have changed all the same.
  }
  const documents = useDocumentStore.getState();
  if (documents.info) await documents.reload();
  return locale;
}

export { i18n };
