/**
 * The wizard's first step: a file input (it works in Electron's sandboxed page and in a browser alike, with no path
 * crossing to the core), read here as base64 and sent to import.read, then a choice of sheet when there are several.
 */
import { useId, useState } from 'react';
import { call, errorMessage } from '../../api';
import { MAX_SPREADSHEET_BYTES, type SpreadsheetFile } from '../../../shared/sheets';
import { fileSize, readAsBase64 } from './import-wizard';

interface Props {
  file: SpreadsheetFile | null;
  sheetIndex: number;
  onRead(file: SpreadsheetFile): void;
  onSheet(index: number): void;
}

export function ImportFileStep({ file, sheetIndex, onRead, onSheet }: Props) {
  const inputId = useId();
  const sheetGroup = useId();
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function read(chosen: File | undefined): Promise<void> {
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_SPREADSHEET_BYTES) {
      setError(
        `“${chosen.name}” is ${fileSize(chosen.size)}; Quadrant reads spreadsheets up to ${fileSize(MAX_SPREADSHEET_BYTES)}. Save the values you need in a smaller file.`,
      );
      return;
    }
    if (chosen.size === 0) {
      setError(`“${chosen.name}” is empty.`);
      return;
    }
    try {
      setProgress(`Reading “${chosen.name}” (${fileSize(chosen.size)})…`);
      const base64 = await readAsBase64(chosen, (f) =>
        setProgress(`Reading “${chosen.name}” (${fileSize(chosen.size)})… ${Math.round(f * 100)} %`),
      );
      setProgress(`Reading the sheets of “${chosen.name}”…`);
      const answer = await call('import.read', { fileName: chosen.name, dataBase64: base64 });
      if (answer.sheets.length === 0) {
        setError(`“${chosen.name}” has no sheets to read.`);
        return;
      }
      onRead(answer);
    } catch (err) {
      // The core's refusals name the file already; a failure of the reader here does not.
      const message = errorMessage(err);
      setError(message.includes(chosen.name) ? message : `Could not read “${chosen.name}”: ${message}`);
    } finally {
      setProgress(null);
    }
  }

  return (
    <div className="import-file">
      <div className="field">
        <label htmlFor={inputId}>Spreadsheet file (XLSX or CSV)</label>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${inputId}-hint`}
          data-autofocus
          onChange={(e) => void read(e.target.files?.[0])}
        />
        <p className="field-hint" id={`${inputId}-hint`}>
          One row per KPI with a column per period (“Q1 2026”, “2026-03”, “Mar 2026”), or one row per value with KPI,
          period and value columns. Nothing is written before the last step.
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
            <legend>Sheet of “{file.fileName}” to import</legend>
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
            Read “{file.fileName}”: {rowCount(file.sheets[0]?.rows.length ?? 0)}. Next shows how its columns are read.
          </p>
        )
      ) : null}
    </div>
  );
}

const rowCount = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'}`;
