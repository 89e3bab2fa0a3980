/**
 * app.setLanguage: the person's language reaches the backend, which answers in it from then on; a tag that is not
 * one is refused beside the field, and changes nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currentLocale, setLocale, t } from '../../src/shared/i18n';
import { client } from '../helpers';

afterEach(() => setLocale('en-US'));

describe('the backend’s language', () => {
  it('takes the page’s locale in canonical case and answers in its language', () => {
    const { call, session } = client('web');
    expect(call('app.setLanguage', { locale: 'fr-ca' })).toEqual({ locale: 'fr-CA', language: 'fr' });
    expect(currentLocale()).toBe('fr-CA');
    expect(t('common:save')).toBe('Enregistrer');
    expect(call('app.setLanguage', { locale: 'de' })).toEqual({ locale: 'de', language: 'de' });
    expect(t('common:save')).toBe('Speichern');
    session.close();
  });

  it('speaks English for a language it does not know', () => {
    const { call, session } = client('web');
    expect(call('app.setLanguage', { locale: 'ja-JP' })).toEqual({ locale: 'en-US', language: 'en' });
    session.close();
  });

  it('refuses what is not a language tag, naming the field, and keeps the language', () => {
    const { call, fail, session } = client('web');
    call('app.setLanguage', { locale: 'es-ES' });
    for (const locale of ['', 'x', 'de_DE.UTF-8', 'not a tag', '12', 'de-'.repeat(20)]) {
      const error = fail('app.setLanguage', { locale });
      expect(error.code, locale).toBe('VALIDATION');
      expect(error.issues?.[0]?.path).toEqual(['locale']);
    }
    expect(fail('app.setLanguage', { locale: 'de', extra: 1 }).code).toBe('VALIDATION');
    expect(currentLocale()).toBe('es-ES');
    session.close();
  });
});
