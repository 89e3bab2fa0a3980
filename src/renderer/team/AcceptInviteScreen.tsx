/** `/?invite=<token>`: the invited person (or the first admin, from the setup link) chooses a name and a password. */
import { useState, type FormEvent } from 'react';
import { AuthField } from './AuthField';
import { useTeamStore } from './team-store';

export const MIN_PASSWORD = 12;

/**
 * The form's own checks, before anything is sent: the server checks the same again. `email` is asked only by the
 * first admin's setup link (an invitation names its person's address; the setup link names nobody).
 */
export function inviteErrors(name: string, password: string, again: string, email?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (email !== undefined && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) errors.email = 'Enter your e-mail address: you sign in with it.';
  if (!name.trim()) errors.name = 'Enter your name as colleagues know it.';
  if (password.length < MIN_PASSWORD) errors.password = `Use at least ${MIN_PASSWORD} characters (you typed ${password.length}).`;
  else if (again !== password) errors.again = 'The two passwords differ. Type the same password twice.';
  return errors;
}

export function AcceptInviteScreen() {
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
          <span className="brand-mark" /> Quadrant
        </p>
        <h1 id="invite-heading">{setup ? 'Set up the team scorecard' : 'Join the team scorecard'}</h1>
        <p className="team-lead">
          {setup
            ? 'You are its first administrator. Choose the name your colleagues will see and a password.'
            : 'You were invited. Choose the name your colleagues will see and a password.'}
        </p>
        {setup && (
          <AuthField
            id="invite-email"
            label="E-mail address"
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            hint="You sign in with it."
            autoFocus
          />
        )}
        <AuthField
          id="invite-name"
          label="Your name"
          type="text"
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errors.name}
          autoFocus={!setup}
        />
        <AuthField
          id="invite-password"
          label="Password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={`At least ${MIN_PASSWORD} characters.`}
        />
        <AuthField
          id="invite-again"
          label="Password again"
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
          {busy ? 'Creating your account…' : 'Create my account'}
        </button>
        <p className="team-foot">
          Already have an account?{' '}
          <button type="button" className="link-button" onClick={leaveInvite}>
            Sign in instead
          </button>
        </p>
      </form>
    </main>
  );
}
