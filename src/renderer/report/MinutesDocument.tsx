/**
 * The minutes of a review, as printed: who met when about which period, the agenda in order with what was noted
 * and decided, the decisions again in one list, the actions by owner, and the scorecard's status for the period
 * (the report's scorecard table without the trend). A4 portrait, no cover: minutes are read, not presented.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesData } from '../../shared/contract-review';
import { concernText, groupActionsByOwner } from '../../shared/minutes';
import { isOverdue } from '../../shared/action-stats';
import { formatNumber } from '../../shared/format';
import type { ActionItem, ReviewItem } from '../../shared/review';
import { pageCss, pageGeometry } from './page-setup';
import { PrintStatus } from './PrintStatus';
import { longDate, scoreText, shortDate } from './report-format';
import { PerspectiveTable } from './ScorecardTable';

const KIND_LABEL = {
  section: 'minutes.kind.section',
  objective: 'minutes.kind.objective',
  kpi: 'minutes.kind.kpi',
  missing_data: 'minutes.kind.missingData',
  initiative: 'minutes.kind.initiative',
  action: 'minutes.kind.action',
  decision: 'minutes.kind.decision',
  custom: 'minutes.kind.custom',
} as const satisfies Record<ReviewItem['kind'], string>;

const ACTION_STATUS = {
  open: 'minutes.actionStatus.open',
  done: 'minutes.actionStatus.done',
  dropped: 'minutes.actionStatus.dropped',
} as const satisfies Record<ActionItem['status'], string>;

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
  const { t } = useTranslation('report');
  const { review } = data;
  return (
    <dl className="minutes-meta">
      <div>
        <dt>{t('minutes.heldOn')}</dt>
        <dd>{longDate(review.heldOn)}</dd>
      </div>
      <div>
        <dt>{t('minutes.period')}</dt>
        <dd>
          {data.periodLabel}
          {data.closed ? <span className="closed-mark">{t('minutes.closed')}</span> : null}
        </dd>
      </div>
      <div>
        <dt>{t('minutes.status')}</dt>
        <dd>{review.status === 'concluded' ? t('minutes.concluded') : t('minutes.open')}</dd>
      </div>
      <div>
        <dt>{t('minutes.rating')}</dt>
        <dd>
          {review.rating === null
            ? review.rateMeeting
              ? t('minutes.notRated')
              : '—'
            : t('minutes.ratingOf', { rating: formatNumber(review.rating) })}
        </dd>
      </div>
      <div className="half">
        <dt>{t('minutes.scorecard')}</dt>
        <dd>{data.tree.scorecard.name}</dd>
      </div>
      <div className="half">
        <dt>{t('minutes.template')}</dt>
        <dd>{review.templateName || '—'}</dd>
      </div>
      <div className="wide">
        <dt>{t('minutes.attendees')}</dt>
        <dd>{review.attendees.length > 0 ? review.attendees.join(', ') : t('minutes.noAttendees')}</dd>
      </div>
    </dl>
  );
}

function AgendaItem({ item }: { item: ReviewItem }) {
  const { t } = useTranslation('report');
  return (
    <li className="agenda-item">
      <p className="agenda-title">
        {item.title} <span className="note-kind">{t(KIND_LABEL[item.kind])}</span>
        {item.minutes !== null ? (
          <span className="muted small"> · {t('minutes.duration', { count: item.minutes })}</span>
        ) : null}
      </p>
      {item.reason ? <p className="agenda-reason">{item.reason}</p> : null}
      {item.notes ? (
        <p className="agenda-notes">
          <span className="label">{t('minutes.notes')}</span> {item.notes}
        </p>
      ) : null}
      {item.decision ? (
        <p className={`agenda-decision${item.decided ? ' decided' : ''}`}>
          <span className="label">{item.decided ? t('minutes.decision') : t('minutes.proposedDecision')}</span>{' '}
          {item.decision}
        </p>
      ) : null}
    </li>
  );
}

function Agenda({ items }: { items: ReviewItem[] }) {
  const { t } = useTranslation('report');
  if (items.length === 0) return <p className="empty-line">{t('minutes.agendaEmpty')}</p>;
  return (
    <>
      {sectionsOf(items).map((s, i) => (
        <div className="agenda-section" key={s.heading?.id ?? `start-${i}`}>
          {s.heading ? (
            <h2>
              {s.heading.title}
              {s.heading.minutes !== null ? (
                <span className="muted small"> · {t('minutes.duration', { count: s.heading.minutes })}</span>
              ) : null}
            </h2>
          ) : null}
          {s.heading?.notes ? <p className="agenda-notes">{s.heading.notes}</p> : null}
          {s.items.length === 0 ? (
            <p className="empty-line small">{t('minutes.nothingHere')}</p>
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
  const { t } = useTranslation('report');
  const decided = items.filter((i) => i.decision.trim() !== '');
  return (
    <section className="minutes-part" aria-labelledby="minutes-decisions">
      <h1 id="minutes-decisions">{t('minutes.decisions')}</h1>
      {decided.length === 0 ? (
        <p className="empty-line">{t('minutes.noDecisions')}</p>
      ) : (
        <ol className="decision-list">
          {decided.map((i) => (
            <li key={i.id} className="keep">
              <p className="strong">{i.decision}</p>
              <p className="muted small">
                {i.title}
                {i.decided ? '' : ` · ${t('minutes.notFinal')}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Actions({ data }: { data: MinutesData }) {
  const { t } = useTranslation('report');
  const today = data.generatedAt.slice(0, 10);
  const groups = groupActionsByOwner(data.actions);
  return (
    <section className="minutes-part" aria-labelledby="minutes-actions">
      <h1 id="minutes-actions">{t('minutes.actions')}</h1>
      {groups.length === 0 ? <p className="empty-line">{t('minutes.noActions')}</p> : null}
      {groups.map((g) => (
        <div className="owner-group" key={g.owner || '\u0000'}>
          <h2>{g.owner || t('minutes.noOwner')}</h2>
          <table className="grid actions-table">
            <colgroup>
              <col className="c-action" />
              <col className="c-concern" />
              <col className="c-due" />
              <col className="c-state" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('minutes.table.action')}</th>
                <th scope="col">{t('minutes.table.about')}</th>
                <th scope="col">{t('minutes.table.due')}</th>
                <th scope="col">{t('minutes.table.status')}</th>
              </tr>
            </thead>
            <tbody>
              {g.actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{concernText(a, data.tree)}</td>
                  <td className="nowrap">{a.dueDate === null ? t('minutes.noDate') : shortDate(a.dueDate)}</td>
                  <td className="nowrap">
                    {t(ACTION_STATUS[a.status])}
                    {isOverdue(a, today) ? <span className="overdue"> · {t('minutes.overdue')}</span> : null}
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
  const { t } = useTranslation('report');
  const { tree, evaluation } = data;
  const perspectives = [...tree.perspectives].sort((a, b) => a.position - b.position || a.id - b.id);
  return (
    <section className="minutes-part minutes-status" aria-labelledby="minutes-status">
      <h1 id="minutes-status">{t('minutes.statusTitle')}</h1>
      <p className="section-lede">
        {tree.scorecard.name} · {data.periodLabel}
        {data.closed ? ` · ${t('minutes.closedNote')}` : ''}
      </p>
      <p className="minutes-overall">
        <span className="label">{t('minutes.overall')}</span>{' '}
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
  const { t } = useTranslation('report');
  const page = pageGeometry('A4', 'portrait');
  const { review } = data;
  useEffect(onRendered, [onRendered]);
  return (
    <div className="report minutes portrait">
      <style>
        {pageCss(page, t('minutes.footer', { document: data.documentName, period: data.periodLabel }), false)}
      </style>
      <header className="minutes-head">
        <p className="cover-kicker">{t('minutes.kicker')}</p>
        <h1>{review.title}</h1>
        <Meta data={data} />
      </header>
      {review.summary ? (
        <section className="minutes-summary" aria-label={t('minutes.summary')}>
          <h2>{t('minutes.summary')}</h2>
          <p className="pre">{review.summary}</p>
        </section>
      ) : null}
      <section className="minutes-part" aria-labelledby="minutes-agenda">
        <h1 id="minutes-agenda">{t('minutes.agenda')}</h1>
        <Agenda items={data.items} />
      </section>
      <Decisions items={data.items} />
      <Actions data={data} />
      <Status data={data} />
    </div>
  );
}
