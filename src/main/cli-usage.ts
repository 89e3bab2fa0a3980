/**
 * A command's `--help` text in the current language: the word before the command's form ('Usage:', 'Aufruf:') is
 * translated and the form is not, so the form's continuation lines move with the word's length and stay under the
 * form's arguments, as in English.
 */
import { t } from '../shared/i18n';

/** The word the English continuation lines were indented for. */
const ENGLISH_WORD = 'Usage:';

/** 'Usage: <form>' in the current language; `form` has its continuation lines indented for the English 'Usage: '. */
export function usageHead(form: string): string {
  const word = t('cli:overview.usage');
  const shift = [...word].length - ENGLISH_WORD.length;
  const lines = form
    .split('\n')
    .map((line, i) =>
      i === 0
        ? line
        : shift >= 0
          ? ' '.repeat(shift) + line
          : line.slice(Math.min(-shift, line.length - line.trimStart().length)),
    );
  return `${word} ${lines.join('\n')}`;
}

/** `form` as usageHead takes it; `body` is the translated rest, written as it is. */
export function usageText(form: string, body: string): string {
  return `${usageHead(form)}\n\n${body}`;
}
