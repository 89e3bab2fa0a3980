/**
 * The hint on a KPI that is summed although its name or unit says it is a rating, a rank or a level, with the
 * one-click fix. The fix is an ordinary kpi.update, so it is saved, listed in the history and undoable like any edit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGGREGATION_LABELS, summedByMistake, summedByMistakeText } from '../../shared/aggregation';
import type { Aggregation, Kpi } from '../../shared/domain';
import { errorMessage } from '../api';
import { useDocumentStore } from '../stores/document-store';

interface Props {
  kpi: Pick<Kpi, 'name' | 'unit' | 'aggregation'> & { id?: number };
  /** Where the fix goes instead of a kpi.update: the KPI form sets its own field, saved with the form. */
  onFix?(aggregation: Aggregation): void;
  compact?: boolean;
}

export function AggregationHint({ kpi, onFix, compact }: Props) {
  const { t } = useTranslation('panels');
  const run = useDocumentStore((s) => s.run);
  const readOnly = useDocumentStore((s) => s.info?.readOnly ?? false);
  const [error, setError] = useState<string | null>(null);
  const advice = summedByMistake(kpi);
  if (!advice) return null;
  const fix = advice.aggregation;
  const label = t('aggregationHint.instead', { aggregation: AGGREGATION_LABELS[fix] });

  async function apply(): Promise<void> {
    if (onFix) return onFix(fix);
    if (kpi.id === undefined) return;
    try {
      setError(null);
      await run('kpi.update', { id: kpi.id, aggregation: fix });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <div className={`aggregation-hint${compact ? ' compact' : ''}`} role="note">
      <span className="aggregation-hint-icon" aria-hidden="true">
        ⚠
      </span>
      <span className="aggregation-hint-text">{summedByMistakeText(kpi, advice)}</span>
      <button
        type="button"
        className="small"
        disabled={readOnly && !onFix}
        aria-label={t('aggregationHint.insteadFor', { aggregation: AGGREGATION_LABELS[fix], kpi: kpi.name })}
        onClick={() => void apply()}
      >
        {label}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
