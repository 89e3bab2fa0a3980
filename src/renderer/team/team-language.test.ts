/** The team server's pages in German: the sign-in screen, the reasons a contributor cannot edit, the audit's times. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '../../shared/i18n';
import { accessOf } from './access';
import { inviteErrors } from './AcceptInviteScreen';
import { formatAuditTime } from './AuditHistory';
import { SignInScreen } from './SignInScreen';

afterEach(() => setLocale('en-US'));

describe('the team pages in German', () => {
  it('shows the sign-in screen in German', () => {
    setLocale('de-DE');
    const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(SignInScreen)));
    expect(html).toContain('<h1 id="sign-in-heading">Bei der Team-Scorecard anmelden</h1>');
    expect(html).toContain('>Passwort<');
    expect(html).toContain('>Anmelden</button>');
    expect(html).toContain('Passwort vergessen?');
    expect(html).not.toMatch(/Sign in|Password/);
  });

  it('says why a contributor cannot change something, and checks a new password, in German', () => {
    setLocale('de-DE');
    const me = {
      server: 'Acme',
      account: {
        id: 7,
        email: 'a@b.co',
        name: 'Anna',
        role: 'contributor' as const,
        ownerName: 'Anna',
        disabled: false,
        createdAt: '',
        lastSignInAt: null,
      },
    };
    expect(accessOf(me).enter('Ben')).toBe(
      'Nur der Verantwortliche (Ben) oder ein Bearbeiter kann dies ändern; Sie erfassen Daten für das, was Anna verantwortet.',
    );
    expect(inviteErrors('Anna', 'kurz', 'kurz').password).toBe(
      'Verwenden Sie mindestens 12 Zeichen (Sie haben 4 eingegeben).',
    );
  });

  it('writes the audit’s date and time as the locale does', () => {
    setLocale('de-DE');
    expect(formatAuditTime('2026-12-04T21:24:00')).toBe('04.12.2026, 21:24');
    setLocale('en-US');
    expect(formatAuditTime('2026-12-04T21:24:00')).toBe('Dec 4, 2026, 9:24 PM');
  });
});
