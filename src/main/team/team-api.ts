/**
 * team.* as the team server answers them, with the people of its database (the core's own handlers refuse them
 * outside a team server). Roles were checked before (access.ts); these check what only they can know.
 */
import { contract, type Method } from '../../shared/contract';
import type { Account, TeamMe } from '../../shared/contract-team';
import { AppError, ErrorCode, type Result } from '../../shared/errors';
import { toApiError, validationError } from '../core/dispatch';
import type { AccountStore } from './accounts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import type { SessionStore } from './sessions';
import { t } from '../../shared/i18n';

export interface TeamCallContext {
  account: Account;
  sessionHash: string;
  /** Where the page was served from ("https://quadrant.example.com"), for invite links. */
  origin: string;
  serverName: () => string;
  /** Called when an account's sessions are ended (disabled): its event streams close too. */
  signedOut: (accountId: number) => void;
}

export const isTeamMethod = (method: Method): method is Extract<Method, `team.${string}`> => method.startsWith('team.');

export function teamMe(account: Account, serverName: string): TeamMe {
  return { account, server: serverName };
}

export async function teamCall(
  method: Extract<Method, `team.${string}`>,
  input: unknown,
  ctx: TeamCallContext,
  accounts: AccountStore,
  sessions: SessionStore,
): Promise<Result<unknown>> {
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const data: unknown = parsed.data;
  try {
    switch (method) {
      case 'team.me':
        return { ok: true, value: teamMe(ctx.account, ctx.serverName()) };
      case 'team.accounts':
        return { ok: true, value: accounts.list() };
      case 'team.invites':
        return { ok: true, value: accounts.pendingInvites() };
      case 'team.invite': {
        const { email, role, ownerName } = data as { email: string; role: Account['role']; ownerName?: string | null };
        const { invite, token } = accounts.invite({
          email,
          role,
          ownerName: ownerName ?? null,
          invitedBy: ctx.account.id,
        });
        return { ok: true, value: { invite, link: `${ctx.origin}/?invite=${token}` } };
      }
      case 'team.revokeInvite':
        accounts.revokeInvite((data as { id: number }).id);
        return { ok: true, value: undefined };
      case 'team.updateAccount': {
        const { id, ...patch } = data as { id: number } & Parameters<AccountStore['update']>[1];
        if (id === ctx.account.id && (patch.disabled || (patch.role && patch.role !== 'admin'))) {
          throw new AppError(ErrorCode.VALIDATION, t('errors:teamAccounts.ownAccount'));
        }
        const account = accounts.update(id, patch);
        if (account.disabled) {
          sessions.endAllOf(id);
          ctx.signedOut(id);
        }
        return { ok: true, value: account };
      }
      case 'team.changePassword': {
        const { current, next } = data as { current: string; next: string };
        const stored = accounts.byId(ctx.account.id);
        // Said in the caller's language: after an await the server's own is back.
        const wrong = t('errors:teamAccounts.wrongPassword');
        const problem = passwordProblem(next);
        if (!stored || !(await verifyPassword(current, stored.passwordHash))) {
          throw new AppError(ErrorCode.VALIDATION, wrong);
        }
        if (problem) throw new AppError(ErrorCode.VALIDATION, problem);
        accounts.setPassword(ctx.account.id, await hashPassword(next));
        // Anyone who learnt the old password is signed out everywhere; this page stays signed in.
        sessions.endAllOf(ctx.account.id, ctx.sessionHash);
        return { ok: true, value: undefined };
      }
    }
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
  return {
    ok: false,
    error: {
      code: ErrorCode.UNKNOWN_METHOD,
      message: t('errors:teamServer.unknownMethod', { method: String(method) }),
    },
  };
}
