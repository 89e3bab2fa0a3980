/** The tornado of one score (scorecard or perspective), with the swings in words for screen readers and a count of the small ones. */
import { useMemo } from 'react';
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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function SensitivityTornado({ target, step }: { target: SensitivityTarget; step: number }) {
  const theme = useChartTheme();
  const name = target.kind === 'scorecard' ? 'the scorecard' : target.name;
  const split = useMemo(() => splitSwings(target.swings, target.score), [target]);
  const option = useMemo(
    () =>
      target.score === null
        ? null
        : tornadoOption({ base: target.score, name: target.name, swings: split.shown }, theme),
    [target, split, theme],
  );
  const notes: string[] = [];
  if (split.more) notes.push(`${plural(split.more, 'more weight', 'more weights')} not drawn.`);
  if (split.small) {
    notes.push(
      `${plural(split.small, 'weight moves', 'weights move')} it by less than ${formatNumber(MIN_SWING)} points.`,
    );
  }
  if (target.score === null) return <p className="meta">{`No score for ${name} in this period: nothing to move.`}</p>;
  return (
    <div className="what-if-tornado">
      <p className="meta">
        {`The score of ${name} is ${formatPercent(target.score, { maxDecimals: 1 })}; each bar is one weight ${formatNumber(step)} lower and ${formatNumber(step)} higher.`}
      </p>
      {split.shown.length && option ? (
        <EChart
          option={option}
          ariaLabel={`How the score of ${name} moves with each weight`}
          onExportName={`sensitivity ${target.name}`}
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
        <p>{`No weight moves the score of ${name} by ${formatNumber(MIN_SWING)} points or more.`}</p>
      )}
      {notes.length ? <p className="meta what-if-note">{notes.join(' ')}</p> : null}
    </div>
  );
}
