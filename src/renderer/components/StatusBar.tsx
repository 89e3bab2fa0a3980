/** Where the document lives, whether it is saved, which period is on screen, and what an undo just did. */
import { periodLabel } from '../../shared/periods';
import { useStatusMessage } from '../edit-commands';
import { useDocumentStore } from '../stores/document-store';
import { useTeamStore } from '../team/team-store';

export function StatusBar() {
  const info = useDocumentStore((s) => s.info);
  const pending = useDocumentStore((s) => s.pending);
  const saveError = useDocumentStore((s) => s.saveError);
  const period = useDocumentStore((s) => s.period);
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  const message = useStatusMessage((s) => s.message);
  // A team document is no file: it says which team server, never how the server reaches its database.
  const server = useTeamStore((s) => s.me?.server ?? null);
  const place = server ? `${server} on ${window.location.host}` : (info?.path ?? null);
  const saved = saveError
    ? `Not saved: ${saveError}`
    : pending > 0
      ? 'Saving…'
      : info?.readOnly
        ? 'Read-only'
        : 'All changes saved';
  return (
    <footer className="statusbar">
      <span className="status-path" title={place ?? undefined}>
        {info ? place : 'No document open'}
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
      {info && period ? <span className="status-period">Period: {periodLabel(period, fy)}</span> : null}
    </footer>
  );
}
