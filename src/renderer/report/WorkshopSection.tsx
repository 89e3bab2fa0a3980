/**
 * Workshops: each workshop held by the end of the period, newest first, with its board column by column — groups
 * (heading, then their notes) and loose notes, their dots once the votes were revealed, and where each one went.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReportScorecard, ReportWorkshop, ReportWorkshopItem } from '../../shared/report';
import { longDate } from './report-format';
import './workshop-report.css';

function promotedText(item: ReportWorkshopItem, t: TFunction<'report'>): string {
  if (!item.promotedTo) return '';
  const key = item.promotedTo.kind === 'objective' ? 'workshop.promotedObjective' : 'workshop.promotedKpi';
  return t(key, { name: item.promotedTo.name });
}

function dotsText(votes: number | null): string {
  return votes === null || votes === 0 ? '—' : String(votes);
}

function ItemRows({ item, revealed }: { item: ReportWorkshopItem; revealed: boolean }) {
  const { t } = useTranslation('report');
  const group = item.kind === 'group';
  return (
    <>
      <tr className={group ? 'ws-group' : 'ws-note'}>
        <th scope="row">
          <span className="ws-text">{item.text}</span>
          {group ? <span className="sub">{t('workshop.groupOf', { count: item.members.length })}</span> : null}
        </th>
        {revealed ? <td className="num">{dotsText(item.votes)}</td> : null}
        <td className="ws-promoted">{promotedText(item, t)}</td>
      </tr>
      {item.members.map((m, i) => (
        <tr className="ws-member" key={i}>
          <th scope="row">
            <span className="ws-text">{m.text}</span>
          </th>
          {revealed ? <td className="num">{dotsText(m.votes)}</td> : null}
          <td className="ws-promoted">{promotedText(m, t)}</td>
        </tr>
      ))}
    </>
  );
}

function summary(w: ReportWorkshop, t: TFunction<'report'>): string {
  const items = w.columns.flatMap((c) => c.items);
  const groups = items.filter((i) => i.kind === 'group').length;
  const notes = items.reduce((n, i) => n + (i.kind === 'note' ? 1 : i.members.length), 0);
  const promoted = items.flatMap((i) => [i, ...i.members]).filter((i) => i.promotedTo !== null).length;
  const noteCount = t('workshop.notes', { count: notes });
  const counted =
    groups > 0
      ? t('workshop.notesAndGroups', { notes: noteCount, groups: t('workshop.groups', { count: groups }) })
      : noteCount;
  const promotedWords = promoted === 0 ? t('workshop.nonePromoted') : t('workshop.promoted', { count: promoted });
  return `${counted} · ${promotedWords}`;
}

function WorkshopBlock({ w }: { w: ReportWorkshop }) {
  const { t } = useTranslation('report');
  const revealed = w.votesRevealed;
  const participants = w.participants.length > 0 ? w.participants.join(', ') : t('workshop.noParticipants');
  return (
    <div className="ws-workshop">
      <div className="keep">
        <h2>{w.name}</h2>
        <p className="ws-meta">
          {longDate(w.date)} · {participants} · {t('workshop.dotsEach', { count: w.dotsPerParticipant })} ·{' '}
          {revealed ? t('workshop.votesRevealed') : t('workshop.votesHidden')}
        </p>
        <p className="ws-meta muted">{w.columns.length > 0 ? summary(w, t) : t('workshop.noNotes')}</p>
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
              <th scope="col">{t('workshop.table.note')}</th>
              {revealed ? (
                <th scope="col" className="num">
                  {t('workshop.table.dots')}
                </th>
              ) : null}
              <th scope="col">{t('workshop.table.promotedTo')}</th>
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
  const { t } = useTranslation('report');
  const id = `workshops-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>{t('workshop.title')}</h1>
      <p className="section-lede">
        {t('workshop.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel })}
      </p>
      {sc.workshops.length === 0 ? (
        <p className="empty-line">{t('workshop.empty', { period: sc.periodLabel })}</p>
      ) : (
        sc.workshops.map((w) => <WorkshopBlock key={w.id} w={w} />)
      )}
    </section>
  );
}
