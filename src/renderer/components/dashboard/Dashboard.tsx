/**
 * The dashboard of the open scorecard for the period of the shared header: how it is doing, where it goes wrong
 * and whether it will make its targets. Charts keep their ECharts instances across period switches (only the
 * option changes), so stepping through periods is quick.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetOption, initiativesHeight, progressOption } from '../../../shared/charts/initiatives';
import { gaugeOption } from '../../../shared/charts/gauge';
import { heatmapHeight, heatmapOption } from '../../../shared/charts/heatmap';
import { perspectiveBarsOption, perspectiveRadarOption } from '../../../shared/charts/perspectives';
import { scoreTrendOption } from '../../../shared/charts/score-trend';
import { statusDistributionOption } from '../../../shared/charts/status-distribution';
import { worstKpisHeight, worstKpisOption } from '../../../shared/charts/worst-kpis';
import { dashboardModel } from '../../../shared/dashboard-model';
import { formatNumber, formatPercent } from '../../../shared/format';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { useDocumentStore } from '../../stores/document-store';
import { EChart, useChartTheme } from '../EChart';
import { STATUS_TEXT } from '../StatusBadge';
import { Card, ComparisonTable, DataTable, Delta, ScoreWithStatus, short } from './DashboardParts';
import { ForecastSummary, NoDataList } from './DashboardSide';
import { useDashboardData } from './use-dashboard-data';
import '../../styles/dashboard.css';
import { useNamingTree } from '../../closed-view';

const pct = (n: number | null): string => formatPercent(n);

export function Dashboard() {
  const { t } = useTranslation('plans');
  // Named by the shown period's structure (a closed period's snapshot) and every other the trend reads.
  const tree = useNamingTree();
  const period = useDocumentStore((s) => s.period);
  const { data, error } = useDashboardData();
  const theme = useChartTheme();
  const rootRef = useRef<HTMLDivElement>(null);
  const scorecardId = tree?.scorecard.id;

  const model = useMemo(
    () =>
      data && tree && data.scorecardId === tree.scorecard.id
        ? dashboardModel(data, tree, localIsoDate(new Date()))
        : null,
    [data, tree],
  );
  const options = useMemo(
    () =>
      model && {
        gauge: gaugeOption(model.overall, theme),
        statuses: statusDistributionOption(model.statuses.chart, theme),
        bars: perspectiveBarsOption(model.perspectives.bars, theme),
        radar: model.perspectives.radar ? perspectiveRadarOption(model.perspectives.radar, theme) : null,
        trend: scoreTrendOption(model.trend, theme),
        heatmap: heatmapOption(model.heatmap, theme),
        worst: worstKpisOption(model.worst.chart, theme),
        budget: budgetOption(model.budget, theme),
        progress: progressOption(model.progress, theme),
      },
    [model, theme],
  );

  // Set after the charts' own effects have drawn them: tests and the benchmark wait for it.
  useEffect(() => {
    if (rootRef.current && data) rootRef.current.dataset.renderedPeriod = data.period;
  }, [options, data]);

  if (error && !model) {
    return (
      <p className="dash-error" role="alert">
        {t('dashboard.loadError', { error })}
      </p>
    );
  }
  if (!model || !options || !data) {
    return (
      <p className="loading" role="status">
        {t('dashboard.loading')}
      </p>
    );
  }
  const m = model;
  const file = (name: string) => `${name}-${data.period}`;
  const { previousLabel: prev, lastYearLabel: ly } = m;
  const loading = data.period !== period || data.scorecardId !== scorecardId;

  return (
    <div className="dashboard" ref={rootRef} aria-busy={loading} data-period={data.period}>
      <h2 className="visually-hidden">{t('dashboard.heading', { period: m.periodLabel })}</h2>
      <Card id="dash-overall" title={t('dashboard.overallScore')} span={4}>
        <EChart
          option={options.gauge}
          ariaLabel={t('dashboard.gaugeLabel', { period: m.periodLabel })}
          height={190}
          onExportName={file('overall-score')}
          summary={t('dashboard.gaugeSummary', {
            score: formatPercent(m.overall.score),
            status: STATUS_TEXT[m.overall.status].label,
          })}
        />
        {/* A paragraph takes no name (screen readers skip one); the card's heading says what these compare. */}
        <p className="overall-deltas">
          <Delta change={m.overall.vsPrevious} /> <Delta change={m.overall.vsLastYear} />
        </p>
      </Card>

      <Card id="dash-statuses" title={t('dashboard.byStatus')} span={4}>
        <EChart
          option={options.statuses}
          ariaLabel={t('dashboard.byStatusLabel', { period: m.periodLabel })}
          height={132}
          onExportName={file('kpis-by-status')}
        />
        <ComparisonTable
          caption={t('dashboard.byStatusCompared')}
          head={[t('dashboard.status'), t('dashboard.kpisNoun')]}
          previousLabel={prev}
          lastYearLabel={ly}
          rows={m.statuses.rows.map((r) => ({
            key: r.status,
            label: STATUS_TEXT[r.status].label,
            value: r.count,
            vsPrevious: short(r.vsPrevious),
            vsLastYear: short(r.vsLastYear),
          }))}
        />
      </Card>

      <Card id="dash-forecast" title={t('dashboard.forecast')} span={4}>
        <ForecastSummary forecast={m.forecast} />
      </Card>

      <Card id="dash-perspectives" title={t('dashboard.perspectives')} span={7}>
        <EChart
          option={options.bars}
          ariaLabel={t('dashboard.byPerspectiveLabel', { period: m.periodLabel })}
          height={Math.max(150, 60 + m.perspectives.rows.length * 34)}
          onExportName={file('perspectives')}
        />
        <ComparisonTable
          caption={t('dashboard.perspectivesCompared')}
          head={[t('dashboard.perspective'), t('dashboard.score')]}
          previousLabel={prev}
          lastYearLabel={ly}
          rows={m.perspectives.rows.map((r) => ({
            key: String(r.id),
            label: r.name,
            value: <ScoreWithStatus score={r.score} status={r.status} />,
            vsPrevious: short(r.vsPrevious),
            vsLastYear: short(r.vsLastYear),
          }))}
        />
      </Card>

      <Card id="dash-radar" title={t('dashboard.radar')} span={5}>
        {options.radar ? (
          <EChart
            option={options.radar}
            ariaLabel={t('dashboard.radarLabel', { period: m.periodLabel })}
            height={300}
            onExportName={file('perspectives-radar')}
            summary={m.perspectives.radar?.series
              .map(
                (r) =>
                  `${r.label}: ${m.perspectives.rows.map((p, i) => `${p.name} ${pct(r.values[i] ?? null)}`).join(', ')}`,
              )
              .join('. ')}
          />
        ) : (
          <p className="muted">{t('dashboard.radarNeeds')}</p>
        )}
      </Card>

      <Card id="dash-trend" title={t('dashboard.trend', { count: data.periods.length })} span={12}>
        <EChart
          option={options.trend}
          ariaLabel={t('dashboard.trendLabel', { from: m.trend.points[0]?.label, to: m.periodLabel })}
          height={240}
          onExportName={file('score-trend')}
          summary={m.trend.points.map((p) => `${p.label}: ${formatPercent(p.score)}`).join('; ')}
        />
      </Card>

      <Card id="dash-worst" title={t('dashboard.worst')} span={7}>
        {m.worst.rows.length ? (
          <>
            <EChart
              option={options.worst}
              ariaLabel={t('dashboard.worstLabel', { count: m.worst.rows.length, period: m.periodLabel })}
              height={worstKpisHeight(m.worst.rows.length)}
              onExportName={file('furthest-from-target')}
            />
            <ComparisonTable
              caption={t('dashboard.worstCompared')}
              head={[t('dashboard.kpi'), t('dashboard.value')]}
              previousLabel={prev}
              lastYearLabel={ly}
              rows={m.worst.rows.map((r) => ({
                key: String(r.kpiId),
                label: r.name,
                value: r.valueText,
                vsPrevious: short(r.vsPrevious),
                vsLastYear: short(r.vsLastYear),
              }))}
            />
          </>
        ) : (
          <p className="muted">{t('dashboard.worstNone')}</p>
        )}
      </Card>

      <Card id="dash-nodata" title={t('dashboard.noDataTitle', { period: m.periodLabel })} span={5}>
        <NoDataList items={m.noData} />
      </Card>

      <Card id="dash-heatmap" title={t('dashboard.heatmap')} span={12}>
        <EChart
          option={options.heatmap}
          ariaLabel={t('dashboard.heatmapLabel', { from: m.trend.points[0]?.label, to: m.periodLabel })}
          height={heatmapHeight(m.heatmap.rows.length)}
          onExportName={file('objectives-by-period')}
          summary={
            <DataTable
              caption={t('dashboard.heatmapCaption')}
              columns={[t('dashboard.objective'), ...m.heatmap.periods]}
              rows={m.heatmap.rows.map((r, i) => ({
                key: String(i),
                cells: [r.name, ...r.cells.map((c) => `${pct(c.score)} ${STATUS_TEXT[c.status].label}`)],
              }))}
            />
          }
        />
      </Card>

      <Card id="dash-budget" title={t('dashboard.budget')} span={6}>
        {m.budget.items.length ? (
          <EChart
            option={options.budget}
            ariaLabel={t('dashboard.budgetLabel')}
            height={initiativesHeight(m.budget.items.length)}
            onExportName={file('initiative-budgets')}
            summary={
              <DataTable
                caption={t('dashboard.budgetCaption')}
                columns={[t('dashboard.initiative'), t('dashboard.budgetColumn'), t('dashboard.spent')]}
                rows={m.budget.items.map((b, i) => ({
                  key: String(i),
                  cells: [b.name, formatNumber(b.budget), formatNumber(b.spent)],
                }))}
              />
            }
          />
        ) : (
          <p className="muted">{t('dashboard.budgetNone')}</p>
        )}
      </Card>

      <Card id="dash-progress" title={t('dashboard.progress')} span={6}>
        {m.progress.items.length ? (
          <EChart
            option={options.progress}
            ariaLabel={t('dashboard.progressLabel')}
            height={initiativesHeight(m.progress.items.length)}
            onExportName={file('initiative-progress')}
            summary={
              <DataTable
                caption={t('dashboard.progressCaption')}
                columns={[
                  t('dashboard.initiative'),
                  t('dashboard.complete'),
                  t('dashboard.timeElapsed'),
                  t('dashboard.schedule'),
                ]}
                rows={m.progress.items.map((p, i) => ({
                  key: String(i),
                  cells: [p.name, pct(p.percentComplete), pct(p.timeElapsed), p.text],
                }))}
              />
            }
          />
        ) : (
          <p className="muted">{t('dashboard.noInitiatives')}</p>
        )}
        {m.moreInitiatives > 0 ? (
          <p className="muted">{t('dashboard.moreInitiatives', { count: m.moreInitiatives })}</p>
        ) : null}
      </Card>
    </div>
  );
}
