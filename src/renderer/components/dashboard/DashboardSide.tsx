/** The dashboard's text cards: the forecast summary and the KPIs without data for the period. */
import { useTranslation } from 'react-i18next';
import type { DashboardModel } from '../../../shared/dashboard-model';
import { STATUS_ORDER } from '../../../shared/charts/palette';
import { DASHBOARD_PERIODS } from '../../../shared/dashboard';
import { StatusBadge, STATUS_TEXT } from '../StatusBadge';

const SHOWN = 3;

export function ForecastSummary({ forecast }: { forecast: DashboardModel['forecast'] }) {
  const { t } = useTranslation('plans');
  const { counts, concerns } = forecast;
  return (
    <div className="forecast-summary">
      <table className="dash-table">
        <caption className="visually-hidden">{t('dashboard.forecastCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.byForecast')}</th>
            {counts.quarter && forecast.quarter ? (
              <th scope="col" className="num">
                {t('dashboard.endOf', { period: forecast.quarter })}
              </th>
            ) : null}
            <th scope="col" className="num">
              {t('dashboard.endOf', { period: forecast.year })}
            </th>
          </tr>
        </thead>
        <tbody>
          {STATUS_ORDER.map((s) => (
            <tr key={s}>
              <th scope="row">
                <span className={`status status-${s} status-small`}>
                  <span className="status-icon" aria-hidden="true">
                    {STATUS_TEXT[s].icon}
                  </span>
                  <span className="status-label">
                    {s === 'none' ? t('dashboard.cannotForecast') : STATUS_TEXT[s].label}
                  </span>
                </span>
              </th>
              {counts.quarter && forecast.quarter ? <td className="num">{counts.quarter[s]}</td> : null}
              <td className="num">{counts.year[s]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {concerns.length ? (
        <div>
          <h3 className="dash-subhead">{t('dashboard.offTargetBy', { period: forecast.year })}</h3>
          <ul className="concerns">
            {concerns.slice(0, SHOWN).map((c) => (
              <li key={c.kpiId}>
                <StatusBadge status={c.status} />
                <span className="concern-name">{c.name}</span>
                <span className="concern-text">{c.text}</span>
              </li>
            ))}
          </ul>
          {concerns.length > SHOWN ? (
            <details className="more">
              <summary>{t('dashboard.more', { count: concerns.length - SHOWN })}</summary>
              <ul className="concerns">
                {concerns.slice(SHOWN).map((c) => (
                  <li key={c.kpiId}>
                    <StatusBadge status={c.status} />
                    <span className="concern-name">{c.name}</span>
                    <span className="concern-text">{c.text}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('dashboard.allOnTrack')}</p>
      )}
    </div>
  );
}

export function NoDataList({ items }: { items: DashboardModel['noData'] }) {
  const { t } = useTranslation('plans');
  if (!items.length) return <p className="muted">{t('dashboard.allHaveValues')}</p>;
  return (
    <ul className="no-data-list">
      {items.map((k) => (
        <li key={k.kpiId}>
          <span className="no-data-name">{k.name}</span>
          <span className="no-data-meta">
            {k.objective}
            {' · '}
            {k.lastReported
              ? t('dashboard.lastValue', { period: k.lastReported })
              : t('dashboard.noRecentValue', { count: DASHBOARD_PERIODS })}
          </span>
        </li>
      ))}
    </ul>
  );
}
