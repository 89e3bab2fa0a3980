/**
 * The page's language: the person's choice (View ▸ Language), remembered in the settings like the theme, or the
 * browser's (Electron gives the page the system's) when they have not chosen. Words switch through i18next, numbers
 * and dates through the shared locale (shared/i18n).
 */
import { currentLocale, i18n, loadLanguage, setLocale } from '../shared/i18n';
import { isLanguageChoice, languageOf, localeFor, type LanguageChoice } from '../shared/i18n/languages';

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

/**
 * Applies a choice to words, numbers and the page's lang attribute (what a screen reader pronounces with), once the
 * language's catalogue has loaded (a chunk of its own; English is always there). Answers the locale.
 */
export async function applyLanguageChoice(choice: LanguageChoice): Promise<string> {
  const locale = localeFor(choice, systemLocale());
  try {
    await loadLanguage(languageOf(locale));
  } catch {
    // A catalogue that cannot load leaves English words; numbers still follow the locale.
  }
  setLocale(locale);
  document.documentElement.lang = currentLocale();
  return currentLocale();
}

/** Saves and applies a choice. */
export function chooseLanguage(choice: LanguageChoice): Promise<string> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, choice);
  } catch {
    // Without storage the choice lasts for this session only.
  }
  return applyLanguageChoice(choice);
}

export { i18n };
