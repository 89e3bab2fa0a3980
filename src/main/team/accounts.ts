/**
 * The people of a team server: accounts and invites (account-schema.ts). An admin invites someone by e-mail with a
 * role; the invite is a one-time link whose token only the admin ever sees (its hash is kept), valid 7 days.
 * While the database has no admin, `quadrant serve` makes a setup link for the first one.
 */
import type { Account, Invite, Role } from '../../shared/contract-team';
import { AppError, ErrorCode } from '../../shared/errors';
import type { Engine } from '../core/db/engine';
import { newToken, nowIso, sql, tokenHash } from './sql';
import { t } from '../../shared/i18n';

export const INVITE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

interface AccountRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  owner_name: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
  last_sign_in_at: string | null;
}

interface InviteRow {
  id: number;
  email: string;
  role: Role;
  owner_name: string | null;
  invited_by_name: string | null;
  is_setup: number;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface StoredAccount extends Account {
  passwordHash: string;
}

const toAccount = (r: AccountRow): StoredAccount => ({
  id: Number(r.id),
  email: r.email,
  name: r.name,
  role: r.role,
  ownerName: r.owner_name,
  disabled: Number(r.disabled) === 1,
  createdAt: r.created_at,
  lastSignInAt: r.last_sign_in_at,
  passwordHash: r.password_hash,
});

export const publicAccount = ({ passwordHash: _hash, ...account }: StoredAccount): Account => account;

const toInvite = (r: InviteRow): Invite => ({
  id: Number(r.id),
  email: r.email,
  role: r.role,
  ownerName: r.owner_name,
  invitedBy:
    r.invited_by_name ??
    (Number(r.is_setup) === 1 ? t('errors:teamAccounts.setupLink') : t('errors:teamAccounts.formerAccount')),
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

const INVITE_SELECT = `SELECT i.*, a.name AS invited_by_name FROM invite i LEFT JOIN account a ON a.id = i.invited_by`;

export class AccountStore {
  constructor(readonly engine: Engine) {}

  hasAdmin(): boolean {
    return !!this.engine.get(sql(`SELECT 1 AS x FROM account WHERE role = 'admin' AND disabled = 0 LIMIT 1`));
  }

  byEmail(email: string): StoredAccount | null {
    const row = this.engine.get<AccountRow>(sql(`SELECT * FROM account WHERE email = $1`, email.trim().toLowerCase()));
    return row ? toAccount(row) : null;
  }

  byId(id: number): StoredAccount | null {
    const row = this.engine.get<AccountRow>(sql(`SELECT * FROM account WHERE id = $1`, id));
    return row ? toAccount(row) : null;
  }

  list(): Account[] {
    return this.engine
      .all<AccountRow>(sql(`SELECT * FROM account ORDER BY lower(name), id`))
      .map((r) => publicAccount(toAccount(r)));
  }

  create(values: {
    email: string;
    name: string;
    role: Role;
    ownerName: string | null;
    passwordHash: string;
  }): StoredAccount {
    if (this.byEmail(values.email)) {
      throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.exists', { email: values.email }));
    }
    const id = this.engine.insert(
      sql(
        `INSERT INTO account (email, name, role, owner_name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        values.email.trim().toLowerCase(),
        values.name,
        values.role,
        values.ownerName,
        values.passwordHash,
        nowIso(),
      ),
    );
    return this.byId(id)!;
  }

  /** Changes name, role, owner name or disabled; the last admin who can sign in stays an admin. */
  update(id: number, patch: { name?: string; role?: Role; ownerName?: string | null; disabled?: boolean }): Account {
    return this.engine.transaction(() => {
      const before = this.byId(id);
      if (!before) throw new AppError(ErrorCode.NOT_FOUND, t('errors:teamAccounts.gone'));
      const after = { ...before, ...patch };
      const losesAdmin = before.role === 'admin' && !before.disabled && (after.role !== 'admin' || after.disabled);
      if (losesAdmin && this.activeAdmins() <= 1) {
        throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.onlyAdmin', { name: before.name }));
      }
      this.engine.run(
        sql(
          `UPDATE account SET name = $2, role = $3, owner_name = $4, disabled = $5 WHERE id = $1`,
          id,
          after.name,
          after.role,
          after.ownerName,
          after.disabled ? 1 : 0,
        ),
      );
      return publicAccount(this.byId(id)!);
    });
  }

  setPassword(id: number, passwordHash: string): void {
    this.engine.run(sql(`UPDATE account SET password_hash = $2 WHERE id = $1`, id, passwordHash));
  }

  markSignedIn(id: number): void {
    this.engine.run(sql(`UPDATE account SET last_sign_in_at = $2 WHERE id = $1`, id, nowIso()));
  }

  private activeAdmins(): number {
    const row = this.engine.get<{ n: number | string }>(
      sql(`SELECT count(*) AS n FROM account WHERE role = 'admin' AND disabled = 0`),
    );
    return Number(row?.n ?? 0);
  }

  /** A new invite and its one-time token (shown once, in the link; only its hash is kept). */
  invite(values: { email: string; role: Role; ownerName: string | null; invitedBy: number | null; setup?: boolean }): {
    invite: Invite;
    token: string;
  } {
    const email = values.email.trim().toLowerCase();
    if (email && this.byEmail(email)) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.hasAccount', { email }));
    const token = newToken();
    const now = Date.now();
    const id = this.engine.insert(
      sql(
        `INSERT INTO invite (token_hash, email, role, owner_name, invited_by, is_setup, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        tokenHash(token),
        email,
        values.role,
        values.ownerName,
        values.invitedBy,
        values.setup ? 1 : 0,
        nowIso(now),
        nowIso(now + INVITE_DAYS * DAY_MS),
      ),
    );
    const row = this.engine.get<InviteRow>(sql(`${INVITE_SELECT} WHERE i.id = $1`, id))!;
    return { invite: toInvite(row), token };
  }

  /** Invites still waiting: neither accepted, revoked nor expired. */
  pendingInvites(): Invite[] {
    return this.engine
      .all<InviteRow>(
        sql(
          `${INVITE_SELECT} WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $1 AND i.is_setup = 0 ORDER BY i.id`,
          nowIso(),
        ),
      )
      .map(toInvite);
  }

  revokeInvite(id: number): void {
    const { changes } = this.engine.run(
      sql(
        `UPDATE invite SET revoked_at = $2 WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
        id,
        nowIso(),
      ),
    );
    if (changes === 0) throw new AppError(ErrorCode.NOT_FOUND, t('errors:teamAccounts.inviteUsed'));
  }

  /** The invite a link's token opens, or why it cannot be used, in words. */
  openInvite(token: string): { invite: Invite; setup: boolean } {
    const row = this.engine.get<InviteRow>(sql(`${INVITE_SELECT} WHERE i.token_hash = $1`, tokenHash(token)));
    if (!row) throw new AppError(ErrorCode.NOT_FOUND, t('errors:teamAccounts.inviteInvalid'));
    if (row.accepted_at) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.inviteAccepted'));
    if (row.revoked_at) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.inviteWithdrawn'));
    if (row.expires_at <= nowIso()) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.inviteExpired'));
    return { invite: toInvite(row), setup: Number(row.is_setup) === 1 };
  }

  /** Uses the invite once: its account is created in the same transaction that marks it accepted. */
  acceptInvite(token: string, person: { name: string; email?: string; passwordHash: string }): StoredAccount {
    return this.engine.transaction(() => {
      const { invite, setup } = this.openInvite(token);
      if (setup && this.hasAdmin()) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.setupDone'));
      const email = setup ? (person.email ?? '').trim().toLowerCase() : invite.email;
      if (!email) throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.emailNeeded'));
      const account = this.create({
        email,
        name: person.name,
        role: invite.role,
        ownerName: invite.ownerName,
        passwordHash: person.passwordHash,
      });
      this.engine.run(
        sql(`UPDATE invite SET accepted_at = $2, accepted_by = $3 WHERE id = $1`, invite.id, nowIso(), account.id),
      );
      return account;
    });
  }

  /** The first admin's setup link, made afresh (earlier ones withdrawn) while the database has no admin. */
  setupToken(): string | null {
    if (this.hasAdmin()) return null;
    this.engine.run(
      sql(
        `UPDATE invite SET revoked_at = $1 WHERE is_setup = 1 AND accepted_at IS NULL AND revoked_at IS NULL`,
        nowIso(),
      ),
    );
    return this.invite({ email: '', role: 'admin', ownerName: null, invitedBy: null, setup: true }).token;
  }
}
