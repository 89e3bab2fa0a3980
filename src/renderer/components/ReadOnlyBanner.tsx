/**
 * Shown while the open document is read-only — another Quadrant window or process is writing it, or the file, its
 * folder or its disk is read-only: the reason, and the way to keep working (a copy of one's own). Every edit is
 * refused meanwhile (document-store).
 */
import { useTranslation } from 'react-i18next';
import { isElectron } from '../api';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';

export function ReadOnlyBanner() {
  const { t } = useTranslation(['app', 'common']);
  const info = useDocumentStore((s) => s.info);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!info?.readOnly) return null;
  return (
    <div className="banner banner-read-only" role="status">
      <span aria-hidden="true">!</span>
      <span className="banner-text">
        <strong>{t('readOnly.title')}</strong> {info.readOnlyReason ?? t('readOnly.otherWindow')}{' '}
        {isElectron() ? t('readOnly.saveAsHint') : null}
      </span>
      {isElectron() ? null : (
        <button
          type="button"
          className="small"
          onClick={(e) => openDialog({ kind: 'file', action: 'saveAs' }, e.currentTarget)}
        >
          {t('readOnly.saveCopy')}
        </button>
      )}
    </div>
  );
}
