/** The initiatives view: what is being done to move the objectives, its money, and its calendar. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { budgetState, initiativeSchedule, localIsoDate } from '../../shared/initiative-schedule';
import { InitiativeTable } from '../components/InitiativeTable';
import { InitiativeTimeline } from '../components/InitiativeTimeline';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import '../styles/initiatives.css';

export function InitiativesView() {
  const { t } = useTranslation('panels');
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
          <h2 id="initiatives-title">{t('initiativesView.heading')}</h2>
          <p className="meta">
            <span>{t('initiativesView.count', { count: initiatives.length })}</span>
            {late > 0 ? <span className="meta-alert">! {t('initiativesView.late', { count: late })}</span> : null}
            {over > 0 ? <span className="meta-alert">! {t('initiativesView.over', { count: over })}</span> : null}
            {budget > 0 ? (
              <span>
                {t('initiativesView.spentOfBudgeted', { spent: formatNumber(spent), budget: formatNumber(budget) })}
              </span>
            ) : null}
          </p>
        </div>
        <button type="button" className="primary" onClick={(e) => openDialog({ kind: 'initiative' }, e.currentTarget)}>
          {t('initiativesView.add')}
        </button>
      </header>
      {initiatives.length === 0 ? (
        <div className="empty-card">
          <h3>{t('initiativesView.emptyTitle')}</h3>
          <p>{t('initiativesView.emptyText')}</p>
        </div>
      ) : (
        <>
          <InitiativeTable initiatives={initiatives} objectives={tree.objectives} today={today} period={period} />
          <section className="timeline-section" aria-labelledby="timeline-title">
            <h3 id="timeline-title">{t('initiativesView.timeline')}</h3>
            <InitiativeTimeline initiatives={initiatives} today={today} />
          </section>
        </>
      )}
    </section>
  );
}
