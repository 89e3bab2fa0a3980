/** No document open: say what Quadrant is and offer the two ways in. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage, isElectron } from '../api';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';

/**
 * In the app the file comes from the native dialog, which main remembers: a path the page typed itself would be
 * refused.
 */
async function openWithNativeDialog(): Promise<void> {
  const chosen = await call('file.choose', { purpose: 'open' });
  if (chosen) await useDocumentStore.getState().openDocument(chosen.path);
}

export function EmptyState() {
  const { t } = useTranslation('panels');
  const openDialog = useUiStore((s) => s.openDialog);
  const [error, setError] = useState<string | null>(null);
  // A new scorecard is chosen first (blank or from a template); the dialog then asks where its file goes.
  const start = (action: 'new' | 'open', button: HTMLElement) => {
    if (action === 'new') return openDialog({ kind: 'newScorecard' }, button);
    if (!isElectron()) return openDialog({ kind: 'file', action }, button);
    setError(null);
    openWithNativeDialog().catch((err: unknown) => setError(errorMessage(err)));
  };
  return (
    <div className="empty-state">
      <div className="empty-quadrants" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h1 id="main-heading" tabIndex={-1}>
        {t('emptyState.heading')}
      </h1>
      <p>{t('emptyState.intro')}</p>
      <div className="empty-actions">
        <button
          type="button"
          className="primary"
          onClick={(e) => start('new', e.currentTarget)}
        >
          {t('emptyState.newScorecard')}
        </button>
        <button type="button" onClick={(e) => start('open', e.currentTarget)}>
          {t('emptyState.open')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
