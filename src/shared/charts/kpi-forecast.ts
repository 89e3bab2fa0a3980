/** The forecast drawn on a KPI's history chart: a dashed line from the latest actual on, and its 80 % band. */
import { t } from '../i18n';
import type { Kpi, Measurement } from '../domain';
import { forecastPath } from '../forecast';
import { periodLabel } from '../periods';
import type { ChartTheme } from './palette';

/** A point of the forecast line (forecastPath in src/shared/forecast.ts), with its axis label. */
export interface KpiForecastPoint {
  period: string;
  label: string;
  value: number;
  /** The 80 % band. */
  low: number;
  high: number;
}

interface ForecastSource {
  points: readonly { period: string; label: string }[];
  theme: ChartTheme;
  forecast?: readonly KpiForecastPoint[];
}

/**
 * The forecast's axis labels (the history's, then the periods ahead), its dashed line and its band, drawn as the
 * band's floor (invisible) with the band's width stacked on it.
 */
export function forecastSeries(input: ForecastSource) {
  const { points, theme } = input;
  const labels = points.map((p) => p.label);
  const index = new Map(points.map((p, i) => [p.period, i]));
  const byIndex = new Map<number, KpiForecastPoint>();
  for (const f of input.forecast ?? []) {
    let i = index.get(f.period);
    if (i === undefined) {
      i = labels.length;
      labels.push(f.label);
      index.set(f.period, i);
    }
    byIndex.set(i, f);
  }
  if (byIndex.size < 2) return { labels, byIndex, series: [] };
  const along = (pick: (f: KpiForecastPoint) => number) =>
    labels.map((_, i) => {
      const f = byIndex.get(i);
      return f ? pick(f) : null;
    });
  const band = { type: 'line', stack: 'forecast-band', symbol: 'none', silent: true, connectNulls: false, z: 2 };
  return {
    labels,
    byIndex,
    series: [
      { ...band, name: t('engine:kpiHistoryChart.bandFloor'), lineStyle: { opacity: 0 }, data: along((f) => f.low) },
      {
        ...band,
        name: t('engine:chart.forecastBand'),
        lineStyle: { opacity: 0 },
        areaStyle: { color: theme.accent, opacity: theme.name === 'dark' ? 0.22 : 0.14 },
        data: along((f) => f.high - f.low),
      },
      {
        name: t('engine:chart.forecast'),
        type: 'line',
        symbol: 'emptyCircle',
        symbolSize: 6,
        connectNulls: false,
        z: 3,
        lineStyle: { color: theme.accent, width: 2, type: 'dashed' },
        itemStyle: { color: theme.accent },
        data: along((f) => f.value),
      },
    ],
  };
}

/** The forecast line of one KPI as the viewed period sees it, labelled like the history chart's periods. */
export function kpiForecastPoints(
  kpi: Kpi,
  measurements: readonly Measurement[],
  period: string,
  fiscalYearStartMonth: number,
): KpiForecastPoint[] {
  const own = new Map<string, Measurement>();
  for (const m of measurements) if (m.kpiId === kpi.id) own.set(m.period, m);
  return forecastPath({ kpi, measurements: own, period, fiscalYearStartMonth }).map((p) => ({
    ...p,
    label: periodLabel(p.period, fiscalYearStartMonth),
  }));
}
