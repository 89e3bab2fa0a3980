/** One person's objectives, KPIs and initiatives, with what is red, late or without data for the period first. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import { formatPercent } from '../../shared/format';
import { localIsoDate } from '../../shared/initiative-schedule';
import { listOwners, ownedItems, type OwnedItem } from '../../shared/owners';
import { ownerKey } from '../../shared/scorecard-filter';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { useOverviewStore } from '../stores/overview-store';
import { useUiStore } from '../stores/ui-store';
import { COMPLETION_GOAL, ownerCompletion } from '../../shared/action-stats';
import { today, useActionsStore } from '../stores/actions-store';
import { RateBar } from './CompletionRates';
import { OpenActions } from './OpenActions';
import { StatusBadge } from './StatusBadge';
import '../styles/actions.css';

const OWNER_KEY = 'quadrant.owner';

function rememberedOwner(): string {
  try {
    return window.sessionStorage.getItem(OWNER_KEY) ?? '';
  } catch {
    return '';
  }
}

function attentionText(item: OwnedItem, period: string): string {
  switch (item.attention) {
    case 'red':
      return t('app:owner.offTrack');
    case 'no_data':
      return t('app:owner.noData', { period });
    case 'overdue':
      return t('app:openActions.overdue');
    case 'behind':
      return t('app:owner.behind');
    default:
      return '';
  }
}

export function OwnerPanel() {
  useTranslation(['app', 'common']);
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const evaluation = useDocumentStore((s) => s.evaluation);
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  const setView = useUiStore((s) => s.setView);
  const toggleObjective = useOverviewStore((s) => s.toggleObjective);
  const selectedObjective = useOverviewStore((s) => s.selectedObjectiveId);
  const [choice, setChoice] = useState(rememberedOwner);
  const actions = useActionsStore((s) => s.actions);
  if (!tree || !period) return null;
  const owners = listOwners(tree);
  const owner = owners.find((o) => o.key === ownerKey(choice)) ?? owners[0];
  const periodName = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
  const items = owner ? ownedItems(tree, evaluation, owner.name, localIsoDate(new Date())) : [];
  const attention = items.filter((i) => i.attention);
  const rest = items.filter((i) => !i.attention);

  function choose(name: string): void {
    setChoice(name);
    try {
      window.sessionStorage.setItem(OWNER_KEY, name);
    } catch {
      // The choice then lasts until the view closes.
    }
  }

  function open(item: OwnedItem, e: React.MouseEvent<HTMLButtonElement>): void {
    if (item.kind === 'kpi') openDialog({ kind: 'kpiDetail', kpiId: item.id }, e.currentTarget);
    else if (item.kind === 'initiative') {
      const initiative = tree?.initiatives.find((i) => i.id === item.id);
      if (initiative) openDialog({ kind: 'initiative', initiative }, e.currentTarget);
    } else {
      if (selectedObjective !== item.id) toggleObjective(item.id);
      setView('overview');
      requestAnimationFrame(() =>
        document.getElementById(`objective-panel-${item.id}`)?.scrollIntoView({ block: 'center' }),
      );
    }
  }

  const list = (entries: OwnedItem[], label: string) => (
    <ul className="owned-list" aria-label={label}>
      {entries.map((item) => (
        <li key={`${item.kind}-${item.id}`} className={item.attention ? `owned attention-${item.attention}` : 'owned'}>
          <span className="chip kind-chip">{t(`app:timeline.kinds.${item.kind}`)}</span>
          <span className="owned-text">
            <button type="button" className="link-button owned-title" onClick={(e) => open(item, e)}>
              {item.title}
            </button>
            {item.context ? <span className="item-note">{item.context}</span> : null}
          </span>
          <span className="owned-state">
            {item.status ? <StatusBadge status={item.status} /> : null}
            {item.status && item.score !== null ? <span className="score">{formatPercent(item.score)}</span> : null}
            {item.kind === 'initiative' ? (
              <span className={item.attention ? 'flag flag-red' : 'item-note'}>
                {item.attention ? <span aria-hidden="true">! </span> : null}
                {item.attention
                  ? attentionText(item, periodName)
                  : item.schedule === 'done'
                    ? t('app:owner.done')
                    : t('app:owner.onSchedule')}
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="owner-panel" aria-labelledby={`${id}-title`}>
      <header className="owner-head">
        <h2 id={`${id}-title`}>{t('app:owner.title')}</h2>
        {owners.length > 0 ? (
          <div className="filter-field">
            <label htmlFor={`${id}-owner`}>{t('app:owner.person')}</label>
            <select id={`${id}-owner`} value={owner?.name ?? ''} onChange={(e) => choose(e.target.value)}>
              {owners.map((o) => (
                <option key={o.key} value={o.name}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </header>
      {!owner ? (
        <p className="empty-note">{t('app:owner.nobody')}</p>
      ) : (
        <>
          <p className="owner-summary" role="status">
            {t('app:owner.owns', {
              name: owner.name,
              objectives: t('app:owner.objectives', { count: owner.objectives }),
              kpis: t('app:owner.kpis', { count: owner.kpis }),
              initiatives: t('app:owner.initiatives', { count: owner.initiatives }),
            })}{' '}
            {attention.length === 0
              ? t('app:owner.nothingNeedsAttention', { period: periodName })
              : t('app:owner.needAttention', { count: attention.length, period: periodName })}
          </p>
          {attention.length > 0 ? (
            <>
              <h3 className="owned-heading attention-heading">
                <span aria-hidden="true">! </span>
                {t('app:owner.needsAttention')}
              </h3>
              {list(attention, t('app:owner.needsAttentionOf', { name: owner.name }))}
            </>
          ) : null}
          <h3 className="owned-heading">{t('app:openActions.heading')}</h3>
          <OpenActions
            which={{ owner: owner.name }}
            label={t('app:openActions.of', { name: owner.name })}
            showOwner={false}
            empty={t('app:owner.noOpenAction', { name: owner.name })}
          />
          <OwnerRate owner={owner.name} actions={actions} />
          {rest.length > 0 ? (
            <>
              <h3 className="owned-heading">
                {attention.length > 0 ? t('app:owner.everythingElse') : t('app:owner.everything')}
              </h3>
              {list(rest, t('app:owner.everythingElseOf', { name: owner.name }))}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The owner's completion rate of actions, where the owner looks. */
function OwnerRate({ owner, actions }: { owner: string; actions: Parameters<typeof ownerCompletion>[0] }) {
  useTranslation(['app', 'common']);
  const rate = ownerCompletion(actions, owner, today());
  return (
    <div className="owner-rate" role="group" aria-label={t('app:owner.rateOf', { name: owner })}>
      <span className="owner-rate-label">{t('app:owner.rateLabel', { goal: formatPercent(COMPLETION_GOAL) })}</span>
      {rate.counted === 0 ? (
        <span className="item-note">{t('app:owner.noneDue')}</span>
      ) : (
        <RateBar rate={rate} label={t('app:owner.rateOfLong', { name: owner })} />
      )}
    </div>
  );
}
