/**
 * The deck's title and perspective slides, from the same ReportData as the PDF: each perspective shows its
 * objectives by score as a native bar chart and the table of the same objectives.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Objective, Perspective } from '../../../shared/domain';
import type { ObjectiveScore } from '../../../shared/evaluation';
import { t } from '../../../shared/i18n';
import type { ReportData, ReportScorecard } from '../../../shared/report';
import { addTable, fitColumns, paginate, rowHeight, type Cell, type Column } from './deck-tables';
import {
  ACCENT,
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
  scoreText,
  SLIDE_H,
  SLIDE_W,
  STATUS_COLOUR,
  statusWord,
  type SlideContext,
} from './deck-theme';

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

export const perspectivesInOrder = (sc: ReportScorecard): Perspective[] => [...sc.tree.perspectives].sort(byPosition);

/** "6 October 2026", as the PDF's cover prints the date. */
export const longDate = (iso: string): string => deckDate(iso, 'long');

/** A font size that keeps a one-line title within its width (PowerPoint only shrinks text once it is edited). */
export function fittedSize(text: string, widthIn: number, maxPt: number, minPt: number, lines = 1): number {
  const fits = (pt: number) => text.length * pt * 0.58 <= widthIn * 72 * lines * 0.95;
  let pt = maxPt;
  while (pt > minPt && !fits(pt)) pt -= 1;
  return pt;
}

export function titleSlide(pptx: PptxGenJS, data: ReportData, sc: ReportScorecard): void {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  slide.addShape('rect', {
    x: 0,
    y: 0,
    w: 0.35,
    h: SLIDE_H,
    fill: { color: ACCENT },
    line: { color: ACCENT, width: 0 },
  });
  const x = 1.1;
  const w = SLIDE_W - x - 0.8;
  slide.addText(data.cover.title, {
    x,
    y: 1.6,
    w,
    h: 0.5,
    fontFace: FONT,
    fontSize: 18,
    color: MUTED,
    objectName: 'Report title',
  });
  const name = sc.tree.scorecard.name;
  slide.addText(name, {
    x,
    y: 2.15,
    w,
    h: 1.6,
    fontFace: FONT,
    fontSize: fittedSize(name, w, 44, 24, 2),
    bold: true,
    color: INK,
    valign: 'top',
    objectName: 'Scorecard name',
  });
  slide.addText(sc.periodLabel, { x, y: 3.85, w, h: 0.7, fontFace: FONT, fontSize: 28, color: ACCENT, bold: true });
  // The company defaults to the scorecard's name, printed just above: once is enough.
  const company = data.cover.companyName === sc.tree.scorecard.name ? '' : data.cover.companyName;
  const lines = [
    company,
    data.cover.preparedBy ? t('deck:title.preparedBy', { name: data.cover.preparedBy }) : '',
    longDate(data.cover.date),
  ]
    .filter(Boolean)
    .map((text) => ({ text, options: { breakLine: true } }));
  slide.addText(lines, {
    x,
    y: 5.3,
    w,
    h: 1.3,
    fontFace: FONT,
    fontSize: 16,
    color: INK,
    valign: 'top',
    paraSpaceAfter: 4,
  });
}

interface ScoredObjective {
  objective: Objective;
  score: ObjectiveScore | undefined;
}

/** The perspective's objectives, best score first; those without a score last, in the scorecard's order. */
function objectivesByScore(sc: ReportScorecard, p: Perspective): ScoredObjective[] {
  return sc.tree.objectives
    .filter((o) => o.perspectiveId === p.id)
    .sort(byPosition)
    .map((objective) => ({ objective, score: sc.evaluation.objectives.find((s) => s.objectiveId === objective.id) }))
    .sort((a, b) => (b.score?.score ?? -1) - (a.score?.score ?? -1));
}

/** A category label short enough for the chart's axis; the table beside it has the whole title. */
const axisLabel = (title: string): string => (title.length > 42 ? `${title.slice(0, 40).trimEnd()}…` : title);

const CHART_W = 5.4;
const TABLE_X = MARGIN + CHART_W + 0.25;

function objectiveChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, items: ScoredObjective[], name: string): void {
  // Bars run top to bottom in the table's order; a bar per objective, coloured by its status.
  // An objective without a score has no bar (not a bar at 0 %), and its label says why.
  const labels = items
    .map((i) =>
      i.score?.score == null
        ? t('deck:perspective.noData', { title: axisLabel(i.objective.title) })
        : axisLabel(i.objective.title),
    )
    .reverse();
  const values = items.map((i) => i.score?.score ?? null).reverse() as number[];
  const colours = items.map((i) => STATUS_COLOUR[i.score?.status ?? 'none']).reverse();
  const height = Math.min(BODY_BOTTOM - BODY_TOP, Math.max(3.6, 0.9 + items.length * 0.5));
  slide.addChart(pptx.ChartType.bar, [{ name: t('deck:perspective.series'), labels, values }], {
    x: MARGIN,
    y: BODY_TOP,
    w: CHART_W,
    h: height,
    barDir: 'bar',
    chartColors: colours.length > 1 ? colours : [colours[0] ?? ACCENT, colours[0] ?? ACCENT],
    valAxisMinVal: 0,
    valAxisMaxVal: 100,
    valAxisMajorUnit: 25,
    valAxisLabelFormatCode: '0" %"',
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: MUTED,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 10,
    catAxisLabelColor: INK,
    valGridLine: { color: 'E4E7EB', size: 0.5 },
    showValue: true,
    dataLabelFormatCode: '0" %"',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 10,
    dataLabelColor: INK,
    dataLabelPosition: 'outEnd',
    barGapWidthPct: 60,
    showLegend: false,
    altText: t('deck:perspective.chartLabel', { perspective: name }),
    objectName: `${name} chart`,
  });
}

/** One slide per perspective (more when its objectives do not fit): the chart and the table of the same objectives. */
export function perspectiveSlides(pptx: PptxGenJS, ctx: SlideContext, sc: ReportScorecard): number {
  let count = 0;
  for (const p of perspectivesInOrder(sc)) {
    const s = sc.evaluation.perspectives.find((x) => x.perspectiveId === p.id);
    const items = objectivesByScore(sc, p);
    const lede = t('deck:perspective.lede', {
      score: scoreText(s?.score),
      status: statusWord(s?.status ?? 'none'),
      count: items.length,
      period: sc.periodLabel,
    });
    if (items.length === 0) {
      const slide = contentSlide(pptx, ctx, p.name, lede);
      slide.addText(t('deck:perspective.empty'), {
        x: MARGIN,
        y: BODY_TOP,
        w: CONTENT_W,
        h: 0.5,
        fontFace: FONT,
        fontSize: 16,
        color: MUTED,
      });
      count++;
      continue;
    }
    const columns: Column[] = fitColumns([
      { header: t('deck:perspective.objective'), w: 2.7 },
      { header: t('deck:perspective.owner'), w: 1.45 },
      { header: t('deck:perspective.score'), w: 0.75, align: 'right' },
      { header: t('deck:perspective.status'), w: 1.18, status: true },
      { header: t('deck:perspective.kpis'), w: SLIDE_W - MARGIN - TABLE_X - 6.08, align: 'right' },
    ]);
    // The KPIs are named under their objective: the deck carries every objective and KPI of the scorecard.
    const kpiNames = (o: Objective) =>
      sc.tree.kpis
        .filter((k) => k.objectiveId === o.id)
        .sort(byPosition)
        .map((k) => k.name)
        .join(' · ');
    const rowOf = ({ objective: o, score }: ScoredObjective): Cell[] => [
      { main: o.title, sub: kpiNames(o) },
      o.owner || '—',
      scoreText(score?.score),
      { status: score?.status ?? 'none' },
      String(sc.tree.kpis.filter((k) => k.objectiveId === o.id).length),
    ];
    const header = rowHeight(
      columns.map((c) => c.header),
      columns,
    );
    // At most ten bars a slide, so each bar and its label stay readable.
    const pages = paginate(items, (i) => rowHeight(rowOf(i), columns), BODY_BOTTOM - BODY_TOP, header).flatMap((page) =>
      Array.from({ length: Math.ceil(page.length / 10) }, (_, i) => page.slice(i * 10, i * 10 + 10)),
    );
    pages.forEach((page, i) => {
      const slide = contentSlide(pptx, ctx, continued(p.name, i), lede);
      objectiveChart(slide, pptx, page, p.name);
      addTable(slide, columns, page.map(rowOf), { x: TABLE_X, y: BODY_TOP, name: `${p.name} table ${i + 1}` });
    });
    count += pages.length;
  }
  return count;
}
