/**
 * A written .pptx read back from its zip: each slide's text runs (a:t), its title (the shape named "Title"), the
 * chart parts it refers to, the fonts it names, pictures, and shapes that reach outside the slide.
 */
import JSZip from 'jszip';

export interface DeckChart {
  path: string;
  xml: string;
}

export interface DeckSlide {
  path: string;
  title: string | undefined;
  /** The slide's paragraphs, one per line. */
  text: string;
  charts: DeckChart[];
}

export interface DeckRead {
  slides: DeckSlide[];
  /** Every typeface named by a text run, table cell or chart. */
  fonts: Set<string>;
  /** The theme's heading and body fonts. */
  themeFonts: string[];
  /** Picture parts and p:pic shapes: the deck draws text as text, so there should be none. */
  pictures: string[];
  /** "slide3.xml: Financial table 1 ends at 7.62 in" for any shape beyond the slide's edges. */
  outside: string[];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    decode([...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

/** The shapes and frames of a slide with their name and box in EMU; a table's height is the sum of its rows. */
function boxes(xml: string): { name: string; x: number; y: number; cx: number; cy: number }[] {
  const parts = [...xml.matchAll(/<p:(sp|graphicFrame|cxnSp|pic)>([\s\S]*?)<\/p:\1>/g)];
  return parts.flatMap((m) => {
    const body = m[2]!;
    const name = /<p:cNvPr [^>]*name="([^"]*)"/.exec(body)?.[1] ?? '?';
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(body);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body);
    if (!off || !ext) return [];
    const rows = [...body.matchAll(/<a:tr h="(\d+)"/g)].map((r) => Number(r[1]));
    const [x, y, cx] = [Number(off[1]), Number(off[2]), Number(ext[1])];
    const cy = rows.length > 0 ? rows.reduce((a, b) => a + b, 0) : Number(ext[2]);
    // A shape turned a quarter (elbow connectors are) covers its box turned about its centre.
    const rot = Number(/<a:xfrm[^>]*\brot="(-?\d+)"/.exec(body)?.[1] ?? 0) / 60000;
    if (Math.abs(rot % 180) === 90) {
      return [{ name: decode(name), x: x + (cx - cy) / 2, y: y + (cy - cx) / 2, cx: cy, cy: cx }];
    }
    return [{ name: decode(name), x, y, cx, cy }];
  });
}

const slideNumber = (path: string) => Number(/slide(\d+)\.xml$/.exec(path)?.[1]);

export async function readDeck(bytes: Buffer): Promise<DeckRead> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (path: string) => zip.file(path)!.async('string');
  const presentation = await text('ppt/presentation.xml');
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const [width, height] = [Number(size[1]), Number(size[2])];
  const paths = Object.keys(zip.files)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
  const fonts = new Set<string>();
  const outside: string[] = [];
  const slides: DeckSlide[] = [];
  const noteFonts = (xml: string) => {
    for (const m of xml.matchAll(/<a:(?:latin|ea|cs) typeface="([^"]*)"/g)) fonts.add(m[1]!);
  };
  for (const path of paths) {
    const xml = await text(path);
    noteFonts(xml);
    const rels = (await zip.file(path.replace('slides/', 'slides/_rels/') + '.rels')?.async('string')) ?? '';
    const charts: DeckChart[] = [];
    // pptxgenjs names chart parts relative to the slide or from the package root.
    for (const m of rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)) {
      const chartPath = `ppt/charts/${m[1]}`;
      const chartXml = await text(chartPath);
      noteFonts(chartXml);
      charts.push({ path: chartPath, xml: chartXml });
    }
    const titleShape = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?name="Title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0];
    const file = path.split('/').pop();
    for (const b of boxes(xml)) {
      if (b.x < 0 || b.y < 0 || b.x + b.cx > width || b.y + b.cy > height) {
        outside.push(
          `${file}: ${b.name} spans ${(b.x / 914400).toFixed(2)}–${((b.x + b.cx) / 914400).toFixed(2)} in × ${(b.y / 914400).toFixed(2)}–${((b.y + b.cy) / 914400).toFixed(2)} in`,
        );
      }
    }
    slides.push({
      path,
      title: titleShape ? paragraphs(titleShape).join(' ') : undefined,
      text: paragraphs(xml).join('\n'),
      charts,
    });
  }
  const theme = await text('ppt/theme/theme1.xml');
  const themeFonts = ['majorFont', 'minorFont'].map(
    (f) => new RegExp(`<a:${f}><a:latin typeface="([^"]*)"`).exec(theme)?.[1] ?? '',
  );
  const slideXml = await Promise.all(paths.map(text));
  const pictures = [
    ...Object.keys(zip.files).filter((p) => p.startsWith('ppt/media/') && !zip.files[p]!.dir),
    ...paths.filter((_, i) => slideXml[i]!.includes('<p:pic>')),
  ];
  return { slides, fonts, themeFonts, pictures, outside };
}
