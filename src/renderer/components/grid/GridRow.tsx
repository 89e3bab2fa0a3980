/**
 * One row of the entry grid: a perspective or objective header, or a KPI with a cell per period. Memoised, so
 * scrolling and moving the cursor re-render only the rows whose props changed.
 */
import { memo, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CellView, GridColumn, GridRow as Row } from './grid-model';
import type { EditMode } from './grid-keyboard';
import { STATUS_TEXT } from '../StatusBadge';
import { frequencyLabel } from '../../view-format';

export interface RowEditing {
  c: number;
  text: string;
  mode: EditMode;
}

interface Props {
  row: Row;
  /** Position among all rows (0-based); aria-rowindex is this + 2, after the column header row. */
  index: number;
  start: number;
  height: number;
  columns: readonly GridColumn[];
  /** Cells of a KPI row, by column. */
  cells: readonly CellView[] | null;
  /** Selected columns of this row, inclusive; -1 when none (numbers, so the memo compares them cheaply). */
  selLeft: number;
  selRight: number;
  /** The column of the active cell when it is in this row, else -1. */
  activeCol: number;
  editing: RowEditing | null;
  errorId: string;
  onEditText(e: ChangeEvent<HTMLInputElement>): void;
}

function rowHeader(row: Row, t: TFunction<'grid'>) {
  if (row.kind !== 'kpi') return null;
  const { kpi } = row;
  const facts = [kpi.unit, frequencyLabel(kpi.frequency).toLowerCase()];
  return (
    <div role="rowheader" aria-colindex={1} className="grid-rowhead" title={kpi.name}>
      <span className="grid-kpi-name">
        {kpi.isKey ? (
          <span className="key-star" aria-label={t('keyKpi')} role="img">
            ★
          </span>
        ) : null}
        {kpi.name}
      </span>
      <span className="grid-kpi-facts" aria-hidden="true">
        {facts.filter(Boolean).join(' · ')}
      </span>
    </div>
  );
}

function Cell(props: {
  cell: CellView;
  c: number;
  r: number;
  active: boolean;
  selected: boolean;
  editing: RowEditing | null;
  errorId: string;
  onEditText(e: ChangeEvent<HTMLInputElement>): void;
}) {
  const { cell, c, r, active, selected, editing, errorId } = props;
  const classes = ['grid-cell', `cell-${cell.status}`];
  if (cell.locked) classes.push('is-locked');
  else if (cell.readOnly) classes.push('is-readonly');
  if (cell.note) classes.push('has-note');
  if (cell.error) classes.push('is-error');
  if (selected) classes.push('is-selected');
  if (active) classes.push('is-active');
  const glyph = cell.actual === null || cell.error ? '' : STATUS_TEXT[cell.status].icon;
  return (
    <div
      role="gridcell"
      aria-colindex={c + 2}
      aria-selected={selected}
      aria-readonly={cell.readOnly ? true : undefined}
      aria-invalid={cell.error ? true : undefined}
      aria-label={editing ? undefined : cell.label}
      aria-describedby={active && cell.error && !editing ? errorId : undefined}
      tabIndex={active ? 0 : -1}
      data-cell={`${r}:${c}`}
      className={classes.join(' ')}
      title={cell.title || undefined}
    >
      {editing ? (
        <input
          className="grid-input"
          aria-label={cell.name}
          aria-invalid={cell.error ? true : undefined}
          aria-describedby={cell.error ? errorId : undefined}
          value={editing.text}
          onChange={props.onEditText}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          // The cell was already focused: editing moves the cursor into its text.
          autoFocus
        />
      ) : (
        <>
          <span className={`cell-glyph glyph-${cell.status}`} aria-hidden="true">
            {glyph}
          </span>
          <span className="cell-value" aria-hidden="true">
            {cell.text}
          </span>
          {/* The space before the second line draws nothing in the cell's CSS grid; it keeps the lines apart as
              words in the cell's text, which assistive tools read. */}
          {cell.detail ? (
            <>
              {' '}
              <span className="cell-detail" aria-hidden="true">
                {cell.detail}
              </span>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}

function GridRowView(props: Props) {
  const { row, index, start, height, columns, cells, selLeft, selRight, activeCol, editing } = props;
  const { t } = useTranslation('grid');
  const style = { transform: `translateY(${start}px)`, height };
  if (row.kind !== 'kpi') {
    return (
      <div role="row" aria-rowindex={index + 2} className={`grid-row grid-group grid-${row.kind}`} style={style}>
        <div role="rowheader" aria-colindex={1} aria-colspan={columns.length + 1} className="grid-group-head">
          <span className="visually-hidden">{row.kind === 'perspective' ? t('perspective') : t('objective')}</span>
          {row.name}
        </div>
      </div>
    );
  }
  const r = row.kpiIndex;
  return (
    <div role="row" aria-rowindex={index + 2} className="grid-row grid-kpi" style={style}>
      {rowHeader(row, t)}
      {(cells ?? []).map((cell, c) => (
        <Cell
          key={cell.period}
          cell={cell}
          c={c}
          r={r}
          active={c === activeCol}
          selected={c >= selLeft && c <= selRight}
          editing={editing && editing.c === c ? editing : null}
          errorId={props.errorId}
          onEditText={props.onEditText}
        />
      ))}
    </div>
  );
}

export const GridRow = memo(GridRowView);
