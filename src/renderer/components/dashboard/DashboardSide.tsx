/** The dashboard's text cards: the forecast summary and the KPIs without data for the period. */
import type { DashboardModel } from '../../../shared/dashboard-model';
import { STATUS_ORDER } from '../../../shared/charts/palette';
import { StatusBadge, STATUS_TEXT } from '../StatusBadge';

const SHOWN = 3;

export function ForecastSummary({ forecast }: { forecast: DashboardModel['forecast'] }) {
  const { counts, concerns } = forecast;
  return (
    <div className="forecast-summary">
      <table className="dash-table">
        <caption className="visually-hidden">KPIs by forecast status</caption>
        <thead>
          <tr>
            <th scope="col">By forecast</th>
            {counts.quarter && forecast.quarter ? (
              <th scope="col" className="num">
                End of {forecast.quarter}
              </th>
            ) : null}
            <th scope="col" className="num">
              End of {forecast.year}
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
                  <span className="status-label">{s === 'none' ? 'Cannot forecast' : STATUS_TEXT[s].label}</span>
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
          <h3 className="dash-subhead">Off target by the end of {forecast.year}</h3>
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
              <summary>{concerns.length - SHOWN} more</summary>
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
        <p className="muted">Every KPI with a forecast is projected on track.</p>
      )}
    </div>
  );
}

export function NoDataList({ items }: { items: DashboardModel['noData'] }) {
  if (!items.length) return <p className="muted">Every KPI has a value for this period.</p>;
  return (
    <ul className="no-data-list">
      {items.map((k) => (
        <li key={k.kpiId}>
          <span className="no-data-name">{k.name}</span>
          <span className="no-data-meta">
            {k.objective}
            {' · '}
            {k.lastReported ? `last value ${k.lastReported}` : 'no value in the last 8 periods'}
          </span>
        </li>
      ))}
    </ul>
  );
}
