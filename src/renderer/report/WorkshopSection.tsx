/**
 * Workshops: each workshop held by the end of the period, newest first, with its board column by column — groups
 * (heading, then their notes) and loose notes, their dots once the votes were revealed, and where each one went.
 */
import type { ReportScorecard, ReportWorkshop, ReportWorkshopItem } from '../../shared/report';
import { longDate } from './report-format';
import './workshop-report.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function promotedText(item: ReportWorkshopItem): string {
  if (!item.promotedTo) return '';
  return `→ ${item.promotedTo.kind === 'objective' ? 'Objective' : 'KPI'} “${item.promotedTo.name}”`;
}

function dotsText(votes: number | null): string {
  return votes === null || votes === 0 ? '—' : String(votes);
}

function ItemRows({ item, revealed }: { item: ReportWorkshopItem; revealed: boolean }) {
  const group = item.kind === 'group';
  return (
    <>
      <tr className={group ? 'ws-group' : 'ws-note'}>
        <th scope="row">
          <span className="ws-text">{item.text}</span>
          {group ? <span className="sub">Group of {plural(item.members.length, 'note')}</span> : null}
        </th>
        {revealed ? <td className="num">{dotsText(item.votes)}</td> : null}
        <td className="ws-promoted">{promotedText(item)}</td>
      </tr>
      {item.members.map((m, i) => (
        <tr className="ws-member" key={i}>
          <th scope="row">
            <span className="ws-text">{m.text}</span>
          </th>
          {revealed ? <td className="num">{dotsText(m.votes)}</td> : null}
          <td className="ws-promoted">{promotedText(m)}</td>
        </tr>
      ))}
    </>
  );
}

function summary(w: ReportWorkshop): string {
  const items = w.columns.flatMap((c) => c.items);
  const groups = items.filter((i) => i.kind === 'group').length;
  const notes = items.reduce((n, i) => n + (i.kind === 'note' ? 1 : i.members.length), 0);
  const promoted = items.flatMap((i) => [i, ...i.members]).filter((i) => i.promotedTo !== null).length;
  const counted = groups > 0 ? `${plural(notes, 'note')}, ${plural(groups, 'group')}` : plural(notes, 'note');
  return `${counted} · ${promoted === 0 ? 'none promoted' : `${promoted} promoted`}`;
}

function WorkshopBlock({ w }: { w: ReportWorkshop }) {
  const revealed = w.votesRevealed;
  const participants = w.participants.length > 0 ? w.participants.join(', ') : 'no participants named';
  return (
    <div className="ws-workshop">
      <div className="keep">
        <h2>{w.name}</h2>
        <p className="ws-meta">
          {longDate(w.date)} · {participants} · {plural(w.dotsPerParticipant, 'dot')} each ·{' '}
          {revealed ? 'votes revealed' : 'votes not revealed'}
        </p>
        <p className="ws-meta muted">{w.columns.length > 0 ? summary(w) : 'No notes on the board.'}</p>
      </div>
      {w.columns.length > 0 ? (
        <table className={`grid ws-table ${revealed ? 'with-dots' : ''}`}>
          <colgroup>
            <col className="c-note" />
            {revealed ? <col className="c-dots" /> : null}
            <col className="c-promoted" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Note</th>
              {revealed ? (
                <th scope="col" className="num">
                  Dots
                </th>
              ) : null}
              <th scope="col">Promoted to</th>
            </tr>
          </thead>
          {w.columns.map((c) => (
            <tbody key={c.title}>
              <tr className="row-perspective">
                <th scope="rowgroup" colSpan={revealed ? 3 : 2}>
                  {c.title}
                </th>
              </tr>
              {c.items.map((item, i) => (
                <ItemRows key={i} item={item} revealed={revealed} />
              ))}
            </tbody>
          ))}
        </table>
      ) : null}
    </div>
  );
}

export function WorkshopSection({ sc }: { sc: ReportScorecard }) {
  const id = `workshops-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>Workshops</h1>
      <p className="section-lede">
        {sc.tree.scorecard.name} · workshops held up to the end of {sc.periodLabel}, newest first; dots per note once
        the votes were revealed
      </p>
      {sc.workshops.length === 0 ? (
        <p className="empty-line">No workshops were held up to the end of {sc.periodLabel}.</p>
      ) : (
        sc.workshops.map((w) => <WorkshopBlock key={w.id} w={w} />)
      )}
    </section>
  );
}
