/** What the hypothetical values would change, in words (status names, not only colours), announced as it changes. */
import { useTranslation } from 'react-i18next';
import type { WhatIf, WhatIfChange } from '../../../shared/analysis';
import { formatPercent } from '../../../shared/format';
import { t } from '../../../shared/i18n';

function state(s: WhatIfChange['before']): string {
  return t('map:whatIf.state', {
    score: formatPercent(s.score, { maxDecimals: 1 }),
    status: t(`map:status.${s.status}`),
  });
}

interface Props {
  whatIf: WhatIf | null;
  hypotheses: number;
  current: boolean;
}

export function WhatIfChanges({ whatIf, hypotheses, current }: Props) {
  const { t: tm } = useTranslation('map');
  const changes = current && hypotheses > 0 ? (whatIf?.changes ?? []) : [];
  return (
    <section className="what-if-card what-if-changes" aria-labelledby="what-if-changes-title">
      <h3 id="what-if-changes-title">{tm('whatIf.changesHeading')}</h3>
      <div aria-live="polite">
        {hypotheses === 0 ? (
          <p className="meta">{tm('whatIf.typeValue')}</p>
        ) : !current ? (
          <p className="meta">{tm('whatIf.working')}</p>
        ) : changes.length === 0 ? (
          <p>{tm('whatIf.noChange', { count: hypotheses })}</p>
        ) : (
          <ul aria-label={tm('whatIf.changesList')} className="what-if-change-list">
            {changes.map((c) => (
              <li
                key={`${c.kind}-${c.id}`}
                className={c.before.status !== c.after.status ? 'status-changed' : undefined}
              >
                <span className="what-if-change-kind">{tm(`whatIf.kind.${c.kind}`)}</span>{' '}
                {tm('whatIf.changeName', { name: c.name })}{' '}
                <span className="what-if-change-state">{state(c.before)}</span>
                {' → '}
                <strong className="what-if-change-state">{state(c.after)}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
