/**
 * One link in detail: the finding in words, the relation at every lag tested, the pair over time and the scatter of
 * lagged values at the best lag (or at lag 0 when no lag has enough pairs), each chart described in text for
 * screen readers.
 */
import { useMemo } from 'react';
import type { CheckBasis, LinkCheck } from '../../../shared/analysis';
import {
  laggedPoints,
  laggedScatterOption,
  scatterAxisTitles,
  strategyPairOption,
  type PairSide,
} from '../../../shared/charts/strategy-pair';
import type { Kpi } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { EChart, useChartTheme } from '../EChart';
import { linkName } from './LinkTable';

interface Props {
  link: LinkCheck;
  labels: string[];
  basis: CheckBasis;
  kpis: readonly Pick<Kpi, 'id' | 'polarity'>[];
  periodWord: string;
}

const stat = (n: number | null) => formatNumber(n, { maxDecimals: 2, minDecimals: 2 });

export function LinkDetail({ link, labels, basis, kpis, periodWord }: Props) {
  const theme = useChartTheme();
  const lag = link.best?.lag ?? 0;
  const { cause, effect } = useMemo(() => {
    const lower = (ref: LinkCheck['cause']) =>
      ref.kind === 'kpi' && kpis.find((k) => k.id === ref.id)?.polarity === 'decrease';
    const side = (ref: LinkCheck['cause'], values: (number | null)[]): PairSide => ({
      ref,
      values,
      lowerIsBetter: lower(ref),
    });
    return { cause: side(link.cause, link.causeValues), effect: side(link.effect, link.effectValues) };
  }, [link, kpis]);
  const pair = useMemo(() => strategyPairOption({ cause, effect, labels, theme }), [cause, effect, labels, theme]);
  const scatter = useMemo(
    () => laggedScatterOption({ cause, effect, labels, theme, basis, lag }),
    [cause, effect, labels, theme, basis, lag],
  );
  const points = laggedPoints(link.causeValues, link.effectValues, basis, lag);
  const titles = scatterAxisTitles({ cause, effect, basis, lag });
  const name = linkName(link);
  const present = (values: readonly (number | null)[]) => values.filter((v) => v !== null).length;

  return (
    <section className="check-detail" aria-labelledby={`check-detail-${link.linkId}`}>
      <h2 id={`check-detail-${link.linkId}`}>{name}</h2>
      <p className="check-text">{link.text}</p>
      <table className="check-lags">
        <caption>Relation at each lag</caption>
        <thead>
          <tr>
            <th scope="col">Lag</th>
            <th scope="col" className="num">
              n
            </th>
            <th scope="col" className="num">
              Spearman ρ
            </th>
            <th scope="col" className="num">
              Pearson r
            </th>
          </tr>
        </thead>
        <tbody>
          {link.lags.map((l) => (
            <tr key={l.lag} className={link.best?.lag === l.lag ? 'best' : undefined}>
              <th scope="row">
                {l.lag} {periodWord}
                {l.lag === 1 ? '' : 's'}
                {link.best?.lag === l.lag ? ' (best)' : ''}
              </th>
              <td className="num">{l.n}</td>
              <td className="num">{stat(l.spearman)}</td>
              <td className="num">{stat(l.pearson)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="check-charts">
        <EChart
          option={pair}
          height={300}
          ariaLabel={`${name} over time`}
          summary={`${link.cause.name}: ${present(link.causeValues)} of ${labels.length} ${periodWord}s with a value; ${link.effect.name}: ${present(link.effectValues)}. ${labels[0] ?? ''} to ${labels[labels.length - 1] ?? ''}.`}
        />
        <EChart
          option={scatter}
          height={300}
          ariaLabel={`${name}: lagged values at lag ${lag}`}
          summary={`${points.length} paired ${periodWord}s. Across: ${titles.x}. Up: ${titles.y}.`}
        />
      </div>
    </section>
  );
}
