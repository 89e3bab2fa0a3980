/** Change one's own password: the current one, then the new one twice (at least 12 characters, as when joining). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, errorMessage } from '../api';
import { Modal } from '../components/Modal';
import { MIN_PASSWORD } from './AcceptInviteScreen';
import { AuthField } from './AuthField';

export function PasswordDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['team', 'common']);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!current) found.current = t('password.currentMissing');
    if (next.length < MIN_PASSWORD) found.next = t('password.tooShort', { count: MIN_PASSWORD, typed: next.length });
    else if (again !== next) found.again = t('password.differ');
    setErrors(found);
    setError(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await call('team.changePassword', { current, next });
      setDone(true);
    } catch (err) {
      const wrongCurrent = err instanceof ApiCallError && err.issues.some((i) => i.path[0] === 'current');
      if (wrongCurrent) setErrors({ current: err.issues.find((i) => i.path[0] === 'current')!.message });
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={t('password.title')} onClose={onClose} size="small">
      <form className="team-dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="dialog-body">
          {done ? (
            <p role="status">{t('password.done')}</p>
          ) : (
            <>
              <AuthField
                id="password-current"
                label={t('password.current')}
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={setCurrent}
                error={errors.current}
              />
              <AuthField
                id="password-next"
                label={t('password.next')}
                type="password"
                autoComplete="new-password"
                value={next}
                onChange={setNext}
                error={errors.next}
                hint={t('password.hint', { count: MIN_PASSWORD })}
              />
              <AuthField
                id="password-again"
                label={t('password.again')}
                type="password"
                autoComplete="new-password"
                value={again}
                onChange={setAgain}
                error={errors.again}
              />
              <p className="team-error" role="alert">
                {error ?? ''}
              </p>
            </>
          )}
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          {done ? null : (
            <button type="submit" className="primary" disabled={busy}>
              {t('password.submit')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {done ? t('common:close') : t('common:cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
