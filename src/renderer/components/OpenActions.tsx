/** The open action items about one objective, KPI or initiative, or of one owner: overdue ones marked and first. */
import { useTranslation } from 'react-i18next';
import { compareActions, isOverdue } from '../../shared/action-stats';
import { formatDay } from '../../shared/initiative-schedule';
import type { ActionItem, ConcernType } from '../../shared/review';
import { ownerKey } from '../../shared/scorecard-filter';
import { today, useActionsStore } from '../stores/actions-store';
import '../styles/actions.css';

type Which = { concernType: Exclude<ConcernType, 'scorecard'>; concernId: number } | { owner: string };

interface Props {
  which: Which;
  /** The list's accessible name, e.g. 'Open actions: Gross margin'. */
  label: string;
  /** Show the owner beside each action (not on the owner's own page). */
  showOwner?: boolean;
  /** What to say when there is none; nothing at all when absent. */
  empty?: string;
  compact?: boolean;
}

function belongs(a: ActionItem, which: Which): boolean {
  if (a.status !== 'open') return false;
  if ('owner' in which) return ownerKey(a.owner) === ownerKey(which.owner);
  return a.concernType === which.concernType && a.concernId === which.concernId;
}

export function OpenActions({ which, label, showOwner = true, empty, compact }: Props) {
  const { t } = useTranslation(['app', 'common']);
  const actions = useActionsStore((s) => s.actions);
  const day = today();
  // A few dozen actions at most: filtering them on each render costs less than keeping a memo of them.
  const open = actions.filter((a) => belongs(a, which)).sort(compareActions(day));
  if (open.length === 0) return empty ? <p className="empty-note">{empty}</p> : null;
  return (
    <ul className={`open-actions${compact ? ' compact' : ''}`} aria-label={label}>
      {open.map((a) => {
        const late = isOverdue(a, day);
        return (
          <li key={a.id} className={late ? 'overdue' : undefined}>
            <span className="open-action-title">{a.title}</span>
            <span className="item-note">
              {showOwner ? (a.owner ? a.owner : t('openActions.noOwner')) : null}
              {showOwner && a.dueDate ? ' · ' : null}
              {a.dueDate
                ? t('openActions.due', { date: formatDay(a.dueDate) })
                : showOwner
                  ? ''
                  : t('openActions.noDueDate')}
            </span>
            {late ? (
              <span className="flag flag-red">
                <span aria-hidden="true">! </span>
                {t('openActions.overdue')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
