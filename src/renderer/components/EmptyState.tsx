/** No document open: say what Quadrant is and offer the two ways in. */
import { useUiStore } from '../stores/ui-store';

export function EmptyState() {
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <div className="empty-state">
      <div className="empty-quadrants" aria-hidden="true">
        <span />
        <span />
        <span />
        <span />
      </div>
      <h1 id="main-heading" tabIndex={-1}>
        Plan your quarter on one page
      </h1>
      <p>
        A scorecard links what you want to achieve to the few numbers that show whether it is happening: financial,
        customers, how you work, and how you grow.
      </p>
      <div className="empty-actions">
        <button
          type="button"
          className="primary"
          onClick={(e) => openDialog({ kind: 'file', action: 'new' }, e.currentTarget)}
        >
          New scorecard…
        </button>
        <button type="button" onClick={(e) => openDialog({ kind: 'file', action: 'open' }, e.currentTarget)}>
          Open…
        </button>
      </div>
    </div>
  );
}
