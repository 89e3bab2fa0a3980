/**
 * The strategy map slide of the deck, on the sample's map: a deck with only that slide is written by pptxgenjs,
 * glued (every arrow a p:cxnSp whose stCxn/endCxn name its two boxes), read back with jszip and, where
 * LibreOffice is installed, converted to PDF and rendered to test-results/deck-map/ to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { addMapSlide, glueConnectors } from '../../src/main/core/deck/deck-map';
import { connectorFrame } from '../../src/main/core/deck/deck-map-xml';
import type { ReportScorecard } from '../../src/shared/report';
import { syntheticMap } from '../../src/shared/strategy-map/fixtures';
import { layoutStrategyMap } from '../../src/shared/strategy-map/layout';
import type { Point } from '../../src/shared/strategy-map/types';
import { client, tempDir } from '../helpers';

const api = client();
const SLIDE = { w: 12192000, h: 6858000 };
const results = join(process.cwd(), 'test-results', 'deck-map');
let sc: ReportScorecard;
let deck: Buffer;
let xml: string;

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

interface Shape {
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

function shapes(slide: string): Shape[] {
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
function connectorPath(s: Pick<Shape, 'frame' | 'preset' | 'adj'>): Point[] {
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

const SIDES = ['top', 'left', 'bottom', 'right'] as const;

/** Whether p lies on the given side of a box frame (within half a point). */
function onSide(p: Point, f: Shape['frame'], side: (typeof SIDES)[number]): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 6400;
  const within = (v: number, lo: number, len: number) => v >= lo - 6400 && v <= lo + len + 6400;
  if (side === 'top' || side === 'bottom')
    return near(p.y, side === 'top' ? f.y : f.y + f.h) && within(p.x, f.x, f.w);
  return near(p.x, side === 'left' ? f.x : f.x + f.w) && within(p.y, f.y, f.h);
}

/** Whether the segment a–b runs through the inside of a box (its border shrunk by a point). */
function crosses(a: Point, b: Point, f: Shape['frame']): boolean {
  const [x1, x2] = [f.x + 12700, f.x + f.w - 12700];
  const [y1, y2] = [f.y + 12700, f.y + f.h - 12700];
  const [lx, hx] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
  const [ly, hy] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return hx > x1 && lx < x2 && hy > y1 && ly < y2;
}

beforeAll(async () => {
  const path = ensureSampleDocument(tempDir('quadrant-deck-map-'));
  api.call('document.open', { path });
  sc = api.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  addMapSlide(pptx, sc);
  deck = await glueConnectors((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'map.pptx'), deck);
  const zip = await JSZip.loadAsync(deck);
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
    'ppt/slides/slide1.xml',
  ]);
  expect(Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'))).toEqual([]);
  xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
});
afterAll(() => api.session.close());

describe('the strategy map slide', () => {
  it('has every objective as a box with its full title and status word as text, and no picture', () => {
    expect(sc.tree.objectives.length).toBeGreaterThan(5);
    expect(xml).not.toContain('<p:pic');
    expect(xml).not.toContain('qmap-');
    const all = shapes(xml);
    const text = all.map((s) => s.text).join('\n');
    expect(text).toContain('Strategy map');
    for (const p of sc.tree.perspectives) expect(all.some((s) => s.name === `Perspective: ${p.name}`)).toBe(true);
    for (const o of sc.tree.objectives) {
      const box = all.filter((s) => s.name === `Objective: ${o.title}`);
      expect(box, o.title).toHaveLength(1);
      expect(box[0]!.preset).toBe('roundRect');
      const status = sc.evaluation.objectives.find((e) => e.objectiveId === o.id)?.status ?? 'none';
      const word = { green: 'On track', amber: 'At risk', red: 'Off track', none: 'No data' }[status];
      expect(box[0]!.text).toBe(`${o.title}${box[0]!.text.slice(o.title.length)}`);
      expect(box[0]!.text).toContain(word);
      expect(box[0]!.xml).toContain('typeface="Inter"');
    }
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every link as a connector glued to its two boxes, its path from one to the other around the rest', () => {
    const all = shapes(xml);
    const byId = new Map(all.map((s) => [s.id, s]));
    const title = new Map(sc.tree.objectives.map((o) => [o.id, o.title]));
    const connectors = all.filter((s) => s.kind === 'cxnSp');
    expect(sc.tree.links.length).toBeGreaterThan(5);
    expect(connectors).toHaveLength(sc.tree.links.length);
    expect(all.filter((s) => s.preset === 'line')).toEqual([]);
    const boxes = all.filter((s) => s.name.startsWith('Objective: '));
    for (const link of sc.tree.links) {
      const from = `Objective: ${title.get(link.fromObjectiveId)}`;
      const to = `Objective: ${title.get(link.toObjectiveId)}`;
      const c = connectors.find((s) => byId.get(s.start!.id)?.name === from && byId.get(s.end!.id)?.name === to);
      expect(c, `${from} → ${to}`).toBeDefined();
      expect(c!.xml).toMatch(/<a:tailEnd type="triangle"\/>/);
      const path = connectorPath(c!);
      const [a, b] = [byId.get(c!.start!.id)!, byId.get(c!.end!.id)!];
      expect(onSide(path[0]!, a.frame, SIDES[c!.start!.idx]!), `${from} → ${to} leaves its site`).toBe(true);
      expect(onSide(path.at(-1)!, b.frame, SIDES[c!.end!.idx]!), `${from} → ${to} reaches its site`).toBe(true);
      for (let i = 1; i < path.length; i++) {
        for (const box of boxes) expect(crosses(path[i - 1]!, path[i]!, box.frame), `${c!.name} × ${box.name}`).toBe(false);
      }
    }
  });

  it('keeps every shape inside the slide', () => {
    for (const s of shapes(xml)) {
      const turned = s.frame.rot % 180 !== 0;
      const [w, h] = turned ? [s.frame.h, s.frame.w] : [s.frame.w, s.frame.h];
      const cx = s.frame.x + s.frame.w / 2;
      const cy = s.frame.y + s.frame.h / 2;
      expect(cx - w / 2, s.name).toBeGreaterThanOrEqual(0);
      expect(cy - h / 2, s.name).toBeGreaterThanOrEqual(0);
      expect(cx + w / 2, s.name).toBeLessThanOrEqual(SLIDE.w);
      expect(cy + h / 2, s.name).toBeLessThanOrEqual(SLIDE.h);
    }
  });
});

describe('connectorFrame', () => {
  it('draws every route of a large random map exactly, in all its kinds', () => {
    const kinds = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const layout = layoutStrategyMap(syntheticMap(30, 45, seed));
      for (const e of layout.edges) {
        kinds.add(e.kind);
        const emu = e.points.map((p) => ({ x: Math.round(p.x * 9525), y: Math.round(p.y * 9525) }));
        const f = connectorFrame(emu);
        const path = connectorPath({
          frame: { x: f.x, y: f.y, w: f.w, h: f.h, rot: f.rotate, flipH: f.flipH, flipV: f.flipV },
          preset: f.preset,
          adj: f.adj,
        });
        expect(path).toHaveLength(emu.length);
        path.forEach((p, i) => {
          expect(Math.abs(p.x - emu[i]!.x), `${e.kind} ${i}`).toBeLessThan(6400);
          expect(Math.abs(p.y - emu[i]!.y), `${e.kind} ${i}`).toBeLessThan(6400);
        });
      }
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['channel', 'jog', 'straight']));
  });
});

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const SKIP = 'LibreOffice test skipped: no soffice or libreoffice on this machine to open the deck';
if (!soffice) console.warn(SKIP);

describe('the map slide in LibreOffice', () => {
  (soffice ? it : it.skip)(
    soffice ? 'converts to a one-page PDF with every title in it, rendered for a look' : SKIP,
    () => {
      const dir = tempDir('quadrant-deck-map-lo-');
      const input = join(dir, 'map.pptx');
      writeFileSync(input, deck);
      const profile = `file://${join(dir, 'profile')}`;
      const converted = spawnSync(
        soffice!,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
        { timeout: 180_000 },
      );
      expect(converted.status, converted.stderr?.toString()).toBe(0);
      const pdf = join(dir, 'map.pdf');
      writeFileSync(join(results, 'map.pdf'), readFileSync(pdf));
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Strategy map');
      const words = text.replace(/\s+/g, ' ');
      for (const o of sc.tree.objectives) {
        for (const word of o.title.split(/\s+/)) expect(words, o.title).toContain(word);
      }
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Pages:\s+1\b/);
      const png = spawnSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join(results, 'map')]);
      expect(png.status).toBe(0);
    },
    200_000,
  );
});
