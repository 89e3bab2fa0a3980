/**
 * What changed since the previous period: the objectives and KPIs whose score or status moved, the structure
 * changes (added, removed, re-targeted, re-weighted) and the action items opened and closed in between. Unchanged
 * rows are left out: a reader of the report wants the movement, and the scorecard table lists everything.
 */
import { useTranslation } from 'react-i18next';
import type { ScoreChange } from '../../shared/period-compare';
import {
  CHANGE_WORDS,
  changesTitle,
  KIND_WORDS,
  scoreWords,
  STRUCTURE_WORDS,
  summaryWords,
} from '../../shared/period-compare-words';
import type { ReportScorecard } from '../../shared/report';
import type { ActionItem } from '../../shared/review';
import { PrintStatus } from './PrintStatus';

function Side({ side }: { side: ScoreChange['from'] }) {
  const { t } = useTranslation('report');
  if (side === null) return <span className="muted">{t('changes.notScored')}</span>;
  return (
    <>
      <PrintStatus status={side.status} /> {scoreWords(side)}
    </>
  );
}

function Actions({ title, actions, closed }: { title: string; actions: readonly ActionItem[]; closed: boolean }) {
  const { t } = useTranslation('report');
  return (
    <>
      <h2>{title}</h2>
      {actions.length === 0 ? (
        <p className="empty-line">{t('changes.none')}</p>
      ) : (
        <ul className="changes-actions">
          {actions.map((a) => (
            <li key={a.id}>
              {a.title}
              <span className="muted">
                {a.owner ? ` · ${a.owner}` : ''}
                {closed ? ` · ${a.status} ${a.closedOn ?? ''}` : ` · ${t('changes.opened', { date: a.createdOn })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ChangesSection({ sc }: { sc: ReportScorecard }) {
  const { t } = useTranslation('report');
  const c = sc.changes;
  const moved = c.scores.filter((s) => s.change !== 'unchanged' || s.kind === 'scorecard');
  const id = `changes-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section changes-section" aria-labelledby={id}>
      <h1 id={id}>{changesTitle(c)}</h1>
      <p className="section-lede">
        {sc.tree.scorecard.name} · {c.fromLabel} → {c.toLabel} · {summaryWords(c.summary)}
      </p>
      <table className="grid changes-table">
        <thead>
          <tr>
            <th scope="col">{t('changes.objectiveKpi')}</th>
            <th scope="col">{c.fromLabel}</th>
            <th scope="col">{c.toLabel}</th>
            <th scope="col">{t('changes.change')}</th>
          </tr>
        </thead>
        <tbody>
          {moved.map((s) => (
            <tr key={`${s.kind}${s.id}`} className={`change-${s.change}`}>
              <th scope="row">
                {s.name} <span className="muted">{KIND_WORDS[s.kind]}</span>
              </th>
              <td>
                <Side side={s.from} />
              </td>
              <td>
                <Side side={s.to} />
              </td>
              <td className="change-word">
                <span aria-hidden="true">{CHANGE_WORDS[s.change].glyph}</span> {CHANGE_WORDS[s.change].label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('changes.structure')}</h2>
      {c.structure.length === 0 ? (
        <p className="empty-line">{t('changes.noStructure')}</p>
      ) : (
        <ul className="changes-structure">
          {c.structure.map((s) => (
            <li key={`${s.kind}${s.id}${s.change}`}>
              <strong>{STRUCTURE_WORDS[s.change]}</strong> {KIND_WORDS[s.kind]} {s.name}
              {s.detail ? <span className="muted"> · {s.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <Actions title={t('changes.actionsOpened')} actions={c.actionsOpened} closed={false} />
      <Actions title={t('changes.actionsClosed')} actions={c.actionsClosed} closed />
    </section>
  );
}
