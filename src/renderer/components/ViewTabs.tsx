/** Switches between the views of the open scorecard; Ctrl/Cmd+1…9 jump to a view by its place. */
import { useEffect } from 'react';
import { useUiStore } from '../stores/ui-store';
import { VIEWS } from '../views/registry';

export function ViewTabs() {
  const view = useUiStore((s) => s.view);
  const setView = useUiStore((s) => s.setView);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= VIEWS.length) {
        e.preventDefault();
        setView(VIEWS[n - 1]!.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);

  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-tabs" aria-label="Views">
      {VIEWS.map((v, i) => (
        <button
          key={v.id}
          type="button"
          className={v.id === view ? 'view-tab current' : 'view-tab'}
          aria-current={v.id === view ? 'page' : undefined}
          aria-keyshortcuts={`Control+${i + 1}`}
          title={`${v.label} (Ctrl+${i + 1})`}
          onClick={() => setView(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
