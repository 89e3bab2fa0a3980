/**
 * The dashboard of the open scorecard for the period of the shared header: how it is doing, where it goes wrong
 * and whether it will make its targets. Charts keep their ECharts instances across period switches (only the
 * option changes), so stepping through periods is quick.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { budgetOption, initiativesHeight, progressOption } from '../../../shared/charts/initiatives';
import { gaugeOption } from '../../../shared/charts/gauge';
import { heatmapHeight, heatmapOption } from '../../../shared/charts/heatmap';
import { perspectiveBarsOption, perspectiveRadarOption } from '../../../shared/charts/perspectives';
import { scoreTrendOption } from '../../../shared/charts/score-trend';
import { statusDistributionOption } from '../../../shared/charts/status-distribution';
import { worstKpisHeight, worstKpisOption } from '../../../shared/charts/worst-kpis';
import type { DashboardData } from '../../../shared/dashboard';
import { dashboardModel } from '../../../shared/dashboard-model';
import { formatPercent } from '../../../shared/format';
import { localIsoDate } from '../../../shared/initiative-schedule';
import { nextPeriod, previousPeriod } from '../../../shared/periods';
import { call, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { EChart, useChartTheme } from '../EChart';
import { STATUS_TEXT } from '../StatusBadge';
import { Card, ComparisonTable, Delta, ScoreWithStatus, short } from './DashboardParts';
import { ForecastSummary, NoDataList } from './DashboardSide';
import '../../styles/dashboard.css';

/** Answers fetched for the current document state, by scorecard and period; replaced when the document changes. */
const MAX_CACHED = 12;
let cache: { version: unknown; answers: Map<string, Promise<DashboardData>> } = { version: null, answers: new Map() };

function load(scorecardId: number, period: string, version: unknown): Promise<DashboardData> {
  if (cache.version !== version) cache = { version, answers: new Map() };
  const key = `${scorecardId}|${period}`;
  let answer = cache.answers.get(key);
  if (!answer) {
    answer = call('dashboard.data', { scorecardId, period });
    // A failed answer is not kept: the next visit asks again.
    answer.catch(() => cache.answers.delete(key));
    cache.answers.set(key, answer);
    if (cache.answers.size > MAX_CACHED) cache.answers.delete(cache.answers.keys().next().value!);
  }
  return answer;
}

export function Dashboard() {
  const tree = useDocumentStore((s) => s.tree);
  const period = useDocumentStore((s) => s.period);
  // A new evaluation object means the document changed or the period did: fetch again.
  const evaluation = useDocumentStore((s) => s.evaluation);
  // A new measurements list means the document changed: what was fetched ahead is stale.
  const measurements = useDocumentStore((s) => s.measurements);
  const theme = useChartTheme();
  const rootRef = useRef<HTMLDivElement>(null);
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const scorecardId = tree?.scorecard.id;

  useEffect(() => {
    if (scorecardId === undefined || !period) return;
    let live = true;
    load(scorecardId, period, measurements).then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
        // The next step is usually one period back or forward: have it ready by then.
        const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 50));
        idle(() => {
          if (!live) return;
          for (const step of [previousPeriod, nextPeriod]) {
            try {
              void load(scorecardId, step(period), measurements).catch(() => undefined);
            } catch {
              // Before year 0000 or after 9999 there is no neighbour to fetch.
            }
          }
        });
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [scorecardId, period, evaluation, measurements]);

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
        The dashboard could not be loaded: {error}
      </p>
    );
  }
  if (!model || !options || !data) {
    return (
      <p className="loading" role="status">
        Loading the dashboard…
      </p>
    );
  }
  const m = model;
  const file = (name: string) => `${name}-${data.period}`;
  const { previousLabel: prev, lastYearLabel: ly } = m;
  const loading = data.period !== period || data.scorecardId !== scorecardId;

  return (
    <div className="dashboard" ref={rootRef} aria-busy={loading} data-period={data.period}>
      <h2 className="visually-hidden">Dashboard for {m.periodLabel}</h2>
      <Card id="dash-overall" title="Overall score" span={4}>
        <EChart
          option={options.gauge}
          ariaLabel={`Overall score gauge, ${m.periodLabel}`}
          height={190}
          onExportName={file('overall-score')}
          summary={`Overall score ${formatPercent(m.overall.score)}, ${STATUS_TEXT[m.overall.status].label}.`}
        />
        <p className="overall-deltas" aria-label="Overall score compared">
          <Delta change={m.overall.vsPrevious} />
          <Delta change={m.overall.vsLastYear} />
        </p>
      </Card>

      <Card id="dash-statuses" title="KPIs by status" span={4}>
        <EChart
          option={options.statuses}
          ariaLabel={`KPIs by status, ${m.periodLabel}`}
          height={132}
          onExportName={file('kpis-by-status')}
        />
        <ComparisonTable
          caption="KPIs by status, compared"
          head={['Status', 'KPIs']}
          previousLabel={prev}
          lastYearLabel={ly}
          rows={m.statuses.rows.map((r) => ({
            key: r.status,
            label: STATUS_TEXT[r.status].label,
            value: r.count,
            vsPrevious: short(r.vsPrevious, prev),
            vsLastYear: short(r.vsLastYear, ly),
          }))}
        />
      </Card>

      <Card id="dash-forecast" title="Forecast" span={4}>
        <ForecastSummary forecast={m.forecast} />
      </Card>

      <Card id="dash-perspectives" title="Perspectives" span={7}>
        <EChart
          option={options.bars}
          ariaLabel={`Score by perspective, ${m.periodLabel}`}
          height={Math.max(150, 60 + m.perspectives.rows.length * 34)}
          onExportName={file('perspectives')}
        />
        <ComparisonTable
          caption="Perspective scores, compared"
          head={['Perspective', 'Score']}
          previousLabel={prev}
          lastYearLabel={ly}
          rows={m.perspectives.rows.map((r) => ({
            key: String(r.id),
            label: r.name,
            value: <ScoreWithStatus score={r.score} status={r.status} />,
            vsPrevious: short(r.vsPrevious, prev),
            vsLastYear: short(r.vsLastYear, ly),
          }))}
        />
      </Card>

      <Card id="dash-radar" title="Perspectives compared" span={5}>
        {options.radar ? (
          <EChart
            option={options.radar}
            ariaLabel={`Perspective scores, ${m.periodLabel} against an earlier period`}
            height={300}
            onExportName={file('perspectives-radar')}
          />
        ) : (
          <p className="muted">A radar needs at least three perspectives.</p>
        )}
      </Card>

      <Card id="dash-trend" title={`Overall score, last ${data.periods.length} periods`} span={12}>
        <EChart
          option={options.trend}
          ariaLabel={`Overall score from ${m.trend.points[0]?.label} to ${m.periodLabel}`}
          height={240}
          onExportName={file('score-trend')}
          summary={m.trend.points.map((p) => `${p.label}: ${formatPercent(p.score)}`).join('; ')}
        />
      </Card>

      <Card id="dash-worst" title="Furthest from target" span={7}>
        {m.worst.rows.length ? (
          <>
            <EChart
              option={options.worst}
              ariaLabel={`The ${m.worst.rows.length} KPIs furthest from target, ${m.periodLabel}`}
              height={worstKpisHeight(m.worst.rows.length)}
              onExportName={file('furthest-from-target')}
            />
            <ComparisonTable
              caption="KPIs furthest from target, compared"
              head={['KPI', 'Value']}
              previousLabel={prev}
              lastYearLabel={ly}
              rows={m.worst.rows.map((r) => ({
                key: String(r.kpiId),
                label: r.name,
                value: r.valueText,
                vsPrevious: short(r.vsPrevious, prev),
                vsLastYear: short(r.vsLastYear, ly),
              }))}
            />
          </>
        ) : (
          <p className="muted">No KPI has both a value and a target for this period.</p>
        )}
      </Card>

      <Card id="dash-nodata" title={`KPIs with no data for ${m.periodLabel}`} span={5}>
        <NoDataList items={m.noData} />
      </Card>

      <Card id="dash-heatmap" title="Objectives by period" span={12}>
        <EChart
          option={options.heatmap}
          ariaLabel={`Objective status by period, ${m.trend.points[0]?.label} to ${m.periodLabel}`}
          height={heatmapHeight(m.heatmap.rows.length)}
          onExportName={file('objectives-by-period')}
        />
      </Card>

      <Card id="dash-budget" title="Initiatives: budget and spent" span={6}>
        {m.budget.items.length ? (
          <EChart
            option={options.budget}
            ariaLabel="Initiatives, budget against spent"
            height={initiativesHeight(m.budget.items.length)}
            onExportName={file('initiative-budgets')}
          />
        ) : (
          <p className="muted">No initiative has a budget or spending yet.</p>
        )}
      </Card>

      <Card id="dash-progress" title="Initiatives: complete vs time elapsed" span={6}>
        {m.progress.items.length ? (
          <EChart
            option={options.progress}
            ariaLabel="Initiatives, percent complete against time elapsed"
            height={initiativesHeight(m.progress.items.length)}
            onExportName={file('initiative-progress')}
          />
        ) : (
          <p className="muted">No initiatives yet.</p>
        )}
        {m.moreInitiatives > 0 ? <p className="muted">and {m.moreInitiatives} more initiatives</p> : null}
      </Card>
    </div>
  );
}
