/** Completion rates of action items per owner and per quarter, against the EOS goal of 90 % (see action-stats.ts). */
import { useTranslation } from 'react-i18next';
import { belowGoal, COMPLETION_GOAL, type CompletionRate } from '../../shared/action-stats';
import { formatPercent } from '../../shared/format';

/** A rate with its bar, the goal marked on it, and words for below the goal. */
export function RateBar({ rate, label }: { rate: CompletionRate; label: string }) {
  const { t } = useTranslation('panels');
  const below = belowGoal(rate.rate);
  return (
    <span className={`rate${below ? ' rate-below' : ''}`}>
      <span className="rate-value">{formatPercent(rate.rate)}</span>
      <span className="rate-bar" aria-hidden="true" title={t('rates.barTitle', { label, rate: formatPercent(rate.rate) })}>
        <span className="rate-fill" style={{ width: `${rate.rate ?? 0}%` }} />
        <span className="rate-goal" style={{ left: `${COMPLETION_GOAL}%` }} />
      </span>
      <span className="rate-count">
        {t('rates.onTime', { kept: rate.kept, counted: rate.counted })}
      </span>
      {below ? (
        <span className="flag flag-red">
          <span aria-hidden="true">! </span>
          {t('rates.below', { goal: formatPercent(COMPLETION_GOAL) })}
        </span>
      ) : null}
    </span>
  );
}

interface Row {
  key: string;
  name: string;
  rate: CompletionRate;
}

export function RateTable({ caption, head, rows }: { caption: string; head: string; rows: Row[] }) {
  const { t } = useTranslation('panels');
  return (
    <table className="rate-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{t('rates.doneByDue')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={belowGoal(r.rate.rate) ? 'below-goal' : undefined}>
            <th scope="row">{r.name}</th>
            <td>
              <RateBar rate={r.rate} label={r.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
