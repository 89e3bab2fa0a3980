/**
 * How the map looks, shared by the on-screen map and the exported SVG so both show the same picture: colours for
 * the light and dark themes, status glyphs, arrow paths with rounded corners and arrowheads.
 */
import type { Status } from '../domain';
import { t } from '../i18n';
import type { BoxLayout, MapMetrics, Point } from './types';

export type MapTheme = 'light' | 'dark';

export interface MapPalette {
  background: string;
  lane: [string, string];
  laneTitle: [string, string];
  laneText: string;
  text: string;
  muted: string;
  boxBorder: string;
  arrow: string;
  arrowStrong: string;
  focus: string;
  status: Record<Status, { strong: string; soft: string; glyphText: string }>;
}

export const PALETTES: Record<MapTheme, MapPalette> = {
  light: {
    background: '#ffffff',
    lane: ['#f7f8fa', '#eff2f6'],
    laneTitle: ['#eceff4', '#e3e7ee'],
    laneText: '#1f2a3d',
    text: '#1b2230',
    muted: '#5a6474',
    boxBorder: '#c3c9d1',
    arrow: '#7a8699',
    arrowStrong: '#2a55c9',
    focus: '#2563eb',
    status: {
      green: { strong: '#15803d', soft: '#f1f9f4', glyphText: '#ffffff' },
      amber: { strong: '#b45309', soft: '#fdf7ef', glyphText: '#ffffff' },
      red: { strong: '#b91c1c', soft: '#fdf1f1', glyphText: '#ffffff' },
      none: { strong: '#6b7280', soft: '#ffffff', glyphText: '#6b7280' },
    },
  },
  dark: {
    background: '#14181e',
    lane: ['#191e26', '#1e242d'],
    laneTitle: ['#222833', '#262d39'],
    laneText: '#e5e8ed',
    text: '#e8ebf0',
    muted: '#9aa4b2',
    boxBorder: '#465061',
    arrow: '#8893a5',
    arrowStrong: '#8ab0ff',
    focus: '#8ab0ff',
    status: {
      green: { strong: '#4ade80', soft: '#19251f', glyphText: '#0b1a10' },
      amber: { strong: '#fbbf24', soft: '#26231b', glyphText: '#1f1503' },
      red: { strong: '#f87171', soft: '#291d20', glyphText: '#1f0707' },
      none: { strong: '#9ca3af', soft: '#1e232b', glyphText: '#9ca3af' },
    },
  },
};

/** Each status's glyph and its word, in the current language (read when drawn, so a language change shows). */
export const STATUS_GLYPH: Record<Status, { glyph: string; readonly label: string }> = {
  green: {
    glyph: '✓',
    get label() {
      return t('map:status.green');
    },
  },
  amber: {
    glyph: '!',
    get label() {
      return t('map:status.amber');
    },
  },
  red: {
    glyph: '✕',
    get label() {
      return t('map:status.red');
    },
  },
  none: {
    glyph: '–',
    get label() {
      return t('map:status.none');
    },
  },
};

/** The status as a word inside a sentence ("on track"), for names a screen reader reads. */
export function statusWord(status: Status): string {
  return t(`map:statusWord.${status}`);
}

export const ARROW_HEAD = { length: 9, width: 8 };

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The SVG path of an arrow: corners rounded, and the last segment stopped at the base of the arrowhead so the
 * line does not show through its tip.
 */
export function arrowPath(points: readonly Point[], radius = 6): string {
  const pts = points.map((p) => ({ ...p }));
  const n = pts.length;
  if (n < 2) return '';
  const tip = pts[n - 1]!;
  const prev = pts[n - 2]!;
  const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
  const back = Math.min(ARROW_HEAD.length - 1, len);
  pts[n - 1] = { x: tip.x - ((tip.x - prev.x) / len) * back, y: tip.y - ((tip.y - prev.y) / len) * back };
  let d = `M${fmt(pts[0]!.x)},${fmt(pts[0]!.y)}`;
  for (let i = 1; i < n - 1; i++) {
    const a = pts[i - 1]!;
    const c = pts[i]!;
    const b = pts[i + 1]!;
    const lin = Math.hypot(c.x - a.x, c.y - a.y);
    const lout = Math.hypot(b.x - c.x, b.y - c.y);
    const r = Math.min(radius, lin / 2, lout / 2);
    const p1 = { x: c.x - ((c.x - a.x) / (lin || 1)) * r, y: c.y - ((c.y - a.y) / (lin || 1)) * r };
    const p2 = { x: c.x + ((b.x - c.x) / (lout || 1)) * r, y: c.y + ((b.y - c.y) / (lout || 1)) * r };
    d += ` L${fmt(p1.x)},${fmt(p1.y)} Q${fmt(c.x)},${fmt(c.y)} ${fmt(p2.x)},${fmt(p2.y)}`;
  }
  return `${d} L${fmt(pts[n - 1]!.x)},${fmt(pts[n - 1]!.y)}`;
}

/** The arrowhead triangle at the end of `points`, as SVG polygon points. */
export function arrowHead(points: readonly Point[]): string {
  const tip = points[points.length - 1]!;
  const prev = points[points.length - 2] ?? tip;
  const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
  const ux = (tip.x - prev.x) / len;
  const uy = (tip.y - prev.y) / len;
  const bx = tip.x - ux * ARROW_HEAD.length;
  const by = tip.y - uy * ARROW_HEAD.length;
  const hw = ARROW_HEAD.width / 2;
  return [
    [tip.x, tip.y],
    [bx - uy * hw, by + ux * hw],
    [bx + uy * hw, by - ux * hw],
  ]
    .map(([x, y]) => `${fmt(x!)},${fmt(y!)}`)
    .join(' ');
}

/** Where the parts of a box go: title lines centred in the space above the status row. */
export function boxText(box: BoxLayout, m: MapMetrics) {
  const statusBaseline = box.y + box.height - 14;
  const titleTop = box.y + 10;
  const titleSpace = statusBaseline - 16 - titleTop;
  const block = box.lines.length * m.lineHeight;
  const first = titleTop + Math.max(0, (titleSpace - block) / 2) + m.fontSize;
  return {
    textX: box.x + m.boxPadding + 2,
    lineY: box.lines.map((_, i) => first + i * m.lineHeight),
    statusBaseline,
    glyphCentre: { x: box.x + m.boxPadding + 9, y: statusBaseline - 4.5 },
    scoreX: box.x + m.boxPadding + 22,
  };
}

/** A box's score as shown on the map: "86 %", or "–" without data. */
export function scoreText(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : `${Math.round(score)} %`;
}
