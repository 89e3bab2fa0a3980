/**
 * The deck's executive summary, with the numbers of the PDF's: the overall score, each perspective against the
 * previous period, and the top risks (continued on a slide of their own when they do not fit under the scores).
 */
import type PptxGenJS from 'pptxgenjs';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import type { ReportScorecard } from '../../../shared/report';
import { perspectivesInOrder } from './deck-slides';
import { addTable, fitColumns, paginate, rowHeight, type Cell, type Column } from './deck-tables';
import {
  BODY_BOTTOM,
  BODY_TOP,
  CONTENT_W,
  continued,
  contentSlide,
  FONT,
  INK,
  MARGIN,
  MUTED,
  scoreText,
  STATUS_COLOUR,
  statusWord,
  type SlideContext,
} from './deck-theme';

const changeText = (before: number | null | undefined, now: number | null | undefined): string => {
  if (before === null || before === undefined || now === null || now === undefined) return '—';
  const points = Math.round(now - before);
  if (points === 0) return `▶ ${t('report:format.noChange')}`;
  const change = t('report:format.points', { change: formatNumber(points, { signed: true }) });
  return `${points > 0 ? '▲' : '▼'} ${change}`;
};

/** "Down 4 points since Q2 2026", as the PDF's summary says it; what is missing when either period has no score. */
function changeWords(before: number | null, now: number | null, since: string): string {
  if (now === null) return t('report:format.noDataNow');
  if (before === null) return t('report:format.noDataFor', { period: since });
  const points = Math.round(now - before);
  if (points === 0) return t('report:format.flat', { period: since });
  const count = Math.abs(points);
  return t(points > 0 ? 'report:format.up' : 'report:format.down', {
    count,
    points: formatNumber(count),
    period: since,
  });
}

const HERO_H = 1.7;

/** The executive summary: overall score, each perspective against the previous period, and the top risks. */
export function summarySlides(pptx: PptxGenJS, ctx: SlideContext, sc: ReportScorecard): number {
  const { evaluation: now, previous: before } = sc;
  const title = t('report:summary.title');
  const lede = t('report:summary.lede', {
    scorecard: sc.tree.scorecard.name,
    period: sc.periodLabel,
    previous: sc.previousLabel,
  });
  const slide = contentSlide(pptx, ctx, title, lede);
  const status = now.scorecard.status;
  slide.addShape('roundRect', {
    x: MARGIN,
    y: BODY_TOP,
    w: 3.4,
    h: HERO_H,
    rectRadius: 0.08,
    fill: { color: 'F7F9FC' },
    line: { color: STATUS_COLOUR[status], width: 1.5 },
  });
  slide.addText(
    [
      { text: t('report:summary.overall'), options: { fontSize: 13, color: MUTED, breakLine: true } },
      { text: scoreText(now.scorecard.score), options: { fontSize: 36, bold: true, color: INK, breakLine: true } },
      {
        text: statusWord(status),
        options: { fontSize: 15, bold: true, color: STATUS_COLOUR[status], breakLine: true },
      },
      {
        text: changeWords(before.scorecard.score, now.scorecard.score, sc.previousLabel),
        options: { fontSize: 12, color: MUTED },
      },
    ],
    {
      x: MARGIN + 0.15,
      y: BODY_TOP + 0.08,
      w: 3.1,
      h: HERO_H - 0.16,
      fontFace: FONT,
      valign: 'top',
      objectName: 'Overall score',
    },
  );
  const columns: Column[] = fitColumns([
    { header: t('deck:summary.perspective'), w: 3.6 },
    { header: sc.periodLabel, w: 1.35, align: 'right' },
    { header: t('report:summary.status'), w: 1.55, status: true },
    { header: t('deck:summary.since', { period: sc.previousLabel }), w: CONTENT_W - 3.7 - 6.5 },
  ]);
  const rows: Cell[][] = perspectivesInOrder(sc).map((p) => {
    const s = now.perspectives.find((x) => x.perspectiveId === p.id);
    const b = before.perspectives.find((x) => x.perspectiveId === p.id);
    return [p.name, scoreText(s?.score), { status: s?.status ?? 'none' }, changeText(b?.score, s?.score)];
  });
  addTable(slide, columns, rows, { x: MARGIN + 3.7, y: BODY_TOP, name: 'Perspective scores' });
  const tableH = [columns.map((c) => c.header), ...rows].reduce((h, r) => h + rowHeight(r, columns), 0);

  const risksTop = BODY_TOP + Math.max(HERO_H, tableH) + 0.15;
  slide.addText(t('report:summary.topRisks'), {
    x: MARGIN,
    y: risksTop,
    w: 4,
    h: 0.4,
    fontFace: FONT,
    fontSize: 16,
    bold: true,
    color: INK,
  });
  if (sc.risks.length === 0) {
    slide.addText(t('report:summary.noRisks'), {
      x: MARGIN,
      y: risksTop + 0.45,
      w: CONTENT_W,
      h: 0.4,
      fontFace: FONT,
      fontSize: 13,
      color: MUTED,
    });
    return 1;
  }
  const riskColumns: Column[] = fitColumns(
    [
      { header: t('report:summary.item'), w: 4.1 },
      { header: t('report:summary.score'), w: 0.9, align: 'right' },
      { header: t('report:summary.status'), w: 1.4, status: true },
      { header: t('report:summary.why'), w: CONTENT_W - 6.4 },
    ],
    3,
  );
  const riskRows: Cell[][] = sc.risks.map((r) => [
    {
      main: r.name,
      sub: `${t(r.kind === 'kpi' ? 'report:summary.keyKpi' : 'report:summary.objective')} · ${r.context}`,
    },
    scoreText(r.score),
    { status: r.status },
    r.reason,
  ]);
  // The first page of risks shares the slide with the scores; the rest continue on slides of their own.
  const heightOf = (r: Cell[]) => rowHeight(r, riskColumns);
  const header = rowHeight(
    riskColumns.map((c) => c.header),
    riskColumns,
  );
  const first = paginate(riskRows, heightOf, BODY_BOTTOM - (risksTop + 0.45), header)[0]!;
  addTable(slide, riskColumns, first, { x: MARGIN, y: risksTop + 0.45, name: 'Top risks' });
  const rest = paginate(riskRows.slice(first.length), heightOf, BODY_BOTTOM - BODY_TOP, header);
  rest.forEach((page, i) => {
    const more = contentSlide(pptx, ctx, continued(title, i + 1), t('deck:summary.moreRisks', { lede }));
    addTable(more, riskColumns, page, { x: MARGIN, y: BODY_TOP, name: `Top risks ${i + 2}` });
  });
  return 1 + rest.length;
}
