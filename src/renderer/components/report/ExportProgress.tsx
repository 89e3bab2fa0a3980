/** Where the export stands: a progress bar while it runs, then the outcome in words with a symbol. */
import { useTranslation } from 'react-i18next';
import type { ExportState } from './use-report-export';

const STEPS = ['saving-settings', 'printing', 'done'] as const;

/** `label` names the status region, so a view with two exports (report, minutes) keeps them apart. */
export function ExportProgress({ state, label: named }: { state: ExportState; label?: string }) {
  const { t } = useTranslation('report');
  const label = named ?? t('progress.status');
  if (state.step === 'idle') return <div role="status" aria-live="polite" aria-label={label} className="report-progress" />;
  const running = state.step === 'saving-settings' || state.step === 'printing';
  const value = STEPS.indexOf(state.step as (typeof STEPS)[number]) + 1;
  const symbol = state.step === 'done' ? '✓' : state.step === 'failed' ? '✕' : state.step === 'cancelled' ? '–' : '';
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label={label}
      className={`report-progress report-progress-${state.step}`}
    >
      {running ? <progress max={STEPS.length} value={value} aria-label={t('progress.bar')} /> : null}
      <p>
        {symbol ? (
          <span className="report-progress-symbol" aria-hidden="true">
            {symbol}{' '}
          </span>
        ) : null}
        {state.message}
      </p>
    </div>
  );
}
