/**
 * The dashboard's content, worked out from the API's DashboardData and the scorecard tree: the data of every
 * chart, the comparisons beside each number, the KPIs without data and the forecast summary. Pure, so the same
 * model can feed the window and a report.
 */
import type { BudgetData, ProgressData } from './charts/initiatives';
import type { GaugeData } from './charts/gauge';
import type { HeatmapData } from './charts/heatmap';
import type { PerspectiveBarsData, PerspectiveRadarData } from './charts/perspectives';
import type { ScoreTrendData } from './charts/score-trend';
import type { StatusDistributionData } from './charts/status-distribution';
import type { WorstKpisData } from './charts/worst-kpis';
import {
  countChange,
  hasData,
  kpiStatusCounts,
  scoreChange,
  shortPeriodLabel,
  valueChange,
  type Change,
  type DashboardData,
} from './dashboard';
import type { Kpi, ScorecardTree, Status } from './domain';
import type { Evaluation, KpiScore } from './evaluation';
import { forecastCounts, type ForecastCounts, type HorizonForecast } from './forecast';
import { formatValue } from './format';
import { t } from './i18n';
import { initiativeSchedule } from './initiative-schedule';

export const WORST_KPIS = 5;
export const MAX_INITIATIVES = 12;
const STATUSES: readonly Status[] = ['green', 'amber', 'red', 'none'];

export interface Compared {
  vsPrevious: Change;
  vsLastYear: Change;
}

export interface DashboardModel {
  periodLabel: string;
  previousLabel: string;
  lastYearLabel: string;
  overall: GaugeData & Compared;
  statuses: { chart: StatusDistributionData; rows: ({ status: Status; count: number } & Compared)[] };
  perspectives: {
    bars: PerspectiveBarsData;
    radar: PerspectiveRadarData | null;
    rows: ({ id: number; name: string; score: number | null; status: Status } & Compared)[];
  };
  trend: ScoreTrendData;
  heatmap: HeatmapData;
  worst: { chart: WorstKpisData; rows: ({ kpiId: number; name: string; valueText: string } & Compared)[] };
  noData: { kpiId: number; name: string; objective: string; lastReported: string | null }[];
  forecast: {
    quarter: string | null;
    year: string;
    counts: { quarter: ForecastCounts | null; year: ForecastCounts };
    /** KPIs whose fiscal-year projection is off track or at risk, worst first. */
    concerns: { kpiId: number; name: string; status: Status; text: string }[];
  };
  budget: BudgetData;
  progress: ProgressData;
  /** Initiatives left out of the charts to keep them legible. */
  moreInitiatives: number;
}

type Tree = Pick<ScorecardTree, 'scorecard' | 'perspectives' | 'objectives' | 'kpis' | 'initiatives'>;

function valueText(kpi: Kpi, s: KpiScore): string {
  if (s.actual === null) return t('plans:dashboard.noData');
  const actual = formatValue(s.actual, kpi.unit);
  if (kpi.polarity === 'range' && kpi.rangeLow !== null && kpi.rangeHigh !== null) {
    return t('plans:dashboard.valueRange', {
      actual,
      low: formatValue(kpi.rangeLow, kpi.unit),
      high: formatValue(kpi.rangeHigh, kpi.unit),
    });
  }
  return s.target === null
    ? actual
    : t('plans:dashboard.valueTarget', { actual, target: formatValue(s.target, kpi.unit) });
}

const COMPARATOR_KEYS = { 'at least': 'atLeast', 'at most': 'atMost', about: 'about' } as const;

/** "Projected 60 h against 16 h; needs at most 5 h a quarter for the 2 quarters left." */
function concernText(kpi: Kpi, h: HorizonForecast): string {
  const v = (n: number) => formatValue(n, kpi.unit);
  const projected = v(h.projected ?? 0);
  const text =
    h.target !== null && kpi.polarity !== 'range'
      ? t('plans:dashboard.concern.projectedAgainst', { projected, target: v(h.target) })
      : t('plans:dashboard.concern.projected', { projected });
  const r = h.required;
  if (!r) return t('plans:dashboard.concern.sentence', { text });
  const needs = t(`plans:dashboard.concern.needs.${COMPARATOR_KEYS[r.comparator]}`, {
    value: v(r.perPeriod),
    per: t(`plans:dashboard.concern.per.${kpi.frequency}`),
    left: t(`plans:dashboard.concern.left.${kpi.frequency}`, { count: r.periods }),
  });
  return t('plans:dashboard.concern.withNeeds', { text, needs });
}

export function dashboardModel(data: DashboardData, tree: Tree, today: string): DashboardModel {
  const fy = tree.scorecard.fiscalYearStartMonth;
  const label = (p: string) => shortPeriodLabel(p, fy);
  const current = data.evaluations[data.evaluations.length - 1]!;
  const prevEval = data.evaluations[data.evaluations.length - 2];
  const previous: Evaluation | null = hasData(prevEval) ? prevEval : null;
  const lastYear: Evaluation | null = hasData(data.lastYear) ? data.lastYear : null;
  const periodLabel = label(data.period);
  const previousLabel = label(data.periods[data.periods.length - 2] ?? data.period);
  const lastYearLabel = label(data.lastYear.period);
  const compare = (pick: (e: Evaluation) => number | null): Compared => ({
    vsPrevious: scoreChange(pick(current), previous ? pick(previous) : null, previousLabel),
    vsLastYear: scoreChange(pick(current), lastYear ? pick(lastYear) : null, lastYearLabel),
  });
  const kpiById = new Map(tree.kpis.map((k) => [k.id, k]));
  const perspectiveById = new Map(tree.perspectives.map((p) => [p.id, p]));
  const objectiveById = new Map(tree.objectives.map((o) => [o.id, o]));

  const counts = kpiStatusCounts(current);
  const prevCounts = previous ? kpiStatusCounts(previous) : null;
  const lyCounts = lastYear ? kpiStatusCounts(lastYear) : null;
  const statusRows = STATUSES.map((status) => ({
    status,
    count: counts[status],
    vsPrevious: countChange(counts[status], prevCounts?.[status] ?? null, previousLabel),
    vsLastYear: countChange(counts[status], lyCounts?.[status] ?? null, lastYearLabel),
  }));

  const perspectiveRows = current.perspectives.map((p) => ({
    id: p.perspectiveId,
    name: perspectiveById.get(p.perspectiveId)?.name ?? '',
    score: p.score,
    status: p.status,
    ...compare((e) => e.perspectives.find((x) => x.perspectiveId === p.perspectiveId)?.score ?? null),
  }));
  const scoreOf = (e: Evaluation | null, id: number) =>
    e?.perspectives.find((x) => x.perspectiveId === id)?.score ?? null;
  const radarSeries = [{ label: periodLabel, values: perspectiveRows.map((p) => p.score) }];
  const radarOther = lastYear ? { e: lastYear, l: lastYearLabel } : previous ? { e: previous, l: previousLabel } : null;
  if (radarOther)
    radarSeries.push({ label: radarOther.l, values: perspectiveRows.map((p) => scoreOf(radarOther.e, p.id)) });

  // A KPI the structure given does not name (deleted since a closed period was scored) is left out, never a crash.
  const worstScores = current.kpis
    .filter((s) => s.progress !== null && kpiById.has(s.kpiId))
    .sort((a, b) => (a.progress as number) - (b.progress as number))
    .slice(0, WORST_KPIS);
  const kpiScoreIn = (e: Evaluation | null, id: number) => e?.kpis.find((k) => k.kpiId === id) ?? null;

  const forecastName = (h: HorizonForecast | null) => (h ? label(h.horizon) : null);
  const first = data.forecasts[0];
  const concerns = data.forecasts
    .filter((f) => (f.year.status === 'red' || f.year.status === 'amber') && kpiById.has(f.kpiId))
    .sort((a, b) => (a.year.progress ?? 0) - (b.year.progress ?? 0))
    .map((f) => {
      const kpi = kpiById.get(f.kpiId)!;
      return { kpiId: f.kpiId, name: kpi.name, status: f.year.status, text: concernText(kpi, f.year) };
    });

  const initiatives = tree.initiatives.filter((i) => i.status !== 'cancelled');
  const shown = initiatives.slice(0, MAX_INITIATIVES);

  return {
    periodLabel,
    previousLabel,
    lastYearLabel,
    overall: {
      score: current.scorecard.score,
      status: current.scorecard.status,
      greenThreshold: tree.scorecard.greenThreshold,
      amberThreshold: tree.scorecard.amberThreshold,
      caption: t('plans:dashboard.overallCaption', { period: periodLabel }),
      ...compare((e) => e.scorecard.score),
    },
    statuses: { chart: { counts, noun: t('plans:dashboard.kpisNoun') }, rows: statusRows },
    perspectives: {
      bars: {
        currentLabel: periodLabel,
        previousLabel: previous ? previousLabel : undefined,
        items: perspectiveRows.map((p) => ({ ...p, previous: scoreOf(previous, p.id) })),
      },
      radar: perspectiveRows.length >= 3 ? { names: perspectiveRows.map((p) => p.name), series: radarSeries } : null,
      rows: perspectiveRows,
    },
    trend: {
      seriesLabel: t('plans:dashboard.overallScore'),
      greenThreshold: tree.scorecard.greenThreshold,
      amberThreshold: tree.scorecard.amberThreshold,
      points: data.evaluations.map((e) => ({
        label: label(e.period),
        score: e.scorecard.score,
        status: e.scorecard.status,
      })),
    },
    heatmap: {
      periods: data.periods.map(label),
      rows: current.objectives.map((o) => ({
        name: objectiveById.get(o.objectiveId)?.title ?? '',
        cells: data.evaluations.map((e) => {
          const s = e.objectives.find((x) => x.objectiveId === o.objectiveId);
          return { score: s?.score ?? null, status: s?.status ?? 'none' };
        }),
      })),
    },
    worst: {
      chart: {
        periods: data.periods.map(label),
        items: worstScores.map((s) => ({
          name: kpiById.get(s.kpiId)?.name ?? '',
          progress: s.progress,
          status: s.status,
          valueText: valueText(kpiById.get(s.kpiId)!, s),
          trend: data.evaluations.map((e) => kpiScoreIn(e, s.kpiId)?.score ?? null),
        })),
      },
      rows: worstScores.map((s) => {
        const kpi = kpiById.get(s.kpiId)!;
        const actualIn = (e: Evaluation | null) => kpiScoreIn(e, s.kpiId)?.actual ?? null;
        return {
          kpiId: s.kpiId,
          name: kpi.name,
          valueText: valueText(kpi, s),
          vsPrevious: valueChange(s.actual, actualIn(previous), previousLabel, kpi.unit),
          vsLastYear: valueChange(s.actual, actualIn(lastYear), lastYearLabel, kpi.unit),
        };
      }),
    },
    noData: current.kpis
      .filter((s) => s.actual === null && kpiById.has(s.kpiId))
      .map((s) => {
        const kpi = kpiById.get(s.kpiId)!;
        const reported = data.evaluations.filter((e) => (kpiScoreIn(e, s.kpiId)?.actual ?? null) !== null);
        const last = reported[reported.length - 1];
        return {
          kpiId: s.kpiId,
          name: kpi.name,
          objective: objectiveById.get(kpi.objectiveId)?.title ?? '',
          lastReported: last ? label(last.period) : null,
        };
      }),
    forecast: {
      quarter: forecastName(data.forecasts.find((f) => f.quarter)?.quarter ?? null),
      year: first ? label(first.year.horizon) : periodLabel,
      counts: {
        quarter: data.forecasts.some((f) => f.quarter) ? forecastCounts(data.forecasts, 'quarter') : null,
        year: forecastCounts(data.forecasts, 'year'),
      },
      concerns,
    },
    budget: {
      items: shown
        .filter((i) => i.budget !== null || i.spent !== null)
        .map((i) => ({ name: i.title, budget: i.budget, spent: i.spent })),
    },
    progress: {
      items: shown.map((i) => {
        const schedule = initiativeSchedule(i, today);
        return {
          name: i.title,
          percentComplete: i.percentComplete,
          timeElapsed: schedule.expectedPercent,
          behind: schedule.state === 'behind' || schedule.state === 'overdue',
          text: schedule.text,
        };
      }),
    },
    moreInitiatives: initiatives.length - shown.length,
  };
}
