/**
 * Shown while the open document is read-only — another Quadrant window or process is writing it, or the file, its
 * folder or its disk is read-only: the reason, and the way to keep working (a copy of one's own). Every edit is
 * refused meanwhile (document-store).
 */
import { isElectron } from '../api';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';

export function ReadOnlyBanner() {
  const info = useDocumentStore((s) => s.info);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!info?.readOnly) return null;
  return (
    <div className="banner banner-read-only" role="status">
      <span aria-hidden="true">!</span>
      <span className="banner-text">
        <strong>Read-only:</strong> {info.readOnlyReason ?? 'this document is open in another window or process.'}{' '}
        {isElectron() ? 'To change it here, save a copy with File › Save As…' : null}
      </span>
      {isElectron() ? null : (
        <button
          type="button"
          className="small"
          onClick={(e) => openDialog({ kind: 'file', action: 'saveAs' }, e.currentTarget)}
        >
          Save a copy…
        </button>
      )}
    </div>
  );
}
