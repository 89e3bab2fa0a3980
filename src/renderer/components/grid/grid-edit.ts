/**
 * What a paste, a clear or a copy of a selected range means for the document, worked out before anything is
 * sent: a paste becomes one list of items for measurement.setMany, or, when any cell is wrong, no items and a
 * reason for each wrong cell (nothing is saved).
 */
import type { Input } from '../../../shared/contract';
import { parseNumberInput, editText } from '../../../shared/number-input';
import { parseTsvBlock, toTsv } from '../../../shared/tsv-block';
import type { Kpi } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { periodKind } from '../../../shared/periods';
import { readOnlyReason, type CellError, type CellView, type GridColumn } from './grid-model';
import { rectSize, type Rect } from './grid-keyboard';

export type SaveItem = Input<'measurement.setMany'>['items'][number];

export interface GridAccess {
  rows: number;
  cols: number;
  cell(r: number, c: number): CellView;
  kpi(r: number): Kpi;
  column(c: number): GridColumn;
}

/** The API takes at most this many items in one call. */
const MAX_ITEMS = 100_000;

export type PastePlan =
  | { ok: true; items: SaveItem[]; rect: Rect }
  | { ok: false; message: string; errors: Map<string, CellError>; rect: Rect | null };

/** "2 rows × 3 columns", in the current language. */
export function blockSize(rows: number, columns: number): { rows: string; columns: string } {
  return { rows: t('grid:rows', { count: rows }), columns: t('grid:columns', { count: columns }) };
}

export function planPaste(text: string, selection: Rect, g: GridAccess): PastePlan {
  const block = parseTsvBlock(text);
  if (!block.ok)
    return { ok: false, message: t('grid:paste.nothing', { reason: block.reason }), errors: new Map(), rect: null };
  let rows = block.rows;
  const sel = rectSize(selection);
  // One copied value pasted over a selected range fills the range, as in a spreadsheet.
  if (rows.length === 1 && rows[0]!.length === 1 && (sel.rows > 1 || sel.cols > 1))
    rows = Array.from({ length: sel.rows }, () => Array<string>(sel.cols).fill(rows[0]![0]!));
  const height = rows.length;
  const width = rows[0]!.length;
  const rect: Rect = {
    top: selection.top,
    left: selection.left,
    bottom: selection.top + height - 1,
    right: selection.left + width - 1,
  };
  const where = t('grid:paste.where', { kpi: g.kpi(selection.top).name, period: g.column(selection.left).label });
  if (rect.bottom >= g.rows || rect.right >= g.cols) {
    const fitRows = g.rows - selection.top;
    const fitCols = g.cols - selection.left;
    return {
      ok: false,
      message: t('grid:paste.tooBig', {
        ...blockSize(height, width),
        where,
        fitRows: t('grid:rows', { count: fitRows }),
        fitColumns: t('grid:columns', { count: fitCols }),
      }),
      errors: new Map(),
      rect: null,
    };
  }
  if (height * width > MAX_ITEMS)
    return {
      ok: false,
      message: t('grid:paste.tooMany', { max: formatNumber(MAX_ITEMS) }),
      errors: new Map(),
      rect: null,
    };
  const items: SaveItem[] = [];
  const errors = new Map<string, CellError>();
  let firstBad = '';
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      const raw = rows[i]![j]!;
      const cell = g.cell(rect.top + i, rect.left + j);
      const parsed = parseNumberInput(raw);
      let reason: string | null = null;
      if (!parsed.ok) reason = parsed.reason;
      else if (cell.readOnly) {
        if (parsed.value === null) continue;
        const kpi = g.kpi(rect.top + i);
        const aggregate = readOnlyReason(kpi, periodKind(cell.period), true);
        reason = cell.locked
          ? cell.readOnly
          : aggregate
            ? t('grid:paste.readOnly', { kpi: kpi.name, reason: aggregate })
            : t('grid:paste.denied', { kpi: kpi.name, reason: cell.readOnly });
      }
      if (reason !== null) {
        errors.set(cell.key, { text: raw.trim(), reason });
        firstBad ||= t('grid:paste.first', {
          reason,
          kpi: g.kpi(rect.top + i).name,
          period: g.column(rect.left + j).label,
        });
        continue;
      }
      if (parsed.ok) items.push({ kpiId: cell.kpiId, period: cell.period, actual: parsed.value });
    }
  }
  if (errors.size > 0) {
    return { ok: false, message: t('grid:paste.wrong', { count: errors.size, first: firstBad }), errors, rect };
  }
  return { ok: true, items, rect };
}

/** The values to clear in a range: editable cells that have one (read-only cells are left alone). */
export function planClear(rect: Rect, g: GridAccess): SaveItem[] {
  const items: SaveItem[] = [];
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = g.cell(r, c);
      if (!cell.readOnly && cell.actual !== null) items.push({ kpiId: cell.kpiId, period: cell.period, actual: null });
    }
  return items;
}

/** The range as a spreadsheet pastes it: plain numbers, tabs and CRLF. */
export function copyText(rect: Rect, g: GridAccess): string {
  const rows: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(editText(g.cell(r, c).actual));
    rows.push(row);
  }
  return toTsv(rows);
}
