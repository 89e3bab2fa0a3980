/**
 * OKRs and alignment: each objective with key results in the period (its OKR score and formula, each key result with
 * current → target, score, confidence and the last check-in), then where each objective sits in the cascade.
 */
import { useTranslation } from 'react-i18next';
import type { ContributorScore, OkrScore } from '../../shared/evaluation';
import type { OkrKind } from '../../shared/domain';
import { formatNumber } from '../../shared/format';
import { periodEndDate, periodLabel } from '../../shared/periods';
import type { ReportAlignment, ReportScorecard } from '../../shared/report';
import {
  confidenceText,
  currentToTarget,
  objectivesInOrder,
  okrGroups,
  okrScoreOrDash,
  type OkrGroup,
} from '../../shared/report-okrs';
import { PrintStatus } from './PrintStatus';
import { scoreText, shortDate } from './report-format';
import './okr-report.css';

/** The formula names the kind's rule once it has a score; the kind itself leads, for objectives with none yet. */
const KIND = { aspirational: 'okr.kind.aspirational', committed: 'okr.kind.committed' } as const satisfies Record<
  OkrKind,
  string
>;

const NOT_COUNTED = {
  'no-data': 'okr.notCounted.noData',
  cycle: 'okr.notCounted.cycle',
  'fiscal-year': 'okr.notCounted.fiscalYear',
} as const satisfies Record<NonNullable<ContributorScore['excluded']>, string>;

/** A check-in's comment on one short line: the full story belongs in the app, not in a board pack. */
const COMMENT_CHARS = 90;
const shortComment = (text: string): string =>
  text.length > COMMENT_CHARS ? `${text.slice(0, COMMENT_CHARS - 1).trimEnd()}…` : text;

function OkrHead({ title, okr }: { title: string; okr: OkrScore }) {
  const { t } = useTranslation('report');
  return (
    <div className="okr-head keep">
      <div className="okr-head-line">
        <h2>{title}</h2>
        <span className="okr-head-score">
          <span className="okr-score-value">{okrScoreOrDash(okr.score, okr.kind)}</span>
          <PrintStatus status={okr.status} />
        </span>
      </div>
      <p className="why">
        {t(KIND[okr.kind])} · {okr.formula.text}
      </p>
    </div>
  );
}

function OkrTable({ group }: { group: OkrGroup }) {
  const { t } = useTranslation('report');
  const kind = group.objective.okrKind;
  return (
    <table className="grid okr-table">
      <colgroup>
        <col className="c-kr" />
        <col className="c-current" />
        <col className="c-score" />
        <col className="c-confidence" />
        <col className="c-checkin" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('okr.table.keyResult')}</th>
          <th scope="col" className="num">
            {t('okr.table.currentToTarget')}
          </th>
          <th scope="col">{t('okr.table.score')}</th>
          <th scope="col" className="num">
            {t('okr.table.confidence')}
          </th>
          <th scope="col">{t('okr.table.lastCheckIn')}</th>
        </tr>
      </thead>
      <tbody>
        {group.keyResults.map(({ keyResult: kr, score, lastCheckIn }) => (
          <tr key={kr.id}>
            <th scope="row">
              <span className="strong">{kr.title}</span>
              <span className="sub">
                {kr.kind === 'milestone' ? t('okr.milestone') : t('okr.metric')}
                {kr.owner ? ` · ${kr.owner}` : ''}
                {kr.weight !== 1 ? ` · ${t('okr.weight', { weight: formatNumber(kr.weight) })}` : ''}
              </span>
              <span className="why okr-formula">{score.formula.text}</span>
            </th>
            <td className="num">{currentToTarget(kr, score.current)}</td>
            <td className="okr-score-cell">
              <span className="okr-score-value small-score">{okrScoreOrDash(score.score, kind)}</span>
              <PrintStatus status={score.status} />
            </td>
            <td className="num">{confidenceText(score.confidence)}</td>
            <td>
              {lastCheckIn ? (
                <>
                  <span className="dates">{shortDate(lastCheckIn.date)}</span>
                  {lastCheckIn.comment ? <span className="sub">{shortComment(lastCheckIn.comment)}</span> : null}
                </>
              ) : (
                <span className="muted">{t('okr.noneYet')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Below({ c }: { c: ContributorScore }) {
  const { t } = useTranslation('report');
  return (
    <li>
      <span className="strong">{c.title}</span>
      <span className="sub">
        {c.scorecardName} · {t('okr.weight', { weight: formatNumber(c.weight) })} ·{' '}
        {c.excluded === null ? scoreText(c.score) : t(NOT_COUNTED[c.excluded])}
      </span>
      {c.excluded === null ? <PrintStatus status={c.status} /> : null}
    </li>
  );
}

function AlignmentTable({ sc, rows }: { sc: ReportScorecard; rows: ReportAlignment[] }) {
  const { t } = useTranslation('report');
  const scores = new Map(sc.evaluation.objectives.map((o) => [o.objectiveId, o]));
  const titles = new Map(objectivesInOrder(sc.tree).map((o) => [o.id, o.title]));
  const counted = sc.tree.scorecard.cascadeScoring === 'with_contributors';
  return (
    <>
      <div className="keep">
        <h2>{t('okr.alignment.title')}</h2>
        <p className="why okr-alignment-lede">
          {t(counted ? 'okr.alignment.ledeCounted' : 'okr.alignment.ledeOwn', { scorecard: sc.tree.scorecard.name })}
        </p>
      </div>
      <table className="grid alignment-table">
        <colgroup>
          <col className="c-objective" />
          <col className="c-above" />
          <col className="c-below" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('okr.alignment.objective')}</th>
            <th scope="col">{t('okr.alignment.supports')}</th>
            <th scope="col">{t('okr.alignment.supportedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const own = scores.get(row.objectiveId);
            return (
              <tr key={row.objectiveId}>
                <th scope="row">
                  <span className="strong">{titles.get(row.objectiveId) ?? ''}</span>
                  {own && own.score !== null ? <span className="sub">{scoreText(own.score)}</span> : null}
                  <PrintStatus status={own?.status ?? 'none'} />
                </th>
                <td>
                  {row.supports.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="align-list">
                      {row.supports.map((s) => (
                        <li key={s.objectiveId}>
                          <span className="strong">{s.title}</span>
                          <span className="sub">
                            {s.scorecardName} · {t('okr.weight', { weight: formatNumber(s.weight) })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {row.supportedBy.length === 0 ? (
                    <span className="muted">{t('okr.alignment.nothingBelow')}</span>
                  ) : (
                    <ul className="align-list">
                      {row.supportedBy.map((c) => (
                        <Below key={c.contributionId} c={c} />
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function OkrSection({ sc }: { sc: ReportScorecard }) {
  const { t } = useTranslation('report');
  const fy = sc.tree.scorecard.fiscalYearStartMonth;
  const end = periodEndDate(sc.period, fy);
  const groups = okrGroups(sc.tree, sc.evaluation, end);
  const cycles = [...new Set(sc.evaluation.keyResults.map((k) => k.cycle))].sort().map((c) => periodLabel(c, fy));
  const id = `okrs-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section okr-section" aria-labelledby={id}>
      <h1 id={id}>{t('okr.title')}</h1>
      <p className="section-lede">
        {t('okr.lede', {
          scorecard: sc.tree.scorecard.name,
          cycles: cycles.length > 0 ? cycles.join(', ') : sc.periodLabel,
          date: shortDate(end),
        })}
      </p>
      {groups.length === 0 ? <p className="empty-line">{t('okr.empty')}</p> : null}
      {groups.map((g) => (
        <div className="okr-objective" key={g.objective.id}>
          <OkrHead title={g.objective.title} okr={g.okr} />
          <OkrTable group={g} />
        </div>
      ))}
      {sc.alignment.length > 0 ? <AlignmentTable sc={sc} rows={sc.alignment} /> : null}
    </section>
  );
}
