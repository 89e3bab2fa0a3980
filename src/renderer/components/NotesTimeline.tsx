/** Every note of the scorecard in time order, newest first, with author and period; filtered by kind and period. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteEntityType } from '../../shared/domain';
import { formatDay } from '../../shared/initiative-schedule';
import {
  buildNotesTimeline,
  filterTimeline,
  timelinePeriods,
  type TimelineEntry,
  type TimelineKind,
} from '../../shared/notes-timeline';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { useScorecardNotes } from '../stores/scorecard-notes-store';
import { useUiStore } from '../stores/ui-store';

/** The filter's choices, in this order; '' is everything. */
const KINDS: readonly (TimelineKind | '')[] = ['', 'scorecard', 'perspective', 'objective', 'kpi', 'initiative'];

export function NotesTimeline() {
  const { t } = useTranslation(['app', 'common']);
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  const openDialog = useUiStore((s) => s.openDialog);
  const { notes, error } = useScorecardNotes();
  const [kind, setKind] = useState<TimelineKind | ''>('');
  const [about, setAbout] = useState('');
  const fy = tree?.scorecard.fiscalYearStartMonth ?? 1;
  const entries = useMemo(() => (tree ? buildNotesTimeline(notes, tree) : []), [tree, notes]);
  if (!tree) return null;
  const periods = timelinePeriods(entries, fy);
  const shown = filterTimeline(entries, { kind, period: periods.includes(about) ? about : '' }, fy);

  function open(e: TimelineEntry, from: HTMLElement): void {
    if (e.entityType === 'kpi') openDialog({ kind: 'kpiDetail', kpiId: e.entityId }, from);
    else {
      const type: NoteEntityType = e.entityType;
      openDialog(
        { kind: 'notes', entityType: type, entityId: e.entityId, title: e.entityName, period: period ?? undefined },
        from,
      );
    }
  }

  return (
    <section className="notes-timeline" aria-labelledby={`${id}-title`}>
      <header className="owner-head">
        <h2 id={`${id}-title`}>{t('common:notes')}</h2>
        <div className="timeline-filters" role="group" aria-label={t('timeline.filter')}>
          <div className="filter-field">
            <label htmlFor={`${id}-kind`}>{t('timeline.notesOn')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TimelineKind | '')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`timeline.filterKinds.${k || 'all'}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-period`}>{t('notes.about')}</label>
            <select
              id={`${id}-period`}
              value={periods.includes(about) ? about : ''}
              onChange={(e) => setAbout(e.target.value)}
            >
              <option value="">{t('timeline.anyPeriod')}</option>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {periodLabel(p, fy)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {t('timeline.loadError', { error })}
        </p>
      ) : null}
      <p className="owner-summary" role="status">
        {shown.length === entries.length
          ? t('timeline.all', { count: entries.length })
          : t('timeline.some', { shown: shown.length, count: entries.length })}
      </p>
      {shown.length === 0 ? (
        <p className="empty-note">{entries.length === 0 ? t('timeline.none') : t('timeline.noMatch')}</p>
      ) : (
        <ol className="timeline-list" aria-label={t('timeline.listLabel')}>
          {shown.map((e) => (
            <li key={e.key} className={`timeline-entry entry-${e.kind}`}>
              <div className="entry-when">
                <time dateTime={e.date}>{formatDay(e.date)}</time>
              </div>
              <div className="entry-body">
                <p className="note-meta">
                  <span className="chip">{t(`timeline.kinds.${e.kind}`)}</span>
                  <button type="button" className="link-button entry-name" onClick={(ev) => open(e, ev.currentTarget)}>
                    {e.entityName}
                  </button>
                  {e.period ? <span>{t('about', { period: periodLabel(e.period, fy) })}</span> : null}
                  <span className="entry-author">{e.author || t('timeline.noAuthor')}</span>
                </p>
                <p className="note-body">{e.body}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
