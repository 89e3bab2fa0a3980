/**
 * The PowerPoint deck built from a real copy of the sample, read back as PowerPoint would: the slides of the zip,
 * their text runs, native chart parts, fonts and shape positions; then opened by LibreOffice where it is installed,
 * converted to PDF and rendered to PNG under test-results/deck/ to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedPaths } from '../../src/main/core/capabilities';
import { buildDeck } from '../../src/main/core/deck/deck-export';
import { createDispatcher } from '../../src/main/core/dispatch';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { client, tempDir } from '../helpers';
import { readDeck, type DeckSlide } from './deck-read';

const api = client();
const { call } = api;
const OUT = resolve(__dirname, '../../test-results/deck');

beforeAll(() => {
  call('document.open', { path: ensureSampleDocument(tempDir('quadrant-deck-')) });
});
afterAll(() => api.session.close());

const keyKpis = () => call('kpi.list', { scorecardId: 1 }).filter((k) => k.isKey);
const texts = (slides: DeckSlide[]) => slides.map((s) => s.text).join('\n');

describe('the deck of the sample', () => {
  it('has a slide per part the data calls for, each chart a native chart part, every objective and KPI in its text', async () => {
    const data = call('report.data', { scorecardIds: [1], period: '2026-Q3' });
    const deck = await buildDeck(data);
    const read = await readDeck(deck.bytes);
    const perspectives = data.scorecards[0]!.tree.perspectives;
    // Title, summary, strategy map, one per perspective, one per key KPI, initiatives; the sample has no actions.
    const expected = 3 + perspectives.length + keyKpis().length + 1;
    expect(read.slides).toHaveLength(expected);
    expect(deck.slides).toBe(expected);
    expect(deck.fileName).toBe('Harbour & Ember — Company Scorecard Q3 2026.pptx');

    expect(read.slides[0]!.text).toContain('Harbour & Ember — Company Scorecard');
    expect(read.slides[0]!.text).toContain('Q3 2026');
    expect(read.slides[1]!.title).toBe('Executive summary');
    expect(read.slides[1]!.text).toContain('Top risks');
    for (const risk of data.scorecards[0]!.risks) expect(read.slides[1]!.text).toContain(risk.name);
    const titles = read.slides.map((s) => s.title);
    for (const p of perspectives) expect(titles).toContain(p.name);
    for (const k of keyKpis()) expect(titles).toContain(k.name);
    expect(titles.at(-1)).toBe('Initiatives');

    const all = texts(read.slides);
    for (const o of call('objective.list', { scorecardId: 1 })) expect(all).toContain(o.title);
    for (const k of call('kpi.list', { scorecardId: 1 })) expect(all).toContain(k.name);
    for (const i of call('initiative.list', { scorecardId: 1 })) expect(all).toContain(i.title);
    // Statuses are words, not colour alone.
    expect(all).toMatch(/✓ On track|! At risk|✕ Off track/);

    // A bar chart per perspective and a line chart per key KPI, each a chart part a slide refers to.
    const charts = read.slides.flatMap((s) => s.charts);
    expect(charts.filter((c) => c.xml.includes('<c:barChart>'))).toHaveLength(perspectives.length);
    expect(charts.filter((c) => c.xml.includes('<c:lineChart>'))).toHaveLength(keyKpis().length);
    for (const c of charts) expect(c.path).toMatch(/^ppt\/charts\/chart\d+\.xml$/);
    const line = charts.find((c) => c.xml.includes('<c:lineChart>'))!;
    expect(line.xml).toContain('<c:v>Actual</c:v>');
    expect(line.xml).toContain('<c:v>Target</c:v>');

    expect(read.fonts.size).toBeGreaterThan(0);
    expect([...read.fonts]).toEqual(['Inter']);
    expect(read.themeFonts).toEqual(['Inter', 'Inter']);
    expect(read.pictures).toEqual([]);
    expect(read.outside).toEqual([]);
  });

  it('continues long tables on further slides and never places a shape outside the slide', async () => {
    const perspective = call('perspective.list', { scorecardId: 1 })[0]!;
    const long = 'with a title long enough to wrap over two or three lines of the objectives table';
    for (let i = 1; i <= 14; i++) {
      const o = call('objective.create', {
        perspectiveId: perspective.id,
        title: `Objective ${i} ${long}`,
        owner: 'Owner',
      });
      call('kpi.create', { objectiveId: o.id, name: `KPI ${i} of the long objective` });
    }
    for (let i = 1; i <= 25; i++) call('initiative.create', { scorecardId: 1, title: `Initiative ${i} ${long}` });
    for (let i = 1; i <= 3; i++)
      call('action.create', { scorecardId: 1, title: `Action ${i}`, owner: 'Ana', dueDate: `2026-10-0${i}` });
    const data = call('report.data', { scorecardIds: [1], period: '2026-Q3' });
    const actions = call('action.list', { scorecardId: 1 });
    const read = await readDeck((await buildDeck(data, actions)).bytes);
    const titles = read.slides.map((s) => s.title);
    expect(titles).toContain(`${perspective.name} (continued)`);
    expect(titles).toContain('Initiatives (continued)');
    expect(titles).toContain('Open actions');
    const all = texts(read.slides);
    for (let i = 1; i <= 14; i++) expect(all).toContain(`Objective ${i} ${long}`);
    for (let i = 1; i <= 25; i++) expect(all).toContain(`Initiative ${i} ${long}`);
    expect(read.outside).toEqual([]);
    for (const o of call('objective.list', { scorecardId: 1 }).filter((x) => x.title.startsWith('Objective '))) {
      call('objective.delete', { id: o.id });
    }
    for (const i of call('initiative.list', { scorecardId: 1 }).filter((x) => x.title.startsWith('Initiative '))) {
      call('initiative.delete', { id: i.id });
    }
    for (const a of actions) call('action.delete', { id: a.id });
  });

  it('makes a deck of a new scorecard without data: empty perspectives and a key KPI without values say so', async () => {
    const other = client();
    try {
      other.call('document.create', {
        path: join(tempDir('quadrant-deck-new-'), 'New.scorecard'),
        name: 'Fresh start',
      });
      const [first] = other.call('perspective.list', { scorecardId: 1 });
      const o = other.call('objective.create', { perspectiveId: first!.id, title: 'Find our first customers' });
      other.call('kpi.create', { objectiveId: o.id, name: 'Paying customers', isKey: true });
      const data = other.call('report.data', { scorecardIds: [1], period: '2026-Q3' });
      const deck = await buildDeck(data);
      const read = await readDeck(deck.bytes);
      const perspectives = data.scorecards[0]!.tree.perspectives.length;
      // Title, summary, map, the perspectives, the key KPI; no initiatives, no actions.
      expect(read.slides).toHaveLength(3 + perspectives + 1);
      const all = texts(read.slides);
      expect(all).toContain('No objectives in this perspective yet.');
      expect(all).toContain('No values or targets for Paying customers up to Q3 2026 yet.');
      expect(all).toContain('– No data');
      const charts = read.slides.flatMap((s) => s.charts);
      expect(charts.filter((c) => c.xml.includes('<c:barChart>'))).toHaveLength(1);
      // A missing score is a point left out of the chart's numbers, not an empty value PowerPoint would repair.
      const bar = charts.find((c) => c.xml.includes('<c:barChart>'))!.xml;
      expect(bar).toContain('Find our first customers (no data)');
      expect(bar).toMatch(
        /<c:numCache>\s*<c:formatCode>[^<]*<\/c:formatCode>\s*<c:ptCount val="1"\/>\s*<\/c:numCache>/,
      );
      for (const c of charts) expect(c.xml).not.toContain('<c:v></c:v>');
      expect(read.outside).toEqual([]);
    } finally {
      other.session.close();
    }
  });

  it('is what deck.export sends back in browser mode, and refuses a scorecard the document does not have', async () => {
    const dispatch = createDispatcher(api.session, typedPaths);
    const r = await dispatch('deck.export', { scorecardId: 1, period: '2026-Q3' });
    expect(r).toMatchObject({ ok: true, value: { path: null, fileName: expect.stringMatching(/Q3 2026\.pptx$/) } });
    const value = (r as { value: { base64: string; slides: number; bytes: number } }).value;
    const bytes = Buffer.from(value.base64, 'base64');
    expect(bytes.length).toBe(value.bytes);
    expect((await readDeck(bytes)).slides).toHaveLength(value.slides);
    expect(await dispatch('deck.export', { scorecardId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await dispatch('deck.export', { scorecardId: 1, period: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);
const poppler = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;
const SKIP = 'LibreOffice test skipped: no soffice (LibreOffice Impress) and poppler-utils on this machine';
if (!soffice || !poppler) console.warn(SKIP);

describe('the deck in LibreOffice', () => {
  (soffice && poppler ? it : it.skip)(
    soffice && poppler ? 'converts to a PDF with a page per slide and every title in it, rendered to PNG' : SKIP,
    async () => {
      const data = call('report.data', { scorecardIds: [1], period: '2026-Q3' });
      const deck = await buildDeck(data);
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, 'sample.pptx');
      writeFileSync(file, deck.bytes);
      // A profile of its own, so a LibreOffice the user has open (or another test) does not take the conversion.
      const profile = `file://${tempDir('quadrant-lo-')}`;
      const converted = spawnSync(
        soffice!,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file],
        { timeout: 180_000, encoding: 'utf8' },
      );
      expect(converted.status, converted.stderr).toBe(0);
      const pdf = join(OUT, 'sample.pdf');
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(deck.slides);
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const p of data.scorecards[0]!.tree.perspectives) expect(text).toContain(p.name);
      for (const k of keyKpis()) expect(text).toContain(k.name);
      expect(text).toContain('Executive summary');
      expect(spawnSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, 'slide')]).status).toBe(0);
    },
    240_000,
  );
});
