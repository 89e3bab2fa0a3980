/** The "Enter data" view: the entry grid of the open scorecard for the chosen period's columns. */
import { useTranslation } from 'react-i18next';
import { useDocumentStore } from '../../stores/document-store';
import { EntryGrid } from './EntryGrid';

export function GridView() {
  // The store hands out a new tree only when the structure changed (an edit's answer patches what it changed), so
  // the grid's rows, layout and evaluations can key on it.
  const { t } = useTranslation('grid');
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  if (!tree || !period) return null;
  return (
    <section className="grid-view" aria-label={t('view')}>
      <EntryGrid key={tree.scorecard.id} tree={tree} period={period} />
    </section>
  );
}
