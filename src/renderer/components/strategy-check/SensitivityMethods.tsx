/** Each score under every rollup method: does the verdict hang on the choice of method? */
import type { Sensitivity } from '../../../shared/analysis';
import type { RollupMethod } from '../../../shared/domain';
import { formatPercent } from '../../../shared/format';
import { Pair } from './WhatIfTable';

export const METHOD_LABEL: Record<RollupMethod, string> = {
  weighted_mean: 'Weighted mean',
  worst_child: 'Worst child',
};

export function SensitivityMethods({ sensitivity }: { sensitivity: Sensitivity }) {
  const first = sensitivity.targets[0];
  if (!first) return null;
  const methods = first.methods.map((m) => m.method);
  const own = methods[0];
  return (
    <section className="what-if-card" aria-label="Score under each rollup method">
      <h3>Rollup methods</h3>
      <table className="what-if-table">
        <caption className="visually-hidden">
          The score of the scorecard and each perspective under each rollup method
        </caption>
        <thead>
          <tr>
            <th scope="col">Score of</th>
            {methods.map((m) => (
              <th key={m} scope="col" className="num">
                {METHOD_LABEL[m]}
                {m === own ? <span className="what-if-in-use">in use</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sensitivity.targets.map((t) => (
            <tr key={`${t.kind}-${t.id}`}>
              <th scope="row">{t.kind === 'scorecard' ? `The scorecard (${t.name})` : t.name}</th>
              {methods.map((m) => {
                const score = t.methods.find((x) => x.method === m);
                return (
                  <td key={m} className="num">
                    <Pair
                      text={formatPercent(score?.score ?? null, { maxDecimals: 1 })}
                      status={score?.status ?? 'none'}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
