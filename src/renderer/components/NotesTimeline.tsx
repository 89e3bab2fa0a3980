/** Every note of the scorecard in time order, newest first, with author and period; filtered by kind and period. */
import { useId, useMemo, useState } from 'react';
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

const KINDS: { value: TimelineKind | ''; label: string }[] = [
  { value: '', label: 'Everything' },
  { value: 'scorecard', label: 'The scorecard' },
  { value: 'perspective', label: 'Perspectives' },
  { value: 'objective', label: 'Objectives' },
  { value: 'kpi', label: 'KPIs' },
  { value: 'initiative', label: 'Initiatives' },
];
const KIND_LABEL: Record<TimelineKind, string> = {
  scorecard: 'Scorecard',
  perspective: 'Perspective',
  objective: 'Objective',
  kpi: 'KPI',
  initiative: 'Initiative',
};

export function NotesTimeline() {
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
        <h2 id={`${id}-title`}>Notes</h2>
        <div className="timeline-filters" role="group" aria-label="Filter notes">
          <div className="filter-field">
            <label htmlFor={`${id}-kind`}>Notes on</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TimelineKind | '')}>
              {KINDS.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={`${id}-period`}>About</label>
            <select
              id={`${id}-period`}
              value={periods.includes(about) ? about : ''}
              onChange={(e) => setAbout(e.target.value)}
            >
              <option value="">Any period</option>
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
          Notes could not be loaded: {error}
        </p>
      ) : null}
      <p className="owner-summary" role="status">
        {shown.length === entries.length
          ? `${entries.length} ${entries.length === 1 ? 'note' : 'notes'}, newest first`
          : `${shown.length} of ${entries.length} notes, newest first`}
      </p>
      {shown.length === 0 ? (
        <p className="empty-note">
          {entries.length === 0
            ? 'No notes yet. Notes explain the numbers: add one from any objective or KPI.'
            : 'No notes match.'}
        </p>
      ) : (
        <ol className="timeline-list" aria-label="Notes, newest first">
          {shown.map((e) => (
            <li key={e.key} className={`timeline-entry entry-${e.kind}`}>
              <div className="entry-when">
                <time dateTime={e.date}>{formatDay(e.date)}</time>
              </div>
              <div className="entry-body">
                <p className="note-meta">
                  <span className="chip">{KIND_LABEL[e.kind]}</span>
                  <button type="button" className="link-button entry-name" onClick={(ev) => open(e, ev.currentTarget)}>
                    {e.entityName}
                  </button>
                  {e.period ? <span>about {periodLabel(e.period, fy)}</span> : null}
                  <span className="entry-author">{e.author || 'no author'}</span>
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
