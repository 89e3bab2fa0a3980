/** Review notes of the period, grouped by what they are about, in the order they were written. */
import { useTranslation } from 'react-i18next';
import type { Note } from '../../shared/domain';
import { periodLabel } from '../../shared/periods';
import type { ReportScorecard } from '../../shared/report';
import { shortDate } from './report-format';

function subjectName(sc: ReportScorecard, n: Note): string {
  const t = sc.tree;
  switch (n.entityType) {
    case 'scorecard':
      return t.scorecard.name;
    case 'perspective':
      return t.perspectives.find((p) => p.id === n.entityId)?.name ?? '';
    case 'objective':
      return t.objectives.find((o) => o.id === n.entityId)?.title ?? '';
    case 'kpi':
      return t.kpis.find((k) => k.id === n.entityId)?.name ?? '';
    case 'initiative':
      return t.initiatives.find((i) => i.id === n.entityId)?.title ?? '';
  }
}

export function NotesSection({ sc }: { sc: ReportScorecard }) {
  const { t } = useTranslation('report');
  const fy = sc.tree.scorecard.fiscalYearStartMonth;
  const groups = new Map<string, { title: string; kind: string; notes: Note[] }>();
  for (const n of sc.notes) {
    const key = `${n.entityType}:${n.entityId}`;
    const g = groups.get(key) ?? { title: subjectName(sc, n), kind: t(`notes.kind.${n.entityType}`), notes: [] };
    g.notes.push(n);
    groups.set(key, g);
  }
  const id = `notes-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>{t('notes.title')}</h1>
      <p className="section-lede">{t('notes.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel })}</p>
      {groups.size === 0 ? <p className="empty-line">{t('notes.empty')}</p> : null}
      {[...groups.values()].map((g) => (
        <div className="note-group" key={`${g.kind}${g.title}`}>
          <h2>
            {g.title} <span className="note-kind">{g.kind}</span>
          </h2>
          <ul className="notes-list">
            {g.notes.map((n) => (
              <li key={n.id} className="note">
                <p className="note-meta">
                  {n.period ? periodLabel(n.period, fy) : shortDate(n.createdAt)}
                  {n.author ? ` · ${n.author}` : ''}
                </p>
                <p className="note-body">{n.body}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
