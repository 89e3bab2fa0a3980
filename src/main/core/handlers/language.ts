/**
 * app.setLanguage: the language the backend answers in from now on (formula texts, messages). In the desktop app and
 * browser mode one person owns the process, so the choice is the process's; a team server runs each request inside
 * withLocale with its sender's language, which puts the server's own locale back once the call is answered.
 */
import { currentLanguage, currentLocale, setLocale } from '../../../shared/i18n';
import type { Handler } from './types';

export const setLanguage: Handler<'app.setLanguage'> = (input) => {
  setLocale(input.locale);
  return { locale: currentLocale(), language: currentLanguage() };
};
