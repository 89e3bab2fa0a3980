/**
 * The strategy map slide as editable shapes (owned by the deck-map part): a band per perspective, a box per
 * objective with its status, and a connector per cause-and-effect link, glued to its two boxes. The shapes sit
 * where the shared layout (src/shared/strategy-map/layout.ts) puts them, the same picture as the Map view and
 * the PDF report, scaled to the slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { t } from '../../../shared/i18n';
import type { ReportScorecard } from '../../../shared/report';
import { scoreText, STATUS_GLYPH } from '../../../shared/strategy-map/draw';
import { mapInputFromTree, mapScores, type MapScore } from '../../../shared/strategy-map/input';
import { DEFAULT_METRICS, layoutStrategyMap } from '../../../shared/strategy-map/layout';
import { wrapText } from '../../../shared/strategy-map/text';
import type { BoxLayout, EdgeLayout, MapLayout, MapMetrics, Point } from '../../../shared/strategy-map/types';
import {
  ARROW,
  BODY_BOTTOM,
  BODY_TOP,
  FONT,
  INK,
  LANE,
  LANE_TITLE,
  MARGIN,
  mapSlideFrame,
  MUTED,
  STATUS_COLOUR,
  STATUS_SOFT,
} from './deck-map-look';
import { boxName, connectorFrame, glueConnectors, linkName, type Side } from './deck-map-xml';

export { glueConnectors };

const EMU = 914400;

/** Flatter and wider than the screen's map: a slide is 16:9, and lanes need less air than on screen. */
const SLIDE_METRICS: Partial<MapMetrics> = { boxWidth: 216, titleWidth: 150, laneGap: 48, rowGap: 36, edgeGap: 22 };

/**
 * The shared layout with the slide's metrics. A map wider than the slide would leave the bottom empty: its rows
 * grow taller instead (boxes, and the channels between them), which gives long titles room for larger type.
 */
function slideLayout(sc: ReportScorecard, aspect: number): MapLayout {
  const input = mapInputFromTree(sc.tree);
  const layout = layoutStrategyMap(input, SLIDE_METRICS);
  const stretch = Math.min(1.6, layout.width / layout.height / aspect);
  if (stretch < 1.05) return layout;
  const m = { ...DEFAULT_METRICS, ...SLIDE_METRICS };
  return layoutStrategyMap(input, {
    ...SLIDE_METRICS,
    boxHeight: m.boxHeight * stretch,
    rowGap: m.rowGap * stretch,
    laneGap: m.laneGap * stretch,
    edgeGap: m.edgeGap * stretch,
  });
}

const hex = (colour: string) => colour.replace('#', '').toUpperCase();

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The largest title size (layout px) at which the whole title wraps into the box, as the layout measures text;
 * a size that leaves a last line of a few letters ("… measure / 1") gives way to the next that does not.
 */
function titleSize(title: string, width: number, height: number): number {
  let fits: number | null = null;
  for (let size = 15; size >= 7; size -= 0.5) {
    const most = Math.floor(height / (size * 1.25));
    const lines = most >= 1 ? wrapText(title, width, size, most, 'bold') : [];
    if (!lines.length || squash(lines.join('')) !== squash(title)) continue;
    fits ??= size;
    if (lines.length === 1 || lines[lines.length - 1]!.length > 3) return size;
    if (fits - size >= 3) return fits;
  }
  return fits ?? 7;
}

/** Which side of its box an arrow's end sits on: the segment next to the end runs away from that side. */
function sideOf(end: Point, inner: Point): Side {
  if (Math.abs(end.x - inner.x) >= Math.abs(end.y - inner.y)) return inner.x > end.x ? 'right' : 'left';
  return inner.y > end.y ? 'bottom' : 'top';
}

function statusLine(score: MapScore, pt: number) {
  // Without data the glyph is a dash already: "– No data", not "– – · No data".
  const known = score.score !== null;
  return [
    {
      text: known ? `${STATUS_GLYPH[score.status].glyph} ${scoreText(score.score)}` : STATUS_GLYPH[score.status].glyph,
      options: { bold: true, fontSize: pt, color: STATUS_COLOUR[score.status] },
    },
    {
      text: `${known ? ' ·' : ''} ${STATUS_GLYPH[score.status].label}`,
      options: { fontSize: pt, color: MUTED },
    },
  ];
}

/**
 * Adds the map slide for the scorecard (nothing when it has no objectives). `ctx.footer` is the deck's footer line
 * (deck-theme.ts SlideContext); without it the footer names the scorecard and period.
 */
export function addMapSlide(pptx: PptxGenJS, sc: ReportScorecard, ctx?: { footer: string }): void {
  const { tree } = sc;
  if (tree.objectives.length === 0) return;
  const scores = mapScores(sc.evaluation);
  const themes = new Map(tree.themes.map((theme) => [theme.id, theme]));
  const titles = new Map(tree.objectives.map((o) => [o.id, o.title]));

  // Where the map goes, inches: the body of a content slide, less a line for the legend.
  const slideW = pptx.presLayout.width / EMU;
  const area = { x: MARGIN, y: BODY_TOP, w: slideW - 2 * MARGIN, h: BODY_BOTTOM - BODY_TOP - 0.4 };
  const layout = slideLayout(sc, area.w / area.h);
  const m = layout.metrics;
  // Inches per layout unit, and points per layout px (the layout's px are CSS px: 96 to the inch at 100 %).
  const k = Math.min(area.w / layout.width, area.h / layout.height);
  const pt = (px: number) => Math.round(px * k * 72 * 10) / 10;
  const ox = area.x + (area.w - layout.width * k) / 2;
  const X = (x: number) => ox + x * k;
  const Y = (y: number) => area.y + y * k;

  const slide = mapSlideFrame(
    pptx,
    t('report:map.title'),
    t('deck:map.lede', { scorecard: tree.scorecard.name, period: sc.periodLabel }),
    ctx?.footer ?? `${tree.scorecard.name} · ${sc.periodLabel}`,
  );

  for (const lane of layout.lanes) {
    const shade = lane.index % 2;
    slide.addShape(pptx.ShapeType.rect, {
      x: X(0),
      y: Y(lane.y),
      w: layout.width * k,
      h: lane.height * k,
      fill: { color: LANE[shade]! },
      line: { type: 'none' },
      objectName: `Band: ${lane.name}`,
    });
    const score = scores.perspectives.get(lane.perspectiveId);
    slide.addText(
      [
        {
          text: lane.name,
          options: { bold: true, fontSize: pt(m.laneFontSize), color: INK, breakLine: !!score },
        },
        ...(score ? statusLine(score, pt(12)) : []),
      ],
      {
        shape: pptx.ShapeType.rect,
        x: X(0),
        y: Y(lane.y),
        w: m.titleWidth * k,
        h: lane.height * k,
        fill: { color: LANE_TITLE[shade]! },
        line: { type: 'none' },
        fontFace: FONT,
        valign: 'middle',
        align: 'left',
        margin: [pt(16), pt(12), 0, 0],
        objectName: `Perspective: ${lane.name}`,
      },
    );
  }

  for (const e of layout.edges) addArrow(e);
  // Each title as large as its box allows: a long one shrinks alone instead of shrinking the map.
  const padX = 10;
  for (const b of layout.boxes)
    addBox(b, titleSize(titles.get(b.objectiveId) ?? '', b.width - 2 * padX - 4, b.height - 36));
  addLegend(Y(layout.height) + 0.12);

  function addArrow(e: EdgeLayout): void {
    if (e.points.length < 2) return;
    const n = e.points.length;
    const ends = {
      from: e.fromObjectiveId,
      fromSide: sideOf(e.points[0]!, e.points[1]!),
      to: e.toObjectiveId,
      toSide: sideOf(e.points[n - 1]!, e.points[n - 2]!),
    };
    const emu = e.points.map((p) => ({ x: Math.round(X(p.x) * EMU), y: Math.round(Y(p.y) * EMU) }));
    const f = connectorFrame(emu);
    const label = `Arrow: ${titles.get(e.fromObjectiveId) ?? ''} → ${titles.get(e.toObjectiveId) ?? ''}`;
    slide.addShape(pptx.ShapeType.line, {
      x: f.x / EMU,
      y: f.y / EMU,
      w: f.w / EMU,
      h: f.h / EMU,
      rotate: f.rotate,
      flipH: f.flipH,
      flipV: f.flipV,
      line: { color: ARROW, width: 1.25, endArrowType: 'triangle' },
      objectName: linkName(ends, f, label),
    });
  }

  function addBox(b: BoxLayout, size: number): void {
    const title = titles.get(b.objectiveId) ?? '';
    const score = scores.objectives.get(b.objectiveId) ?? { status: 'none' as const, score: null };
    const theme = b.themeId === null ? undefined : themes.get(b.themeId);
    slide.addText(
      [
        { text: title, options: { bold: true, fontSize: pt(size), color: INK, breakLine: true } },
        ...statusLine(score, pt(12)),
      ],
      {
        shape: pptx.ShapeType.roundRect,
        x: X(b.x),
        y: Y(b.y),
        w: b.width * k,
        h: b.height * k,
        rectRadius: 10 * k,
        fill: { color: STATUS_SOFT[score.status] },
        line: theme
          ? { color: hex(theme.colour), width: 2.5 }
          : {
              color: STATUS_COLOUR[score.status],
              width: 1.25,
              dashType: score.status === 'none' ? 'dash' : 'solid',
            },
        fontFace: FONT,
        valign: 'middle',
        align: 'left',
        margin: [pt(padX), pt(padX), pt(5), pt(5)],
        objectName: boxName(b.objectiveId, `Objective: ${title}`),
      },
    );
  }

  function addLegend(y: number): void {
    const items = (['green', 'amber', 'red', 'none'] as const).flatMap((s) => [
      { text: `${STATUS_GLYPH[s].glyph} `, options: { bold: true, color: STATUS_COLOUR[s] } },
      { text: `${STATUS_GLYPH[s].label}      `, options: { color: INK } },
    ]);
    const themed = tree.themes.filter((theme) => layout.boxes.some((b) => b.themeId === theme.id));
    const themeItems = themed.flatMap((theme) => [
      { text: '▢ ', options: { bold: true, color: hex(theme.colour) } },
      { text: `${theme.name}      `, options: { color: INK } },
    ]);
    slide.addText([...items, ...themeItems], {
      x: area.x,
      y: Math.min(y, BODY_BOTTOM - 0.3),
      w: area.w,
      h: 0.3,
      fontFace: FONT,
      fontSize: 10.5,
      margin: 0,
      valign: 'middle',
      objectName: 'Legend',
    });
  }
}
