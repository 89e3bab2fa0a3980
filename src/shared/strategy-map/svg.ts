/**
 * The strategy map as one standalone SVG document (a string), for export and for the PDF report. Pure: no DOM.
 *
 *   renderStrategyMapSvg(layout: MapLayout, options?: MapSvgOptions): string
 *     layout  — layoutStrategyMap(mapInputFromTree(tree)) from ./layout and ./input
 *     options — scores (mapScores(evaluation) from ./input), themes, theme ('light' | 'dark'), title, subtitle,
 *               legend (default true), highlightThemeId (fades what is outside that theme), titles (full
 *               objective titles by id, each box's SVG <title>)
 *
 *   strategyMapSvg(tree: ScorecardTree, evaluation: Evaluation | null, options?): string
 *     the same in one call: lays the scorecard out and colours it by the evaluation's period.
 *
 * The SVG carries its own width, height and viewBox (user units = CSS px at 100 %), inline colours and a
 * system font stack; every text is escaped. It draws exactly what the on-screen map shows.
 */
import { t } from '../i18n';
import type { ScorecardTree, Theme } from '../domain';
import type { Evaluation } from '../evaluation';
import { arrowHead, arrowPath, boxText, PALETTES, scoreText, STATUS_GLYPH, type MapTheme } from './draw';
import { mapInputFromTree, mapScores, type MapScore } from './input';
import { layoutStrategyMap } from './layout';
import { textWidth } from './text';
import { escapeXml } from '../xml-text';
import type { MapLayout } from './types';

export interface MapSvgOptions {
  scores?: { objectives: ReadonlyMap<number, MapScore>; perspectives?: ReadonlyMap<number, MapScore> };
  themes?: readonly Pick<Theme, 'id' | 'name' | 'colour'>[];
  theme?: MapTheme;
  title?: string;
  subtitle?: string;
  legend?: boolean;
  highlightThemeId?: number | null;
  /** Full objective titles by id, as each box's tooltip (boxes show at most three lines). */
  titles?: ReadonlyMap<number, string>;
}

export const MAP_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif";

export { escapeXml };
const n = (x: number) => String(Math.round(x * 100) / 100);

const HEADER = 64;
const LEGEND_ROW = 28;

interface LegendItem {
  kind: 'status' | 'theme';
  label: string;
  colour: string;
  glyph?: string;
  width: number;
}

function legendRows(items: LegendItem[], maxWidth: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let used = 0;
  for (const item of items) {
    if (used + item.width > maxWidth && rows[rows.length - 1]!.length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push(item);
    used += item.width;
  }
  return rows;
}

export function renderStrategyMapSvg(layout: MapLayout, options: MapSvgOptions = {}): string {
  const p = PALETTES[options.theme ?? 'light'];
  const m = layout.metrics;
  const themes = new Map((options.themes ?? []).map((t) => [t.id, t]));
  const scores = options.scores?.objectives;
  const highlight = options.highlightThemeId ?? null;
  const titles = options.titles;
  const inFocus = (themeId: number | null) => highlight === null || themeId === highlight;
  const top = options.title ? HEADER : 0;

  const legendItems: LegendItem[] = [];
  if (options.legend !== false) {
    for (const s of ['green', 'amber', 'red', 'none'] as const) {
      const label = STATUS_GLYPH[s].label;
      legendItems.push({
        kind: 'status',
        label,
        colour: p.status[s].strong,
        glyph: STATUS_GLYPH[s].glyph,
        width: 34 + textWidth(label, 12),
      });
    }
    for (const t of options.themes ?? []) {
      const label = t.name;
      legendItems.push({ kind: 'theme', label, colour: t.colour, width: 44 + textWidth(label, 12) });
    }
  }
  const rows = legendItems.length ? legendRows(legendItems, layout.width - 48) : [];
  const legendHeight = rows.length ? rows.length * LEGEND_ROW + 24 : 0;
  const width = layout.width;
  const height = top + layout.height + legendHeight;
  const out: string[] = [];
  const label = options.title ? t('map:svg.labelTitled', { title: options.title }) : t('map:svg.label');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(MAP_FONT)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<rect width="${n(width)}" height="${n(height)}" fill="${p.background}"/>`,
  );
  if (options.title) {
    out.push(
      `<text x="24" y="34" font-size="20" font-weight="650" fill="${p.text}">${escapeXml(options.title)}</text>`,
    );
    if (options.subtitle)
      out.push(`<text x="24" y="54" font-size="13" fill="${p.muted}">${escapeXml(options.subtitle)}</text>`);
  }
  out.push(`<g transform="translate(0 ${top})">`);
  for (const lane of layout.lanes) {
    const shade = lane.index % 2;
    out.push(
      `<rect x="0" y="${n(lane.y)}" width="${n(layout.width)}" height="${n(lane.height)}" fill="${p.lane[shade]}"/>`,
      `<rect x="0" y="${n(lane.y)}" width="${n(m.titleWidth)}" height="${n(lane.height)}" fill="${p.laneTitle[shade]}"/>`,
    );
    const score = options.scores?.perspectives?.get(lane.perspectiveId);
    const lines = lane.titleLines.length + (score ? 1 : 0);
    const y0 = lane.y + lane.height / 2 - (lines * 20) / 2 + 15;
    lane.titleLines.forEach((line, i) => {
      out.push(
        `<text x="20" y="${n(y0 + i * 20)}" font-size="${m.laneFontSize}" font-weight="650" fill="${p.laneText}">${escapeXml(line)}</text>`,
      );
    });
    if (score) {
      const text = `${STATUS_GLYPH[score.status].glyph} ${scoreText(score.score)}`;
      out.push(
        `<text x="20" y="${n(y0 + lane.titleLines.length * 20 + 2)}" font-size="13" font-weight="600" fill="${p.status[score.status].strong}">${escapeXml(text)}</text>`,
      );
    }
  }
  const themeOf = new Map(layout.boxes.map((b) => [b.objectiveId, b.themeId]));
  for (const e of layout.edges) {
    const both =
      highlight !== null && themeOf.get(e.fromObjectiveId) === highlight && themeOf.get(e.toObjectiveId) === highlight;
    const colour = both ? p.arrowStrong : p.arrow;
    const opacity = highlight === null || both ? 1 : 0.18;
    out.push(
      `<g opacity="${opacity}"><path d="${arrowPath(e.points)}" fill="none" stroke="${colour}" stroke-width="${both ? 2.2 : 1.6}"/>`,
      `<polygon points="${arrowHead(e.points)}" fill="${colour}"/></g>`,
    );
  }
  for (const b of layout.boxes) {
    const score = scores?.get(b.objectiveId) ?? { status: 'none' as const, score: null };
    const s = p.status[score.status];
    const theme = b.themeId === null ? undefined : themes.get(b.themeId);
    const t = boxText(b, m);
    out.push(
      `<g opacity="${inFocus(b.themeId) ? 1 : 0.25}">`,
      `<title>${escapeXml(titles?.get(b.objectiveId) ?? b.lines.join(' '))}</title>`,
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10" fill="${s.soft}" stroke="${escapeXml(theme?.colour ?? p.boxBorder)}" stroke-width="${theme ? 2.5 : 1.25}"/>`,
      `<rect x="${n(b.x + 6)}" y="${n(b.y + 10)}" width="4" height="${n(b.height - 20)}" rx="2" fill="${s.strong}"/>`,
    );
    b.lines.forEach((line, i) => {
      out.push(
        `<text x="${n(t.textX)}" y="${n(t.lineY[i]!)}" font-size="${m.fontSize}" font-weight="600" fill="${p.text}">${escapeXml(line)}</text>`,
      );
    });
    const g = t.glyphCentre;
    const ring =
      score.status === 'none' ? ` fill="none" stroke="${s.strong}" stroke-dasharray="2 2"` : ` fill="${s.strong}"`;
    out.push(
      `<circle cx="${n(g.x)}" cy="${n(g.y)}" r="7.5"${ring}/>`,
      `<text x="${n(g.x)}" y="${n(g.y + 3.5)}" font-size="10" font-weight="700" text-anchor="middle" fill="${s.glyphText}">${STATUS_GLYPH[score.status].glyph}</text>`,
      `<text x="${n(t.scoreX)}" y="${n(t.statusBaseline)}" font-size="12.5" font-weight="650" fill="${s.strong}">${escapeXml(scoreText(score.score))}<tspan font-weight="400" fill="${p.muted}"> · ${STATUS_GLYPH[score.status].label}</tspan></text>`,
      `</g>`,
    );
  }
  out.push(`</g>`);
  rows.forEach((row, r) => {
    let x = 24;
    const y = top + layout.height + 16 + r * LEGEND_ROW + 14;
    for (const item of row) {
      if (item.kind === 'status') {
        out.push(
          `<circle cx="${n(x + 8)}" cy="${n(y - 4)}" r="7.5" fill="${item.colour}"/>`,
          `<text x="${n(x + 8)}" y="${n(y - 0.5)}" font-size="10" font-weight="700" text-anchor="middle" fill="${p.background}">${escapeXml(item.glyph!)}</text>`,
          `<text x="${n(x + 22)}" y="${n(y)}" font-size="12" fill="${p.text}">${escapeXml(item.label)}</text>`,
        );
      } else {
        out.push(
          `<rect x="${n(x)}" y="${n(y - 12)}" width="28" height="16" rx="4" fill="none" stroke="${escapeXml(item.colour)}" stroke-width="2.5"/>`,
          `<text x="${n(x + 36)}" y="${n(y)}" font-size="12" fill="${p.text}">${escapeXml(item.label)}</text>`,
        );
      }
      x += item.width;
    }
  });
  out.push(`</svg>`);
  return out.join('\n');
}

/** Lays out one scorecard and renders it coloured by the evaluation's period (null: no statuses). */
export function strategyMapSvg(
  tree: ScorecardTree,
  evaluation: Evaluation | null,
  options: Omit<MapSvgOptions, 'scores' | 'themes'> = {},
): string {
  const layout = layoutStrategyMap(mapInputFromTree(tree));
  return renderStrategyMapSvg(layout, {
    ...options,
    scores: mapScores(evaluation),
    themes: tree.themes,
    titles: new Map(tree.objectives.map((o) => [o.id, o.title])),
  });
}
