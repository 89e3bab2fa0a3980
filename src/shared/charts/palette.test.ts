/**
 * Status colours must stay apart for readers with red–green colour blindness, not only by hue. Colours are
 * passed through the Machado et al. (2009) simulation of protanopia and deuteranopia and compared in CIELAB.
 */
import { describe, expect, it } from 'vitest';
import type { Status } from '../domain';
import { DARK, LIGHT, STATUS_ORDER, statusText } from './palette';

type Rgb = [number, number, number];
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function hex(h: string): Rgb {
  return [1, 3, 5].map((i) => toLinear(parseInt(h.slice(i, i + 2), 16) / 255)) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  [r, g, b] = [clamp(r), clamp(g), clamp(b)];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function seen(colour: string, matrix: number[][]): Rgb {
  const c = hex(colour);
  return lab(matrix.map((row) => row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]) as Rgb);
}

const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** ΔE of about 25 is an obvious difference at a glance; glyphs and patterns carry the rest. */
const MIN_DELTA_E = 25;

describe('status palette', () => {
  for (const theme of [LIGHT, DARK]) {
    for (const [vision, matrix] of Object.entries(SIMULATIONS)) {
      it(`${theme.name}: the statuses stay apart with ${vision} vision`, () => {
        const coloured: Status[] = ['green', 'amber', 'red'];
        for (const a of coloured) {
          for (const b of STATUS_ORDER) {
            if (a === b || (b !== 'none' && coloured.indexOf(b) < coloured.indexOf(a))) continue;
            const d = distance(seen(theme.status[a].color, matrix), seen(theme.status[b].color, matrix));
            expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
          }
        }
      });
    }

    it(`${theme.name}: every status but on track has a pattern, and every one a glyph and words`, () => {
      expect(theme.status.green.decal).toBeNull();
      for (const s of ['amber', 'red', 'none'] as const) expect(theme.status[s].decal).not.toBeNull();
      expect(new Set(STATUS_ORDER.map((s) => theme.status[s].glyph)).size).toBe(4);
      expect(STATUS_ORDER.map(statusText)).toEqual(['✓ On track', '! At risk', '✕ Off track', '– No data']);
    });
  }
});
