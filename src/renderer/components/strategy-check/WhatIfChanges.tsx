/** What the hypothetical values would change, in words (status names, not only colours), announced as it changes. */
import type { WhatIf, WhatIfChange } from '../../../shared/analysis';
import { formatPercent } from '../../../shared/format';
import { STATUS_TEXT } from '../StatusBadge';

const KIND: Record<WhatIfChange['kind'], string> = {
  scorecard: 'Scorecard',
  perspective: 'Perspective',
  objective: 'Objective',
  kpi: 'KPI',
};

function state(s: WhatIfChange['before']): string {
  return `${formatPercent(s.score, { maxDecimals: 1 })} ${STATUS_TEXT[s.status].label}`;
}

interface Props {
  whatIf: WhatIf | null;
  hypotheses: number;
  current: boolean;
}

export function WhatIfChanges({ whatIf, hypotheses, current }: Props) {
  const changes = current && hypotheses > 0 ? (whatIf?.changes ?? []) : [];
  return (
    <section className="what-if-card what-if-changes" aria-labelledby="what-if-changes-title">
      <h3 id="what-if-changes-title">What would change</h3>
      <div aria-live="polite">
        {hypotheses === 0 ? (
          <p className="meta">Type a value in the What-if column to see what it would change.</p>
        ) : !current ? (
          <p className="meta">Working out…</p>
        ) : changes.length === 0 ? (
          <p>{hypotheses === 1 ? 'This value changes' : 'These values change'} no score or status.</p>
        ) : (
          <ul aria-label="Changes" className="what-if-change-list">
            {changes.map((c) => (
              <li
                key={`${c.kind}-${c.id}`}
                className={c.before.status !== c.after.status ? 'status-changed' : undefined}
              >
                <span className="what-if-change-kind">{KIND[c.kind]}</span> {c.name}:{' '}
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
