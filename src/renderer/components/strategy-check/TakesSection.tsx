/**
 * What it takes: for the scorecard or one objective, the value each KPI alone would need (the others as they are,
 * the what-if values included) to turn it green, or why that KPI alone cannot. "Try it" types the value in as a what-if.
 */
import { useId, useState } from 'react';
import type { TakesTarget, WhatIf, WhatIfValue, WhatItTakes } from '../../../shared/analysis';
import { formatPercent, formatValue } from '../../../shared/format';
import { call } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import { STATUS_TEXT } from '../StatusBadge';
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
        <h3 id={`${id}-title`}>What it takes</h3>
        <div className="field what-if-inline">
          <label htmlFor={`${id}-target`}>To turn green</label>
          <select id={`${id}-target`} value={pick} onChange={(e) => setChosen(e.target.value)}>
            <option value={SCORECARD}>The scorecard</option>
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
            <p className="meta">Working it out…</p>
          ) : null
        ) : data.status === 'green' ? (
          <p>
            {`${data.target.name} is already on track (${formatPercent(data.score, { maxDecimals: 1 })}): nothing to do.`}
          </p>
        ) : (
          <>
            <p className="meta">
              {`${data.target.name} is ${formatPercent(data.score, { maxDecimals: 1 })}, ${STATUS_TEXT[data.status].label.toLowerCase()}. Each row is one KPI changed alone, the others as they are${values.length ? ' (with the what-if values)' : ''}.`}
            </p>
            <table className="what-if-table" aria-label={`What it takes to turn ${data.target.name} green`}>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="num">
                    Now
                  </th>
                  <th scope="col" className="num">
                    Needed
                  </th>
                  <th scope="col" className="num">
                    Change
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Try it</span>
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
                          {item.note || 'This KPI alone cannot turn it green.'}
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
                              aria-label={`Try it: ${formatValue(item.needed, unit)} for ${item.name}`}
                              onClick={() => onTry(item.kpiId, item.needed!)}
                            >
                              Try it
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
