/**
 * The review cycle on real files: a review of the sample's Q3 with an agenda from its red and amber items, actions
 * that come back at the next review, closing Q3 so that later edits of targets and KPIs leave its scores alone, the
 * lock on its values, reopening as a recorded act, undo of every new edit, and the interchange format version 2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { createDocumentFromJson, exportDocument, serializeInterchange } from '../../src/main/core/interchange-io';
import { Repositories } from '../../src/main/core/repositories';
import { INTERCHANGE_VERSION } from '../../src/shared/interchange';
import { client, tempDir } from '../helpers';

type Client = ReturnType<typeof client>;

function openSample(): Client {
  const c = client('web');
  c.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-review-')) });
  return c;
}

const scorecardOf = (c: Client) => c.call('scorecard.list', {})[0]!;

describe('a quarterly review', () => {
  it('starts with an agenda of the red then amber objectives and KPIs, worst first, each with its reason', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const templates = c.call('review.templates', {});
    expect(templates.map((t) => t.name)).toEqual(['Quarterly balanced-scorecard review', 'EOS Level 10 meeting (weekly)']);
    const evaluation = c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' });
    const { review, items } = c.call('review.start', {
      scorecardId: sc.id,
      period: '2026-Q3',
      templateId: templates[0]!.id,
      heldOn: '2026-10-14',
      attendees: ['Ana Owner', 'Ben Finance', 'Ana Owner'],
    });
    expect(review.attendees).toEqual(['Ana Owner', 'Ben Finance']);
    expect(review.title).toBe('Q3 2026 — Quarterly balanced-scorecard review');
    expect(items[0]).toMatchObject({ kind: 'section', title: 'Off-track and at-risk objectives and KPIs', minutes: 40 });

    const offTrack = [...evaluation.objectives.map((o) => ({ ...o, kind: 'objective', id: o.objectiveId })), ...evaluation.kpis.map((k) => ({ ...k, kind: 'kpi', id: k.kpiId }))].filter(
      (x) => x.status === 'red' || x.status === 'amber',
    );
    expect(offTrack.length).toBeGreaterThan(0);
    const second = items.findIndex((i, n) => n > 0 && i.kind === 'section');
    const listed = items.slice(1, second);
    expect(new Set(listed.map((i) => `${i.kind}:${i.entityId}`))).toEqual(new Set(offTrack.map((x) => `${x.kind}:${x.id}`)));
    // Red before amber.
    const statusOf = (i: (typeof listed)[number]) => offTrack.find((x) => x.kind === i.kind && x.id === i.entityId)!.status;
    const firstAmber = listed.findIndex((i) => statusOf(i) === 'amber');
    if (firstAmber >= 0) expect(listed.slice(firstAmber).every((i) => statusOf(i) === 'amber')).toBe(true);
    for (const i of listed) expect(i.reason).toMatch(/^(Red|Amber)/);
  });

  it('keeps notes, decisions and actions; open actions and decisions come back at the next review', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const [quarterly] = c.call('review.templates', {});
    const q3 = c.call('review.start', { scorecardId: sc.id, period: '2026-Q3', templateId: quarterly!.id, heldOn: '2026-10-14', attendees: ['Ana'] });
    const kpiItem = q3.items.find((i) => i.kind === 'kpi')!;
    c.call('review.item.update', { id: kpiItem.id, notes: 'Walk-ins fell in August.', decision: 'Run a loyalty pilot in two shops.', decided: true });
    const action = c.call('action.create', {
      scorecardId: sc.id,
      title: 'Design the loyalty pilot',
      owner: 'Ana',
      dueDate: '2026-11-15',
      concernType: 'kpi',
      concernId: kpiItem.entityId!,
      reviewItemId: kpiItem.id,
      createdOn: '2026-10-14',
    });
    expect(action.reviewId).toBe(q3.review.id);
    expect(c.call('review.get', { id: q3.review.id }).actions.map((a) => a.id)).toEqual([action.id]);

    const q4 = c.call('review.start', { scorecardId: sc.id, period: '2026-Q4', templateId: quarterly!.id, heldOn: '2027-01-13', attendees: ['Ana'] });
    const brought = q4.items.find((i) => i.kind === 'action' && i.entityId === action.id);
    expect(brought?.reason).toContain('Overdue since');
    expect(q4.items.some((i) => i.kind === 'decision' && i.reason.includes('Run a loyalty pilot in two shops.'))).toBe(true);
    expect(q4.actions.map((a) => a.id)).toContain(action.id);

    // Done: dated today unless told; reopened: the date goes.
    const done = c.call('action.update', { id: action.id, status: 'done', closedOn: '2026-11-10' });
    expect(done.closedOn).toBe('2026-11-10');
    expect(c.call('action.update', { id: action.id, status: 'open' }).closedOn).toBeNull();
  });

  it('refuses bad actions and agenda edits clearly, changing nothing', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const before = c.call('action.list', {});
    expect(c.fail('action.create', { scorecardId: sc.id, title: 'x', concernType: 'kpi' }).message).toMatch(/concernId: is required/);
    expect(c.fail('action.create', { scorecardId: sc.id, title: 'x', concernType: 'kpi', concernId: 99999 }).code).toBe('NOT_FOUND');
    expect(c.fail('action.create', { scorecardId: sc.id, title: '', dueDate: '2026-02-30' }).code).toBe('VALIDATION');
    expect(c.fail('review.update', { id: 1, rating: 11 }).code).toBe('VALIDATION');
    // Rating a review whose template does not rate meetings turns the rating on; repeated attendees count once.
    const [quarterly] = c.call('review.templates', {});
    const r = c.call('review.start', { scorecardId: sc.id, period: '2026-Q3', templateId: quarterly!.id, heldOn: '2026-10-14', attendees: [] });
    expect(c.call('review.update', { id: r.review.id, rating: 7, attendees: ['Ana', 'Ana'] })).toMatchObject({ rating: 7, rateMeeting: true, attendees: ['Ana'] });
    expect(c.call('action.list', {})).toEqual(before);
  });
});

describe('a closed period', () => {
  it('keeps its scores and structure when targets change and KPIs go, refuses edits of its values, and reopens on record', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const before = c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' });
    expect(c.call('due.list', { scorecardId: sc.id, today: '2026-10-20' }).map((e) => e.period)).toContain('2026-Q3');
    c.call('period.close', { scorecardId: sc.id, period: '2026-Q3', by: 'Ana' });
    expect(c.fail('period.close', { scorecardId: sc.id, period: '2026-08' }).message).toBe('Aug 2026 is already closed, as part of Q3 2026.');
    // Values of a closed period cannot be entered, so nobody is asked for them.
    expect(c.call('due.list', { scorecardId: sc.id, today: '2026-10-20' }).filter((e) => e.period.startsWith('2026-Q3') || ['2026-07', '2026-08', '2026-09'].includes(e.period))).toEqual([]);

    const tree = c.call('scorecard.get', { id: sc.id });
    const first = tree.kpis.find((k) => k.frequency === 'month');
    const second = tree.kpis.find((k) => k.frequency === 'quarter');
    c.call('kpi.update', { id: first!.id, target: (first!.target ?? 0) * 3 + 1000 });
    c.call('kpi.delete', { id: second!.id });
    expect(c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' })).toEqual(before);
    // The months inside the closed quarter score from its snapshot too.
    expect(c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-08' }).kpis.some((k) => k.kpiId === second!.id)).toBe(true);
    // An open quarter scores from the live structure.
    expect(c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q4' }).kpis.some((k) => k.kpiId === second!.id)).toBe(false);

    const refused = c.fail('measurement.set', { kpiId: first!.id, period: '2026-08', actual: 1 });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Q3 2026 is closed: its values and targets are locked. Reopen Q3 2026 to change them.' });
    expect(c.fail('measurement.setMany', { items: [{ kpiId: first!.id, period: '2026-10', actual: 1 }, { kpiId: first!.id, period: '2026-09', actual: 1 }] }).message).toMatch(/^Item 2 .*Q3 2026 is closed/);
    expect(c.call('measurement.list', { kpiId: first!.id }).find((m) => m.period === '2026-10')).toBeUndefined();

    expect(c.fail('period.reopen', { scorecardId: sc.id, period: '2026-Q3', reason: '' }).code).toBe('VALIDATION');
    c.call('period.reopen', { scorecardId: sc.id, period: '2026-Q3', reason: 'August revenue was restated', by: 'Ben' });
    expect(c.call('period.list', { scorecardId: sc.id }).events.map((e) => [e.action, e.by, e.reason])).toEqual([
      ['close', 'Ana', ''],
      ['reopen', 'Ben', 'August revenue was restated'],
    ]);
    expect(c.call('measurement.set', { kpiId: first!.id, period: '2026-08', actual: 1 }).actual).toBe(1);
    // Reopened, it scores from the live structure again.
    expect(c.call('scorecard.evaluate', { scorecardId: sc.id, period: '2026-Q3' })).not.toEqual(before);
  });

  it('closing, reopening and every review edit undo and redo', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const start = exportDocument(c.session.require().repos);
    const [t] = c.call('review.templates', {});
    const r = c.call('review.start', { scorecardId: sc.id, period: '2026-Q3', templateId: t!.id, heldOn: '2026-10-14', attendees: [] });
    c.call('review.item.create', { reviewId: r.review.id, title: 'Hiring plan', afterId: r.items[0]!.id });
    c.call('action.create', { scorecardId: sc.id, title: 'Call the bank', createdOn: '2026-10-14' });
    c.call('period.close', { scorecardId: sc.id, period: '2026-Q3' });
    c.call('review.update', { id: r.review.id, rating: 8, status: 'concluded' });
    const end = exportDocument(c.session.require().repos);
    for (let i = 0; i < 5; i++) c.call('history.undo', {});
    expect(exportDocument(c.session.require().repos)).toEqual(start);
    for (let i = 0; i < 5; i++) c.call('history.redo', {});
    expect(exportDocument(c.session.require().repos)).toEqual(end);
  });
});

describe('the interchange format, version 2', () => {
  it('carries reviews, actions and closed periods: export → import → export is byte-identical', () => {
    const c = openSample();
    const sc = scorecardOf(c);
    const [t] = c.call('review.templates', {});
    const r = c.call('review.start', { scorecardId: sc.id, period: '2026-Q3', templateId: t!.id, heldOn: '2026-10-14', attendees: ['Ana'] });
    c.call('action.create', { scorecardId: sc.id, title: 'Call the bank', reviewId: r.review.id, createdOn: '2026-10-14' });
    c.call('period.close', { scorecardId: sc.id, period: '2026-Q3' });
    c.call('review.template.create', { name: 'Monthly ops check', description: '', rateMeeting: false, sections: [{ title: 'Numbers', minutes: 10, sources: ['offtrack'], description: '' }] });
    const text = serializeInterchange(exportDocument(c.session.require().repos));
    expect(JSON.parse(text).formatVersion).toBe(INTERCHANGE_VERSION);
    const store = createDocumentFromJson(join(tempDir(), 'copy.scorecard'), text);
    const again = serializeInterchange(exportDocument(new Repositories(store.engine)));
    store.close();
    expect(again).toBe(text);
  });

  it('still imports version 1 files, with the built-in templates and default due days', () => {
    const v1 = readFileSync(join(__dirname, '../fixtures/sample-v1.json'), 'utf8');
    expect(JSON.parse(v1).formatVersion).toBe(1);
    const store = createDocumentFromJson(join(tempDir(), 'v1.scorecard'), v1);
    const doc = exportDocument(new Repositories(store.engine));
    store.close();
    expect(doc.reviewTemplates).toHaveLength(2);
    expect(doc.scorecards.every((s) => s.dataDueDays === 10)).toBe(true);
    expect(doc.kpis.every((k) => k.dataDueDays === null)).toBe(true);
  });

  it('refuses a review that points at nothing, naming where', () => {
    const c = openSample();
    const doc = exportDocument(c.session.require().repos);
    doc.actions.push({ id: 1, scorecardId: 1, title: 'x', owner: '', dueDate: null, status: 'open', concernType: 'kpi', concernId: 99999, reviewId: null, reviewItemId: null, createdOn: '2026-10-01', closedOn: null });
    expect(() => createDocumentFromJson(join(tempDir(), 'bad.scorecard'), serializeInterchange(doc))).toThrow(/\$\.actions\[0\]\.concernId: KPI 99999 does not exist/);
  });
});
