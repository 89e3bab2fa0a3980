/**
 * The minutes of a review, as printed: who met when about which period, the agenda in order with what was noted
 * and decided, the decisions again in one list, the actions by owner, and the scorecard's status for the period
 * (the report's scorecard table without the trend). A4 portrait, no cover: minutes are read, not presented.
 */
import { useEffect } from 'react';
import type { MinutesData } from '../../shared/contract-review';
import { concernText, groupActionsByOwner } from '../../shared/minutes';
import { isOverdue } from '../../shared/action-stats';
import type { ActionItem, ReviewItem } from '../../shared/review';
import { pageCss, pageGeometry } from './page-setup';
import { PrintStatus } from './PrintStatus';
import { longDate, scoreText, shortDate } from './report-format';
import { PerspectiveTable } from './ScorecardTable';

const KIND_LABEL: Record<ReviewItem['kind'], string> = {
  section: 'Section',
  objective: 'Objective',
  kpi: 'KPI',
  missing_data: 'Missing data',
  initiative: 'Initiative',
  action: 'Action',
  decision: 'Earlier decision',
  custom: 'Item',
};

const ACTION_STATUS: Record<ActionItem['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** The agenda cut at its section headings; items before the first heading form a section without one. */
function sectionsOf(items: readonly ReviewItem[]): { heading: ReviewItem | null; items: ReviewItem[] }[] {
  const out: { heading: ReviewItem | null; items: ReviewItem[] }[] = [];
  for (const item of items) {
    if (item.kind === 'section') out.push({ heading: item, items: [] });
    else if (out.length === 0) out.push({ heading: null, items: [item] });
    else out[out.length - 1]!.items.push(item);
  }
  return out;
}

function Meta({ data }: { data: MinutesData }) {
  const { review } = data;
  return (
    <dl className="minutes-meta">
      <div>
        <dt>Held on</dt>
        <dd>{longDate(review.heldOn)}</dd>
      </div>
      <div>
        <dt>Period</dt>
        <dd>
          {data.periodLabel}
          {data.closed ? <span className="closed-mark">closed</span> : null}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>{review.status === 'concluded' ? 'Concluded' : 'Open'}</dd>
      </div>
      <div>
        <dt>Meeting rating</dt>
        <dd>{review.rating === null ? (review.rateMeeting ? 'Not rated' : '—') : `${review.rating} / 10`}</dd>
      </div>
      <div className="half">
        <dt>Scorecard</dt>
        <dd>{data.tree.scorecard.name}</dd>
      </div>
      <div className="half">
        <dt>Template</dt>
        <dd>{review.templateName || '—'}</dd>
      </div>
      <div className="wide">
        <dt>Attendees</dt>
        <dd>{review.attendees.length > 0 ? review.attendees.join(', ') : 'None recorded'}</dd>
      </div>
    </dl>
  );
}

function AgendaItem({ item }: { item: ReviewItem }) {
  return (
    <li className="agenda-item">
      <p className="agenda-title">
        {item.title} <span className="note-kind">{KIND_LABEL[item.kind]}</span>
        {item.minutes !== null ? <span className="muted small"> · {item.minutes} min</span> : null}
      </p>
      {item.reason ? <p className="agenda-reason">{item.reason}</p> : null}
      {item.notes ? (
        <p className="agenda-notes">
          <span className="label">Notes</span> {item.notes}
        </p>
      ) : null}
      {item.decision ? (
        <p className={`agenda-decision${item.decided ? ' decided' : ''}`}>
          <span className="label">{item.decided ? 'Decision' : 'Proposed decision'}</span> {item.decision}
        </p>
      ) : null}
    </li>
  );
}

function Agenda({ items }: { items: ReviewItem[] }) {
  if (items.length === 0) return <p className="empty-line">The agenda is empty.</p>;
  return (
    <>
      {sectionsOf(items).map((s, i) => (
        <div className="agenda-section" key={s.heading?.id ?? `start-${i}`}>
          {s.heading ? (
            <h2>
              {s.heading.title}
              {s.heading.minutes !== null ? <span className="muted small"> · {s.heading.minutes} min</span> : null}
            </h2>
          ) : null}
          {s.heading?.notes ? <p className="agenda-notes">{s.heading.notes}</p> : null}
          {s.items.length === 0 ? (
            <p className="empty-line small">Nothing was on the agenda here.</p>
          ) : (
            <ol className="agenda-list">
              {s.items.map((item) => (
                <AgendaItem key={item.id} item={item} />
              ))}
            </ol>
          )}
        </div>
      ))}
    </>
  );
}

function Decisions({ items }: { items: ReviewItem[] }) {
  const decided = items.filter((i) => i.decision.trim() !== '');
  return (
    <section className="minutes-part" aria-labelledby="minutes-decisions">
      <h1 id="minutes-decisions">Decisions</h1>
      {decided.length === 0 ? (
        <p className="empty-line">No decisions were recorded.</p>
      ) : (
        <ol className="decision-list">
          {decided.map((i) => (
            <li key={i.id} className="keep">
              <p className="strong">{i.decision}</p>
              <p className="muted small">
                {i.title}
                {i.decided ? '' : ' · not final'}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Actions({ data }: { data: MinutesData }) {
  const today = data.generatedAt.slice(0, 10);
  const groups = groupActionsByOwner(data.actions);
  return (
    <section className="minutes-part" aria-labelledby="minutes-actions">
      <h1 id="minutes-actions">Actions by owner</h1>
      {groups.length === 0 ? <p className="empty-line">No actions were agreed.</p> : null}
      {groups.map((g) => (
        <div className="owner-group" key={g.owner || '\u0000'}>
          <h2>{g.owner || 'No owner'}</h2>
          <table className="grid actions-table">
            <colgroup>
              <col className="c-action" />
              <col className="c-concern" />
              <col className="c-due" />
              <col className="c-state" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">About</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {g.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{concernText(a, data.tree)}</td>
                  <td className="nowrap">{a.dueDate === null ? 'No date' : shortDate(a.dueDate)}</td>
                  <td className="nowrap">
                    {ACTION_STATUS[a.status]}
                    {isOverdue(a, today) ? <span className="overdue"> · overdue</span> : null}
                    {a.closedOn ? <span className="sub">{shortDate(a.closedOn)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function Status({ data }: { data: MinutesData }) {
  const { tree, evaluation } = data;
  const perspectives = [...tree.perspectives].sort((a, b) => a.position - b.position || a.id - b.id);
  return (
    <section className="minutes-part minutes-status" aria-labelledby="minutes-status">
      <h1 id="minutes-status">Scorecard status</h1>
      <p className="section-lede">
        {tree.scorecard.name} · {data.periodLabel}
        {data.closed ? ' · closed: scored as it was when closed' : ''}
      </p>
      <p className="minutes-overall">
        <span className="label">Overall</span>{' '}
        <span className="minutes-score">{scoreText(evaluation.scorecard.score)}</span>{' '}
        <PrintStatus status={evaluation.scorecard.status} />
      </p>
      {perspectives.map((p) => (
        <PerspectiveTable key={p.id} tree={tree} perspective={p} now={evaluation} />
      ))}
    </section>
  );
}

interface Props {
  data: MinutesData;
  onRendered(): void;
}

export function MinutesDocument({ data, onRendered }: Props) {
  const page = pageGeometry('A4', 'portrait');
  const { review } = data;
  useEffect(onRendered, [onRendered]);
  return (
    <div className="report minutes portrait">
      <style>{pageCss(page, `${data.documentName} · minutes · ${data.periodLabel}`, false)}</style>
      <header className="minutes-head">
        <p className="cover-kicker">Minutes</p>
        <h1>{review.title}</h1>
        <Meta data={data} />
      </header>
      {review.summary ? (
        <section className="minutes-summary" aria-label="Summary">
          <h2>Summary</h2>
          <p className="pre">{review.summary}</p>
        </section>
      ) : null}
      <section className="minutes-part" aria-labelledby="minutes-agenda">
        <h1 id="minutes-agenda">Agenda</h1>
        <Agenda items={data.items} />
      </section>
      <Decisions items={data.items} />
      <Actions data={data} />
      <Status data={data} />
    </div>
  );
}
