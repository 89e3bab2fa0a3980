/**
 * Admins: the people of this team server (role, owner name, disabled) and the invitations still open. Every change
 * is saved at once and said beside the table; the server refuses what would leave the scorecard without an admin.
 */
import { useEffect, useMemo, useState } from 'react';
import { ROLES, type Account, type Invite, type Role } from '../../shared/contract-team';
import { formatDay } from '../../shared/initiative-schedule';
import { call, errorMessage } from '../api';
import { Modal } from '../components/Modal';
import { useDocumentStore } from '../stores/document-store';
import { ROLE_WORDS } from './AccountMenu';
import { InviteForm } from './InviteForm';
import { useTeamStore } from './team-store';


function OwnerCell({ account, onSave }: { account: Account; onSave(ownerName: string | null): void }) {
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
      <input aria-label={`Owner name of ${account.name}`} list="people-owner-list" value={value} onChange={(e) => setValue(e.target.value)} />
      {changed ? (
        <button type="submit" className="small">
          Save
        </button>
      ) : null}
    </form>
  );
}

export function PeopleDialog({ onClose }: { onClose(): void }) {
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

  async function update(account: Account, patch: { role?: Role; ownerName?: string | null; disabled?: boolean }, done: string) {
    try {
      const saved = await call('team.updateAccount', { id: account.id, ...patch });
      setAccounts((list) => list?.map((a) => (a.id === saved.id ? saved : a)) ?? null);
      if (saved.id === myId) {
        const me = useTeamStore.getState().me;
        if (me) useTeamStore.getState().setMe({ ...me, account: saved });
      }
      setSaid({ ok: true, text: done });
    } catch (err) {
      setSaid({ ok: false, text: `${account.name}: ${errorMessage(err)}` });
    }
  }

  async function revoke(invite: Invite) {
    try {
      await call('team.revokeInvite', { id: invite.id });
      setInvites((list) => list.filter((i) => i.id !== invite.id));
      setSaid({ ok: true, text: `The invitation for ${invite.email} no longer works.` });
    } catch (err) {
      setSaid({ ok: false, text: errorMessage(err) });
    }
  }

  return (
    <Modal title="People" subtitle="Who may read and change this team scorecard" onClose={onClose} size="large">
      <div className="dialog-body people">
        <datalist id="people-owner-list">
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <section aria-labelledby="people-heading">
          <h3 id="people-heading">Accounts</h3>
          {accounts === null ? (
            <p className="loading">Loading…</p>
          ) : (
            <table className="people-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">Owner name</th>
                  <th scope="col">Last sign-in</th>
                  <th scope="col">
                    <span className="visually-hidden">Access</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((a) => (
                  <tr key={a.id} className={a.disabled ? 'is-disabled' : undefined}>
                    <th scope="row">
                      {a.name}
                      {a.id === myId ? <span className="muted"> (you)</span> : null}
                      {a.disabled ? <span className="chip">Disabled</span> : null}
                    </th>
                    <td>{a.email}</td>
                    <td>
                      <select
                        aria-label={`Role of ${a.name}`}
                        value={a.role}
                        onChange={(e) =>
                          void update(a, { role: e.target.value as Role }, `${a.name} is now ${ROLE_WORDS[e.target.value as Role].toLowerCase()}.`)
                        }
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {ROLE_WORDS[r]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <OwnerCell
                        account={a}
                        onSave={(ownerName) =>
                          void update(a, { ownerName }, ownerName ? `${a.name} owns what “${ownerName}” owns.` : `${a.name} has no owner name now.`)
                        }
                      />
                    </td>
                    <td>{a.lastSignInAt ? formatDay(a.lastSignInAt.slice(0, 10)) : 'Never'}</td>
                    <td>
                      <button
                        type="button"
                        className="small quiet"
                        aria-label={a.disabled ? `Enable ${a.name}` : `Disable ${a.name}`}
                        onClick={() =>
                          void update(
                            a,
                            { disabled: !a.disabled },
                            a.disabled ? `${a.name} can sign in again.` : `${a.name} can no longer sign in.`,
                          )
                        }
                      >
                        {a.disabled ? 'Enable' : 'Disable'}
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
          <h3 id="invites-heading">Open invitations</h3>
          {invites.length === 0 ? (
            <p className="muted">No invitation is waiting.</p>
          ) : (
            <ul className="invite-list">
              {invites.map((i) => (
                <li key={i.id}>
                  <span>
                    <strong>{i.email}</strong> as {ROLE_WORDS[i.role].toLowerCase()}
                    {i.ownerName ? `, owner “${i.ownerName}”` : ''} · invited by {i.invitedBy} · expires{' '}
                    {formatDay(i.expiresAt.slice(0, 10))}
                  </span>
                  <button
                    type="button"
                    className="small quiet"
                    aria-label={`Revoke the invitation for ${i.email}`}
                    onClick={() => void revoke(i)}
                  >
                    Revoke
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
          Close
        </button>
      </div>
    </Modal>
  );
}
