/**
 * Schema messages in the reader's language. A schema is built once, when its module loads, but read in whatever
 * language the person checking a value speaks (the renderer's, a team member's, the command line's): so a schema
 * carries a function that asks the catalogue at the moment of the check, never a string fixed at load.
 */
import { t } from './i18n';
import type { en } from './i18n/resources';

export type ValidationWord = Exclude<keyof (typeof en)['errors']['validation'], 'kind'>;
type Params = Record<string, string | number>;

/** For a zod check's second argument: `.max(200, says('atMostChars', { max: 200 }))`. */
export function says(word: ValidationWord, params?: Params): { error: () => string } {
  return { error: () => sayNow(word, params) };
}

/** The message now, for issues raised by hand (`ctx.addIssue`). */
export function sayNow(word: ValidationWord, params?: Params): string {
  return t(`errors:validation.${word}`, params ?? {});
}
