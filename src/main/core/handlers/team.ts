/**
 * team.* and audit.list as the core answers them. The team server (src/main/team) answers team.* itself before
 * dispatching, with the people of its database; anywhere else (the desktop, the CLI, `npm run web`) nobody is signed
 * in. audit.list reads the team database's audit log; a scorecard file keeps none.
 */
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { listAudit } from '../../team/audit';
import type { HandlerGroup } from './types';

const teamOnly = (): never => {
  throw new AppError(ErrorCode.VALIDATION, t('errors:signIn.serverOnly'));
};

export const teamHandlers: HandlerGroup<'team'> = {
  'team.me': () => null,
  'team.accounts': teamOnly,
  'team.invites': teamOnly,
  'team.invite': teamOnly,
  'team.revokeInvite': teamOnly,
  'team.updateAccount': teamOnly,
  'team.changePassword': teamOnly,
};

export const auditHandlers: HandlerGroup<'audit'> = {
  // Only a team database keeps an audit log (src/main/team/audit.ts); a file keeps none.
  'audit.list': (input, session) => {
    const { engine } = session.require().store;
    return engine.dialect === 'postgres' ? listAudit(engine, input) : { available: false, entries: [] };
  },
};
