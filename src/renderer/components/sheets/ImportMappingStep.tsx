/**
 * The wizard's second step: how the sheet's columns are read. The core detects the layout; the user can switch
 * wide or long, move the header row, and choose the columns, each change answered by a fresh preview. The first rows
 * of the sheet are shown with the columns in use marked, so the choice is checked against the file itself.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportLayout, ImportMapping, ImportPreview, SheetTable } from '../../../shared/sheets';
import { formatNumber } from '../../../shared/format';
import { periodLabel } from '../../../shared/periods';
import { scanHeaderRow } from '../../../shared/import/detect';
import { cellText, columnLetter, summarize } from './import-wizard';

const SHOWN_ROWS = 8;
const SHOWN_COLUMNS = 14;
const HEADER_CHOICES = 30;

interface Props {
  sheet: SheetTable;
  preview: ImportPreview;
  /** The scorecard's fiscal year start: a quarter's label names its months when the year is not the calendar's. */
  fy: number;
  onMapping(mapping: ImportMapping): void;
}

type LongRole = 'periodColumn' | 'valueColumn' | 'targetColumn' | 'noteColumn';
type Role = 'name' | 'period' | 'value' | 'target' | 'note';

export function ImportMappingStep({ sheet, preview, fy, onMapping }: Props) {
  const { t } = useTranslation('grid');
  const id = useId();
  const m = preview.mapping;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const header = sheet.rows[m.headerRow] ?? [];
  const headerText = (c: number) => cellText(header[c]);
  const columnName = (c: number) => {
    const text = headerText(c).trim();
    return text ? `${columnLetter(c)} — ${summarize([text], 40)}` : columnLetter(c);
  };
  const columns = Array.from({ length: width }, (_, c) => c);
  const periodOf = new Map((m.periodColumns ?? []).map((p) => [p.column, p.period]));

  // A change of layout, header row or name column reads the period headers again (by the core's own rules), since
  // the old list no longer fits.
  function withPeriods(next: ImportMapping): ImportMapping {
    const { periodColumns: _old, ...rest } = next;
    if (next.layout !== 'wide') return rest;
    const periodColumns: { column: number; period: string }[] = [];
    scanHeaderRow(sheet, next.headerRow).reads.forEach((read, column) => {
      if (read.kind === 'period' && column !== next.nameColumn) periodColumns.push({ column, period: read.period });
    });
    return { ...rest, periodColumns };
  }

  function setLayout(layout: ImportLayout): void {
    if (layout === m.layout) return;
    if (layout === 'wide') {
      const { periodColumn: _p, valueColumn: _v, targetColumn: _t, noteColumn: _n, ...rest } = m;
      onMapping(withPeriods({ ...rest, layout }));
      return;
    }
    // Long needs a period and a value column: the first two after the name column, until the user says otherwise.
    const others = columns.filter((c) => c !== m.nameColumn);
    onMapping({
      ...withPeriods({ ...m, layout }),
      ...(others[0] !== undefined ? { periodColumn: others[0] } : {}),
      ...(others[1] !== undefined ? { valueColumn: others[1] } : {}),
    });
  }

  function setLongColumn(role: LongRole, value: string): void {
    const { [role]: _old, ...rest } = m;
    onMapping(value === '' ? rest : { ...rest, [role]: Number(value) });
  }

  function setDecimal(value: string): void {
    const { decimal: _old, ...rest } = m;
    onMapping(value === '.' || value === ',' ? { ...rest, decimal: value } : rest);
  }
  const { decimal, from } = preview.numbers;
  const example = decimal === '.' ? '1,234.5' : '1.234,5';
  const numbersHint =
    from === 'mixed'
      ? t('import.mapping.numbersMixed')
      : from === 'choice'
        ? t('import.mapping.numbersChosen', { example })
        : from === 'sheet'
          ? t('import.mapping.numbersFromSheet', { example })
          : t('import.mapping.numbersFromLanguage', { example });

  const roleOf = (c: number): Role | null => {
    if (c === m.nameColumn) return 'name';
    if (m.layout === 'wide') return periodOf.has(c) ? 'period' : null;
    if (c === m.periodColumn) return 'period';
    if (c === m.valueColumn) return 'value';
    if (c === m.targetColumn) return 'target';
    if (c === m.noteColumn) return 'note';
    return null;
  };
  const shownColumns = columns.slice(0, SHOWN_COLUMNS);
  const firstRow = Math.max(0, Math.min(m.headerRow, sheet.rows.length - SHOWN_ROWS));
  const shownRows = sheet.rows.slice(firstRow, firstRow + SHOWN_ROWS);
  const ignored = columns.filter((c) => c !== m.nameColumn && !periodOf.has(c) && headerText(c).trim() !== '');

  const longSelect = (role: LongRole, label: string, optional: boolean) => (
    <div className="field">
      <label htmlFor={`${id}-${role}`}>{label}</label>
      <select
        id={`${id}-${role}`}
        value={m[role] === undefined ? '' : String(m[role])}
        onChange={(e) => setLongColumn(role, e.target.value)}
      >
        {optional || m[role] === undefined ? (
          <option value="">{optional ? t('import.mapping.none') : t('import.mapping.chooseColumn')}</option>
        ) : null}
        {columns.map((c) => (
          <option key={c} value={c}>
            {columnName(c)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="import-mapping">
      <p className="import-detected">{preview.detected}</p>
      {preview.problems.length > 0 ? (
        <div className="form-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {preview.problems.join(' ')}
        </div>
      ) : null}
      <div className="import-mapping-controls">
        <fieldset className="fieldset import-layout">
          <legend>{t('import.mapping.layout')}</legend>
          <label className="field-checkbox">
            <input
              type="radio"
              name={`${id}-layout`}
              checked={m.layout === 'wide'}
              onChange={() => setLayout('wide')}
            />
            <span>{t('import.mapping.wide')}</span>
          </label>
          <label className="field-checkbox">
            <input
              type="radio"
              name={`${id}-layout`}
              checked={m.layout === 'long'}
              onChange={() => setLayout('long')}
            />
            <span>{t('import.mapping.long')}</span>
          </label>
        </fieldset>
        <div className="field-row">
          <div className="field grow">
            <label htmlFor={`${id}-header`}>{t('import.mapping.headerRow')}</label>
            <select
              id={`${id}-header`}
              value={m.headerRow}
              onChange={(e) => onMapping(withPeriods({ ...m, headerRow: Number(e.target.value) }))}
            >
              {sheet.rows.slice(0, HEADER_CHOICES).map((row, r) => (
                <option key={r} value={r}>
                  {t('import.mapping.rowOption', { row: r + 1, cells: summarize(row.map(cellText), 50) })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('import.mapping.nameColumn')}</label>
            <select
              id={`${id}-name`}
              value={m.nameColumn}
              onChange={(e) => onMapping(withPeriods({ ...m, nameColumn: Number(e.target.value) }))}
            >
              {columns.map((c) => (
                <option key={c} value={c}>
                  {columnName(c)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-decimal`}>{t('import.mapping.numbers')}</label>
          <select
            id={`${id}-decimal`}
            value={m.decimal ?? ''}
            aria-describedby={`${id}-decimal-hint`}
            onChange={(e) => setDecimal(e.target.value)}
          >
            <option value="">{t('import.mapping.numbersAuto')}</option>
            <option value=".">{t('import.mapping.numbersPoint')}</option>
            <option value=",">{t('import.mapping.numbersComma')}</option>
          </select>
          <p className="field-hint" id={`${id}-decimal-hint`}>
            {numbersHint}
          </p>
        </div>
        {m.layout === 'long' ? (
          <div className="field-row">
            {longSelect('periodColumn', t('import.mapping.periodColumn'), false)}
            {longSelect('valueColumn', t('import.mapping.valueColumn'), false)}
            {longSelect('targetColumn', t('import.mapping.targetColumn'), true)}
            {longSelect('noteColumn', t('import.mapping.noteColumn'), true)}
          </div>
        ) : null}
        {m.layout === 'wide' ? (
          <div className="import-periods">
            <h4 id={`${id}-periods`}>{t('import.mapping.periods')}</h4>
            {periodOf.size === 0 ? (
              <p className="field-hint">{t('import.mapping.noPeriods', { row: m.headerRow + 1 })}</p>
            ) : (
              <ul aria-labelledby={`${id}-periods`}>
                {(m.periodColumns ?? []).map((p) => (
                  <li key={p.column}>
                    <span className="import-col-letter">{columnLetter(p.column)}</span>{' '}
                    {t('import.quoted', { text: headerText(p.column) })} → <strong>{periodLabel(p.period, fy)}</strong>
                  </li>
                ))}
              </ul>
            )}
            {ignored.length > 0 ? (
              <p className="field-hint">
                {t('import.mapping.leftOut', {
                  columns: ignored
                    .map((c) => `${columnLetter(c)} ${t('import.quoted', { text: headerText(c) })}`)
                    .join(', '),
                })}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="import-sheet-view" role="region" aria-label={t('import.mapping.sheetRegion')} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col" className="import-rownum">
                <span className="visually-hidden">{t('import.mapping.row')}</span>
              </th>
              {shownColumns.map((c) => {
                const role = roleOf(c);
                return (
                  <th key={c} scope="col" className={role ? `is-${role}` : undefined}>
                    {columnLetter(c)}
                    {role ? <span className="import-role">{t(`import.mapping.roles.${role}`)}</span> : null}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, i) => {
              const r = firstRow + i;
              return (
                <tr key={r} className={r === m.headerRow ? 'is-header' : r < m.headerRow ? 'is-above' : undefined}>
                  <th scope="row" className="import-rownum">
                    {r + 1}
                  </th>
                  {shownColumns.map((c) => {
                    const role = roleOf(c);
                    return (
                      <td key={c} className={role ? `is-${role}` : undefined}>
                        {cellText(row[c])}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="field-hint">
        {t(width > SHOWN_COLUMNS ? 'import.mapping.showingColumns' : 'import.mapping.showing', {
          first: firstRow + 1,
          last: firstRow + shownRows.length,
          total: formatNumber(sheet.rows.length),
          shown: SHOWN_COLUMNS,
          width,
        })}
      </p>
    </div>
  );
}
