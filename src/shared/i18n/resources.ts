/**
 * English is bundled wherever the i18n module goes: it is the fallback and the reference every other catalogue is
 * held to. The other languages load on demand (loadLanguage) so the first screen carries only one catalogue, or all
 * at once in Node (all-languages.ts), where size does not matter.
 */
import { catalogue as en } from './locales/en/index';
import type { Language } from './languages';
import type { Namespace } from './namespaces';

export { en };

export type Catalogue = Record<Namespace, Record<string, unknown>>;

/** Each language's catalogue as its own chunk: the renderer fetches only the one it shows. */
export const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(en),
  de: () => import('./locales/de/index').then((m) => m.catalogue),
  fr: () => import('./locales/fr/index').then((m) => m.catalogue),
  es: () => import('./locales/es/index').then((m) => m.catalogue),
};
