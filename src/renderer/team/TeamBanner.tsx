/** A viewer reads the team scorecard and changes nothing: said once at the top, as for a read-only file. */
import { Trans, useTranslation } from 'react-i18next';
import { useTeamStore } from './team-store';

export function TeamBanner() {
  const { t } = useTranslation('team');
  const role = useTeamStore((s) => s.me?.account.role);
  const owner = useTeamStore((s) => s.me?.account.ownerName);
  if (role === 'viewer')
    return (
      <div className="banner banner-read-only" role="status">
        <span aria-hidden="true">!</span>
        <span className="banner-text">
          <Trans t={t} i18nKey="banner.viewer" components={{ strong: <strong /> }} />
        </span>
      </div>
    );
  if (role === 'contributor')
    return (
      <p className="team-role-note">{owner ? t('banner.contributor', { owner }) : t('banner.contributorNoOwner')}</p>
    );
  return null;
}
