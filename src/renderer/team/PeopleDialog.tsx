/**
 * Admins: the people of this team server (role, owner name, disabled) and the invitations still open. Every change
 * is saved at once and said beside the table; the server refuses what would leave the scorecard without an admin.
 */
import { useEffect, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ROLES, type Account, type Invite, type Role } from '../../shared/contract-team';
import { formatDay } from '../../shared/initiative-schedule';
import { call, errorMessage } from '../api';
import { Modal } from '../components/Modal';
import { useDocumentStore } from '../stores/document-store';
import { roleWord } from './AccountMenu';
import { InviteForm } from './InviteForm';
import { useTeamStore } from './team-store';

function OwnerCell({ account, onSave }: { account: Account; onSave(ownerName: string | null): void }) {
  const { t } = useTranslation(['team', 'common']);
  const [value, setValue] = useState(account.ownerName ?? '');
  useEffect(() => setValue(account.ownerName ?? ''), [account.ownerName]);
  const changed = value.trim() !== (account.ownerName ?? '');
  return (
    <form
      className="owner-cell"
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) onSave(value.trim() || null);
      }}
    >
      <input
        aria-label={t('people.ownerNameOf', { name: account.name })}
        list="people-owner-list"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      {changed ? (
        <button type="submit" className="small">
          {t('common:save')}
        </button>
      ) : null}
    </form>
  );
}

export function PeopleDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['team', 'common']);
  const tree = useDocumentStore((s) => s.tree);
  const myId = useTeamStore((s) => s.me?.account.id);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const owners = useMemo(
    () => [...new Set((tree?.kpis ?? []).map((k) => k.owner.trim()).filter(Boolean))].sort(),
    [tree],
  );

  useEffect(() => {
    let live = true;
    Promise.all([call('team.accounts', {}), call('team.invites', {})])
      .then(([a, i]) => {
        if (!live) return;
        setAccounts(a);
        setInvites(i);
      })
      .catch((err: unknown) => live && setSaid({ ok: false, text: errorMessage(err) }));
    return () => {
      live = false;
    };
  }, []);

  async function update(
    account: Account,
    patch: { role?: Role; ownerName?: string | null; disabled?: boolean },
    done: string,
  ) {
    try {
      const saved = await call('team.updateAccount', { id: account.id, ...patch });
      setAccounts((list) => list?.map((a) => (a.id === saved.id ? saved : a)) ?? null);
      if (saved.id === myId) {
        const me = useTeamStore.getState().me;
        if (me) useTeamStore.getState().setMe({ ...me, account: saved });
      }
      setSaid({ ok: true, text: done });
    } catch (err) {
      setSaid({ ok: false, text: t('people.failed', { name: account.name, error: errorMessage(err) }) });
    }
  }

  async function revoke(invite: Invite) {
    try {
      await call('team.revokeInvite', { id: invite.id });
      setInvites((list) => list.filter((i) => i.id !== invite.id));
      setSaid({ ok: true, text: t('people.revoked', { email: invite.email }) });
    } catch (err) {
      setSaid({ ok: false, text: errorMessage(err) });
    }
  }

  return (
    <Modal title={t('people.title')} subtitle={t('people.subtitle')} onClose={onClose} size="large">
      <div className="dialog-body people">
        <datalist id="people-owner-list">
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <section aria-labelledby="people-heading">
          <h3 id="people-heading">{t('people.accounts')}</h3>
          {accounts === null ? (
            <p className="loading">{t('common:loading')}</p>
          ) : (
            <table className="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.name')}</th>
                  <th scope="col">{t('signIn.email')}</th>
                  <th scope="col">{t('people.role')}</th>
                  <th scope="col">{t('people.ownerName')}</th>
                  <th scope="col">{t('people.lastSignIn')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('people.access')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => (
                  <tr key={a.id} className={a.disabled ? 'is-disabled' : undefined}>
                    <th scope="row">
                      {a.name}
                      {a.id === myId ? <span className="muted"> {t('people.you')}</span> : null}
                      {a.disabled ? <span className="chip">{t('people.disabled')}</span> : null}
                    </th>
                    <td>{a.email}</td>
                    <td>
                      <select
                        aria-label={t('people.roleOf', { name: a.name })}
                        value={a.role}
                        onChange={(e) =>
                          void update(
                            a,
                            { role: e.target.value as Role },
                            t(`people.roleSet.${e.target.value as Role}`, { name: a.name }),
                          )
                        }
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {roleWord(r)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <OwnerCell
                        account={a}
                        onSave={(ownerName) =>
                          void update(
                            a,
                            { ownerName },
                            ownerName
                              ? t('people.ownerSet', { name: a.name, owner: ownerName })
                              : t('people.ownerCleared', { name: a.name }),
                          )
                        }
                      />
                    </td>
                    <td>{a.lastSignInAt ? formatDay(a.lastSignInAt.slice(0, 10)) : t('people.never')}</td>
                    <td>
                      <button
                        type="button"
                        className="small quiet"
                        aria-label={
                          a.disabled ? t('people.enableOf', { name: a.name }) : t('people.disableOf', { name: a.name })
                        }
                        onClick={() =>
                          void update(
                            a,
                            { disabled: !a.disabled },
                            a.disabled
                              ? t('people.enabled', { name: a.name })
                              : t('people.disabledSaid', { name: a.name }),
                          )
                        }
                      >
                        {a.disabled ? t('people.enable') : t('people.disable')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className={said?.ok === false ? 'people-said team-error' : 'people-said'} role="status">
            {said?.text ?? ''}
          </p>
        </section>

        <section aria-labelledby="invites-heading">
          <h3 id="invites-heading">{t('people.invites')}</h3>
          {invites.length === 0 ? (
            <p className="muted">{t('people.noInvites')}</p>
          ) : (
            <ul className="invite-list">
              {invites.map((i) => (
                <li key={i.id}>
                  <span>
                    <Trans
                      t={t}
                      i18nKey={i.ownerName ? 'people.inviteOwned' : 'people.invite'}
                      values={{
                        email: i.email,
                        role: t(`people.roleIn.${i.role}`),
                        owner: i.ownerName,
                        by: i.invitedBy,
                        expires: formatDay(i.expiresAt.slice(0, 10)),
                      }}
                      components={{ strong: <strong /> }}
                    />
                  </span>
                  <button
                    type="button"
                    className="small quiet"
                    aria-label={t('people.revokeOf', { email: i.email })}
                    onClick={() => void revoke(i)}
                  >
                    {t('people.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <InviteForm owners={owners} onInvited={(invite) => setInvites((list) => [...list, invite])} />
      </div>
      <div className="dialog-footer">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
