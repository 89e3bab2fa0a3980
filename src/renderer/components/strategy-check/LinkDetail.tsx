/**
 * One link in detail: the finding in words, the relation at every lag tested, the pair over time and the scatter of
 * lagged values at the best lag (or at lag 0 when no lag has enough pairs), each chart described in text for
 * screen readers.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckBasis, LinkCheck } from '../../../shared/analysis';
import {
  laggedPoints,
  laggedScatterOption,
  scatterAxisTitles,
  strategyPairOption,
  type PairSide,
} from '../../../shared/charts/strategy-pair';
import type { Granularity, Kpi } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { EChart, useChartTheme } from '../EChart';
import { linkName } from './LinkTable';

interface Props {
  link: LinkCheck;
  labels: string[];
  basis: CheckBasis;
  kpis: readonly Pick<Kpi, 'id' | 'polarity'>[];
  periodWord: Granularity;
}

const stat = (n: number | null) => formatNumber(n, { maxDecimals: 2, minDecimals: 2 });

export function LinkDetail({ link, labels, basis, kpis, periodWord }: Props) {
  const { t } = useTranslation('map');
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
        <caption>{t('check.lags.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('check.lags.lag')}</th>
            <th scope="col" className="num">
              {/* i18n-ignore: the statistic's symbol (number of pairs), the same in every language */}n
            </th>
            <th scope="col" className="num">
              {t('check.lags.spearman')}
            </th>
            <th scope="col" className="num">
              {t('check.lags.pearson')}
            </th>
          </tr>
        </thead>
        <tbody>
          {link.lags.map((l) => (
            <tr key={l.lag} className={link.best?.lag === l.lag ? 'best' : undefined}>
              <th scope="row">
                {link.best?.lag === l.lag
                  ? t('check.lags.best', { lag: t(`periodCount.${periodWord}`, { count: l.lag }) })
                  : t(`periodCount.${periodWord}`, { count: l.lag })}
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
          ariaLabel={t('check.pairChart', { name })}
          summary={t(`check.pairSummary.${periodWord}`, {
            cause: link.cause.name,
            causeCount: present(link.causeValues),
            count: labels.length,
            effect: link.effect.name,
            effectCount: present(link.effectValues),
            from: labels[0] ?? '',
            to: labels[labels.length - 1] ?? '',
          })}
        />
        <EChart
          option={scatter}
          height={300}
          ariaLabel={t('check.scatterChart', { name, lag })}
          summary={t(`check.scatterSummary.${periodWord}`, { count: points.length, x: titles.x, y: titles.y })}
        />
      </div>
    </section>
  );
}
