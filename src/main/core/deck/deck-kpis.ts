/**
 * One slide per key KPI, as the PDF's KPI pages: its history against target as a native line chart, and where it
 * stands (actual, target, progress, status in words) with the formula that works the status out.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Kpi } from '../../../shared/domain';
import { formatRange, formatValue } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import type { ReportScorecard } from '../../../shared/report';
import { addTable, type Cell, type Column } from './deck-tables';
import {
  ACCENT,
  BODY_BOTTOM,
  BODY_TOP,
  contentSlide,
  FONT,
  INK,
  MARGIN,
  MUTED,
  scoreText,
  SLIDE_W,
  type SlideContext,
} from './deck-theme';
import { perspectivesInOrder } from './deck-slides';

/** The direction as the PDF's KPI page says it. */
const polarityText = (polarity: Kpi['polarity']): string =>
  polarity === 'range' ? t('report:kpiPage.rangePolarity') : t(`engine:polarity.${polarity}`);

const byPosition = <T extends { position: number; id: number }>(a: T, b: T) => a.position - b.position || a.id - b.id;

/** Key KPIs in the order of the scorecard table, as the PDF prints their pages. */
export function keyKpisInOrder(sc: ReportScorecard): Kpi[] {
  return perspectivesInOrder(sc).flatMap((p) =>
    sc.tree.objectives
      .filter((o) => o.perspectiveId === p.id)
      .sort(byPosition)
      .flatMap((o) => sc.tree.kpis.filter((k) => k.objectiveId === o.id && k.isKey).sort(byPosition)),
  );
}

function targetText(kpi: Kpi, target: number | null | undefined): string {
  if (target !== null && target !== undefined) return formatValue(target, kpi.unit);
  return kpi.polarity === 'range' ? formatRange(kpi.rangeLow, kpi.rangeHigh, kpi.unit) : formatValue(null, kpi.unit);
}

const CHART_W = 7.7;
const SIDE_X = MARGIN + CHART_W + 0.3;
const SIDE_W = SLIDE_W - MARGIN - SIDE_X;

function historyChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, sc: ReportScorecard, kpi: Kpi): void {
  const points = sc.history[kpi.id] ?? [];
  if (!points.some((p) => p.actual !== null || p.target !== null)) {
    slide.addText(t('deck:kpi.noValues', { kpi: kpi.name, period: sc.periodLabel }), {
      x: MARGIN,
      y: BODY_TOP,
      w: CHART_W,
      h: 0.6,
      fontFace: FONT,
      fontSize: 15,
      color: MUTED,
    });
    return;
  }
  const labels = points.map((p) => p.label);
  const unit = kpi.unit.trim();
  slide.addChart(
    pptx.ChartType.line,
    [
      { name: t('deck:kpi.actual'), labels, values: points.map((p) => p.actual) as number[] },
      { name: t('deck:kpi.target'), labels, values: points.map((p) => p.target) as number[] },
    ],
    {
      x: MARGIN,
      y: BODY_TOP,
      w: CHART_W,
      h: BODY_BOTTOM - BODY_TOP - 0.35,
      chartColors: [ACCENT, '8A94A3'],
      lineSize: 2.5,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 7,
      displayBlanksAs: 'gap',
      // Hidden, but PowerPoint shows them when asked: in the deck's font too.
      dataLabelFontFace: FONT,
      catAxisLabelFontFace: FONT,
      catAxisLabelFontSize: 10,
      catAxisLabelColor: INK,
      valAxisLabelFontFace: FONT,
      valAxisLabelFontSize: 10,
      valAxisLabelColor: MUTED,
      // Thousands grouped as the app writes them; small values keep their decimals.
      valAxisLabelFormatCode: points.some((p) => Math.abs(p.actual ?? 0) >= 1000 || Math.abs(p.target ?? 0) >= 1000)
        ? '#,##0'
        : 'General',
      valGridLine: { color: 'E4E7EB', size: 0.5 },
      showValAxisTitle: unit.length > 0,
      valAxisTitle: unit,
      valAxisTitleFontFace: FONT,
      valAxisTitleFontSize: 10,
      valAxisTitleColor: MUTED,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: FONT,
      legendFontSize: 11,
      legendColor: INK,
      altText: t('report:kpiPage.chartLabel', { kpi: kpi.name, from: labels[0] ?? '', to: sc.periodLabel }),
      objectName: `${kpi.name} history`,
    },
  );
  slide.addText(t('deck:kpi.caption', { from: labels[0] ?? '', to: sc.periodLabel }), {
    x: MARGIN,
    y: BODY_BOTTOM - 0.3,
    w: CHART_W,
    h: 0.3,
    fontFace: FONT,
    fontSize: 10,
    color: MUTED,
  });
}

export function kpiSlides(pptx: PptxGenJS, ctx: SlideContext, sc: ReportScorecard): number {
  const kpis = keyKpisInOrder(sc);
  for (const kpi of kpis) {
    const s = sc.evaluation.kpis.find((k) => k.kpiId === kpi.id);
    const objective = sc.tree.objectives.find((o) => o.id === kpi.objectiveId);
    const perspective = sc.tree.perspectives.find((p) => p.id === objective?.perspectiveId);
    const lede = t('deck:kpi.lede', { perspective: perspective?.name ?? '', objective: objective?.title ?? '' });
    const slide = contentSlide(pptx, ctx, kpi.name, lede);
    historyChart(slide, pptx, sc, kpi);
    const columns: Column[] = [
      { header: sc.periodLabel, w: 1.75 },
      { header: '', w: SIDE_W - 1.75 },
    ];
    const rows: Cell[][] = [
      [t('deck:kpi.actual'), formatValue(s?.actual, kpi.unit)],
      [t('deck:kpi.target'), targetText(kpi, s?.target)],
      [t('deck:kpi.progress'), scoreText(s?.progress)],
      [t('deck:kpi.status'), { status: s?.status ?? 'none' }],
      [t('deck:kpi.direction'), polarityText(kpi.polarity)],
    ];
    addTable(slide, columns, rows, { x: SIDE_X, y: BODY_TOP, name: `${kpi.name} facts` });
    slide.addText(
      [
        { text: t('report:kpiPage.howTitle'), options: { bold: true, fontSize: 13, color: INK, breakLine: true } },
        { text: s?.formula.text ?? t('report:kpiPage.noData'), options: { fontSize: 11, color: INK } },
      ],
      {
        x: SIDE_X,
        y: BODY_TOP + 2.55,
        w: SIDE_W,
        h: BODY_BOTTOM - BODY_TOP - 2.55,
        fontFace: FONT,
        valign: 'top',
        paraSpaceAfter: 6,
      },
    );
  }
  return kpis.length;
}
