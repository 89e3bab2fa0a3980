/**
 * `quadrant due`, `quadrant diff` and the refusals of `quadrant minutes`, on copies of the sample: what a scheduled
 * reminder job and a person at a terminal see, checked against the API the app uses.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { groupDueByOwner } from '../../src/shared/data-due';
import { renderComparisonText } from '../../src/shared/period-compare-text';
import { client, tempDir } from '../helpers';

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

async function runAsync(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** A copy of the sample, edited through the API by `edit` and closed again, ready for the command line. */
function sampleWith(edit: (c: ReturnType<typeof client>, scorecardId: number) => void = () => undefined): string {
  const doc = ensureSampleDocument(tempDir('quadrant-cli-review-'));
  const c = client('web');
  c.call('document.open', { path: doc });
  edit(c, c.call('scorecard.list', {})[0]!.id);
  c.session.close();
  return doc;
}

/** What the API answers on the document, read in a session of its own. */
function api<T>(doc: string, read: (c: ReturnType<typeof client>) => T): T {
  const c = client('web');
  c.call('document.open', { path: doc });
  try {
    return read(c);
  } finally {
    c.session.close();
  }
}

const TODAY = '2027-01-20';

describe('quadrant due', () => {
  it('lists every value due and overdue under its owner, owners alphabetically and nobody last, and exits 0', () => {
    const doc = sampleWith((c, scorecardId) => {
      // A KPI nobody owns (its objective's owner stands in, so the objective loses its owner too).
      const kpi = c.call('scorecard.get', { id: scorecardId }).kpis.find((k) => k.name === 'Online shop revenue')!;
      c.call('kpi.update', { id: kpi.id, owner: '' });
      c.call('objective.update', { id: kpi.objectiveId, owner: '' });
    });
    const entries = api(doc, (c) => c.call('due.list', { today: TODAY }));
    const groups = groupDueByOwner(entries);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(groups.at(-1)!.owner).toBe('');

    const r = run(['due', doc, '--today', TODAY]);
    expect(r).toMatchObject({ code: 0, err: '' });
    const overdue = entries.filter((e) => e.state === 'overdue').length;
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`Due or overdue on ${TODAY}: ${entries.length} KPI values (${overdue} overdue)`);
    // Each owner's heading, in order, with exactly that owner's KPIs on the lines under it.
    const headings = groups.map((g) => g.owner || 'No owner');
    const at = headings.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    groups.forEach((g, n) => {
      const block = lines.slice(at[n]! + 1, n + 1 < at.length ? at[n + 1]! - 1 : undefined).filter(Boolean);
      expect(block).toHaveLength(g.entries.length);
      g.entries.forEach((e, i) => {
        expect(block[i]).toContain(e.kpiName);
        expect(block[i]).toContain(`(${e.period})`);
        expect(block[i]).toContain(`due ${e.dueDate}`);
        expect(block[i]).toMatch(e.state === 'overdue' ? new RegExp(`^  overdue ${e.daysLate} days?`) : /^ {2}due /);
      });
    });

    const json = JSON.parse(run(['due', doc, '--today', TODAY, '--json']).out);
    expect(json).toMatchObject({ today: TODAY, overdue, due: entries.length - overdue });
    expect(json.owners.map((o: { owner: string }) => o.owner)).toEqual(groups.map((g) => g.owner));
    expect(
      json.owners.flatMap((o: { entries: { kpiId: number; period: string }[] }) =>
        o.entries.map((e) => `${e.kpiId} ${e.period}`),
      ),
    ).toEqual(groups.flatMap((g) => g.entries.map((e) => `${e.kpiId} ${e.period}`)));
    expect(json.owners[0].entries[0]).toMatchObject({
      scorecardName: 'Harbour & Ember — Company Scorecard',
      periodLabel: expect.any(String),
    });
  });

  it('drops a value once it is entered, says when nothing is due, and refuses bad arguments in one line', () => {
    const doc = sampleWith();
    const before = api(doc, (c) => c.call('due.list', { today: TODAY }));
    const first = before[0]!;
    expect(run(['due', doc, '--today', TODAY]).out).toContain(first.kpiName);
    const c = client('web');
    c.call('document.open', { path: doc });
    c.call('measurement.set', { kpiId: first.kpiId, period: first.period, actual: 1 });
    c.session.close();
    const after = run(['due', doc, '--today', TODAY, '--json']);
    const keys = JSON.parse(after.out).owners.flatMap((o: { entries: { kpiId: number; period: string }[] }) =>
      o.entries.map((e) => `${e.kpiId} ${e.period}`),
    );
    expect(keys).not.toContain(`${first.kpiId} ${first.period}`);
    expect(keys).toHaveLength(before.length - 1);

    const empty = join(tempDir('quadrant-cli-review-'), 'Empty.scorecard');
    expect(run(['new', empty]).code).toBe(0);
    expect(run(['due', empty, '--today', TODAY])).toEqual({
      code: 0,
      out: `Nothing due on ${TODAY}: every KPI value that is due is in.\n`,
      err: '',
    });

    expect(run(['due', doc, '--today', '2027-02-30'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^quadrant due: --today must be a real date like 2026-11-20, not “2027-02-30”\.\n/),
    });
    expect(run(['due', doc, '--scorecard', '99'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('has no scorecard 99'),
    });
    expect(run(['due'])).toMatchObject({ code: 2, err: expect.stringContaining('Missing the document') });
    expect(run(['due', doc, '--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: quadrant due/) });
  });
});

describe('quadrant diff', () => {
  it('prints the comparison of two periods as text and as JSON, the same as the API answers', () => {
    const doc = sampleWith((c, scorecardId) => {
      c.call('action.create', {
        scorecardId,
        title: 'Call the green-coffee importer',
        owner: 'Ana',
        createdOn: '2026-08-03',
      });
    });
    const comparison = api(doc, (c) => c.call('period.compare', { scorecardId: 1, from: '2026-Q2', to: '2026-Q3' }));
    const text = run(['diff', doc, '2026-Q2', '2026-Q3']);
    expect(text).toMatchObject({ code: 0, err: '' });
    expect(text.out).toBe(renderComparisonText(comparison));
    expect(text.out).toMatch(/^Q2 2026 → Q3 2026\n=================\nObjectives and KPIs: \d+ improved, \d+ worsened/);
    expect(text.out).toContain('Call the green-coffee importer');
    for (const name of ['Financial', 'Total revenue', 'Staff turnover']) expect(text.out).toContain(name);

    const json = run(['diff', doc, '2026-Q2', '2026-Q3', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(JSON.stringify(comparison)));
    expect(JSON.parse(json.out).actionsOpened.map((a: { title: string }) => a.title)).toEqual([
      'Call the green-coffee importer',
    ]);
  });

  it('refuses a missing or malformed period and an unknown scorecard in one line', () => {
    const doc = sampleWith();
    expect(run(['diff', doc, '2026-Q2'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Missing the document and the two periods'),
    });
    expect(run(['diff', doc, '2026-Q2', 'Q3'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^quadrant diff: The second period must be a period like 2026-03, 2026-Q3 or 2026, not “Q3”\.\n/,
      ),
    });
    expect(run(['diff', doc, '2026-Q2', '2026-Q3', '--scorecard', 'one'])).toMatchObject({ code: 2 });
    for (const r of [
      run(['diff', doc, '2026-Q2', 'Q3']),
      run(['diff', doc, '2026-Q2', '2026-Q3', '--scorecard', '7']),
    ]) {
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('quadrant minutes, before it prints', () => {
  it('is refused by a host that cannot print, pointing to the ways that can', () => {
    const doc = sampleWith((c, scorecardId) => {
      const [template] = c.call('review.templates', {});
      c.call('review.start', {
        scorecardId,
        period: '2026-Q3',
        templateId: template!.id,
        heldOn: '2026-10-14',
        attendees: [],
      });
    });
    const c = client('web');
    c.call('document.open', { path: doc });
    expect(c.fail('minutes.export', { reviewId: 1 })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('quadrant minutes'),
    });
    expect(c.fail('minutes.export', { reviewId: 1, openAfter: 'yes' }).code).toBe('VALIDATION');
    expect(c.call('minutes.data', { reviewId: 1 }).documentName).toBe('Harbour & Ember (sample)');
    c.session.close();
  });

  it('says clearly when there is no review to print, or which one is meant', async () => {
    const none = sampleWith();
    expect(await runAsync(['minutes', none, '--out', join(tempDir(), 'm.pdf')])).toMatchObject({
      code: 1,
      err: "quadrant minutes: Harbour & Ember — Company Scorecard has no reviews yet: start one in the app's Reviews view, then print its minutes.\n",
    });
    const doc = sampleWith((c, scorecardId) => {
      const [template] = c.call('review.templates', {});
      c.call('review.start', {
        scorecardId,
        period: '2026-Q3',
        templateId: template!.id,
        heldOn: '2026-10-14',
        attendees: [],
      });
    });
    const out = join(tempDir(), 'm.pdf');
    expect(await runAsync(['minutes', doc, '--period', '2026-Q2', '--out', out])).toMatchObject({
      code: 1,
      err: 'quadrant minutes: Harbour & Ember — Company Scorecard has no review of Q2 2026 (2026-Q2). Its reviews: 1 (Q3 2026, 2026-10-14).\n',
    });
    expect(await runAsync(['minutes', doc, '--review', '1', '--period', '2026-Q3'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('not both'),
    });
    expect(await runAsync(['minutes', doc, '--review', 'latest'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--review takes a review id'),
    });
    expect(await runAsync(['minutes', doc, '--review', '9'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^quadrant minutes: .*9.*\n$/),
    });
    expect(await runAsync(['minutes', doc, '--review', '1', '--scorecard', '2'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('has no scorecard 2'),
    });
    expect(await runAsync(['minutes', doc, '--period', 'Q3'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--period must be a period like'),
    });
  });
});
