/** Team mode: who is signed in and as what, and their account's commands (People for admins, password, sign out). */
import { DropdownMenu, type MenuItemSpec } from '../components/DropdownMenu';
import { useUiStore } from '../stores/ui-store';
import { useTeamStore } from './team-store';

export const ROLE_WORDS = { admin: 'Admin', editor: 'Editor', contributor: 'Contributor', viewer: 'Viewer' } as const;

export function AccountMenu() {
  const me = useTeamStore((s) => s.me);
  const signOut = useTeamStore((s) => s.signOut);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!me) return null;
  const { name, role } = me.account;
  const items: MenuItemSpec[] = [
    ...(role === 'admin'
      ? [{ label: 'People…', disabled: false, run: (b: HTMLButtonElement | null) => openDialog({ kind: 'people' }, b) }]
      : []),
    { label: 'Change Password…', disabled: false, run: (b) => openDialog({ kind: 'password' }, b) },
    { label: 'Sign Out', disabled: false, run: () => void signOut() },
  ];
  return (
    <span className="account">
      <span className="account-role chip">{ROLE_WORDS[role]}</span>
      <DropdownMenu label={name} items={items} />
    </span>
  );
}
