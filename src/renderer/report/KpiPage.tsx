/** One page per key KPI: where it stands, its history against target, how the status is worked out, and notes. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpi } from '../../shared/domain';
import { formatValue } from '../../shared/format';
import { periodLabel } from '../../shared/periods';
import type { ReportScorecard } from '../../shared/report';
import { kpiChartOption } from './chart-options';
import { mmToPx, type PageGeometry } from './page-setup';
import { PrintStatus } from './PrintStatus';
import { changeWords, scoreText, shortDate, targetText } from './report-format';
import { SvgChart } from './SvgChart';

const POLARITY = {
  increase: 'engine:polarity.increase',
  decrease: 'engine:polarity.decrease',
  range: 'report:kpiPage.rangePolarity',
} as const satisfies Record<Kpi['polarity'], string>;

export function KpiPage({ sc, kpi, page }: { sc: ReportScorecard; kpi: Kpi; page: PageGeometry }) {
  const { t } = useTranslation(['report', 'engine']);
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
          <p className="stat-label">{t('report:kpiPage.actual', { period: sc.periodLabel })}</p>
          <p className="stat-value">{formatValue(s?.actual, kpi.unit)}</p>
        </div>
        <div>
          <p className="stat-label">{t('report:kpiPage.target')}</p>
          <p className="stat-value">{targetText(kpi, s?.target)}</p>
        </div>
        <div>
          <p className="stat-label">{t('report:kpiPage.progress')}</p>
          <p className="stat-value">{scoreText(s?.progress)}</p>
        </div>
        <div>
          <p className="stat-label">{t('report:kpiPage.status')}</p>
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
            label={t('report:kpiPage.chartLabel', { kpi: kpi.name, from: points[0]?.label ?? '', to: sc.periodLabel })}
          />
          <figcaption>{t('report:kpiPage.chartCaption', { from: points[0]?.label ?? '', to: sc.periodLabel })}</figcaption>
        </figure>
        <div className="kpi-explain">
          <h2>{t('report:kpiPage.howTitle')}</h2>
          <p className="formula">{s?.formula.text ?? t('report:kpiPage.noData')}</p>
          <dl className="kpi-facts">
            <div>
              <dt>{t('report:kpiPage.direction')}</dt>
              <dd>{t(POLARITY[kpi.polarity])}</dd>
            </div>
            <div>
              <dt>{t('report:kpiPage.baseline')}</dt>
              <dd>{formatValue(kpi.baseline, kpi.unit)}</dd>
            </div>
            <div>
              <dt>{t('report:kpiPage.owner')}</dt>
              <dd>{kpi.owner || '—'}</dd>
            </div>
            <div>
              <dt>{t('report:kpiPage.measured')}</dt>
              <dd>
                {t(`engine:frequency.${kpi.frequency}`)}
                {kpi.dataSource ? ` · ${kpi.dataSource}` : ''}
              </dd>
            </div>
          </dl>
          {kpi.description ? <p className="kpi-description">{kpi.description}</p> : null}
          <h2>{t('report:kpiPage.notes')}</h2>
          {notes.length === 0 ? (
            <p className="empty-line">{t('report:kpiPage.noNotes')}</p>
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
