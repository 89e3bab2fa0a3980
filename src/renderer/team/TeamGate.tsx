/**
 * Team mode's first screen: the sign-in, an invitation, or the scorecard once signed in. A person signing in again
 * (after signing out, or as someone else) sees the document read afresh, with what they may do.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { App } from '../App';
import { useDocumentStore } from '../stores/document-store';
import { AcceptInviteScreen } from './AcceptInviteScreen';
import { SignInScreen } from './SignInScreen';
import { useTeamStore } from './team-store';

export function TeamGate() {
  const { t } = useTranslation('team');
  const status = useTeamStore((s) => s.status);
  const message = useTeamStore((s) => s.message);
  const accountId = useTeamStore((s) => s.me?.account.id ?? null);
  const seen = useRef<number | null>(null);

  useEffect(() => {
    if (accountId === null) return;
    if (seen.current !== null) void useDocumentStore.getState().reload();
    seen.current = accountId;
  }, [accountId]);

  if (status === 'signed-in') return <App />;
  if (status === 'signed-out') return <SignInScreen />;
  if (status === 'invite') return <AcceptInviteScreen />;
  return (
    <main className="team-gate" id="main">
      <div className="team-card">
        {status === 'unreachable' ? (
          <>
            <h1>{t('gate.unreachable')}</h1>
            <p className="team-error" role="alert">
              {message}
            </p>
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              {t('gate.retry')}
            </button>
          </>
        ) : (
          <p className="loading" role="status">
            {t('gate.connecting')}
          </p>
        )}
      </div>
    </main>
  );
}
