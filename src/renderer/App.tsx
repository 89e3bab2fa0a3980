/** The window: menu bar, the open scorecard (or a way to open one), the status bar, and dialogs. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { onBackendEvent } from './api';
import { DataDuePanel } from './components/DataDuePanel';
import { DialogHost } from './components/DialogHost';
import { EmptyState } from './components/EmptyState';
import { MenuBar } from './components/MenuBar';
import { ReadOnlyBanner } from './components/ReadOnlyBanner';
import { TeamBanner } from './team/TeamBanner';
import { TeamLive } from './team/TeamLive';
import { useTeamStore } from './team/team-store';
import { ScorecardHeader } from './components/ScorecardHeader';
import { StatusBar } from './components/StatusBar';
import { ViewTabs } from './components/ViewTabs';
import { handleMenuCommand, installUndoKeys } from './edit-commands';
import { installScorecardKeys } from './scorecard-nav';
import { useDocumentStore } from './stores/document-store';
import { useUiStore } from './stores/ui-store';
import { findView, warmViews } from './views/registry';

function NoScorecard() {
  const { t } = useTranslation('shell');
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <div className="empty-state">
      <h1 id="main-heading" tabIndex={-1}>
        {t('app.noScorecard')}
      </h1>
      <p>{t('app.noScorecardHint')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'newScorecard' }, e.currentTarget)}>
          {t('app.newScorecard')}
        </button>
      </div>
    </div>
  );
}

function Banner({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const { t } = useTranslation('shell');
  return (
    <div className="banner" role="alert">
      <span aria-hidden="true">✕</span>
      <span className="banner-text">{message}</span>
      <button type="button" className="small quiet" onClick={onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}

export function App() {
  const { t } = useTranslation('shell');
  const phase = useDocumentStore((s) => s.phase);
  const hasTree = useDocumentStore((s) => s.tree !== null);
  const loadError = useDocumentStore((s) => s.loadError);
  const dismissLoadError = useDocumentStore((s) => s.dismissLoadError);
  const fileName = useDocumentStore((s) => s.info?.name);
  const serverName = useTeamStore((s) => s.me?.server);
  const documentName = serverName ?? fileName;
  const notice = useUiStore((s) => s.notice);
  const showNotice = useUiStore((s) => s.showNotice);
  const view = useUiStore((s) => s.view);

  useEffect(() => {
    void useDocumentStore.getState().init();
    const removeKeys = installUndoKeys();
    const removeScorecardKeys = installScorecardKeys();
    const removeListener = onBackendEvent((event) => {
      if (event.type === 'document-changed') void useDocumentStore.getState().reload();
      else if (event.type === 'menu') handleMenuCommand(event);
      else useUiStore.getState().showNotice(event.error.message);
    });
    return () => {
      removeKeys();
      removeScorecardKeys();
      removeListener();
    };
  }, []);

  // Once a scorecard is on screen, fetch the code of the other views while the window is idle, so that the
  // first click on the dashboard or the map does not wait for it.
  useEffect(() => (hasTree ? warmViews() : undefined), [hasTree]);

  // Browser mode: the tab names the document. (Electron titles its windows itself and ignores this.)
  useEffect(() => {
    document.title = documentName ? `${documentName.replace(/\.scorecard$/i, '')} — Quadrant` : 'Quadrant';
  }, [documentName]);

  let content;
  if (phase === 'loading')
    content = (
      <p className="loading" role="status">
        {t('app.opening')}
      </p>
    );
  else if (phase === 'empty' || phase === 'failed') content = <EmptyState />;
  else
    content = hasTree ? (
      <>
        <ScorecardHeader />
        <ViewTabs />
        <DataDuePanel />
        {findView(view).render()}
      </>
    ) : (
      <NoScorecard />
    );

  return (
    <div className="app">
      <MenuBar />
      <main className="main" id="main">
        <ReadOnlyBanner />
        <TeamBanner />
        {loadError ? <Banner message={loadError} onDismiss={dismissLoadError} /> : null}
        {notice ? <Banner message={notice} onDismiss={() => showNotice(null)} /> : null}
        {content}
      </main>
      <StatusBar />
      <TeamLive />
      <DialogHost />
    </div>
  );
}
