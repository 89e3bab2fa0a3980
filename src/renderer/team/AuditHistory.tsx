/**
 * Who changed what and when, for one KPI or objective (the team server's audit log): newest first, each field
 * before → after as the app shows values. A scorecard file keeps no audit log: the section is not shown there.
 */
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/contract-team';
import { currentLocale, t } from '../../shared/i18n';
import { call, errorMessage } from '../api';
import { useDocumentStore } from '../stores/document-store';

const PAGE = 20;

/** "Value: €90,000 → €95,000"; a field that was empty before (an added row) shows its new value only. */
function Field({ field }: { field: AuditEntry['fields'][number] }) {
  if (field.before === null && field.after !== null)
    return (
      <>
        <span className="audit-field">{field.name}:</span> <span className="audit-after">{field.after}</span>
      </>
    );
  return (
    <>
      <span className="audit-field">{field.name}:</span>{' '}
      <span className="audit-before">{field.before ?? t('team:audit.empty')}</span>{' '}
      <span aria-label={t('team:audit.changedTo')}>→</span>{' '}
      <span className="audit-after">{field.after ?? t('team:audit.empty')}</span>
    </>
  );
}

/** The date and time in the current locale ("4 Dec 2026, 21:24"; "04.12.2026, 21:24"). */
export function formatAuditTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function Entry({ entry }: { entry: AuditEntry }) {
  return (
    <li>
      <p className="audit-meta">
        <strong>{entry.subject}</strong>
        <span className="audit-who">
          <Trans
            t={t}
            i18nKey={`team:audit.action.${entry.action}`}
            values={{ name: entry.by.name, when: formatAuditTime(entry.at) }}
            components={{ time: <time dateTime={entry.at} /> }}
          />
        </span>
      </p>
      {entry.fields.length > 0 ? (
        <ul className="audit-fields">
          {entry.fields.map((f, i) => (
            <li key={`${f.name}-${i}`}>
              <Field field={f} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

interface Props {
  entityType: 'kpi' | 'objective';
  id: number;
  headingId: string;
  /** In the objective panel (an h4 among its sections) rather than in the KPI dialog (an h3). */
  inPanel?: boolean;
}

export function AuditHistory({ entityType, id, headingId, inPanel = false }: Props) {
  // Read again after every change the page applies (one's own or someone else's), so the log stays current.
  const { t: tt } = useTranslation('team');
  const revision = useDocumentStore((s) => s.revision?.revision ?? null);
  const [state, setState] = useState<{ available: boolean; entries: AuditEntry[]; more: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('audit.list', { entityType, id, limit: PAGE })
      .then((answer) => live && setState({ ...answer, more: answer.entries.length === PAGE }))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [entityType, id, revision]);

  async function older(): Promise<void> {
    const last = state?.entries.at(-1);
    if (!state || !last) return;
    try {
      const answer = await call('audit.list', { entityType, id, limit: PAGE, before: last.seq });
      setState({ ...state, entries: [...state.entries, ...answer.entries], more: answer.entries.length === PAGE });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (!state?.available && !error) return null;
  return (
    <section className={inPanel ? 'audit' : 'kpi-section audit'} aria-labelledby={headingId}>
      {inPanel ? (
        <h4 className="panel-section-title" id={headingId}>
          {tt('audit.heading')}
        </h4>
      ) : (
        <h3 id={headingId}>{tt('audit.heading')}</h3>
      )}
      {error ? (
        <p className="team-error" role="alert">
          {error}
        </p>
      ) : state!.entries.length === 0 ? (
        <p className="empty-note">{tt('audit.none')}</p>
      ) : (
        <>
          <ol className="audit-list">
            {state!.entries.map((e) => (
              <Entry key={e.seq} entry={e} />
            ))}
          </ol>
          {state!.more ? (
            <button type="button" className="small quiet" onClick={() => void older()}>
              {tt('audit.older')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
