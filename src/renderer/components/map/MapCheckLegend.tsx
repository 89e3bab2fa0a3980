/**
 * The strategy check's part of the map legend: what each line style means, how many links have each verdict, and
 * what history they were tested on. The counts are announced when they arrive (the lines change out of sight of a
 * screen reader).
 */
import { useTranslation } from 'react-i18next';
import type { CheckVerdict } from '../../../shared/analysis';
import type { Granularity } from '../../../shared/domain';
import { periodLabel } from '../../../shared/periods';
import { VERDICT_STYLE, VERDICTS } from './check-style';
import type { StrategyCheckState } from './use-strategy-check';

interface Props {
  state: StrategyCheckState;
  granularity: Granularity;
  fiscalYearStartMonth: number;
}

function Sample({ verdict }: { verdict: CheckVerdict }) {
  const s = VERDICT_STYLE[verdict];
  return (
    <svg className="map-legend-line" width={40} height={12} aria-hidden="true">
      <line
        x1={2}
        y1={6}
        x2={38}
        y2={6}
        stroke="currentColor"
        strokeWidth={s.width}
        strokeDasharray={s.dash}
        strokeLinecap={s.cap}
        opacity={s.opacity}
      />
    </svg>
  );
}

export function MapCheckLegend({ state, granularity, fiscalYearStartMonth: fy }: Props) {
  const { check, loading, error } = state;
  const count = (v: CheckVerdict) => check?.links.filter((l) => l.verdict === v).length ?? 0;
  const { t } = useTranslation('map');
  const unit = granularity === 'month' ? 'month' : 'quarter';
  const periods = check?.periods ?? [];
  let summary: string;
  if (error) summary = t('checkLegend.failed', { error });
  else if (!check) summary = t('checkLegend.checking');
  else if (check.links.length === 0) summary = t('checkLegend.noLinks');
  else
    summary = t('checkLegend.summary', {
      links: t('checkLegend.links', { count: check.links.length }),
      periods: t(`periodCount.${unit}`, { count: periods.length }),
      range: periods.length
        ? t('checkLegend.range', {
            from: periodLabel(periods[0]!, fy),
            to: periodLabel(periods[periods.length - 1]!, fy),
          })
        : '',
      basis: check.basis === 'changes' ? t(`checkLegend.changes.${unit}`) : t('checkLegend.levels'),
      maxLag: check.maxLag,
    });
  return (
    <div className="map-legend-check" role="group" aria-label={t('checkLegend.label')} aria-busy={loading || undefined}>
      <ul className="map-legend-verdicts">
        {VERDICTS.map((v) => (
          <li key={v}>
            <Sample verdict={v} />
            <span>
              {VERDICT_STYLE[v].label}
              {check ? <span className="map-legend-count"> ({count(v)})</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <p className={`map-legend-check-note${error ? ' field-error' : ''}`} role="status">
        {summary}
      </p>
    </div>
  );
}
