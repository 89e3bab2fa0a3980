/**
 * The map's arrows as PowerPoint connectors. pptxgenjs writes every line as a plain shape (p:sp with the preset
 * "line"), which stays where it is when a box moves. PowerPoint keeps an arrow on its boxes only when it is a
 * connector (p:cxnSp) whose a:stCxn / a:endCxn name the two shapes and their connection sites. So addMapSlide
 * draws each arrow as a line in the connector's frame, named with what the connector needs (linkName), and
 * glueConnectors rewrites those lines in the written file. Boxes carry their objective's id the same way
 * (boxName); both names are cleaned to what a person reads in the selection pane.
 */
import JSZip from 'jszip';
import type { Point } from '../../../shared/strategy-map/types';

export type Side = 'top' | 'left' | 'bottom' | 'right';

/** Connection sites of the preset rect and roundRect, in the order of their cxnLst. */
export const SITE: Record<Side, number> = { top: 0, left: 1, bottom: 2, right: 3 };

/** A preset connector's frame (EMU, before its rotation) and shape: the path runs from its start to its end. */
export interface ConnectorFrame {
  preset: 'straightConnector1' | 'bentConnector2' | 'bentConnector3' | 'bentConnector4' | 'bentConnector5';
  /** adj1… in 1/100000 of the frame, as the preset's avLst takes them. */
  adj: number[];
  rotate: 0 | 90;
  flipH: boolean;
  flipV: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Half a point: a bent connector needs some extent along an axis its middle segments are placed on. */
const LEAST_SPAN = 6350;

const span = (d: number) => (Math.abs(d) >= LEAST_SPAN ? d : d < 0 ? -LEAST_SPAN : LEAST_SPAN);

/**
 * The preset connector that draws an orthogonal polyline (EMU, no two collinear segments in a row). The bent
 * presets start horizontally (bentConnectorN has N segments: x1, y2, x3 are adj1…3 of the frame); a path that
 * starts vertically is the same preset turned 90° clockwise, its frame's width along the slide's y.
 */
export function connectorFrame(points: readonly Point[]): ConnectorFrame {
  const s = points[0]!;
  let e = points[points.length - 1]!;
  let pts = points;
  if (points.length > 6) pts = [s, e];
  const segments = pts.length - 1;
  if (segments <= 1) {
    return {
      preset: 'straightConnector1',
      adj: [],
      rotate: 0,
      flipH: e.x < s.x,
      flipV: e.y < s.y,
      x: Math.min(s.x, e.x),
      y: Math.min(s.y, e.y),
      w: Math.abs(e.x - s.x),
      h: Math.abs(e.y - s.y),
    };
  }
  const horizontalFirst = Math.abs(pts[1]!.x - s.x) >= Math.abs(pts[1]!.y - s.y);
  const u = (p: Point) => (horizontalFirst ? p.x : p.y);
  const v = (p: Point) => (horizontalFirst ? p.y : p.x);
  const du = segments >= 3 ? span(u(e) - u(s)) : u(e) - u(s);
  const dv = segments >= 4 ? span(v(e) - v(s)) : v(e) - v(s);
  const adj: number[] = [];
  const frac = (d: number, whole: number) => Math.round((d / whole) * 100000);
  if (segments >= 3) adj.push(frac(u(pts[1]!) - u(s), du));
  if (segments >= 4) adj.push(frac(v(pts[2]!) - v(s), dv));
  if (segments >= 5) adj.push(frac(u(pts[3]!) - u(s), du));
  const preset = `bentConnector${segments}` as ConnectorFrame['preset'];
  if (horizontalFirst) {
    e = { x: s.x + du, y: s.y + dv };
    return {
      preset,
      adj,
      rotate: 0,
      flipH: du < 0,
      flipV: dv < 0,
      x: Math.min(s.x, e.x),
      y: Math.min(s.y, e.y),
      w: Math.abs(du),
      h: Math.abs(dv),
    };
  }
  // Turned 90° clockwise about its centre: the frame's x runs down the slide and its y runs right to left.
  const [dx, dy] = [dv, du];
  const w = Math.abs(dy);
  const h = Math.abs(dx);
  return {
    preset,
    adj,
    rotate: 90,
    flipH: dy < 0,
    flipV: dx > 0,
    x: s.x + dx / 2 - w / 2,
    y: s.y + dy / 2 - h / 2,
    w,
    h,
  };
}

const BOX_TAG = 'qmap-box ';
const LINK_TAG = 'qmap-link ';

/** The name of an objective's box until glueConnectors: the id to glue to, then what the user sees. */
export function boxName(objectiveId: number, label: string): string {
  return `${BOX_TAG}${objectiveId}|${label}`;
}

export interface LinkEnds {
  from: number;
  fromSide: Side;
  to: number;
  toSide: Side;
}

/** The name of an arrow's line until glueConnectors: both ends, the connector's preset and adjustments, the label. */
export function linkName(ends: LinkEnds, frame: ConnectorFrame, label: string): string {
  const sites = `${ends.from}:${SITE[ends.fromSide]} ${ends.to}:${SITE[ends.toSide]}`;
  return `${LINK_TAG}${sites} ${frame.preset} ${frame.adj.join(',')}|${label}`;
}

const BOX_RE = /<p:cNvPr id="(\d+)" name="qmap-box (\d+)\|/g;
const LINK_RE = /name="qmap-link (\d+):(\d) (\d+):(\d) (\w+) ([-\d,]*)\|([^"]*)"/;

function connectorXml(sp: string, boxes: ReadonlyMap<number, string>): string {
  const m = LINK_RE.exec(sp);
  if (!m) return sp;
  const [, from, fromSite, to, toSite, preset, adj, label] = m;
  const id = /<p:cNvPr id="(\d+)"/.exec(sp)?.[1];
  const xfrm = /<a:xfrm[^>]*>[\s\S]*?<\/a:xfrm>/.exec(sp)?.[0];
  const ln = /<a:ln[ >][\s\S]*?<\/a:ln>/.exec(sp)?.[0] ?? '';
  if (!id || !xfrm) return sp;
  const start = boxes.get(Number(from));
  const end = boxes.get(Number(to));
  const gds = adj!
    .split(',')
    .filter(Boolean)
    .map((a, i) => `<a:gd name="adj${i + 1}" fmla="val ${a}"/>`)
    .join('');
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${label}"/><p:cNvCxnSpPr>` +
    (start ? `<a:stCxn id="${start}" idx="${fromSite}"/>` : '') +
    (end ? `<a:endCxn id="${end}" idx="${toSite}"/>` : '') +
    `</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr>${xfrm}` +
    `<a:prstGeom prst="${preset}"><a:avLst>${gds}</a:avLst></a:prstGeom><a:noFill/>${ln}</p:spPr></p:cxnSp>`
  );
}

/**
 * pptxgenjs gives the slide number the fixed id 25 whatever else the slide holds, so on a slide of 24 shapes or
 * more two shapes share an id, and a connector glued to "25" would not say which. Later duplicates get fresh ids.
 */
export function uniqueShapeIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (whole, id: string) => {
    if (!seen.has(Number(id))) {
      seen.add(Number(id));
      return whole;
    }
    return `<p:cNvPr id="${next++}"`;
  });
}

/** One slide's XML with its tagged lines turned into glued connectors and its tags taken out of the names. */
export function glueSlideXml(xml: string): string {
  const unique = uniqueShapeIds(xml);
  const boxes = new Map<number, string>();
  for (const m of unique.matchAll(BOX_RE)) boxes.set(Number(m[2]), m[1]!);
  return unique
    .replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (sp) => (sp.includes(`name="${LINK_TAG}`) ? connectorXml(sp, boxes) : sp))
    .replace(/name="qmap-box \d+\|/g, 'name="');
}

/** The written deck with each map arrow a connector glued to its boxes (p:cxnSp with stCxn/endCxn), every shape id unique. */
export async function glueConnectors(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  let changed = false;
  for (const name of slides) {
    const xml = await zip.file(name)!.async('string');
    const glued = glueSlideXml(xml);
    if (glued === xml) continue;
    zip.file(name, glued);
    changed = true;
  }
  if (!changed) return bytes;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
