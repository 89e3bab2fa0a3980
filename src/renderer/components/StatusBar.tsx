/** Where the document lives, whether it is saved, which period is on screen, and what an undo just did. */
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../shared/periods';
import { useStatusMessage } from '../edit-commands';
import { useDocumentStore } from '../stores/document-store';
import { useTeamStore } from '../team/team-store';

export function StatusBar() {
  const { t } = useTranslation(['app', 'common']);
  const info = useDocumentStore((s) => s.info);
  const pending = useDocumentStore((s) => s.pending);
  const saveError = useDocumentStore((s) => s.saveError);
  const period = useDocumentStore((s) => s.period);
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  const message = useStatusMessage((s) => s.message);
  // A team document is no file: it says which team server, never how the server reaches its database.
  const server = useTeamStore((s) => s.me?.server ?? null);
  const place = server ? t('statusBar.teamPlace', { server, host: window.location.host }) : (info?.path ?? null);
  const saved = saveError
    ? t('statusBar.notSaved', { error: saveError })
    : pending > 0
      ? t('statusBar.saving')
      : info?.readOnly
        ? t('statusBar.readOnly')
        : t('statusBar.saved');
  return (
    <footer className="statusbar">
      <span className="status-path" title={place ?? undefined}>
        {info ? place : t('statusBar.noDocument')}
      </span>
      {info ? (
        <span
          className={`status-saved ${saveError ? 'is-error' : ''} ${info.readOnly && !saveError ? 'is-read-only' : ''}`}
          role="status"
        >
          {saveError ? null : <span aria-hidden="true">{info.readOnly ? '! ' : '✓ '}</span>}
          {saved}
        </span>
      ) : null}
      {/* Always rendered, so screen readers already watch the region when a message arrives. */}
      <span className="status-message" role="status">
        {message}
      </span>
      {info && period ? (
        <span className="status-period">{t('statusBar.period', { period: periodLabel(period, fy) })}</span>
      ) : null}
    </footer>
  );
}
