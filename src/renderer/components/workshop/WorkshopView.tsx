/** The Workshops view: the scorecard's workshops and the board of the one open (docs/workshops.md). */
import { useUiStore } from '../../stores/ui-store';

export function WorkshopView() {
  const openDialog = useUiStore((s) => s.openDialog);
  return (
    <section aria-label="Workshops" className="workshops">
      <h2>Workshops</h2>
      <button type="button" onClick={() => openDialog({ kind: 'workshop' })}>
        New workshop…
      </button>
    </section>
  );
}
