/**
 * Chart colours for the light and dark themes. Status colours differ in lightness and hue family (teal green,
 * light amber, vermilion, grey) and stay apart under simulated red–green colour blindness (palette.test.ts);
 * each status also carries a glyph and a decal pattern, so no chart tells statuses apart by colour alone.
 */
import type { Status } from '../domain';
import { statusLabel } from '../scoring-status';

export type ChartThemeName = 'light' | 'dark';

/** An ECharts decal (pattern drawn over a filled area); JSON-safe. */
export interface ChartDecal {
  symbol: string;
  symbolSize: number;
  color: string;
  dashArrayX: number[] | number[][];
  dashArrayY: number[] | number;
  rotation: number;
}

export interface StatusStyle {
  color: string;
  /** A tint of the colour for large areas (heatmap cells) that keeps text on it legible. */
  soft: string;
  /** The text colour to put on top of `color`. */
  onColor: string;
  glyph: string;
  label: string;
  /** null: solid fill (the status a reader wants to see least marked: on track). */
  decal: ChartDecal | null;
}

export interface ChartTheme {
  name: ChartThemeName;
  background: string;
  text: string;
  muted: string;
  axisLine: string;
  splitLine: string;
  accent: string;
  /** Categorical series colours (Okabe–Ito based, distinct under the common colour-vision deficiencies). */
  series: readonly string[];
  status: Readonly<Record<Status, StatusStyle>>;
  tooltipBackground: string;
  fontFamily: string;
}

export const STATUS_ORDER: readonly Status[] = ['green', 'amber', 'red', 'none'];

/**
 * Arial metrics: ECharts lays labels out by measured width, and without a canvas (SSR for the PDF and for exported
 * files) it estimates with Helvetica/Arial widths, so a font of those metrics keeps labels where they were laid out.
 */
const FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** The label is read when a chart is built, so it is in the language of the page or report drawing it. */
function glyphOf(status: Status, glyph: string): { glyph: string; readonly label: string } {
  return {
    glyph,
    get label() {
      return statusLabel(status);
    },
  };
}

const GLYPHS: Record<Status, { glyph: string; readonly label: string }> = {
  green: glyphOf('green', '✓'),
  amber: glyphOf('amber', '!'),
  red: glyphOf('red', '✕'),
  none: glyphOf('none', '–'),
};

function decals(ink: string): Record<Status, ChartDecal | null> {
  return {
    green: null,
    amber: { symbol: 'rect', symbolSize: 1, color: ink, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: Math.PI / 4 },
    red: { symbol: 'circle', symbolSize: 0.8, color: ink, dashArrayX: [[1, 4]], dashArrayY: [1, 4], rotation: 0 },
    none: { symbol: 'rect', symbolSize: 1, color: ink, dashArrayX: [1, 0], dashArrayY: [1, 6], rotation: 0 },
  };
}

function statusStyles(
  colours: Record<Status, { color: string; soft: string; onColor: string }>,
  ink: string,
): Record<Status, StatusStyle> {
  const d = decals(ink);
  const out = {} as Record<Status, StatusStyle>;
  for (const s of STATUS_ORDER) {
    out[s] = {
      ...colours[s],
      glyph: GLYPHS[s].glyph,
      // Read when a chart is built: the themes are built once, the language can change after.
      get label() {
        return statusLabel(s);
      },
      decal: d[s],
    };
  }
  return out;
}

export const LIGHT: ChartTheme = {
  name: 'light',
  background: '#ffffff',
  text: '#1b2230',
  muted: '#5a6474',
  axisLine: '#c3c9d1',
  splitLine: '#e6e9ee',
  accent: '#2a55c9',
  series: ['#2a55c9', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#6b7280'],
  status: statusStyles(
    {
      green: { color: '#007173', soft: '#d3ebeb', onColor: '#ffffff' },
      amber: { color: '#e6a817', soft: '#fbecc9', onColor: '#1b2230' },
      red: { color: '#d8553a', soft: '#f8ddd5', onColor: '#ffffff' },
      none: { color: '#b3b9c2', soft: '#eceef1', onColor: '#1b2230' },
    },
    'rgba(0, 0, 0, 0.35)',
  ),
  tooltipBackground: '#ffffff',
  fontFamily: FONT,
};

export const DARK: ChartTheme = {
  name: 'dark',
  background: '#181c23',
  text: '#e5e8ed',
  muted: '#9aa4b2',
  axisLine: '#3b4350',
  splitLine: '#2b313c',
  accent: '#6f93f2',
  series: ['#6f93f2', '#f0b330', '#2fc59a', '#e29ac4', '#7cc8f2', '#f08a4b', '#9ca3af'],
  status: statusStyles(
    {
      green: { color: '#4cc2bd', soft: '#173a3a', onColor: '#0c1220' },
      amber: { color: '#f4c04e', soft: '#3d3218', onColor: '#0c1220' },
      red: { color: '#e0524a', soft: '#47231f', onColor: '#0c1220' },
      none: { color: '#5d6470', soft: '#262b33', onColor: '#e5e8ed' },
    },
    'rgba(0, 0, 0, 0.45)',
  ),
  tooltipBackground: '#20252e',
  fontFamily: FONT,
};

export function chartTheme(name: ChartThemeName): ChartTheme {
  return name === 'dark' ? DARK : LIGHT;
}

/** The glyph and the words of a status, e.g. "✕ Off track". */
export function statusText(status: Status): string {
  const g = GLYPHS[status];
  return `${g.glyph} ${g.label}`;
}
