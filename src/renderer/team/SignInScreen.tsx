/** The team server's door: e-mail and password. Refusals (wrong password, too many tries) are said above the button. */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { AuthField } from './AuthField';
import { useTeamStore } from './team-store';

export function SignInScreen() {
  const { t } = useTranslation('team');
  const signIn = useTeamStore((s) => s.signIn);
  const notice = useTeamStore((s) => s.message);
  const setupNeeded = useTeamStore((s) => s.setupNeeded);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setBusy(true);
    const refused = await signIn(email.trim(), password);
    setBusy(false);
    if (refused) {
      setError(refused.message);
      setPassword('');
    }
  }

  return (
    <main className="team-gate" id="main">
      <form className="team-card" onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-heading" noValidate>
        <p className="team-brand" aria-hidden="true">
          {/* i18n-ignore: the product's name */}
          <span className="brand-mark" /> Quadrant
        </p>
        <h1 id="sign-in-heading">{t('signIn.heading')}</h1>
        {notice && !error ? (
          <p className="team-notice" role="status">
            {notice}
          </p>
        ) : null}
        {setupNeeded ? (
          <p className="team-notice">
            <Trans t={t} i18nKey="signIn.setupNeeded" components={{ code: <code /> }} />
          </p>
        ) : null}
        <AuthField
          id="sign-in-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          autoFocus
        />
        <AuthField
          id="sign-in-password"
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <p className="team-error" role="alert">
          {error ?? ''}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </button>
        <p className="team-foot">{t('signIn.forgot')}</p>
      </form>
    </main>
  );
}
