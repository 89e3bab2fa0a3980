/** One page per key KPI: where it stands, its history against target, how the status is worked out, and notes. */
import { useMemo } from 'react';
import type { Kpi } from '../../shared/domain';
import { formatValue } from '../../shared/format';
import { periodLabel } from '../../shared/periods';
import type { ReportScorecard } from '../../shared/report';
import { kpiChartOption } from './chart-options';
import { mmToPx, type PageGeometry } from './page-setup';
import { PrintStatus } from './PrintStatus';
import { changeWords, scoreText, shortDate, targetText } from './report-format';
import { SvgChart } from './SvgChart';

const POLARITY: Record<Kpi['polarity'], string> = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  range: 'On target within a range',
};

export function KpiPage({ sc, kpi, page }: { sc: ReportScorecard; kpi: Kpi; page: PageGeometry }) {
  const s = sc.evaluation.kpis.find((k) => k.kpiId === kpi.id);
  const before = sc.previous.kpis.find((k) => k.kpiId === kpi.id);
  const objective = sc.tree.objectives.find((o) => o.id === kpi.objectiveId);
  const perspective = sc.tree.perspectives.find((p) => p.id === objective?.perspectiveId);
  const points = sc.history[kpi.id] ?? [];
  const notes = sc.kpiNotes[kpi.id] ?? [];
  const option = useMemo(() => kpiChartOption(kpi, points), [kpi, points]);
  const fy = sc.tree.scorecard.fiscalYearStartMonth;
  // Landscape: the chart sits beside the explanation; portrait: above it, across the page.
  const chartWidth = mmToPx(page.landscape ? page.contentWidth * 0.6 : page.contentWidth);
  const chartHeight = mmToPx(page.landscape ? 95 : 88);
  const id = `kpi-${kpi.id}`;
  return (
    <section className="report-section kpi-page" aria-labelledby={id}>
      <p className="kpi-context">
        {perspective?.name} › {objective?.title}
      </p>
      <h1 id={id}>{kpi.name}</h1>
      <div className="kpi-stats">
        <div>
          <p className="stat-label">Actual, {sc.periodLabel}</p>
          <p className="stat-value">{formatValue(s?.actual, kpi.unit)}</p>
        </div>
        <div>
          <p className="stat-label">Target</p>
          <p className="stat-value">{targetText(kpi, s?.target)}</p>
        </div>
        <div>
          <p className="stat-label">Progress</p>
          <p className="stat-value">{scoreText(s?.progress)}</p>
        </div>
        <div>
          <p className="stat-label">Status</p>
          <PrintStatus status={s?.status ?? 'none'} />
          <p className="stat-note">{changeWords(before?.progress, s?.progress, sc.previousLabel)}</p>
        </div>
      </div>
      <div className={page.landscape ? 'kpi-body side' : 'kpi-body'}>
        <figure className="kpi-chart">
          <SvgChart
            option={option}
            width={chartWidth}
            height={chartHeight}
            label={`${kpi.name}: actual against target, ${points[0]?.label ?? ''} to ${sc.periodLabel}`}
          />
          <figcaption>
            Actual against target, {points[0]?.label} – {sc.periodLabel}. Shaded bands: on track, at risk and off track
            zones.
          </figcaption>
        </figure>
        <div className="kpi-explain">
          <h2>How the status is worked out</h2>
          <p className="formula">{s?.formula.text ?? 'No data for this period.'}</p>
          <dl className="kpi-facts">
            <div>
              <dt>Direction</dt>
              <dd>{POLARITY[kpi.polarity]}</dd>
            </div>
            <div>
              <dt>Baseline</dt>
              <dd>{formatValue(kpi.baseline, kpi.unit)}</dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{kpi.owner || '—'}</dd>
            </div>
            <div>
              <dt>Measured</dt>
              <dd>
                {kpi.frequency === 'month' ? 'Monthly' : kpi.frequency === 'quarter' ? 'Quarterly' : 'Yearly'}
                {kpi.dataSource ? ` · ${kpi.dataSource}` : ''}
              </dd>
            </div>
          </dl>
          {kpi.description ? <p className="kpi-description">{kpi.description}</p> : null}
          <h2>Notes</h2>
          {notes.length === 0 ? (
            <p className="empty-line">No notes on this KPI in the period shown.</p>
          ) : (
            <ul className="notes-list">
              {notes.map((n) => (
                <li key={n.id} className="note">
                  <p className="note-meta">
                    {n.period ? periodLabel(n.period, fy) : shortDate(n.createdAt)}
                    {n.author ? ` · ${n.author}` : ''}
                  </p>
                  <p className="note-body">{n.body}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
