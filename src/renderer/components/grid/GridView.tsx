/** The "Enter data" view: the entry grid of the open scorecard for the chosen period's columns. */
import { useDocumentStore } from '../../stores/document-store';
import { EntryGrid } from './EntryGrid';

export function GridView() {
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const measurements = useDocumentStore((s) => s.measurements);
  if (!tree || !period) return null;
  return (
    <section className="grid-view" aria-label="Enter data">
      <EntryGrid key={tree.scorecard.id} tree={tree} period={period} measurements={measurements} />
    </section>
  );
}
