/** Team mode: who is signed in and as what, and their account's commands (People for admins, password, sign out). */
import { useTranslation } from 'react-i18next';
import type { Role } from '../../shared/contract-team';
import { t } from '../../shared/i18n';
import { DropdownMenu, type MenuItemSpec } from '../components/DropdownMenu';
import { useUiStore } from '../stores/ui-store';
import { useTeamStore } from './team-store';

/** A role's name in the current language. */
export function roleWord(role: Role): string {
  return t(`team:role.${role}`);
}

export function AccountMenu() {
  const { t: tt } = useTranslation('team');
  const me = useTeamStore((s) => s.me);
  const signOut = useTeamStore((s) => s.signOut);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!me) return null;
  const { name, role } = me.account;
  const items: MenuItemSpec[] = [
    ...(role === 'admin'
      ? [
          {
            label: tt('account.people'),
            disabled: false,
            run: (b: HTMLButtonElement | null) => openDialog({ kind: 'people' }, b),
          },
        ]
      : []),
    { label: tt('account.password'), disabled: false, run: (b) => openDialog({ kind: 'password' }, b) },
    { label: tt('account.signOut'), disabled: false, run: () => void signOut() },
  ];
  return (
    <span className="account">
      <span className="account-role chip">{roleWord(role)}</span>
      <DropdownMenu label={name} items={items} />
    </span>
  );
}
