/**
 * Rectangular blocks of cells as spreadsheets put them on the clipboard: tab-separated, CRLF (or LF) line ends,
 * a trailing line end, cells with tabs, line breaks or quotes wrapped in double quotes.
 */
import Papa from 'papaparse';
import { t } from './i18n';

export type TsvBlock = { ok: true; rows: string[][] } | { ok: false; reason: string };

/** Lines and tabs, for text whose quotes are not the CSV kind (a cell reading `5" screen`). */
function splitPlain(text: string): string[][] {
  return text.split(/\r\n|\n|\r/).map((line) => line.split('\t'));
}

/** The block a clipboard text holds, every row padded to the same width. */
export function parseTsvBlock(text: string): TsvBlock {
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') return { ok: false, reason: t('grid:paste.emptyClipboard') };
  const parsed = Papa.parse<string[]>(body, { delimiter: '\t', quoteChar: '"', newline: '' });
  let rows = parsed.errors.some((e) => e.type === 'Quotes') ? splitPlain(body) : parsed.data;
  // Spreadsheets end the copied text with a line break, which is not an extra empty row.
  const last = rows[rows.length - 1];
  if (rows.length > 1 && last && last.length === 1 && last[0] === '') rows = rows.slice(0, -1);
  const width = Math.max(...rows.map((r) => r.length));
  return {
    ok: true,
    rows: rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r)),
  };
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A block as spreadsheets expect it on the clipboard: tabs between cells, CRLF between rows. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quoteCell).join('\t')).join('\r\n');
}
