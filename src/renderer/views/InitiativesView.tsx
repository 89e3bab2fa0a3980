/** The initiatives view: what is being done to move the objectives, its money, and its calendar. */
import { formatNumber } from '../../shared/format';
import { budgetState, initiativeSchedule, localIsoDate } from '../../shared/initiative-schedule';
import { InitiativeTable } from '../components/InitiativeTable';
import { InitiativeTimeline } from '../components/InitiativeTimeline';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import '../styles/initiatives.css';

export function InitiativesView() {
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  if (!tree) return null;
  const today = localIsoDate(new Date());
  const initiatives = tree.initiatives;
  const late = initiatives.filter((i) => ['overdue', 'behind'].includes(initiativeSchedule(i, today).state)).length;
  const over = initiatives.filter((i) => budgetState(i.budget, i.spent).overBy !== null).length;
  const budget = initiatives.reduce((sum, i) => sum + (i.budget ?? 0), 0);
  const spent = initiatives.reduce((sum, i) => sum + (i.spent ?? 0), 0);

  return (
    <section className="initiatives-view" aria-labelledby="initiatives-title">
      <header className="view-header">
        <div>
          <h2 id="initiatives-title">Initiatives</h2>
          <p className="meta">
            <span>
              {initiatives.length} {initiatives.length === 1 ? 'initiative' : 'initiatives'}
            </span>
            {late > 0 ? <span className="meta-alert">! {late} behind schedule or overdue</span> : null}
            {over > 0 ? <span className="meta-alert">! {over} over budget</span> : null}
            {budget > 0 ? (
              <span>
                Spent {formatNumber(spent)} of {formatNumber(budget)} budgeted
              </span>
            ) : null}
          </p>
        </div>
        <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'initiative' }, e.currentTarget)}>
          Add initiative…
        </button>
      </header>
      {initiatives.length === 0 ? (
        <div className="empty-card">
          <h3>No initiatives yet</h3>
          <p>Initiatives are the projects that move the objectives: a new system, a training programme, a refit.</p>
        </div>
      ) : (
        <>
          <InitiativeTable initiatives={initiatives} objectives={tree.objectives} today={today} period={period} />
          <section className="timeline-section" aria-labelledby="timeline-title">
            <h3 id="timeline-title">Timeline</h3>
            <InitiativeTimeline initiatives={initiatives} today={today} />
          </section>
        </>
      )}
    </section>
  );
}
