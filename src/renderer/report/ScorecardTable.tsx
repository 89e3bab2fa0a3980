/**
 * The scorecard as a table: every perspective, objective and KPI with actual, target, progress, status and trend.
 * The header repeats on every page; an objective's rows stay together when they fit on a page, and no row is split.
 */
import type { ReportScorecard } from '../../shared/report';
import { formatValue } from '../../shared/format';
import { PrintStatus } from './PrintStatus';
import { changeText, scoreText, targetText } from './report-format';

export function ScorecardTable({ sc }: { sc: ReportScorecard }) {
  const { tree, evaluation: now, previous: before } = sc;
  const objScore = new Map(now.objectives.map((s) => [s.objectiveId, s]));
  const objBefore = new Map(before.objectives.map((s) => [s.objectiveId, s]));
  const kpiScore = new Map(now.kpis.map((s) => [s.kpiId, s]));
  const kpiBefore = new Map(before.kpis.map((s) => [s.kpiId, s]));
  const perspectives = [...tree.perspectives].sort((a, b) => a.position - b.position);
  const id = `table-${tree.scorecard.id}`;
  return (
    <section className="report-section" aria-labelledby={id}>
      <h1 id={id}>Scorecard</h1>
      <p className="section-lede">
        {tree.scorecard.name} · {sc.periodLabel} · trend: change in progress points since {sc.previousLabel}
      </p>
      <table className="grid scorecard-table">
        <colgroup>
          <col className="c-name" />
          <col className="c-value" />
          <col className="c-value" />
          <col className="c-progress" />
          <col className="c-status" />
          <col className="c-trend" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Objective / KPI</th>
            <th scope="col" className="num">
              Actual
            </th>
            <th scope="col" className="num">
              Target
            </th>
            <th scope="col" className="num">
              Progress
            </th>
            <th scope="col">Status</th>
            <th scope="col">Trend</th>
          </tr>
        </thead>
        {perspectives.flatMap((p) => {
          const objectives = tree.objectives
            .filter((o) => o.perspectiveId === p.id)
            .sort((a, b) => a.position - b.position);
          const ps = now.perspectives.find((s) => s.perspectiveId === p.id);
          const psBefore = before.perspectives.find((s) => s.perspectiveId === p.id);
          const heading = (
            <tr className="row-perspective">
              <th scope="rowgroup">{p.name}</th>
              <td />
              <td />
              <td className="num">{scoreText(ps?.score)}</td>
              <td>
                <PrintStatus status={ps?.status ?? 'none'} />
              </td>
              <td className="trend">{changeText(psBefore?.score, ps?.score)}</td>
            </tr>
          );
          if (objectives.length === 0) return [<tbody key={`p${p.id}`}>{heading}</tbody>];
          return objectives.map((o, i) => {
            const os = objScore.get(o.id);
            const kpis = tree.kpis.filter((k) => k.objectiveId === o.id).sort((a, b) => a.position - b.position);
            return (
              <tbody key={`o${o.id}`} className="objective-group">
                {i === 0 ? heading : null}
                <tr className="row-objective">
                  <th scope="row">{o.title}</th>
                  <td />
                  <td />
                  <td className="num">{scoreText(os?.score)}</td>
                  <td>
                    <PrintStatus status={os?.status ?? 'none'} />
                  </td>
                  <td className="trend">{changeText(objBefore.get(o.id)?.score, os?.score)}</td>
                </tr>
                {kpis.map((k) => {
                  const s = kpiScore.get(k.id);
                  return (
                    <tr className="row-kpi" key={k.id}>
                      <th scope="row">
                        {k.name}
                        {k.isKey ? <span className="key-mark"> ★ key</span> : null}
                      </th>
                      <td className="num">{formatValue(s?.actual, k.unit)}</td>
                      <td className="num">{targetText(k, s?.target)}</td>
                      <td className="num">{scoreText(s?.progress)}</td>
                      <td>
                        <PrintStatus status={s?.status ?? 'none'} />
                      </td>
                      <td className="trend">{changeText(kpiBefore.get(k.id)?.progress, s?.progress)}</td>
                    </tr>
                  );
                })}
              </tbody>
            );
          });
        })}
      </table>
    </section>
  );
}
