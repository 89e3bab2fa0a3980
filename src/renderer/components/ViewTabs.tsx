/** Switches between the views of the open scorecard; Ctrl/Cmd+1…9 jump to a view by its place. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../stores/ui-store';
import { viewShortcut } from '../../shared/views';
import { VIEWS } from '../views/registry';

export function ViewTabs() {
  const { t } = useTranslation(['app', 'common']);
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const n = Number(e.key);
      // Numbered by the shared list (as the Electron View menu is), so a digit always means the same view.
      const target = VIEWS.find((v) => viewShortcut(v.id) === n);
      if (target) {
        e.preventDefault();
        setView(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);

  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-tabs" aria-label={t('viewTabs.label')}>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className={v.id === view ? 'view-tab current' : 'view-tab'}
          aria-current={v.id === view ? 'page' : undefined}
          // i18n-ignore: aria-keyshortcuts names keys in the ARIA syntax, never shown
          aria-keyshortcuts={viewShortcut(v.id) ? `Control+${viewShortcut(v.id)}` : undefined}
          title={viewShortcut(v.id) ? t('viewTabs.withShortcut', { view: v.label, n: viewShortcut(v.id) }) : v.label}
          onClick={() => setView(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
