/**
 * The catalogues are complete: every language has every key English has (and no other), each plural in every form
 * the language needs, the same {{placeholders}}, and no empty text.
 */
import { describe, expect, it } from 'vitest';
import { allResources as resources } from '../../src/shared/i18n/all-languages';
import { LANGUAGES, type Language } from '../../src/shared/i18n/languages';
import { NAMESPACES } from '../../src/shared/i18n/namespaces';
import { i18n, setLocale, t, withLocale } from '../../src/shared/i18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** Keys without plural suffixes, each with the placeholders its texts use. */
function keysOf(language: Language, namespace: string): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const [key, text] of flatten(resources[language][namespace as keyof (typeof resources)['en']])) {
    const base = key.replace(PLURAL, '');
    const names = keys.get(base) ?? new Set<string>();
    for (const m of text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) names.add(m[1]!);
    keys.set(base, names);
  }
  return keys;
}

describe('catalogues', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    for (const namespace of NAMESPACES) {
      it(`${language}/${namespace} has exactly the keys and placeholders English has`, () => {
        const en = keysOf('en', namespace);
        const other = keysOf(language, namespace);
        expect(
          [...en.keys()].filter((k) => !other.has(k)),
          'missing',
        ).toEqual([]);
        expect(
          [...other.keys()].filter((k) => !en.has(k)),
          'not in English',
        ).toEqual([]);
        const differing = [...en].filter(([k, names]) => {
          const theirs = other.get(k);
          // A translation may leave {{count}} out ("eine Zeile"), never add or rename one.
          return theirs && [...theirs].some((n) => !names.has(n));
        });
        expect(
          differing.map(([k]) => k),
          'placeholders',
        ).toEqual([]);
      });
    }
  }

  for (const language of LANGUAGES) {
    it(`${language} has every plural form the language needs, and no empty text`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const problems: string[] = [];
      for (const namespace of NAMESPACES) {
        const flat = flatten(resources[language][namespace]);
        const plurals = new Set([...flat.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
        for (const base of plurals) {
          for (const c of categories) if (!flat.has(`${base}_${c}`)) problems.push(`${namespace}:${base}_${c} missing`);
        }
        for (const [key, text] of flat) if (!text.trim()) problems.push(`${namespace}:${key} is empty`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('switches words with the locale, and back after a call in another language', () => {
    setLocale('de-DE');
    expect(t('save')).toBe('Speichern');
    expect(t('common:items', { count: 1 })).toBe('1 Eintrag');
    expect(withLocale('fr-FR', () => t('cancel'))).toBe('Annuler');
    expect(i18n.language).toBe('de');
    setLocale('en-US');
    expect(t('save')).toBe('Save');
  });
});
