/**
 * Export to spreadsheet: a scorecard as an Excel workbook (the scorecard table of a period, every measurement and
 * the KPI definitions) or as CSV (every measurement). The app saves it where the user chooses in its save dialog;
 * browser mode downloads it. Progress, the outcome and any refusal are said in the dialog itself.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { t as translate } from '../../../shared/i18n';
import { call, errorMessage, isElectron } from '../../api';
import { downloadBase64 } from '../../download';
import { nextPeriod, periodKind, periodLabel, previousPeriod, type PeriodKind } from '../../../shared/periods';
import type { SpreadsheetExportResult, SpreadsheetFormat } from '../../../shared/sheets';
import { useDocumentStore } from '../../stores/document-store';
import { Modal } from '../Modal';
import '../../styles/sheets.css';

type Step = 'idle' | 'working' | 'done' | 'cancelled' | 'failed';

/** The formats; their words are the catalogue's grid:export.<format> and <format>Holds. */
const FORMATS: readonly SpreadsheetFormat[] = ['xlsx', 'csv'];

const MIME: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** Periods before the shown one (and a few after), of its kind: the shown one is chosen, the rest are a step away. */
const BACK: Record<PeriodKind, number> = { month: 23, quarter: 11, year: 5 };
const AHEAD: Record<PeriodKind, number> = { month: 3, quarter: 2, year: 1 };

function periodChoices(shown: string): string[] {
  const kind = periodKind(shown);
  const out: string[] = [];
  for (let i = AHEAD[kind]; i >= 1; i--) out.push(nextPeriod(shown, i));
  out.push(shown);
  for (let i = 1; i <= BACK[kind]; i++) out.push(previousPeriod(shown, i));
  return out;
}

const kilobytes = (bytes: number) =>
  translate('grid:import.size.kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });

function doneMessage(result: SpreadsheetExportResult): string {
  return result.path
    ? translate('grid:export.saved', { path: result.path, size: kilobytes(result.bytes) })
    : translate('grid:export.downloaded', { name: result.fileName, size: kilobytes(result.bytes) });
}

export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('grid');
  const id = useId();
  const scorecards = useDocumentStore((s) => s.scorecards);
  const tree = useDocumentStore((s) => s.tree);
  const shown = useDocumentStore((s) => s.period);
  const [scorecardId, setScorecardId] = useState(tree?.scorecard.id ?? scorecards[0]?.id ?? 0);
  const [period, setPeriod] = useState(shown ?? '');
  const [format, setFormat] = useState<SpreadsheetFormat>('xlsx');
  const [step, setStep] = useState<Step>('idle');
  const [message, setMessage] = useState('');
  if (!tree || !shown) return null;
  const fy = (scorecards.find((s) => s.id === scorecardId) ?? tree.scorecard).fiscalYearStartMonth;
  const busy = step === 'working';

  async function run(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setStep('working');
    const what = format === 'xlsx' ? t('export.makingWorkbook') : t('export.writingCsv');
    setMessage(isElectron() ? t('export.thenChoose', { what }) : t('export.working', { what }));
    try {
      const result = await call('spreadsheet.export', { scorecardId, period, format });
      if (!result) {
        setStep('cancelled');
        setMessage(t('export.cancelled'));
        return;
      }
      if (result.base64 !== null) downloadBase64(result.base64, result.fileName, MIME[format]);
      setStep('done');
      setMessage(doneMessage(result));
    } catch (err) {
      setStep('failed');
      setMessage(errorMessage(err));
    }
  }

  return (
    <Modal title={t('export.title')} onClose={onClose} size="medium">
      <form noValidate onSubmit={(e) => void run(e)}>
        <div className="dialog-body sheet-export">
          {step === 'failed' ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {message}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-scorecard`}>{t('export.scorecard')}</label>
            <select
              id={`${id}-scorecard`}
              value={scorecardId}
              disabled={busy}
              onChange={(e) => setScorecardId(Number(e.target.value))}
            >
              {scorecards.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field sheet-period">
            <label htmlFor={`${id}-period`}>{t('export.period')}</label>
            <select
              id={`${id}-period`}
              value={period}
              disabled={busy}
              aria-describedby={`${id}-period-hint`}
              onChange={(e) => setPeriod(e.target.value)}
            >
              {periodChoices(shown).map((p) => (
                <option key={p} value={p}>
                  {p === shown ? t('export.shown', { period: periodLabel(p, fy) }) : periodLabel(p, fy)}
                </option>
              ))}
            </select>
            <span className="field-hint" id={`${id}-period-hint`}>
              {t('export.periodHint')}
            </span>
          </div>
          <fieldset className="fieldset">
            <legend>{t('export.format')}</legend>
            {FORMATS.map((f) => (
              <div className="field-checkbox sheet-format" key={f}>
                <input
                  type="radio"
                  id={`${id}-${f}`}
                  name={`${id}-format`}
                  value={f}
                  checked={format === f}
                  disabled={busy}
                  aria-describedby={`${id}-${f}-holds`}
                  onChange={() => setFormat(f)}
                />
                <label htmlFor={`${id}-${f}`}>{t(`export.${f}`)}</label>
                <span className="field-hint" id={`${id}-${f}-holds`}>
                  {t(`export.${f}Holds`)}
                </span>
              </div>
            ))}
          </fieldset>
          <p className="field-hint">{t('export.roundTrip')}</p>
          <div
            role="status"
            aria-live="polite"
            aria-label={t('export.status')}
            className={`sheet-progress sheet-progress-${step}`}
          >
            {step === 'working' || step === 'done' || step === 'cancelled' ? (
              <p>
                {step === 'done' ? (
                  <span className="sheet-progress-symbol" aria-hidden="true">
                    ✓{' '}
                  </span>
                ) : null}
                {message}
              </p>
            ) : null}
          </div>
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('export.close')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('export.exporting') : isElectron() ? t('export.exportDialog') : t('export.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
