/**
 * The strategy map at 60 objectives and 100 links:
 *  - layout in Node (lanes, slots, routed arrows with tracks), beside the floor of a naive layout of the same input
 *    (boxes on a grid, straight lines between centres);
 *  - first paint in Chromium: from the click on the "Strategy map" tab until the frame that shows all 60 boxes
 *    (layout, React render, browser layout and paint), beside painting the same picture from the exported SVG
 *    string in the same page. Times end after the frame that shows the map (rAF, then a task).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CauseLink } from '../../src/shared/domain';
import { prng } from '../../src/shared/prng';
import { syntheticMap } from '../../src/shared/strategy-map/fixtures';
import { mapInputFromTree, mapScores } from '../../src/shared/strategy-map/input';
import { layoutStrategyMap } from '../../src/shared/strategy-map/layout';
import { renderStrategyMapSvg } from '../../src/shared/strategy-map/svg';
import type { MapInput } from '../../src/shared/strategy-map/types';
import { startWebServer, type WebServer } from '../../src/main/core/http-server';
import { launchBrowser, rendererDir } from '../../test/e2e/browser';
import { generateDocument, writeDocument } from '../generate';
import { timeMs, type BenchDefinition } from '../harness';

const OBJECTIVES = 60;
const LINKS = 100;

/** What a layout costs at the least: a grid of boxes and a straight line per link. */
function naiveLayout(input: MapInput): number {
  const columns = 8;
  const at = new Map<number, { x: number; y: number }>();
  input.perspectives.forEach((p) => {
    input.objectives
      .filter((o) => o.perspectiveId === p.id)
      .forEach((o, i) =>
        at.set(o.id, { x: (i % columns) * 256 + 100, y: p.position * 300 + Math.floor(i / columns) * 136 }),
      );
  });
  let length = 0;
  for (const l of input.links) {
    const a = at.get(l.fromObjectiveId);
    const b = at.get(l.toObjectiveId);
    if (a && b) length += Math.hypot(a.x - b.x, a.y - b.y);
  }
  return length;
}

/** A one-scorecard document with 60 objectives, 2 KPIs each, and 100 links (some skipping a lane or within one). */
export function mapDocument() {
  const doc = generateDocument({
    seed: 3,
    scorecards: 1,
    objectivesPerScorecard: OBJECTIVES,
    kpisPerObjective: 2,
    months: 12,
  });
  const random = prng(11);
  const byPerspective = new Map<number, number[]>();
  for (const o of doc.objectives)
    byPerspective.set(o.perspectiveId, [...(byPerspective.get(o.perspectiveId) ?? []), o.id]);
  const lanes = [...byPerspective.values()];
  const pick = (list: number[]) => list[Math.floor(random() * list.length)]!;
  const seen = new Set(doc.links.map((l) => `${l.fromObjectiveId}>${l.toObjectiveId}`));
  const links: CauseLink[] = [...doc.links];
  while (links.length < LINKS) {
    const lower = 1 + Math.floor(random() * (lanes.length - 1));
    const to = random() < 0.5 && lower >= 2 ? lanes[lower - 2]! : lanes[lower]!;
    const [from, target] = [pick(lanes[lower]!), pick(to)];
    const key = `${from}>${target}`;
    if (from === target || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: links.length + 1, fromObjectiveId: from, toObjectiveId: target, note: '', fromKpiId: null, toKpiId: null });
  }
  return { ...doc, links };
}

const INSTALL = `(() => {
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  }));
  const tab = (name) => [...document.querySelectorAll('nav[aria-label="Views"] button')].find((b) => b.textContent === name);
  const until = (ready) => new Promise((resolve, reject) => {
    if (ready()) return resolve();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); clearTimeout(timer); resolve(); } });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the map did not appear within 10 s')); }, 10000);
    observer.observe(document.body, { subtree: true, childList: true });
  });
  window.__benchMap = async (boxes) => {
    const start = performance.now();
    tab('Strategy map').click();
    await until(() => document.querySelectorAll('.map-svg [data-box-id]').length === boxes);
    await afterPaint();
    const ms = performance.now() - start;
    tab('Scorecard').click();
    await afterPaint();
    return ms;
  };
  window.__benchStatic = async (svg) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:fixed;inset:0;z-index:99;background:#fff;overflow:hidden';
    const start = performance.now();
    host.innerHTML = svg;
    document.body.appendChild(host);
    await afterPaint();
    const ms = performance.now() - start;
    host.remove();
    await afterPaint();
    return ms;
  };
})()`;

export const map: BenchDefinition[] = [
  {
    name: 'map layout, 60 objectives / 100 links',
    unit: 'ms',
    aim: { on: 'median', below: 20 },
    setup() {
      const input = syntheticMap(OBJECTIVES, LINKS, 1);
      const layout = layoutStrategyMap(input);
      return {
        subject: {
          label: 'layoutStrategyMap (slots, routes, tracks)',
          sample: () => timeMs(() => layoutStrategyMap(input)),
        },
        baseline: { label: 'grid of boxes, straight lines', sample: () => timeMs(() => naiveLayout(input)) },
        notes: [
          `syntheticMap(60, 100, seed 1): 4 perspectives, 80 % of links up one lane, the rest skipping a lane, within one or pointing down; the map is ${Math.round(layout.width)} × ${Math.round(layout.height)} px with ${layout.edges.length} arrows.`,
        ],
      };
    },
  },
  {
    name: 'map first paint, 60 objectives / 100 links',
    unit: 'ms',
    aim: { on: 'median', below: 100 },
    async setup(ctx) {
      if (!existsSync(join(rendererDir, 'index.html')))
        throw new Error('out/renderer is missing: run `npx electron-vite build` first');
      const path = join(ctx.tmp, 'map-60.scorecard');
      const doc = mapDocument();
      writeDocument(path, doc);
      let server: WebServer | undefined;
      let browser: Browser | undefined;
      let page: Page;
      try {
        server = await startWebServer({ rendererDir, documentPath: path, port: 0 });
        browser = await launchBrowser();
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
        await context.addInitScript("try { localStorage.setItem('quadrant.view', 'overview') } catch {}");
        page = await context.newPage();
        await page.goto(server.url);
        await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 });
        await page.evaluate(INSTALL);
      } catch (err) {
        await browser?.close();
        await server?.close();
        throw err;
      }
      const tree = {
        perspectives: doc.perspectives,
        objectives: doc.objectives,
        links: doc.links,
      };
      const svg = renderStrategyMapSvg(layoutStrategyMap(mapInputFromTree(tree)), {
        scores: mapScores(null),
        themes: doc.themes,
        legend: false,
      });
      return {
        subject: {
          label: 'click the tab → 60 boxes and 100 arrows painted',
          sample: () => page.evaluate(`window.__benchMap(${OBJECTIVES})`) as Promise<number>,
        },
        baseline: {
          label: 'the same map as a static SVG string, painted',
          sample: () => page.evaluate(`window.__benchStatic(${JSON.stringify(svg)})`) as Promise<number>,
        },
        notes: [
          `generateDocument (1 scorecard, 60 objectives, 120 KPIs) with ${doc.links.length} links; Chromium headless at 1280 × 800 on the built renderer and the real backend; the map view lays the scorecard out, renders it with React and fits it to the window.`,
        ],
        teardown: async () => {
          await browser!.close();
          await server!.close();
        },
      };
    },
  },
];
