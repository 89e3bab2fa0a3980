/**
 * The renderer loads each language in two parts (resources.ts): together they must be the whole catalogue, in every
 * language, or a namespace added to a language's index.ts would be missing from the window.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { NAMESPACES } from './namespaces';
import { FIRST_NAMESPACES, LOADERS } from './resources';
import { allResources } from './all-languages';

describe('the two parts of each language', () => {
  it.each(LANGUAGES)('together hold the whole %s catalogue, each namespace once', async (language) => {
    const first = await LOADERS[language].first();
    const later = await LOADERS[language].later();
    expect(Object.keys(first).sort()).toEqual([...FIRST_NAMESPACES].sort());
    expect(Object.keys(first).filter((ns) => ns in later)).toEqual([]);
    expect([...Object.keys(first), ...Object.keys(later)].sort()).toEqual([...NAMESPACES].sort());
    expect({ ...first, ...later }).toEqual(allResources[language]);
  });

  it('keep the later parts’ namespaces out of the first screen’s', () => {
    // The map, the report, reviews and workshops, the forms' messages load later.
    for (const later of ['map', 'report', 'review', 'errors', 'cli', 'deck', 'history'])
      expect(FIRST_NAMESPACES).not.toContain(later);
  });
});
