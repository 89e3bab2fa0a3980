/**
 * What it takes: for the scorecard or one objective, the value each KPI alone would need (the others as they are,
 * the what-if values included) to turn it green, or why that KPI alone cannot. "Try it" types the value in as a what-if.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TakesTarget, WhatIf, WhatIfValue, WhatItTakes } from '../../../shared/analysis';
import { formatPercent, formatValue } from '../../../shared/format';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { useAnalysisQuery } from './analysis-query';

interface Props {
  scorecardId: number;
  period: string;
  revision: number | undefined;
  values: WhatIfValue[];
  valuesKey: string;
  whatIf: WhatIf | null;
  onTry(kpiId: number, value: number): void;
}

const SCORECARD = 'scorecard';

export function TakesSection({ scorecardId, period, revision, values, valuesKey, whatIf, onTry }: Props) {
  const { t } = useTranslation('map');
  const id = useId();
  const tree = useDocumentStore((s) => s.tree);
  const [chosen, setChosen] = useState<string | null>(null);
  // Until the user picks, the first objective not on track (as saved): the question people come with.
  const firstNotGreen = whatIf?.before.objectives.find((o) => o.status === 'amber' || o.status === 'red');
  const pick = chosen ?? (firstNotGreen ? String(firstNotGreen.objectiveId) : SCORECARD);
  const target: TakesTarget = pick === SCORECARD ? { kind: 'scorecard' } : { kind: 'objective', id: Number(pick) };
  const key = whatIf ? `${scorecardId}|${period}|${revision}|${pick}|${valuesKey}` : null;
  const query = useAnalysisQuery<WhatItTakes>(key, () =>
    call('analysis.whatItTakes', { scorecardId, period, target, values }),
  );
  if (!tree) return null;
  const data = query.current ? query.data : null;
  const units = new Map(tree.kpis.map((k) => [k.id, k.unit]));

  return (
    <section className="what-if-card what-if-takes" aria-labelledby={`${id}-title`} aria-busy={!query.current}>
      <div className="what-if-card-head">
        <h3 id={`${id}-title`}>{t('takes.heading')}</h3>
        <div className="field what-if-inline">
          <label htmlFor={`${id}-target`}>{t('takes.target')}</label>
          <select id={`${id}-target`} value={pick} onChange={(e) => setChosen(e.target.value)}>
            <option value={SCORECARD}>{t('takes.scorecard')}</option>
            {tree.perspectives.map((p) => (
              <optgroup key={p.id} label={p.name}>
                {tree.objectives
                  .filter((o) => o.perspectiveId === p.id)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.title}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
      </div>
      {query.error ? (
        <p className="form-error" role="alert">
          {query.error}
        </p>
      ) : null}
      <div aria-live="polite">
        {!data ? (
          query.slow ? (
            <p className="meta">{t('takes.working')}</p>
          ) : null
        ) : data.status === 'green' ? (
          <p>
            {t('takes.alreadyGreen', {
              name: data.target.name,
              score: formatPercent(data.score, { maxDecimals: 1 }),
            })}
          </p>
        ) : (
          <>
            <p className="meta">
              {t(values.length ? 'takes.summaryWhatIf' : 'takes.summary', {
                name: data.target.name,
                score: formatPercent(data.score, { maxDecimals: 1 }),
                status: t(`statusWord.${data.status}`),
              })}
            </p>
            <table className="what-if-table" aria-label={t('takes.tableLabel', { name: data.target.name })}>
              <thead>
                <tr>
                  <th scope="col">{t('takes.kpi')}</th>
                  <th scope="col" className="num">
                    {t('takes.now')}
                  </th>
                  <th scope="col" className="num">
                    {t('takes.needed')}
                  </th>
                  <th scope="col" className="num">
                    {t('takes.change')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('takes.tryIt')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => {
                  const unit = units.get(item.kpiId) ?? item.unit;
                  return (
                    <tr key={item.kpiId}>
                      <th scope="row" className="what-if-takes-kpi">
                        {item.name}
                        {item.note && item.needed !== null ? (
                          <span className="what-if-takes-note">{item.note}</span>
                        ) : null}
                      </th>
                      <td className="num">{formatValue(item.current, unit)}</td>
                      {item.needed === null ? (
                        <td colSpan={3} className="what-if-takes-cannot">
                          {item.note || t('takes.cannot')}
                        </td>
                      ) : (
                        <>
                          <td className="num">{formatValue(item.needed, unit)}</td>
                          <td className="num">
                            {item.change === null ? '' : formatValue(item.change, unit, { signed: true })}
                          </td>
                          <td>
                            <button
                              type="button"
                              className="small"
                              aria-label={t('takes.tryLabel', {
                                value: formatValue(item.needed, unit),
                                kpi: item.name,
                              })}
                              onClick={() => onTry(item.kpiId, item.needed!)}
                            >
                              {t('takes.tryIt')}
                            </button>
                          </td>
                        </>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </div>
    </section>
  );
}
