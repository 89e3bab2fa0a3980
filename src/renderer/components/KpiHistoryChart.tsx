/**
 * A KPI's actual against target over its periods, status zones behind; the numbers also as a table for readers.
 * Loaded with ECharts when the KPI dialog first shows it (see KpiDetailDialog), not with the overview.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../api';
import { kpiForecastPoints } from '../../shared/charts/kpi-forecast';
import { kpiHistoryOption, type KpiHistoryPoint } from '../../shared/charts/kpi-history';
import type { Kpi } from '../../shared/domain';
import { formatValue } from '../../shared/format';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';
import { EChart, useChartTheme } from './EChart';
import { HISTORY_CHART_HEIGHT, KpiHistoryPlaceholder } from './KpiHistoryPlaceholder';
import { STATUS_TEXT } from './StatusBadge';

interface Props {
  kpi: Kpi;
  scorecardId: number;
  fy: number;
  periods: string[];
}

export function KpiHistoryChart({ kpi, scorecardId, fy, periods }: Props) {
  const { t, i18n } = useTranslation('panels');
  const theme = useChartTheme();
  const [points, setPoints] = useState<KpiHistoryPoint[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = periods.join(',');

  useEffect(() => {
    let live = true;
    call('scorecard.evaluateMany', { scorecardId, periods: key.split(',') })
      .then((evaluations) => {
        if (!live) return;
        setPoints(
          evaluations.flatMap((e) => {
            const s = e.kpis.find((k) => k.kpiId === kpi.id);
            return s
              ? [
                  {
                    period: e.period,
                    label: periodLabel(e.period, fy),
                    actual: s.actual,
                    target: s.target,
                    status: s.status,
                    greenThreshold: s.greenThreshold,
                    amberThreshold: s.amberThreshold,
                  },
                ]
              : [];
          }),
        );
      })
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [scorecardId, key, kpi, fy]);

  const measurements = useDocumentStore((s) => s.measurements);
  const period = useDocumentStore((s) => s.period);
  const forecast = useMemo(
    () => (period ? kpiForecastPoints(kpi, measurements, period, fy) : []),
    [kpi, measurements, period, fy],
  );
  const option = useMemo(
    () => (points ? kpiHistoryOption({ kpi, points, theme, forecast }) : null),
    // The option's legend, tooltips and axis numbers are words and numbers of the language shown.
    [kpi, points, theme, forecast, i18n.language],
  );

  if (error) return <p className="form-error">{t('kpiHistory.error', { error })}</p>;
  if (!points || !option) return <KpiHistoryPlaceholder />;
  return (
    <>
      <EChart
        option={option}
        height={HISTORY_CHART_HEIGHT}
        ariaLabel={t('kpiHistory.label', { name: kpi.name })}
        className="kpi-history-chart"
        summary={
          <table>
            <caption>{t('kpiHistory.caption', { name: kpi.name, count: points.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kpiHistory.period')}</th>
                <th scope="col">{t('kpiHistory.actual')}</th>
                <th scope="col">{t('kpiHistory.target')}</th>
                <th scope="col">{t('kpiHistory.status')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.label}</th>
                  <td>{formatValue(p.actual, kpi.unit)}</td>
                  <td>{formatValue(p.target, kpi.unit)}</td>
                  <td>{STATUS_TEXT[p.status].label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="chart-key">
        <span>{t('kpiHistory.zones')}</span>
        {(['green', 'amber', 'red'] as const).map((status) => (
          <span key={status} className="chart-key-item">
            <span className="key-swatch" style={{ background: theme.status[status].soft }} aria-hidden="true" />
            {STATUS_TEXT[status].icon} {STATUS_TEXT[status].label}
          </span>
        ))}
      </p>
    </>
  );
}
