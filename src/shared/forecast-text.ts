/**
 * A KPI's forecast in words: what it projects for the horizon, by which method, and what the remaining periods need
 * to reach the target ("Projected €1,140 for 2026 … To reach the target: at least €1,752.5 in each of the 8 remaining
 * months.").
 */
import type { Kpi } from './domain';
import type { ForecastMethod, HorizonForecast } from './forecast';
import { formatValue } from './format';
import { t } from './i18n';

export function forecastText(
  kpi: Kpi,
  f: HorizonForecast,
  fit: { method: ForecastMethod; points: number; window: number },
  label: string,
): string {
  const { method, points } = fit;
  const v = (n: number) => formatValue(n, kpi.unit);
  const frequency = kpi.frequency;
  if (f.projected === null) return t(`engine:forecastText.noValue.${frequency}`, { count: fit.window, label });
  const how =
    method === 'run-rate' || method === 'trend'
      ? t(`engine:forecastText.how.${method === 'run-rate' ? 'runRate' : 'trend'}.${frequency}`, {
          count: points,
        })
      : t('engine:forecastText.how.held');
  const band = f.low !== null && f.high !== null && f.low !== f.high;
  const target = f.target !== null && kpi.polarity !== 'range';
  const key = band ? (target ? 'projectedBandTarget' : 'projectedBand') : target ? 'projectedTarget' : 'projected';
  let text = t(`engine:forecastText.${key}`, {
    value: v(f.projected),
    label,
    low: band ? v(f.low as number) : '',
    high: band ? v(f.high as number) : '',
    target: target ? v(f.target as number) : '',
    how,
  });
  if (f.required) {
    const need = t(`engine:forecastText.need.${f.required.comparator}`, { value: v(f.required.perPeriod) });
    const each = t(`engine:forecastText.remaining.${frequency}`, { count: f.required.periods });
    text += ` ${t('engine:forecastText.required', { need, each })}`;
  } else if (f.remaining === 0) {
    text += ` ${t('engine:forecastText.allReported')}`;
  }
  return text;
}
