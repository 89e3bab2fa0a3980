/** Each score under every rollup method: does the verdict hang on the choice of method? */
import { useTranslation } from 'react-i18next';
import type { Sensitivity } from '../../../shared/analysis';
import type { RollupMethod } from '../../../shared/domain';
import { formatPercent } from '../../../shared/format';
import { Pair } from './WhatIfTable';

const METHOD_KEY = {
  weighted_mean: 'weightedMean',
  worst_child: 'worstChild',
} as const satisfies Record<RollupMethod, string>;

export function SensitivityMethods({ sensitivity }: { sensitivity: Sensitivity }) {
  const { t } = useTranslation('map');
  const first = sensitivity.targets[0];
  if (!first) return null;
  const methods = first.methods.map((m) => m.method);
  const own = methods[0];
  return (
    <section className="what-if-card" aria-label={t('sensitivity.methodsLabel')}>
      <h3>{t('sensitivity.methods')}</h3>
      <table className="what-if-table">
        <caption className="visually-hidden">{t('sensitivity.methodsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sensitivity.scoreOf')}</th>
            {methods.map((m) => (
              <th key={m} scope="col" className="num">
                {t(`sensitivity.method.${METHOD_KEY[m]}`)}
                {m === own ? <span className="what-if-in-use">{t('sensitivity.inUse')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sensitivity.targets.map((target) => (
            <tr key={`${target.kind}-${target.id}`}>
              <th scope="row">
                {target.kind === 'scorecard' ? t('sensitivity.scorecardNamed', { name: target.name }) : target.name}
              </th>
              {methods.map((m) => {
                const score = target.methods.find((x) => x.method === m);
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
