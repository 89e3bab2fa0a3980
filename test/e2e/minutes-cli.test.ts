/**
 * `quadrant minutes` on a copy of the sample with a review held through the API: a real A4 PDF, read back with
 * poppler as a reader's viewer sees it (every decision, action and owner in it), and rendered to PNGs in
 * test-results/ to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { client, tempDir } from '../helpers';
import { resultsDir } from './browser';
import { flat, inkPerPage, pdfFonts, pdfInfo, pdfText, requirePoppler } from './pdf-tools';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const ACTIONS = [
  { title: 'Design the loyalty pilot for two shops', owner: 'Ana Owner', dueDate: '2026-11-15' },
  { title: 'Renegotiate the green-coffee contract', owner: 'Ben Finance', dueDate: '2026-12-01' },
  { title: 'Find a second importer', owner: 'ben finance ', dueDate: null },
  { title: 'Fix the eNPS survey export', owner: '', dueDate: '2026-10-31' },
];

/** A Q3 review with notes, decisions and actions on the agenda's first items; Q3 closed afterwards. */
function heldReview(doc: string) {
  const c = client('web');
  c.call('document.open', { path: doc });
  const scorecardId = c.call('scorecard.list', {})[0]!.id;
  const [quarterly] = c.call('review.templates', {});
  const { review, items } = c.call('review.start', {
    scorecardId,
    period: '2026-Q3',
    templateId: quarterly!.id,
    heldOn: '2026-10-14',
    attendees: ['Ana Owner', 'Ben Finance', 'Maeve Donnelly'],
  });
  const discussed = items.filter((i) => i.kind === 'kpi' || i.kind === 'objective').slice(0, 3);
  const decisions = discussed.map((item, n) => {
    const decision = `Decision ${n + 1}: ${['run a loyalty pilot', 'hedge green-coffee prices', 'review margins monthly'][n]}.`;
    c.call('review.item.update', { id: item.id, notes: `Discussed ${item.title}.`, decision, decided: true });
    return decision;
  });
  ACTIONS.forEach((a, n) => {
    const item = discussed[n % discussed.length]!;
    c.call('action.create', {
      scorecardId,
      ...a,
      concernType: item.kind as 'kpi' | 'objective',
      concernId: item.entityId!,
      reviewItemId: item.id,
      createdOn: '2026-10-14',
    });
  });
  c.call('review.update', { id: review.id, summary: 'Margins held; footfall fell in August.' });
  c.call('period.close', { scorecardId, period: '2026-Q3' });
  const data = c.call('minutes.data', { reviewId: review.id });
  c.session.close();
  return { review, decisions, data };
}

describe('quadrant minutes', () => {
  it('prints the latest review: agenda, every decision, every action under its owner, the status, on A4', async () => {
    requirePoppler();
    const dir = tempDir('quadrant-cli-minutes-');
    const doc = ensureSampleDocument(dir);
    const { review, decisions, data } = heldReview(doc);
    const pdf = join(dir, 'minutes.pdf');
    const r = await run(['minutes', doc, '--out', pdf]);
    expect(r, r.err).toMatchObject({ code: 0 });
    expect(r.err).toMatch(/^Printed with Chromium \d+/);
    const info = pdfInfo(pdf);
    expect(r.out).toBe(`Wrote ${pdf} (minutes of review ${review.id}, Q3 2026, ${info.pages} pages, A4)\n`);
    expect(info).toMatchObject({ width: 595, height: 842 });
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true);

    const text = flat(pdfText(pdf));
    for (const s of [
      review.title,
      '14 October 2026',
      'Ana Owner, Ben Finance, Maeve Donnelly',
      'Quarterly balanced-scorecard review',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/Q3 2026 closed/i);
    expect(text).toContain('Margins held; footfall fell in August.');
    // The agenda in order: each generated item's title and reason, its section heading before it.
    const items = data.items.filter((i) => i.kind !== 'section');
    let from = 0;
    for (const item of items) {
      const at = text.indexOf(flat(item.title), from);
      expect(at, item.title).toBeGreaterThanOrEqual(from);
      expect(text).toContain(flat(item.reason));
      from = at;
    }
    for (const d of decisions) expect(text.split(d).length - 1, d).toBe(2); // in the agenda and in the list
    // Owners alphabetically, "ben finance " one person with Ben Finance, nobody's last; each action under its
    // owner. Read in layout mode: the plain mode's reading order moves a heading away from its table.
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n');
    const owners = ['Ana Owner', 'Ben Finance', 'No owner'];
    const start = layout.findIndex((l) => l.trim() === 'Actions by owner');
    expect(start).toBeGreaterThan(0);
    const ownerOf = new Map<string, string>();
    const seen: string[] = [];
    let current = '';
    for (const line of layout.slice(start)) {
      if (owners.includes(line.trim())) seen.push((current = line.trim()));
      for (const a of ACTIONS) if (line.includes(a.title)) ownerOf.set(a.title, current);
    }
    expect(seen).toEqual(owners);
    expect(ACTIONS.map((a) => ownerOf.get(a.title))).toEqual(['Ana Owner', 'Ben Finance', 'Ben Finance', 'No owner']);
    const actions = text.slice(text.indexOf('Actions by owner'));
    expect(actions).toContain('15 Nov 2026');
    expect(actions).toContain('No date');
    // The status of the period, every KPI with its status in words.
    const status = text.slice(text.indexOf('Scorecard status'));
    expect(status).toMatch(/overall \d+ %/i);
    for (const k of data.tree.kpis) expect(status).toContain(flat(k.name));
    for (const word of ['On track', 'At risk', 'Off track']) expect(status).toContain(word);

    // Rendered, every page has ink; the PNGs are in test-results/ to look at.
    const pngs = join(resultsDir, 'minutes-cli');
    rmSync(pngs, { recursive: true, force: true });
    mkdirSync(pngs, { recursive: true });
    expect(inkPerPage(pdf, pngs).every((ink) => ink > 0.005)).toBe(true);
    execFileSync('pdftoppm', ['-r', '70', '-png', pdf, join(pngs, 'page')]);
    expect(readdirSync(pngs).filter((f) => f.endsWith('.png'))).toHaveLength(info.pages);
  }, 90_000);

  it('prints the review --review names, or the latest of --period, and keeps an existing file without --force', async () => {
    requirePoppler();
    const dir = tempDir('quadrant-cli-minutes-');
    const doc = ensureSampleDocument(dir);
    const { review } = heldReview(doc);
    const c = client('web');
    c.call('document.open', { path: doc });
    const [, eos] = c.call('review.templates', {});
    const later = c.call('review.start', {
      scorecardId: 1,
      period: '2026-Q4',
      templateId: eos!.id,
      heldOn: '2027-01-13',
      attendees: ['Ana'],
    });
    c.call('review.update', { id: later.review.id, rating: 8 });
    c.session.close();

    const latest = join(dir, 'latest.pdf');
    expect((await run(['minutes', doc, '--out', latest])).out).toContain(
      `minutes of review ${later.review.id}, Q4 2026`,
    );
    expect(flat(pdfText(latest))).toContain('8 / 10');
    const q3 = join(dir, 'q3.pdf');
    expect((await run(['minutes', doc, '--period', '2026-Q3', '--out', q3])).out).toContain(
      `minutes of review ${review.id}, Q3 2026`,
    );
    expect(flat(pdfText(q3))).toContain(review.title);
    const named = await run(['minutes', doc, '--review', String(review.id), '--out', q3]);
    expect(named).toMatchObject({ code: 1, err: expect.stringContaining('already exists') });
    expect((await run(['minutes', doc, '--review', String(review.id), '--out', q3, '--force'])).code).toBe(0);
  }, 90_000);
});
