/** A viewer reads the team scorecard and changes nothing: said once at the top, as for a read-only file. */
import { useTeamStore } from './team-store';

export function TeamBanner() {
  const role = useTeamStore((s) => s.me?.account.role);
  const owner = useTeamStore((s) => s.me?.account.ownerName);
  if (role === 'viewer')
    return (
      <div className="banner banner-read-only" role="status">
        <span aria-hidden="true">!</span>
        <span className="banner-text">
          <strong>Read-only:</strong> your role, viewer, lets you read this scorecard, not change it. Ask an
          administrator if you need to enter data.
        </span>
      </div>
    );
  if (role === 'contributor')
    return (
      <p className="team-role-note">
        {owner
          ? `You enter values, notes and check-ins for the KPIs and actions ${owner} owns; the rest is read-only for you.`
          : 'Your account has no owner name yet, so there is nothing for you to enter. Ask an administrator to set it.'}
      </p>
    );
  return null;
}
