/**
 * Native tables that never overflow a slide: each row's height is worked out from its wrapped text before it is
 * placed, and rows that do not fit continue on a further slide under the same header ("… (continued)").
 * Also the initiatives and open actions slides, which are tables only.
 */
import type PptxGenJS from 'pptxgenjs';
import type { InitiativeStatus, Status } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import type { ReportScorecard } from '../../../shared/report';
import type { ActionItem } from '../../../shared/review';
import {
  BAND,
  BODY_BOTTOM,
  BODY_TOP,
  CONTENT_W,
  continued,
  contentSlide,
  deckDate,
  FONT,
  INK,
  MARGIN,
  MUTED,
  RULE,
  scoreText,
  STATUS_COLOUR,
  STATUS_SOFT,
  statusWord,
  type SlideContext,
} from './deck-theme';

export interface Column {
  header: string;
  /** Width in inches. */
  w: number;
  align?: 'left' | 'right' | 'center';
  /** The column shows statuses in words ("! Gefährdet"), whose glyph must stay on its word's line. */
  status?: boolean;
}

/** One cell: plain text, a status in its word on its colour, or a line with a smaller one under it. */
export type Cell = string | { status: Status } | { main: string; sub: string };

export const TABLE_PT = 11;
const LINE_IN = (TABLE_PT * 1.25) / 72;
const CELL_PAD_IN = 0.1 + 0.04;
/** About the average advance of Inter and of DejaVu Sans (what LibreOffice shows without Inter), in ems, a little wide so a row is never taller than planned. */
const CHAR_EM = 0.53;

/** How many lines the text takes in a column of this width, wrapping at spaces as PowerPoint does. */
export function wrappedLines(text: string, widthIn: number, pt = TABLE_PT): number {
  const perLine = Math.max(4, Math.floor(((widthIn - 0.2) * 72) / (pt * CHAR_EM)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used > 0 && used + 1 + len > perLine) {
        lines += 1;
        used = 0;
      }
      // A word longer than the line breaks inside itself.
      if (len > perLine) {
        lines += Math.ceil(len / perLine) - 1;
        used = len % perLine;
      } else used += (used > 0 ? 1 : 0) + len;
    }
  }
  return lines;
}

const cellText = (c: Cell): string => (typeof c === 'string' ? c : 'status' in c ? statusWord(c.status) : c.main);

const SUB_PT = TABLE_PT - 2;

/** The height a cell's text needs, in inches: its smaller second line at its own size. */
function cellHeight(c: Cell, widthIn: number): number {
  if (typeof c === 'object' && 'main' in c && c.sub) {
    return wrappedLines(c.main, widthIn) * LINE_IN + (wrappedLines(c.sub, widthIn, SUB_PT) * SUB_PT * 1.25) / 72;
  }
  return wrappedLines(cellText(c), widthIn) * LINE_IN;
}

/** A bold letter's advance in ems, generous: DejaVu Sans Bold, which LibreOffice shows without Inter, is wide. */
const BOLD_EM = 0.66;

/** The runs of a text that must not break inside: its words (a no-break space joins two), a status's glyph with its first word. */
function unbreakable(c: Column): string[] {
  const words = (text: string) => text.split(' ').filter(Boolean);
  const statuses = c.status ? (['green', 'amber', 'red', 'none'] as const).map((s) => statusWord(s)) : [];
  return [
    ...words(c.header),
    ...statuses.flatMap((text) => {
      const [glyph = '', first = '', ...rest] = words(text);
      return [`${glyph} ${first}`, ...rest];
    }),
  ];
}

/**
 * The columns with room for their longest header word and status word in the deck's language ("Verantwortlich",
 * "! Gefährdet" would break inside), taken from the `flexible` column, which has text that wraps at spaces. In
 * English every column keeps its width.
 */
export function fitColumns(columns: readonly Column[], flexible = 0): Column[] {
  const fitted = columns.map((c) => {
    const longest = Math.max(0, ...unbreakable(c).map((run) => [...run].length));
    return { ...c, w: Math.max(c.w, Math.ceil(((longest * TABLE_PT * BOLD_EM) / 72 + 0.2) * 100) / 100) };
  });
  const grown = fitted.reduce((sum, c, i) => sum + c.w - columns[i]!.w, 0);
  if (grown > 0) fitted[flexible] = { ...fitted[flexible]!, w: fitted[flexible]!.w - grown };
  return fitted;
}

export function rowHeight(cells: readonly Cell[], columns: readonly Column[]): number {
  return Math.max(LINE_IN, ...cells.map((c, i) => cellHeight(c, columns[i]!.w))) + CELL_PAD_IN;
}

/** Rows split into pages whose heights (with the header) fit in `available` inches; at least one row per page. */
export function paginate<T>(
  rows: readonly T[],
  heightOf: (row: T) => number,
  available: number,
  header: number,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = header;
  for (const row of rows) {
    const h = heightOf(row);
    if (page.length > 0 && used + h > available) {
      pages.push(page);
      page = [];
      used = header;
    }
    page.push(row);
    used += h;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

function toCell(c: Cell, column: Column, shaded: boolean): PptxGenJS.TableCell {
  const base: PptxGenJS.TableCellProps = {
    fontFace: FONT,
    fontSize: TABLE_PT,
    color: INK,
    align: column.align ?? 'left',
    valign: 'top',
    fill: { color: shaded ? BAND : 'FFFFFF' },
    border: [{ type: 'none' }, { type: 'none' }, { pt: 0.75, color: RULE }, { type: 'none' }],
  };
  if (typeof c === 'string') return { text: c, options: base };
  if ('main' in c) {
    const sub = c.sub ? [{ text: c.sub, options: { fontSize: SUB_PT, color: MUTED } }] : [];
    return { text: [{ text: c.main, options: { breakLine: sub.length > 0 } }, ...sub], options: base };
  }
  return {
    text: statusWord(c.status),
    options: { ...base, bold: true, color: STATUS_COLOUR[c.status], fill: { color: STATUS_SOFT[c.status] } },
  };
}

/** Places one page of a table; its rows have the heights planned for them. */
export function addTable(
  slide: PptxGenJS.Slide,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  at: { x: number; y: number; name: string },
): void {
  const header: PptxGenJS.TableRow = columns.map((c) => ({
    text: c.header,
    options: {
      fontFace: FONT,
      fontSize: TABLE_PT,
      bold: true,
      color: INK,
      align: c.align ?? 'left',
      fill: { color: 'E8EEFC' },
      border: [{ type: 'none' }, { type: 'none' }, { pt: 1.25, color: '8A94A3' }, { type: 'none' }],
    },
  }));
  const body = rows.map((r, i) => r.map((c, j) => toCell(c, columns[j]!, i % 2 === 1)));
  slide.addTable([header, ...body], {
    x: at.x,
    y: at.y,
    w: columns.reduce((s, c) => s + c.w, 0),
    colW: columns.map((c) => c.w),
    rowH: [
      rowHeight(
        columns.map((c) => c.header),
        columns,
      ),
      ...rows.map((r) => rowHeight(r, columns)),
    ],
    autoPage: false,
    objectName: at.name,
  });
}

/** A table over as many slides as it needs, each with the title (then "… (continued)") and the header. */
export function tableSlides(
  pptx: PptxGenJS,
  ctx: SlideContext,
  title: string,
  lede: string,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
): number {
  const header = rowHeight(
    columns.map((c) => c.header),
    columns,
  );
  const pages = paginate(rows, (r) => rowHeight(r, columns), BODY_BOTTOM - BODY_TOP, header);
  pages.forEach((page, i) => {
    const slide = contentSlide(pptx, ctx, continued(title, i), lede);
    addTable(slide, columns, page, { x: MARGIN, y: BODY_TOP, name: `${title} table ${i + 1}` });
  });
  return pages.length;
}

/** The report's words for an initiative's state ("✓ Done"). */
const initiativeStatus = (status: InitiativeStatus): string => t(`report:initiatives.state.${status}`);

/** "16 Jun 2025", as the PDF prints dates in tables. */
const shortDate = (iso: string): string => deckDate(iso, 'short');

/** "3 Mar 2026 – 30 Sep 2026", or the one date known. */
function dates(start: string | null, end: string | null): string {
  if (!start && !end) return '—';
  return `${start ? shortDate(start) : '…'} – ${end ? shortDate(end) : '…'}`;
}

export function initiativeSlides(pptx: PptxGenJS, ctx: SlideContext, sc: ReportScorecard): number {
  if (sc.initiatives.length === 0) return 0;
  const columns: Column[] = fitColumns([
    { header: t('report:initiatives.initiative'), w: 3.2 },
    { header: t('report:initiatives.owner'), w: 1.7 },
    { header: t('deck:initiatives.dates'), w: 2.45 },
    { header: t('report:initiatives.status'), w: 1.3 },
    { header: t('deck:initiatives.percentDone'), w: 0.9, align: 'right' },
    { header: t('deck:initiatives.schedule'), w: CONTENT_W - 9.55 },
  ]);
  const rows = sc.initiatives.map(({ initiative: i, schedule, behindSchedule }) => [
    i.title,
    i.owner || '—',
    dates(i.startDate, i.endDate),
    initiativeStatus(i.status),
    scoreText(i.percentComplete),
    behindSchedule ? `! ${schedule}` : schedule,
  ]);
  const lede = t('deck:initiatives.lede', { scorecard: sc.tree.scorecard.name, period: sc.periodLabel });
  return tableSlides(pptx, ctx, t('report:initiatives.title'), lede, columns, rows);
}

/** The objective, KPI or initiative an action concerns, by name; the scorecard itself when none. */
function concernName(a: ActionItem, sc: ReportScorecard): string {
  const { tree } = sc;
  if (a.concernId === null) return t('deck:actions.scorecard');
  if (a.concernType === 'objective') return tree.objectives.find((o) => o.id === a.concernId)?.title ?? '—';
  if (a.concernType === 'kpi') return tree.kpis.find((k) => k.id === a.concernId)?.name ?? '—';
  if (a.concernType === 'initiative') return tree.initiatives.find((i) => i.id === a.concernId)?.title ?? '—';
  return '—';
}

export function actionSlides(
  pptx: PptxGenJS,
  ctx: SlideContext,
  sc: ReportScorecard,
  actions: readonly ActionItem[],
): number {
  if (actions.length === 0) return 0;
  const columns: Column[] = fitColumns([
    { header: t('deck:actions.action'), w: 4.6 },
    { header: t('deck:actions.owner'), w: 1.9 },
    { header: t('deck:actions.due'), w: 1.5 },
    { header: t('deck:actions.concerns'), w: CONTENT_W - 8 },
  ]);
  const sorted = [...actions].sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  const rows = sorted.map((a) => [
    a.title,
    a.owner || '—',
    a.dueDate ? shortDate(a.dueDate) : t('deck:actions.noDate'),
    concernName(a, sc),
  ]);
  const lede = t('deck:actions.lede', { scorecard: sc.tree.scorecard.name, count: actions.length });
  return tableSlides(pptx, ctx, t('deck:actions.title'), lede, columns, rows);
}
