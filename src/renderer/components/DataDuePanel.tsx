/**
 * What data is due and overdue, by owner: shown when a document opens with anything due, and again from the Actions
 * view. Not a modal: it sits above the view, so the window stays usable, and Dismiss puts it away.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import { groupDueByOwner, type DueEntry } from '../../shared/data-due';
import { formatDay } from '../../shared/initiative-schedule';
import { parsePeriod, periodLabel } from '../../shared/periods';
import { useActionsStore } from '../stores/actions-store';
import { useDocumentStore } from '../stores/document-store';
import { useUiStore } from '../stores/ui-store';
import { useTeamStore } from '../team/team-store';
import '../styles/actions.css';

const TITLE_ID = 'data-due-title';

function summary(overdue: number, soon: number, owners: number): string {
  const from = t('panels:dataDue.owners', { count: owners });
  if (overdue > 0 && soon > 0) return t('panels:dataDue.summaryBoth', { overdue, soon, owners: from });
  if (overdue > 0) return t('panels:dataDue.summaryOverdue', { overdue, owners: from });
  return t('panels:dataDue.summarySoon', { soon, owners: from });
}

function lateness(e: DueEntry): string {
  if (e.state === 'due') return t('panels:dataDue.dueOn', { date: formatDay(e.dueDate) });
  return t('panels:dataDue.daysOverdue', { count: e.daysLate, date: formatDay(e.dueDate) });
}

/**
 * Values listed per owner before "Show all": a document far behind (hundreds of values) would otherwise push the
 * view below the window and make every view slower to draw.
 */
const SHOWN_PER_OWNER = 4;

export function DataDuePanel() {
  const { t } = useTranslation('panels');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const open = useActionsStore((s) => s.dueOpen);
  const due = useActionsStore((s) => s.due);
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  // A viewer enters nothing: what others have still to enter is not theirs to chase here.
  const viewer = useTeamStore((s) => s.me?.account.role === 'viewer');
  if (!open || viewer) return null;
  const close = () => useActionsStore.getState().showDue(false);
  const overdue = due.filter((e) => e.state === 'overdue').length;
  const groups = groupDueByOwner(due);

  function enterData(entry: DueEntry | null): void {
    close();
    const doc = useDocumentStore.getState();
    // Show the period the value is missing for, when the grid is showing periods of its kind.
    if (entry && parsePeriod(entry.period).kind === doc.viewKind) void doc.setPeriod(entry.period);
    useUiStore.getState().setView('grid');
  }

  return (
    <section className="data-due" aria-labelledby={TITLE_ID}>
      <header className="data-due-head">
        {/* Not a heading: the panel comes and goes above the view, and the view's own headings keep their order. */}
        <p className="data-due-title" id={TITLE_ID} tabIndex={-1}>
          {t('dataDue.title')}
        </p>
        <p className="data-due-summary">
          {due.length === 0
            ? t('dataDue.nothing')
            : summary(overdue, due.length - overdue, groups.length)}
        </p>
        <span className="spacer" />
        {due.length > 0 ? (
          <button type="button" className="small primary" onClick={() => enterData(null)}>
            {t('dataDue.enterData')}
          </button>
        ) : null}
        <button type="button" className="small quiet" onClick={close}>
          {t('dataDue.dismiss')}
        </button>
      </header>
      {due.length > 0 ? (
        <div className="data-due-owners">
          {groups.map((g) => {
            const all = expanded.has(g.owner);
            const shown = all ? g.entries : g.entries.slice(0, SHOWN_PER_OWNER);
            const name = g.owner || t('dataDue.noOwner');
            return (
              <div key={g.owner || '(nobody)'} className="data-due-owner">
                <p className="data-due-owner-name">{name}</p>
                <ul aria-label={t('dataDue.listLabel', { owner: name })}>
                  {shown.map((e) => (
                    <li key={`${e.kpiId}-${e.period}`} className={e.state}>
                      <span className="data-due-kpi">
                        {t('dataDue.entry', { kpi: e.kpiName, period: periodLabel(e.period, fy) })}
                      </span>
                      <span className={e.state === 'overdue' ? 'flag flag-red' : 'item-note'}>
                        {e.state === 'overdue' ? <span aria-hidden="true">! </span> : null}
                        {lateness(e)}
                      </span>
                      <button
                        type="button"
                        className="link-button small-link"
                        aria-label={t('dataDue.enterDataFor', { kpi: e.kpiName, period: periodLabel(e.period, fy) })}
                        onClick={() => enterData(e)}
                      >
                        {t('dataDue.enterData')}
                      </button>
                    </li>
                  ))}
                </ul>
                {g.entries.length > SHOWN_PER_OWNER ? (
                  <button
                    type="button"
                    className="link-button small-link"
                    aria-expanded={all}
                    aria-label={
                      all
                        ? t('dataDue.showFewerOf', { owner: name })
                        : t('dataDue.showAllOf', { owner: name, count: g.entries.length })
                    }
                    onClick={() =>
                      setExpanded((x) => {
                        const next = new Set(x);
                        if (all) next.delete(g.owner);
                        else next.add(g.owner);
                        return next;
                      })
                    }
                  >
                    {all ? t('dataDue.showFewer') : t('dataDue.showAll', { count: g.entries.length })}
                  </button>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}

/** Opens the panel from a button and moves focus to it, so a keyboard user lands in it. */
export function showDataDue(): void {
  useActionsStore.getState().showDue(true);
  requestAnimationFrame(() => {
    const title = document.getElementById(TITLE_ID);
    title?.scrollIntoView({ block: 'nearest' });
    title?.focus();
  });
}
