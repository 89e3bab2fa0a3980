/**
 * `quadrant report` and `quadrant minutes` printing for real in German: what the command says it printed with and
 * wrote (pages, paper, orientation) is German, the PDF is there; English says the same in English.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { client, tempDir } from '../helpers';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let doc: string;
let dir: string;

beforeAll(() => {
  dir = tempDir('quadrant-clib-print-');
  doc = ensureSampleDocument(tempDir('quadrant-clib-print-doc-'));
  const c = client('web');
  c.call('document.open', { path: doc });
  const scorecardId = c.call('scorecard.list', {})[0]!.id;
  const [template] = c.call('review.templates', {});
  c.call('review.start', { scorecardId, period: '2026-Q3', templateId: template!.id, heldOn: '2026-10-14', attendees: ['Ana Owner'] });
  c.session.close();
});

describe('printing from the command line in German', () => {
  it('says what printed the report and what it wrote', { timeout: 240_000 }, async () => {
    const out = join(dir, 'bericht.pdf');
    const r = await run(['--language', 'de', 'report', doc, '--period', '2026-Q3', '--sections', 'cover,summary', '--landscape', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Gedruckt mit (Chromium|Electron) \S+/);
    if (r.err.startsWith('Gedruckt mit Chromium')) expect(r.err).toMatch(/\(nicht Electron: .+\)\n$/);
    expect(r.out).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} geschrieben \\(\\d+ Seiten?, A4 Querformat\\)\\n$`));
    expect(existsSync(out)).toBe(true);
  });

  it('says what it wrote for a review’s minutes, and English says it in English', { timeout: 240_000 }, async () => {
    const out = join(dir, 'protokoll.pdf');
    const r = await run(['--language', 'de', 'minutes', doc, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^Gedruckt mit Chromium \S+/);
    expect(r.out).toMatch(/ geschrieben \(Protokoll von Review 1, Q3 2026, \d+ Seiten?, A4\)\n$/);
    expect(existsSync(out)).toBe(true);
    const english = join(dir, 'minutes.pdf');
    const e = await run(['minutes', doc, '--out', english]);
    expect(e.err).toMatch(/^Printed with Chromium \S+/);
    expect(e.out).toMatch(/ \(minutes of review 1, Q3 2026, \d+ pages?, A4\)\n$/);
    expect(e.out.startsWith(`Wrote ${english} `)).toBe(true);
  });
});
