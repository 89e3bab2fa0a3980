/** The team server's door: e-mail and password. Refusals (wrong password, too many tries) are said above the button. */
import { useState, type FormEvent } from 'react';
import { AuthField } from './AuthField';
import { useTeamStore } from './team-store';


export function SignInScreen() {
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
      setError('Enter your e-mail address and your password.');
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
          <span className="brand-mark" /> Quadrant
        </p>
        <h1 id="sign-in-heading">Sign in to the team scorecard</h1>
        {notice && !error ? (
          <p className="team-notice" role="status">
            {notice}
          </p>
        ) : null}
        {setupNeeded ? (
          <p className="team-notice">
            This server has no administrator yet. Open the one-time setup link that <code>quadrant serve</code> printed
            to create the first account.
          </p>
        ) : null}
        <AuthField id="sign-in-email" label="E-mail" type="email" autoComplete="username" value={email} onChange={setEmail} autoFocus />
        <AuthField
          id="sign-in-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <p className="team-error" role="alert">
          {error ?? ''}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="team-foot">Forgot your password? Ask an administrator of this scorecard for a new invitation.</p>
      </form>
    </main>
  );
}
