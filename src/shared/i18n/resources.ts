/**
 * Where each language's words come from. Node registers every language at once (all-languages.ts), where size does
 * not matter. The renderer's first chunk carries only the English words of the first screen (the overview, the
 * grid, the menus, the panels, a team server's sign-in and its notes on what a person may change): the rest of
 * English, and every other language, are chunks of their own, in two parts each — the first screen's words, and the
 * words of the parts that load later (the views and dialogs that are chunks of their own: the map, the report,
 * reviews and workshops, the forms' messages).
 * A later part waits for its words before it renders (lazy-part.tsx), so no key is ever shown in their place.
 */
import { catalogue as enFirst } from './locales/en/first';
import type { catalogue as englishCatalogue } from './locales/en/index';
import type { Language } from './languages';
import type { Namespace } from './namespaces';

/** The English catalogue, whole: what every other language is held to and what keys are typed from (types only). */
export declare const en: typeof englishCatalogue;

export { enFirst };

export type Catalogue = Record<Namespace, Record<string, unknown>>;

/** The namespaces the first screen's code uses (the first chunk), bundled in English. */
export const FIRST_NAMESPACES = Object.keys(enFirst) as (keyof typeof enFirst)[];

export type CataloguePart = 'first' | 'later';

type Loader = () => Promise<Partial<Catalogue>>;

export const LOADERS: Record<Language, Record<CataloguePart, Loader>> = {
  en: {
    first: () => Promise.resolve(enFirst),
    later: () => import('./locales/en/later').then((m) => m.catalogue),
  },
  de: {
    first: () => import('./locales/de/first').then((m) => m.catalogue),
    later: () => import('./locales/de/later').then((m) => m.catalogue),
  },
  fr: {
    first: () => import('./locales/fr/first').then((m) => m.catalogue),
    later: () => import('./locales/fr/later').then((m) => m.catalogue),
  },
  es: {
    first: () => import('./locales/es/first').then((m) => m.catalogue),
    later: () => import('./locales/es/later').then((m) => m.catalogue),
  },
};
