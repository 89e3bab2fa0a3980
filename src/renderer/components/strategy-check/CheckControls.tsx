/**
 * What the cause-and-effect check is asked: the last period of the history, the basis (changes or levels) and the
 * lags tested. The lags are the scorecard's setting (scorecard.update checkMaxLag: saved, one undo step); the
 * basis and the period only change what is shown.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckBasis } from '../../../shared/analysis';
import type { Scorecard } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { periodLabel } from '../../../shared/periods';
import { ApiCallError, errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';

export function defaultLag(scorecard: Pick<Scorecard, 'granularity'>): string {
  return scorecard.granularity === 'month'
    ? t('map:periodCount.month', { count: 6 })
    : t('map:periodCount.quarter', { count: 2 });
}

function LagField({ scorecard }: { scorecard: Scorecard }) {
  const { t: tm } = useTranslation('map');
  const id = useId();
  const saved = editText(scorecard.checkMaxLag);
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  // Undo, redo or another window changes the setting: the field shows what is saved.
  useEffect(() => {
    setText(saved);
    setError(null);
  }, [saved]);

  async function save(): Promise<void> {
    const parsed = parseNumberInput(text);
    if (!parsed.ok) return setError(parsed.reason);
    const value = parsed.value;
    if (value !== null && (!Number.isInteger(value) || value < 0)) return setError(t('map:check.lagWhole'));
    setError(null);
    if (value === scorecard.checkMaxLag) return;
    try {
      await useDocumentStore.getState().run('scorecard.update', { id: scorecard.id, checkMaxLag: value });
    } catch (err) {
      const issue = err instanceof ApiCallError ? err.issues[0] : undefined;
      setError(issue ? issue.message : errorMessage(err));
    }
  }

  return (
    <div className="field check-lag-field">
      <label htmlFor={`${id}-lag`}>{tm('check.lagLabel')}</label>
      <input
        id={`${id}-lag`}
        type="text"
        inputMode="numeric"
        value={text}
        placeholder={defaultLag(scorecard)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-lag-help${error ? ` ${id}-lag-error` : ''}`}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => e.key === 'Enter' && void save()}
      />
      <span id={`${id}-lag-help`} className="field-hint">
        {tm('check.lagHelp', { lag: defaultLag(scorecard) })}
      </span>
      {error ? (
        <span id={`${id}-lag-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface Props {
  scorecard: Scorecard;
  basis: CheckBasis;
  onBasis: (basis: CheckBasis) => void;
  period: string | null;
  onPeriod: (period: string | null) => void;
  /** The period the rest of the app shows, offered as the end of the history. */
  shownPeriod: string | null;
}

export function CheckControls({ scorecard, basis, onBasis, period, onPeriod, shownPeriod }: Props) {
  const { t: tm } = useTranslation('map');
  const id = useId();
  const fy = scorecard.fiscalYearStartMonth;
  return (
    <div className="check-controls">
      <div className="field">
        <label htmlFor={`${id}-period`}>{tm('check.historyUpTo')}</label>
        <select id={`${id}-period`} value={period ?? ''} onChange={(e) => onPeriod(e.target.value || null)}>
          <option value="">{tm('check.latestPeriod')}</option>
          {shownPeriod ? (
            <option value={shownPeriod}>{tm('check.periodShown', { period: periodLabel(shownPeriod, fy) })}</option>
          ) : null}
          {/* Chosen before the app's period moved on: it stays chosen, and listed, until changed here. */}
          {period && period !== shownPeriod ? <option value={period}>{periodLabel(period, fy)}</option> : null}
        </select>
      </div>
      <fieldset className="check-basis">
        <legend>{tm('check.compare')}</legend>
        {(
          [
            ['changes', tm('check.basis.changes')],
            ['levels', tm('check.basis.levels')],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="radio-inline">
            <input
              type="radio"
              name={`${id}-basis`}
              value={value}
              checked={basis === value}
              onChange={() => onBasis(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <LagField scorecard={scorecard} />
    </div>
  );
}
