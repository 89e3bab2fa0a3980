/**
 * The period's KPIs by perspective and objective: the saved value and its status, a field for a hypothetical value,
 * and the value and status it would give. Objectives and perspectives show their score before and after.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatIf } from '../../../shared/analysis';
import type { ScorecardTree, Status } from '../../../shared/domain';
import type { RollupScore } from '../../../shared/evaluation';
import { formatPercent, formatValue } from '../../../shared/format';
import { StatusBadge } from '../StatusBadge';
import type { WhatIfEntry } from './what-if-store';

interface Props {
  tree: ScorecardTree;
  whatIf: WhatIf | null;
  texts: Record<number, string>;
  errors: Record<number, string>;
  hypothetical: Record<number, WhatIfEntry>;
  onText(kpiId: number, text: string): void;
  onCommit(kpiId: number, text: string): void;
}

function Score({ score, status }: { score: number | null; status: Status }) {
  return <Pair text={formatPercent(score, { maxDecimals: 1 })} status={status} />;
}

/** A figure and its status side by side, aligned on their middles. */
export function Pair({ text, status }: { text: string; status: Status }) {
  return (
    <span className="what-if-pair">
      <span className="what-if-score">{text}</span> <StatusBadge status={status} />
    </span>
  );
}

/** A rollup's row: its score as saved, and in the last column what it would be, when the values move it. */
function RollupCells({ before, after }: { before: RollupScore | undefined; after: RollupScore | undefined }) {
  const moved = before && after && (after.score !== before.score || after.status !== before.status);
  return (
    <>
      <td className="num">{before ? <Score score={before.score} status={before.status} /> : null}</td>
      <td />
      <td>{moved ? <Score score={after.score} status={after.status} /> : null}</td>
    </>
  );
}

export function WhatIfTable({ tree, whatIf, texts, errors, hypothetical, onText, onCommit }: Props) {
  const { t } = useTranslation('map');
  const id = useId();
  const before = whatIf?.before;
  const after = whatIf?.after;
  return (
    <table className="what-if-table what-if-kpis">
      <caption className="visually-hidden">{t('whatIf.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('whatIf.table.kpi')}</th>
          <th scope="col" className="num">
            {t('whatIf.table.saved')}
          </th>
          <th scope="col">{t('whatIf.table.value')}</th>
          <th scope="col">{t('whatIf.table.wouldBe')}</th>
        </tr>
      </thead>
      {tree.perspectives.map((p) => (
        <tbody key={p.id}>
          <tr className="what-if-perspective">
            <th scope="rowgroup">{p.name}</th>
            <RollupCells
              before={before?.perspectives.find((x) => x.perspectiveId === p.id)}
              after={after?.perspectives.find((x) => x.perspectiveId === p.id)}
            />
          </tr>
          {tree.objectives
            .filter((o) => o.perspectiveId === p.id)
            .flatMap((o) => [
              <tr key={`o${o.id}`} className="what-if-objective">
                <th scope="row">{o.title}</th>
                <RollupCells
                  before={before?.objectives.find((x) => x.objectiveId === o.id)}
                  after={after?.objectives.find((x) => x.objectiveId === o.id)}
                />
              </tr>,
              ...tree.kpis
                .filter((k) => k.objectiveId === o.id)
                .map((k) => {
                  const was = before?.kpis.find((x) => x.kpiId === k.id);
                  const now = after?.kpis.find((x) => x.kpiId === k.id);
                  const field = `${id}-kpi-${k.id}`;
                  const error = errors[k.id];
                  const changed = k.id in hypothetical;
                  return (
                    <tr key={`k${k.id}`} className={changed ? 'what-if-kpi changed' : 'what-if-kpi'}>
                      <th scope="row" className="what-if-kpi-name">
                        <label htmlFor={field}>{k.name}</label>
                      </th>
                      <td className="num">
                        {was ? <Pair text={formatValue(was.actual, k.unit)} status={was.status} /> : null}
                      </td>
                      <td>
                        <input
                          id={field}
                          className="what-if-input"
                          type="text"
                          inputMode="decimal"
                          aria-label={t('whatIf.table.fieldLabel', { kpi: k.name })}
                          placeholder={k.unit ? t('whatIf.table.inUnit', { unit: k.unit }) : undefined}
                          value={texts[k.id] ?? ''}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${field}-error` : undefined}
                          onChange={(e) => onText(k.id, e.target.value)}
                          onBlur={(e) => onCommit(k.id, e.target.value)}
                          onKeyDown={(e) => e.key === 'Enter' && onCommit(k.id, e.currentTarget.value)}
                        />
                        {error ? (
                          <span id={`${field}-error`} className="field-error" role="alert">
                            {error}
                          </span>
                        ) : null}
                      </td>
                      <td>
                        {changed && now ? <Pair text={formatValue(now.actual, k.unit)} status={now.status} /> : null}
                      </td>
                    </tr>
                  );
                }),
            ])}
        </tbody>
      ))}
    </table>
  );
}
