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
import { client, tempDir } from '../helpers';
import { connectorPath, crosses, onSide, shapes, SIDES } from './pptx-shapes';

const api = client();
const SLIDE = { w: 12192000, h: 6858000 };
const results = join(process.cwd(), 'test-results', 'deck-map');

interface Deck {
  sc: ReportScorecard;
  deck: Buffer;
  xml: string;
}

/** A deck with only the map slide of the scorecard, glued and read back. */
async function mapDeck(sc: ReportScorecard, name: string): Promise<Deck> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  addMapSlide(pptx, sc);
  const deck = await glueConnectors((await pptx.write({ outputType: 'nodebuffer' })) as Buffer);
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, `${name}.pptx`), deck);
  const zip = await JSZip.loadAsync(deck);
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toEqual([
    'ppt/slides/slide1.xml',
  ]);
  expect(Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'))).toEqual([]);
  return { sc, deck, xml: await zip.file('ppt/slides/slide1.xml')!.async('string') };
}

/** Long titles, a theme, many objectives per lane and links that skip lanes, stay in one or point down. */
function crowd(call: typeof api.call): void {
  const tree = call('scorecard.get', { id: 1 });
  const theme = call('theme.create', { scorecardId: 1, name: 'Quality first', colour: '#7c3aed' });
  const added = tree.perspectives.flatMap((p, i) =>
    Array.from({ length: 3 }, (_, j) =>
      call('objective.create', {
        perspectiveId: p.id,
        themeId: j === 0 ? theme.id : null,
        title:
          j === 1
            ? `Reduce the average time from a wholesale order to its delivery at the customer's door (${p.name})`
            : i === 1 && j === 2
              ? `R&D "fast lane" | <beta> ${p.name}`
              : `${['Lift', 'Grow', 'Cut', 'Keep'][i]} ${p.name.toLowerCase()} measure ${j + 1}`,
      }),
    ),
  );
  const ids = [...tree.objectives.map((o) => o.id), ...added.map((o) => o.id)];
  const pairs = new Set(tree.links.map((l) => `${l.fromObjectiveId}>${l.toObjectiveId}`));
  for (let k = 0; k < 16; k++) {
    const from = ids[(k * 7 + 3) % ids.length]!;
    const to = ids[(k * 11 + 5) % ids.length]!;
    if (from === to || pairs.has(`${from}>${to}`) || pairs.has(`${to}>${from}`)) continue;
    pairs.add(`${from}>${to}`);
    call('link.create', { fromObjectiveId: from, toObjectiveId: to });
  }
}

let sample: Deck;
let crowded: Deck;

beforeAll(async () => {
  api.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-deck-map-')) });
  sample = await mapDeck(api.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!, 'sample');
  crowd(api.call);
  crowded = await mapDeck(api.call('report.data', { scorecardIds: [1], period: '2026-Q3' }).scorecards[0]!, 'crowded');
});
afterAll(() => api.session.close());

describe.each([
  ['the sample', () => sample],
  ['a crowded map', () => crowded],
])('the strategy map slide of %s', (_, get) => {
  it('has every objective as a box with its full title and status word as text, and no picture', () => {
    const { sc, xml } = get();
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
      expect(box[0]!.text.startsWith(o.title), o.title).toBe(true);
      expect(box[0]!.text).toContain(word);
      expect(box[0]!.xml).toContain('typeface="Inter"');
    }
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has every link as a connector glued to its two boxes, its path from one to the other around the rest', () => {
    const { sc, xml } = get();
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
        for (const box of boxes)
          expect(crosses(path[i - 1]!, path[i]!, box.frame), `${c!.name} × ${box.name}`).toBe(false);
      }
    }
  });

  it('keeps every shape inside the slide', () => {
    for (const s of shapes(get().xml)) {
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

describe('glueConnectors', () => {
  it('leaves a deck without a map as it is, byte for byte', async () => {
    const pptx = new PptxGenJS();
    pptx.layout = 'LAYOUT_WIDE';
    pptx.addSlide().addText('No map here', { x: 1, y: 1, w: 4, h: 1 });
    const bytes = (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
    expect(await glueConnectors(bytes)).toBe(bytes);
  });

  it('adds no slide for a scorecard without objectives', () => {
    const pptx = new PptxGenJS();
    addMapSlide(pptx, { ...sample.sc, tree: { ...sample.sc.tree, objectives: [], links: [] } });
    expect((pptx as unknown as { slides: unknown[] }).slides).toHaveLength(0);
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

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);
const SKIP = 'LibreOffice test skipped: no soffice or libreoffice on this machine to open the deck';
if (!soffice) console.warn(SKIP);

describe('the map slide in LibreOffice', () => {
  (soffice ? it : it.skip)(
    soffice ? 'converts to a one-page PDF with every title in it, rendered for a look' : SKIP,
    () => {
      for (const [name, { sc, deck }] of [
        ['sample', sample],
        ['crowded', crowded],
      ] as const) {
        const dir = tempDir('quadrant-deck-map-lo-');
        const input = join(dir, `${name}.pptx`);
        writeFileSync(input, deck);
        const profile = `file://${join(dir, 'profile')}`;
        const converted = spawnSync(
          soffice!,
          [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
          { timeout: 180_000 },
        );
        expect(converted.status, converted.stderr?.toString()).toBe(0);
        const pdf = join(dir, `${name}.pdf`);
        writeFileSync(join(results, `${name}.pdf`), readFileSync(pdf));
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
        expect(text).toContain('Strategy map');
        const words = text.replace(/\s+/g, ' ');
        for (const o of sc.tree.objectives) {
          for (const word of o.title.split(/\s+/)) expect(words, o.title).toContain(word);
        }
        expect(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout).toMatch(/Pages:\s+1\b/);
        const png = spawnSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, join(results, name)]);
        expect(png.status).toBe(0);
      }
    },
    400_000,
  );
});
