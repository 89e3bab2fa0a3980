/**
 * The report's Workshops section, printed by the real print view in Chromium from the real backend's data and read
 * back with poppler: the notes by column, the groups with their notes, the dots once revealed, where the winners
 * went; "votes not revealed" for a workshop whose votes stayed hidden; and no Workshops page without workshops.
 * The section's first page is rendered to PNG (test-results/workshop-report/) to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { printReportPdf } from '../../src/main/core/report-pdf';
import type { Input } from '../../src/shared/contract';
import { client, tempDir } from '../helpers';
import { holdWorkshops, KICK_OFF, STRATEGY_DAY } from '../held-workshops';
import { launchBrowser, rendererDir, resultsDir } from './browser';
import { flat, inkPerPage, pageTexts, requirePoppler } from './pdf-tools';

let browser: Browser;
const out = join(resultsDir, 'workshop-report');
const LEDE = 'workshops held up to the end of';

/** The page's lines as pdftotext lays them out, white space collapsed: a table row is one line. */
function layoutLines(file: string, page: number): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
  return text.split('\n').map(flat).filter(Boolean);
}

beforeAll(async () => {
  requirePoppler();
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function openSample() {
  const c = client();
  c.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-workshop-report-')) });
  return c;
}

async function print(c: ReturnType<typeof client>, name: string, input: Input<'report.data'>) {
  const data = c.call('report.data', input);
  const printed = await printReportPdf(data, { rendererDir, browser });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, printed.pdf);
  return { printed, file, pages: pageTexts(file, printed.pages) };
}

describe('the Workshops section', () => {
  it('prints each workshop’s board: notes by column, groups, dots once revealed and what was promoted', async () => {
    const c = openSample();
    holdWorkshops(c);
    const { printed, file, pages } = await print(c, 'workshops', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['cover', 'workshops'],
    });
    c.session.close();
    expect(printed.pages).toBe(2);
    const text = pages[1]!;
    expect(text).toContain('Workshops');
    expect(text).toContain(`${LEDE} Q3 2026`);
    // Newest first: the strategy day, then the kick-off.
    expect(text.indexOf(STRATEGY_DAY.name)).toBeLessThan(text.indexOf(KICK_OFF.name));
    expect(text).toContain('15 September 2026 · Anna, Ben, Chloé · 3 dots each · votes revealed');
    expect(text).toContain('10 March 2026 · Anna · 3 dots each · votes not revealed');
    expect(text).toContain('5 notes, 1 group · 2 promoted');
    expect(text).toContain('1 note · none promoted');
    // The board's columns in order, each note's text, and where the winners went.
    expect(text).toMatch(/Financial .*Customer .*Parking lot/);
    for (const note of [
      ...STRATEGY_DAY.members,
      STRATEGY_DAY.customer,
      STRATEGY_DAY.financial,
      STRATEGY_DAY.parked,
      KICK_OFF.note,
    ]) {
      expect(text).toContain(note);
    }
    // Row by row as laid out on the page: the text, its dots, where it went; a group's notes under its heading.
    const rows = layoutLines(file, 2);
    expect(rows).toContain(`${STRATEGY_DAY.group} 5 → Objective “${STRATEGY_DAY.group}”`);
    expect(rows).toContain(`• ${STRATEGY_DAY.members[0]} 1`);
    expect(rows).toContain(`• ${STRATEGY_DAY.members[1]} —`);
    expect(rows).toContain(`${STRATEGY_DAY.customer} 2`);
    expect(rows).toContain(`${STRATEGY_DAY.financial} 1 → KPI “${STRATEGY_DAY.financial}”`);
    expect(rows).toContain(`${STRATEGY_DAY.parked} —`);
    // Revealed, Customer is sorted by votes: the group (5) before the quotes (2), though the quotes came first.
    expect(rows.indexOf(`${STRATEGY_DAY.group} 5 → Objective “${STRATEGY_DAY.group}”`)).toBeLessThan(
      rows.indexOf(`${STRATEGY_DAY.customer} 2`),
    );
    // The kick-off's hidden votes stay hidden: its table has no Dots column.
    const kickOff = text.slice(text.indexOf(KICK_OFF.name));
    expect(kickOff).toContain(`NOTE PROMOTED TO Customer ${KICK_OFF.note}`);
    expect(rows).toContain('NOTE PROMOTED TO');

    // The page as a reader sees it, for a person to look at.
    execFileSync('pdftoppm', [
      '-f',
      '2',
      '-l',
      '2',
      '-r',
      '110',
      '-png',
      '-singlefile',
      file,
      join(out, 'workshops-page'),
    ]);
  });

  it('carries long boards over pages: no column’s band is left alone at a page’s foot', async () => {
    const c = openSample();
    // Boards of different lengths, so that column bands fall at many heights of a page.
    let n = 0;
    for (let k = 1; k <= 8; k++) {
      const w = c.call('workshop.create', {
        scorecardId: 1,
        name: `Ideas session ${k}`,
        date: `2026-08-0${k}`,
        participants: ['Anna'],
      });
      for (let i = 0; i < k + 3; i++) {
        const text = `Idea ${++n}: a thought long enough to wrap onto a second line of the printed table, as real notes often do`;
        c.call('workshop.addNote', { workshopId: w.id, perspectiveId: i < k ? 3 : 4, text });
      }
    }
    const { printed, file } = await print(c, 'workshops-long', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['workshops'],
    });
    c.session.close();
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    const titles = ['Internal Process', 'Learning & Growth'];
    for (let page = 1; page <= printed.pages; page++) {
      const lines = layoutLines(file, page).filter((l) => !/Page \d+ of \d+/.test(l));
      expect(titles, `page ${page} ends with “${lines.at(-1)}”`).not.toContain(lines.at(-1));
    }
    const all = flat(pageTexts(file, printed.pages).join(' '));
    for (let i = 1; i <= n; i++) expect(all).toContain(`Idea ${i}:`);
  });

  it('prints no Workshops page without workshops, and says so when Workshops is all that was asked for', async () => {
    const c = openSample();
    const all = await print(c, 'no-workshops', { scorecardIds: [1], period: '2026-Q3' });
    expect(all.pages.some((p) => p.includes(LEDE))).toBe(false);
    // A workshop held after the period is not in that period's report either.
    c.call('workshop.create', { scorecardId: 1, name: 'Next year', date: '2027-01-20' });
    const only = await print(c, 'workshops-only', { scorecardIds: [1], period: '2026-Q3', sections: ['workshops'] });
    c.session.close();
    expect(only.printed.pages).toBe(1);
    expect(only.pages[0]).toContain('No workshops were held up to the end of Q3 2026.');
    expect(only.pages[0]).not.toContain('Next year');
    expect(inkPerPage(join(out, 'workshops-only.pdf'), tempDir('quadrant-ink-'))[0]).toBeGreaterThan(0.002);
    expect(flat(only.pages[0]!)).toContain('Page 1 of 1');
  });
});
