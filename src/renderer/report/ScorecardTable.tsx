/**
 * The scorecard as a table: every perspective, objective and KPI with actual, target, progress, status and trend.
 * One table per perspective, all with the same columns: its header (the column names and the perspective's row)
 * repeats on every page it continues to, an objective's rows stay together when they fit on a page, and no row
 * is split.
 */
import { useTranslation } from 'react-i18next';
import type { Kpi, Objective, Perspective, ScorecardTree } from '../../shared/domain';
import type { Evaluation } from '../../shared/evaluation';
import type { ReportScorecard } from '../../shared/report';
import { formatValue } from '../../shared/format';
import { PrintStatus } from './PrintStatus';
import { changeText, scoreText, targetText } from './report-format';

function Columns({ trend }: { trend: boolean }) {
  return (
    <colgroup>
      <col className="c-name" />
      <col className="c-value" />
      <col className="c-value" />
      <col className="c-progress" />
      <col className="c-status" />
      {trend ? <col className="c-trend" /> : null}
    </colgroup>
  );
}

interface TableProps {
  tree: Pick<ScorecardTree, 'objectives' | 'kpis'>;
  perspective: Perspective;
  now: Evaluation;
  /** The previous period, for the trend column; without it the table has no trend column (the minutes). */
  before?: Evaluation;
}

/** One perspective's table; the minutes print the same table without the trend. */
export function PerspectiveTable({ tree, perspective, now, before }: TableProps) {
  const { t } = useTranslation('report');
  const trend = before !== undefined;
  const columns = trend ? 6 : 5;
  const byPosition = (a: Objective | Kpi, b: Objective | Kpi) => a.position - b.position || a.id - b.id;
  const objectives = tree.objectives.filter((o) => o.perspectiveId === perspective.id).sort(byPosition);
  const ps = now.perspectives.find((s) => s.perspectiveId === perspective.id);
  const psBefore = before?.perspectives.find((s) => s.perspectiveId === perspective.id);
  return (
    <table className={`grid scorecard-table${trend ? '' : ' no-trend'}`}>
      <Columns trend={trend} />
      <thead>
        <tr>
          <th scope="col">{t('table.objectiveKpi')}</th>
          <th scope="col" className="num">
            {t('table.actual')}
          </th>
          <th scope="col" className="num">
            {t('table.target')}
          </th>
          <th scope="col" className="num">
            {t('table.progress')}
          </th>
          <th scope="col">{t('table.status')}</th>
          {trend ? <th scope="col">{t('table.trend')}</th> : null}
        </tr>
        <tr className="row-perspective">
          <th scope="colgroup">{perspective.name}</th>
          <td />
          <td />
          <td className="num">{scoreText(ps?.score)}</td>
          <td>
            <PrintStatus status={ps?.status ?? 'none'} />
          </td>
          {trend ? <td className="trend">{changeText(psBefore?.score, ps?.score)}</td> : null}
        </tr>
      </thead>
      {objectives.length === 0 ? (
        <tbody>
          <tr>
            <td colSpan={columns} className="empty-line">
              {t('table.noObjectives')}
            </td>
          </tr>
        </tbody>
      ) : null}
      {objectives.map((o) => {
        const os = now.objectives.find((s) => s.objectiveId === o.id);
        const osBefore = before?.objectives.find((s) => s.objectiveId === o.id);
        const kpis = tree.kpis.filter((k) => k.objectiveId === o.id).sort(byPosition);
        return (
          <tbody key={o.id} className="objective-group">
            <tr className="row-objective">
              <th scope="row">{o.title}</th>
              <td />
              <td />
              <td className="num">{scoreText(os?.score)}</td>
              <td>
                <PrintStatus status={os?.status ?? 'none'} />
              </td>
              {trend ? <td className="trend">{changeText(osBefore?.score, os?.score)}</td> : null}
            </tr>
            {kpis.map((k) => {
              const s = now.kpis.find((x) => x.kpiId === k.id);
              const sBefore = before?.kpis.find((x) => x.kpiId === k.id);
              return (
                <tr className="row-kpi" key={k.id}>
                  <th scope="row">
                    {k.name}
                    {k.isKey ? <span className="key-mark">{t('table.key')}</span> : null}
                  </th>
                  <td className="num">{formatValue(s?.actual, k.unit)}</td>
                  <td className="num">{targetText(k, s?.target)}</td>
                  <td className="num">{scoreText(s?.progress)}</td>
                  <td>
                    <PrintStatus status={s?.status ?? 'none'} />
                  </td>
                  {trend ? <td className="trend">{changeText(sBefore?.progress, s?.progress)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}

export function ScorecardTable({ sc }: { sc: ReportScorecard }) {
  const perspectives = [...sc.tree.perspectives].sort((a, b) => a.position - b.position || a.id - b.id);
  const { t } = useTranslation('report');
  const id = `table-${sc.tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>{t('table.title')}</h1>
      <p className="section-lede">
        {t('table.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel, previous: sc.previousLabel })}
      </p>
      {perspectives.map((p) => (
        <PerspectiveTable key={p.id} tree={sc.tree} perspective={p} now={sc.evaluation} before={sc.previous} />
      ))}
    </section>
  );
}
