/** The KPI history chart's room while ECharts or the history loads: the chart's height and its key's line. */
import { useTranslation } from 'react-i18next';
import { PartLoading } from '../lazy-part';

/** The height KpiHistoryChart draws its chart at. */
export const HISTORY_CHART_HEIGHT = 260;

export function KpiHistoryPlaceholder() {
  const { t } = useTranslation('panels');
  return (
    <>
      <PartLoading label={t('loading.history')} height={HISTORY_CHART_HEIGHT} />
      <p className="chart-key" aria-hidden="true">
        {'\u00a0'}
      </p>
    </>
  );
}
