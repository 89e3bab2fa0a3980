/**
 * Entering an actual for the chosen period. A KPI measured more often than the view (monthly in
 * a quarter) is entered per sub-period, so the form offers the months of the quarter.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { parseOptionalNumber } from '../form-kit';
import { editText } from '../../shared/number-input';
import type { Kpi, Measurement } from '../../shared/domain';
import { periodLabel } from '../../shared/periods';
import { useDocumentStore } from '../stores/document-store';

interface Props {
  kpi: Kpi;
  /** The periods at the KPI's frequency that make up the view period (one when they match). */
  periods: string[];
  fyStart: number;
  measurements: Measurement[];
  onDone(saved: boolean): void;
}

function initialPeriod(periods: string[], measurements: Measurement[]): string {
  const withValue = new Set(measurements.filter((m) => m.actual !== null).map((m) => m.period));
  return periods.find((p) => !withValue.has(p)) ?? periods[periods.length - 1];
}

export function ValueEntry({ kpi, periods, fyStart, measurements, onDone }: Props) {
  const { t } = useTranslation(['app', 'common']);
  const run = useDocumentStore((s) => s.run);
  const id = useId();
  const [period, setPeriod] = useState(() => initialPeriod(periods, measurements));
  const existing = (p: string) => measurements.find((m) => m.period === p && m.actual !== null) ?? null;
  const [text, setText] = useState(() => editText(existing(period)?.actual));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function choosePeriod(p: string): void {
    setPeriod(p);
    setText(editText(existing(p)?.actual));
    setError(null);
  }

  async function save(actual: number | null): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      if (actual === null) await run('measurement.delete', { kpiId: kpi.id, period });
      else await run('measurement.set', { kpiId: kpi.id, period, actual });
      onDone(true);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  function submit(e: FormEvent): void {
    e.preventDefault();
    const parsed = parseOptionalNumber(text);
    if (!parsed.ok) return setError(t('valueEntry.invalid', { reason: parsed.message }));
    if (parsed.value === null) return setError(t('valueEntry.empty'));
    void save(parsed.value);
  }

  const label = t('valueEntry.label', { kpi: kpi.name, period: periodLabel(period, fyStart) });
  return (
    <form
      className="value-entry"
      noValidate
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone(false);
        }
      }}
    >
      {periods.length > 1 ? (
        <div className="inline-field">
          <label htmlFor={`${id}-period`}>
            {kpi.frequency === 'month' ? t('periodPicker.kinds.month') : t('periodPicker.kinds.quarter')}
          </label>
          <select id={`${id}-period`} value={period} onChange={(e) => choosePeriod(e.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {existing(p) ? t('valueEntry.hasValue', { period: periodLabel(p, fyStart) }) : periodLabel(p, fyStart)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="inline-field">
        <label htmlFor={`${id}-value`}>{label}</label>
        <div className="field-control">
          <input
            id={`${id}-value`}
            className="value-input"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            // Entry opens on purpose from the row's button: the cursor belongs in the box.
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => (setText(e.target.value), setError(null))}
          />
          {kpi.unit ? <span className="field-suffix">{kpi.unit}</span> : null}
        </div>
      </div>
      <div className="value-entry-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('valueEntry.save')}
        </button>
        {existing(period) ? (
          <button type="button" disabled={busy} onClick={() => void save(null)}>
            {t('valueEntry.clear')}
          </button>
        ) : null}
        <button type="button" onClick={() => onDone(false)}>
          {t('common:cancel')}
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </form>
  );
}
