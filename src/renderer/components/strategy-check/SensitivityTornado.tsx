/** The tornado of one score (scorecard or perspective), with the swings in words for screen readers and a count of the small ones. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SensitivityTarget } from '../../../shared/analysis';
import { formatNumber, formatPercent } from '../../../shared/format';
import {
  MIN_SWING,
  splitSwings,
  swingLabel,
  swingText,
  tornadoHeight,
  tornadoOption,
} from '../../../shared/charts/tornado';
import { EChart, useChartTheme } from '../EChart';

export function SensitivityTornado({ target, step }: { target: SensitivityTarget; step: number }) {
  const { t } = useTranslation('map');
  const theme = useChartTheme();
  const name = target.kind === 'scorecard' ? t('sensitivity.theScorecard') : target.name;
  const split = useMemo(() => splitSwings(target.swings, target.score), [target]);
  const option = useMemo(
    () =>
      target.score === null
        ? null
        : tornadoOption({ base: target.score, name: target.name, swings: split.shown }, theme),
    [target, split, theme],
  );
  const notes: string[] = [];
  if (split.more) notes.push(t('sensitivity.notDrawn', { count: split.more }));
  if (split.small) {
    notes.push(t('sensitivity.small', { count: split.small, points: formatNumber(MIN_SWING) }));
  }
  if (target.score === null) return <p className="meta">{t('sensitivity.noScore', { name })}</p>;
  return (
    <div className="what-if-tornado">
      <p className="meta">
        {t('sensitivity.tornadoIntro', {
          name,
          score: formatPercent(target.score, { maxDecimals: 1 }),
          step: formatNumber(step),
        })}
      </p>
      {split.shown.length && option ? (
        <EChart
          option={option}
          ariaLabel={t('sensitivity.tornadoLabel', { name })}
          onExportName={t('sensitivity.exportName', { name: target.name })}
          height={tornadoHeight(split.shown.length)}
          summary={
            <ul>
              {split.shown.map((s) => (
                <li key={`${s.kind}-${s.id}`}>{`${swingLabel(s)}: ${swingText(s, target.score)}`}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <p>{t('sensitivity.noSwing', { name, points: formatNumber(MIN_SWING) })}</p>
      )}
      {notes.length ? <p className="meta what-if-note">{notes.join(' ')}</p> : null}
    </div>
  );
}
