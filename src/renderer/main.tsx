import { Fragment, StrictMode, useSyncExternalStore, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initTransport } from './api';
import { App } from './App';
import { useDocumentStore } from './stores/document-store';
import { currentLocale } from '../shared/i18n';
import { i18n, onLocaleChange, startLanguage } from './language';
import { installThemeSync } from './stores/ui-store';
import { TeamGate } from './team/TeamGate';
import { useTeamStore } from './team/team-store';
import { isTeamMode } from './team/transport';
import './styles/team.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/status.css';
import './styles/overview.css';
import './styles/panels.css';
import './styles/forms.css';
import './styles/safety.css';
import './styles/grid.css';
import './styles/grid-panels.css';

initTransport();
// English is bundled; another language's catalogue is a chunk that loads alongside the first call below, which
// already carries the page's locale.
const languageReady = startLanguage();
installThemeSync();
// The first screen's one call goes out now, while React renders its first frame, rather than after it. On a team
// server the page first learns who is signed in; the document loads once someone is.
const team = isTeamMode();
if (team) void useTeamStore.getState().start();
else void useDocumentStore.getState().init();

/**
 * The whole tree again in a new language: words, numbers and dates, charts and memoised texts alike. What the person
 * was doing (the view, the period, an open dialog) lives in the stores and stays.
 */
function LanguageRoot({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(onLocaleChange, currentLocale);
  return <Fragment key={locale}>{children}</Fragment>;
}

const root = document.getElementById('root');
// i18n-ignore: a broken build, for developers
if (!root) throw new Error('index.html has no #root element');
void languageReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LanguageRoot>{team ? <TeamGate /> : <App />}</LanguageRoot>
      </I18nextProvider>
    </StrictMode>,
  ),
);
