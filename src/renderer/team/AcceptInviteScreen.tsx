/** `/?invite=<token>`: the invited person (or the first admin, from the setup link) chooses a name and a password. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import { AuthField } from './AuthField';
import { useTeamStore } from './team-store';

export const MIN_PASSWORD = 12;

/**
 * The form's own checks, before anything is sent: the server checks the same again. `email` is asked only by the
 * first admin's setup link (an invitation names its person's address; the setup link names nobody).
 */
export function inviteErrors(name: string, password: string, again: string, email?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = t('team:invite.emailMissing');
  if (!name.trim()) errors.name = t('team:invite.nameMissing');
  if (password.length < MIN_PASSWORD)
    errors.password = t('team:password.tooShort', { count: MIN_PASSWORD, typed: password.length });
  else if (again !== password) errors.again = t('team:invite.differ');
  return errors;
}

export function AcceptInviteScreen() {
  const { t: tt } = useTranslation('team');
  const acceptInvite = useTeamStore((s) => s.acceptInvite);
  // The first admin's setup link is an invitation too, to a server that has nobody yet.
  const setup = useTeamStore((s) => s.setupNeeded);
  const leaveInvite = useTeamStore((s) => s.leaveInvite);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const found = inviteErrors(name, password, again, setup ? email : undefined);
    setErrors(found);
    setError(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`invite-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const refused = await acceptInvite(name.trim(), password, setup ? email.trim() : undefined);
    setBusy(false);
    if (refused) setError(refused.message);
  }

  return (
    <main className="team-gate" id="main">
      <form className="team-card" onSubmit={(e) => void submit(e)} aria-labelledby="invite-heading" noValidate>
        <p className="team-brand" aria-hidden="true">
          {/* i18n-ignore: the product's name */}
          <span className="brand-mark" /> Quadrant
        </p>
        <h1 id="invite-heading">{setup ? tt('invite.setupHeading') : tt('invite.heading')}</h1>
        <p className="team-lead">{setup ? tt('invite.setupLead') : tt('invite.lead')}</p>
        {setup && (
          <AuthField
            id="invite-email"
            label={tt('invite.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            hint={tt('invite.emailHint')}
            autoFocus
          />
        )}
        <AuthField
          id="invite-name"
          label={tt('invite.name')}
          type="text"
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errors.name}
          autoFocus={!setup}
        />
        <AuthField
          id="invite-password"
          label={tt('signIn.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={tt('password.hint', { count: MIN_PASSWORD })}
        />
        <AuthField
          id="invite-again"
          label={tt('invite.again')}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={setAgain}
          error={errors.again}
        />
        <p className="team-error" role="alert">
          {error ?? ''}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? tt('invite.busy') : tt('invite.submit')}
        </button>
        <p className="team-foot">
          {tt('invite.haveAccount')}{' '}
          <button type="button" className="link-button" onClick={leaveInvite}>
            {tt('invite.signInInstead')}
          </button>
        </p>
      </form>
    </main>
  );
}
