/**
 * Reading a slide's shapes back from its XML as PowerPoint sees them: names, text, frames, connector glue, and a
 * connector's path computed from its preset geometry (ECMA-376 presetShapeDefinitions), flips and rotation.
 */
import { expect } from 'vitest';
import type { Point } from '../../src/shared/strategy-map/types';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export interface Shape {
  kind: 'sp' | 'cxnSp';
  id: number;
  name: string;
  text: string;
  frame: { x: number; y: number; w: number; h: number; rot: number; flipH: boolean; flipV: boolean };
  preset: string;
  adj: number[];
  start?: { id: number; idx: number };
  end?: { id: number; idx: number };
  xml: string;
}

export function shapes(slide: string): Shape[] {
  return [...slide.matchAll(/<p:(sp|cxnSp)>([\s\S]*?)<\/p:\1>/g)].map(([whole, kind, body]) => {
    const num = (re: RegExp) => Number(re.exec(body!)?.[1] ?? 0);
    const xfrm = /<a:xfrm([^>]*)>/.exec(body!)?.[1] ?? '';
    const cxn = (tag: string) => {
      const m = new RegExp(`<a:${tag} id="(\\d+)" idx="(\\d+)"`).exec(body!);
      return m ? { id: Number(m[1]), idx: Number(m[2]) } : undefined;
    };
    return {
      kind: kind as Shape['kind'],
      id: num(/<p:cNvPr id="(\d+)"/),
      name: unescape(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(body!)?.[1] ?? ''),
      text: [...body!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescape(t[1]!)).join(''),
      frame: {
        x: num(/<a:off x="(-?\d+)"/),
        y: num(/<a:off x="-?\d+" y="(-?\d+)"/),
        w: num(/<a:ext cx="(\d+)"/),
        h: num(/<a:ext cx="\d+" cy="(\d+)"/),
        rot: Number(/rot="(-?\d+)"/.exec(xfrm)?.[1] ?? 0) / 60000,
        flipH: xfrm.includes('flipH="1"'),
        flipV: xfrm.includes('flipV="1"'),
      },
      preset: /<a:prstGeom prst="(\w+)"/.exec(body!)?.[1] ?? '',
      adj: [...body!.matchAll(/<a:gd name="adj\d" fmla="val (-?\d+)"/g)].map((g) => Number(g[1])),
      start: cxn('stCxn'),
      end: cxn('endCxn'),
      xml: whole,
    };
  });
}

/** The connector's path on the slide, as PowerPoint draws it: the preset's path, flipped, turned, placed. */
export function connectorPath(s: Pick<Shape, 'frame' | 'preset' | 'adj'>): Point[] {
  const { x, y, w, h, rot, flipH, flipV } = s.frame;
  const a = (i: number) => (s.adj[i] ?? 50000) / 100000;
  const local: Point[] = {
    straightConnector1: [
      { x: 0, y: 0 },
      { x: w, y: h },
    ],
    bentConnector2: [
      { x: 0, y: 0 },
      { x: w, y: 0 },
      { x: w, y: h },
    ],
    bentConnector3: [
      { x: 0, y: 0 },
      { x: w * a(0), y: 0 },
      { x: w * a(0), y: h },
      { x: w, y: h },
    ],
    bentConnector4: [
      { x: 0, y: 0 },
      { x: w * a(0), y: 0 },
      { x: w * a(0), y: h * a(1) },
      { x: w, y: h * a(1) },
      { x: w, y: h },
    ],
    bentConnector5: [
      { x: 0, y: 0 },
      { x: w * a(0), y: 0 },
      { x: w * a(0), y: h * a(1) },
      { x: w * a(2), y: h * a(1) },
      { x: w * a(2), y: h },
      { x: w, y: h },
    ],
  }[s.preset]!;
  expect(local, `preset ${s.preset}`).toBeDefined();
  const c = { x: w / 2, y: h / 2 };
  const rad = (rot * Math.PI) / 180;
  return local.map((p) => {
    const u = (flipH ? w - p.x : p.x) - c.x;
    const v = (flipV ? h - p.y : p.y) - c.y;
    return {
      x: x + c.x + u * Math.cos(rad) - v * Math.sin(rad),
      y: y + c.y + u * Math.sin(rad) + v * Math.cos(rad),
    };
  });
}

export const SIDES = ['top', 'left', 'bottom', 'right'] as const;

/** Whether p lies on the given side of a box frame (within half a point). */
export function onSide(p: Point, f: Shape['frame'], side: (typeof SIDES)[number]): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 6400;
  const within = (v: number, lo: number, len: number) => v >= lo - 6400 && v <= lo + len + 6400;
  if (side === 'top' || side === 'bottom') return near(p.y, side === 'top' ? f.y : f.y + f.h) && within(p.x, f.x, f.w);
  return near(p.x, side === 'left' ? f.x : f.x + f.w) && within(p.y, f.y, f.h);
}

/** Whether the segment a–b runs through the inside of a box (its border shrunk by a point). */
export function crosses(a: Point, b: Point, f: Shape['frame']): boolean {
  const [x1, x2] = [f.x + 12700, f.x + f.w - 12700];
  const [y1, y2] = [f.y + 12700, f.y + f.h - 12700];
  const [lx, hx] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [ly, hy] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return hx > x1 && lx < x2 && hy > y1 && ly < y2;
}
