/** An admin invites someone: e-mail, role, owner name. The link is shown once, with a button that copies it. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Invite, type Role } from '../../shared/contract-team';
import { ApiCallError, call, errorMessage } from '../api';
import { roleWord } from './AccountMenu';
import { AuthField } from './AuthField';

export function InviteForm({ owners, onInvited }: { owners: string[]; onInvited(invite: Invite): void }) {
  const { t } = useTranslation('team');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('contributor');
  const [ownerName, setOwnerName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    setError(null);
    setCopied('');
    if (!email.trim().includes('@')) {
      setErrors({ email: t('inviteForm.emailMissing') });
      document.getElementById('invite-email')?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const answer = await call('team.invite', { email: email.trim(), role, ownerName: ownerName.trim() || null });
      setMade({ email: answer.invite.email, link: answer.link });
      setEmail('');
      setOwnerName('');
      onInvited(answer.invite);
    } catch (err) {
      const issue = err instanceof ApiCallError ? err.issues[0] : undefined;
      if (issue && (issue.path[0] === 'email' || issue.path[0] === 'ownerName'))
        setErrors({ [issue.path[0] === 'email' ? 'email' : 'owner']: issue.message });
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function copy(): Promise<void> {
    if (!made) return;
    try {
      await navigator.clipboard.writeText(made.link);
      setCopied(t('inviteForm.copied', { count: 7 }));
    } catch {
      setCopied(t('inviteForm.copyRefused'));
    }
  }

  return (
    <form className="invite-form" onSubmit={(e) => void submit(e)} aria-labelledby="invite-form-heading" noValidate>
      <h3 id="invite-form-heading">{t('inviteForm.heading')}</h3>
      <div className="invite-fields">
        <AuthField
          id="invite-email"
          label={t('signIn.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <div className="field">
          <label htmlFor="invite-role">{t('people.role')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleWord(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="invite-owner">{t('people.ownerName')}</label>
          <input
            id="invite-owner"
            list="invite-owner-list"
            value={ownerName}
            aria-describedby={errors.owner ? 'invite-owner-hint invite-owner-error' : 'invite-owner-hint'}
            aria-invalid={errors.owner ? true : undefined}
            onChange={(e) => setOwnerName(e.target.value)}
          />
          <datalist id="invite-owner-list">
            {owners.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
          <p className="field-hint" id="invite-owner-hint">
            {t('inviteForm.ownerHint')}
          </p>
          {errors.owner ? (
            <p className="field-error" id="invite-owner-error">
              {errors.owner}
            </p>
          ) : null}
        </div>
      </div>
      <div className="invite-submit">
        <button type="submit" className="primary" disabled={busy}>
          {t('inviteForm.submit')}
        </button>
        <span className="team-error" role="alert">
          {error ?? ''}
        </span>
      </div>
      {made ? (
        <div className="invite-link" role="group" aria-labelledby="invite-link-label">
          <p id="invite-link-label">{t('inviteForm.link', { email: made.email })}</p>
          <div className="invite-link-row">
            <input
              aria-labelledby="invite-link-label"
              readOnly
              value={made.link}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => void copy()}>
              {t('inviteForm.copy')}
            </button>
          </div>
          <p role="status" className="invite-copied">
            {copied}
          </p>
        </div>
      ) : null}
    </form>
  );
}
