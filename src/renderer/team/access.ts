/**
 * What the signed-in person may change, as the team server decides it (src/shared/method-access.ts): the UI does not
 * offer what the server would refuse. Outside team mode (me null) everything is allowed, as it always was.
 */
import type { TeamMe } from '../../shared/contract-team';
import { t } from '../../shared/i18n';
import { useTeamStore } from './team-store';

export interface TeamAccess {
  /** Structure: scorecards, perspectives, objectives, KPIs' definitions, periods. */
  edit: string | null;
  /** Data for one KPI or action (values, notes, check-ins), by its owner; null when allowed, else why not. */
  enter(owner: string | null | undefined): string | null;
}

const FREE: TeamAccess = { edit: null, enter: () => null };

export function accessOf(me: TeamMe | null): TeamAccess {
  if (!me) return FREE;
  const { role, ownerName } = me.account;
  if (role === 'admin' || role === 'editor') return FREE;
  if (role === 'viewer') {
    const reason = t('team:access.viewer');
    return { edit: reason, enter: () => reason };
  }
  const mine = ownerName?.trim() ?? null;
  return {
    edit: t('team:access.contributor'),
    enter: (owner) =>
      mine !== null && owner?.trim() === mine
        ? null
        : t(owner ? 'team:access.notYoursOwned' : 'team:access.notYours', {
            owner,
            yours: ownerName ? t('team:access.ownerOwns', { owner: ownerName }) : t('team:access.youOwn'),
          }),
  };
}

export function useTeamAccess(): TeamAccess {
  const me = useTeamStore((s) => s.me);
  return accessOf(me);
}
