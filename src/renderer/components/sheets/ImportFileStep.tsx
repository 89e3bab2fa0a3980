/**
 * The wizard's first step: a file input (it works in Electron's sandboxed page and in a browser alike, with no path
 * crossing to the core), read here as base64 and sent to import.read, then a choice of sheet when there are several.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../api';
import { MAX_SPREADSHEET_BYTES, type SpreadsheetFile } from '../../../shared/sheets';
import { counted, fileSize, readAsBase64 } from './import-wizard';

interface Props {
  file: SpreadsheetFile | null;
  sheetIndex: number;
  onRead(file: SpreadsheetFile): void;
  onSheet(index: number): void;
}

export function ImportFileStep({ file, sheetIndex, onRead, onSheet }: Props) {
  const { t } = useTranslation('grid');
  const inputId = useId();
  const sheetGroup = useId();
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function read(chosen: File | undefined): Promise<void> {
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_SPREADSHEET_BYTES) {
      setError(
        t('import.file.tooBig', {
          name: chosen.name,
          size: fileSize(chosen.size),
          max: fileSize(MAX_SPREADSHEET_BYTES),
        }),
      );
      return;
    }
    if (chosen.size === 0) {
      setError(t('import.file.empty', { name: chosen.name }));
      return;
    }
    try {
      const size = fileSize(chosen.size);
      setProgress(t('import.file.reading', { name: chosen.name, size }));
      const base64 = await readAsBase64(chosen, (f) =>
        setProgress(t('import.file.readingPercent', { name: chosen.name, size, percent: Math.round(f * 100) })),
      );
      setProgress(t('import.file.readingSheets', { name: chosen.name }));
      const answer = await call('import.read', { fileName: chosen.name, dataBase64: base64 });
      if (answer.sheets.length === 0) {
        setError(t('import.file.noSheets', { name: chosen.name }));
        return;
      }
      onRead(answer);
    } catch (err) {
      // The core's refusals name the file already; a failure of the reader here does not.
      const message = errorMessage(err);
      setError(
        message.includes(chosen.name) ? message : t('import.file.couldNotRead', { name: chosen.name, reason: message }),
      );
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="import-file">
      <div className="field">
        <label htmlFor={inputId}>{t('import.file.label')}</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          data-autofocus
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <p className="field-hint" id={`${inputId}-hint`}>
          {t('import.file.hint')}
        </p>
      </div>
      <p role="status" className="import-progress">
        {progress}
      </p>
      {error ? (
        <div className="form-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </div>
      ) : null}
      {file && !progress ? (
        file.sheets.length > 1 ? (
          <fieldset className="fieldset">
            <legend>{t('import.file.sheetOf', { name: file.fileName })}</legend>
            <div className="import-sheet-list">
              {file.sheets.map((s, i) => (
                <label key={`${i}-${s.name}`} className="field-checkbox">
                  <input type="radio" name={sheetGroup} checked={i === sheetIndex} onChange={() => onSheet(i)} />
                  <span>
                    {s.name} <span className="field-hint">({rowCount(s.rows.length)})</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <p className="import-read">
            {t('import.file.read', { name: file.fileName, rows: rowCount(file.sheets[0]?.rows.length ?? 0) })}
          </p>
        )
      ) : null}
    </div>
  );
}

const rowCount = (n: number) => counted('grid:import.file.rows', n);
