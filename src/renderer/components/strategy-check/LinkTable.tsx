/**
 * The links of the map with their verdicts: one row per link, chosen with a click or the arrow keys (Home and End
 * too) on the row's button; the chosen link's charts and text are shown below the table.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkCheck } from '../../../shared/analysis';
import type { Granularity } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { VERDICT_TEXT } from './verdict';

function stat(n: number | null | undefined): string {
  return formatNumber(n ?? null, { maxDecimals: 2, minDecimals: 2 });
}

function pValue(p: number): string {
  return p < 0.001
    ? `< ${formatNumber(0.001, { maxDecimals: 3, minDecimals: 3 })}`
    : formatNumber(p, { maxDecimals: 3, minDecimals: 3 });
}

/** The most pairs at any lag: what "too little data" is short of. */
export function mostPairs(link: LinkCheck): number {
  return link.lags.reduce((m, l) => Math.max(m, l.n), 0);
}

export function linkName(link: LinkCheck): string {
  return `${link.cause.name} → ${link.effect.name}`;
}

interface Props {
  links: LinkCheck[];
  selected: number | null;
  onSelect: (linkId: number) => void;
  periodWord: Granularity;
}

export function LinkTable({ links, selected, onSelect, periodWord }: Props) {
  const { t } = useTranslation('map');
  const move = (e: KeyboardEvent, index: number): void => {
    const to =
      e.key === 'ArrowDown'
        ? index + 1
        : e.key === 'ArrowUp'
          ? index - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? links.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    const link = links[Math.max(0, Math.min(links.length - 1, to))]!;
    onSelect(link.linkId);
    document.getElementById(`check-link-${link.linkId}`)?.focus();
  };
  return (
    <table className="check-links">
      <caption className="visually-hidden">{t('check.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('check.table.link')}</th>
          <th scope="col">{t('check.table.verdict')}</th>
          <th scope="col" className="num">
            {t('check.table.bestLag')}
          </th>
          <th scope="col" className="num">
            {/* i18n-ignore: the statistic's symbol, the same in every language; its title says it in words */}
            <abbr title={t('check.table.spearman')}>ρ</abbr>
          </th>
          <th scope="col" className="num">
            {/* i18n-ignore: the statistic's symbol, the same in every language; its title says it in words */}
            <abbr title={t('check.table.pearson')}>r</abbr>
          </th>
          <th scope="col" className="num">
            {/* i18n-ignore: the statistic's symbol, the same in every language; its title says it in words */}
            <abbr title={t(`check.table.paired.${periodWord}`)}>n</abbr>
          </th>
          <th scope="col" className="num">
            {/* i18n-ignore: the statistic's symbol, the same in every language; its title says it in words */}
            <abbr title={t('check.table.p')}>p</abbr>
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link, i) => {
          const v = VERDICT_TEXT[link.verdict];
          const best = link.best;
          const isSelected = link.linkId === selected;
          return (
            <tr key={link.linkId} className={isSelected ? 'selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  id={`check-link-${link.linkId}`}
                  className="check-link-button"
                  aria-pressed={isSelected}
                  tabIndex={isSelected || (selected === null && i === 0) ? 0 : -1}
                  onClick={() => onSelect(link.linkId)}
                  onKeyDown={(e) => move(e, i)}
                >
                  {linkName(link)}
                </button>
              </th>
              <td>
                <span className={`verdict verdict-${link.verdict}`}>
                  <span className="verdict-icon" aria-hidden="true">
                    {v.glyph}
                  </span>
                  {v.label}
                </span>
              </td>
              <td className="num">{best ? t(`periodCount.${periodWord}`, { count: best.lag }) : '–'}</td>
              <td className="num">{best ? stat(best.spearman) : '–'}</td>
              <td className="num">{best ? stat(best.pearson) : '–'}</td>
              <td className="num">{best ? best.n : mostPairs(link)}</td>
              <td className="num">{best ? pValue(best.pValue) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
