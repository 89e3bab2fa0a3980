/**
 * Every language at once, for Node (main, the command line, the team server, tests): a report or a request can be in
 * any language, and synchronous code cannot wait for one to load. Importing this module registers them.
 */
import { i18n } from './index';
import { catalogue as de } from './locales/de/index';
import { catalogue as en } from './locales/en/index';
import { catalogue as es } from './locales/es/index';
import { catalogue as fr } from './locales/fr/index';
import type { Language } from './languages';
import type { Catalogue } from './resources';

export const allResources: Record<Language, Catalogue> = { en, de, fr, es };

for (const [language, catalogue] of Object.entries(allResources)) {
  for (const [namespace, bundle] of Object.entries(catalogue)) {
    if (!i18n.hasResourceBundle(language, namespace)) i18n.addResourceBundle(language, namespace, bundle, true, true);
  }
}
