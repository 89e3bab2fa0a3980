/**
 * One writer per document: a second session or process that opens a document already open elsewhere gets it
 * read-only (every edit refused with READ_ONLY, a reason to show), never a second writer; a lock left by a
 * killed process is taken over; no file is replaced under a writer's feet.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { lockPathOf } from '../../src/main/core/lock';
import { methodNames, type Method } from '../../src/shared/contract';
import { client, tempDir } from '../helpers';

const children: ChildProcessWithoutNullStreams[] = [];
afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

/** Another Quadrant process with the document open; resolves once it holds it. */
async function holdInAnotherProcess(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'hold-document.ts'), path]);
  children.push(child);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = (await lines.next()).value as string;
  if (first !== 'READY') throw new Error(`the other process could not open the document: ${first}`);
  return {
    pid: child.pid!,
    async call(method: string, input: unknown): Promise<{ ok: boolean }> {
      child.stdin.write(`${JSON.stringify({ method, input })}\n`);
      return JSON.parse((await lines.next()).value as string) as { ok: boolean };
    },
    kill: () => new Promise<void>((done) => child.once('exit', () => done()).kill('SIGKILL')),
  };
}

function sampleCopy(): string {
  const path = join(tempDir(), 'Harbour.scorecard');
  writeSampleDocument(path);
  return path;
}

// library.* writes the user's own KPI file beside the app's settings, not the document: not an edit here.
const isMutating = (m: Method) =>
  (!m.startsWith('document.') && !m.startsWith('library.') && /\.(create|update|delete|reorder|set|setMany|start|close|reopen|fromTemplate|copy|apply)$/.test(m)) ||
  /^cascade\.remove$|^okr\.(create|update|delete|reorder|add)[A-Z]/.test(m) ||
  /^incentive\.(setPlan|deletePlan|setItem)$/.test(m) ||
  /^workshop\.(?!list$|get$)/.test(m);

describe('a document open in another session of this process', () => {
  it('opens read-only, refuses every edit with READ_ONLY, and still reads the writer’s edits', () => {
    const path = sampleCopy();
    const writer = client();
    writer.call('document.open', { path });
    // Things the edits below need: a second scorecard and an empty perspective (deletable), links to make.
    const extra = writer.call('scorecard.create', { name: 'Roastery' });
    const empty = writer.call('perspective.create', { scorecardId: 1, name: 'Community' });
    const objectives = writer.call('objective.list', { scorecardId: 1 });
    const links = writer.call('link.list', { scorecardId: 1 });
    const [a, b] = [objectives[0]!.id, objectives[1]!.id];
    const free = links.some((l) => l.fromObjectiveId === a && l.toObjectiveId === b) ? [b, a] : [a, b];
    const reversed = (ids: { id: number }[]) => ids.map((x) => x.id).reverse();
    const [template] = writer.call('review.templates', {});
    const review = writer.call('review.start', { scorecardId: 1, period: '2026-Q3', templateId: template!.id, heldOn: '2026-10-14', attendees: [] });
    const action = writer.call('action.create', { scorecardId: 1, title: 'Call the bank' });
    writer.call('period.close', { scorecardId: 1, period: '2025-Q1' });
    writer.call('incentive.setPlan', { scorecardId: 1 });
    const extraObjective = writer.call('objective.create', { perspectiveId: writer.call('perspective.list', { scorecardId: extra.id })[0]!.id, title: 'Roast' });
    const contribution = writer.call('cascade.set', { fromObjectiveId: extraObjective.id, toObjectiveId: b });
    const keyResult = writer.call('okr.createKeyResult', { objectiveId: a, title: 'Ten new cafés', cycle: '2026-Q3', target: 10 });
    const checkIn = writer.call('okr.addCheckIn', { keyResultId: keyResult.id, date: '2026-08-01', value: 4, confidence: 6 });
    const workshop = writer.call('workshop.create', { scorecardId: 1, name: 'Kick-off', date: '2026-09-01', participants: ['Anna', 'Ben'] });
    const sticky = writer.call('workshop.addNote', { workshopId: workshop.id, perspectiveId: 1, text: 'Faster quotes' });
    const sticky2 = writer.call('workshop.addNote', { workshopId: workshop.id, perspectiveId: 2, text: 'Friendlier staff' });
    writer.call('workshop.vote', { workshopId: workshop.id, participant: 'Anna', noteId: sticky.id, delta: 1 });
    const edits: Partial<Record<Method, unknown>> = {
      'scorecard.create': { name: 'Second' },
      'scorecard.update': { id: 1, mission: 'Changed' },
      'scorecard.delete': { id: extra.id },
      'scorecard.copy': { id: 1, withData: true },
      'perspective.create': { scorecardId: 1, name: 'Suppliers' },
      'perspective.update': { id: 1, name: 'Money' },
      'perspective.delete': { id: empty.id },
      'perspective.reorder': { scorecardId: 1, ids: reversed(writer.call('perspective.list', { scorecardId: 1 })) },
      'theme.create': { scorecardId: 1, name: 'Growth' },
      'theme.update': { id: 1, name: 'Renamed' },
      'theme.delete': { id: 1 },
      'objective.create': { perspectiveId: 1, title: 'New objective' },
      'objective.update': { id: a, title: 'Renamed' },
      'objective.delete': { id: a },
      'objective.reorder': { perspectiveId: 1, ids: reversed(objectives.filter((o) => o.perspectiveId === 1)) },
      'link.create': { fromObjectiveId: free[0], toObjectiveId: free[1] },
      'link.update': { id: links[0]!.id, note: 'x' },
      'link.delete': { id: links[0]!.id },
      'kpi.create': { objectiveId: a, name: 'New KPI' },
      'kpi.update': { id: 1, name: 'Renamed' },
      'kpi.delete': { id: 1 },
      'kpi.reorder': { objectiveId: 1, ids: reversed(writer.call('kpi.list', { objectiveId: 1 })) },
      'measurement.set': { kpiId: 1, period: '2030-Q1', actual: 1 },
      'measurement.setMany': { items: [{ kpiId: 1, period: '2030-Q2', actual: 2 }] },
      'measurement.delete': { kpiId: 1, period: '2024-Q4' },
      'initiative.create': { scorecardId: 1, title: 'New initiative' },
      'initiative.update': { id: 1, title: 'Renamed' },
      'initiative.delete': { id: 1 },
      'note.create': { entityType: 'kpi', entityId: 1, body: 'A note' },
      'note.update': { id: 1, body: 'Changed' },
      'note.delete': { id: 1 },
      'report.settings.set': writer.call('report.settings.get', {}),
      'review.template.create': { name: 'Mine', description: '', rateMeeting: false, sections: [{ title: 'All', minutes: null, sources: [], description: '' }] },
      'review.template.update': { id: template!.id, name: 'Renamed' },
      'review.template.delete': { id: template!.id },
      'review.start': { scorecardId: 1, period: '2026-Q2', templateId: template!.id, heldOn: '2026-07-14', attendees: [] },
      'review.update': { id: review.review.id, summary: 'Changed' },
      'review.delete': { id: review.review.id },
      'review.item.create': { reviewId: review.review.id, title: 'More' },
      'review.item.update': { id: review.items[0]!.id, notes: 'Changed' },
      'review.item.delete': { id: review.items[0]!.id },
      'review.item.reorder': { reviewId: review.review.id, ids: reversed(review.items) },
      'action.create': { scorecardId: 1, title: 'Another' },
      'action.update': { id: action.id, status: 'done' },
      'action.delete': { id: action.id },
      'period.close': { scorecardId: 1, period: '2026-Q1' },
      'period.reopen': { scorecardId: 1, period: '2025-Q1', reason: 'Restated' },
      'scorecard.fromTemplate': { template: 'retail-shop' },
      'incentive.setPlan': { scorecardId: 1, threshold: 40 },
      'incentive.deletePlan': { scorecardId: 1 },
      'incentive.setItem': { scorecardId: 1, entityType: 'kpi', entityId: 2, weight: 2 },
      'cascade.set': { fromObjectiveId: extraObjective.id, toObjectiveId: a, weight: 2 },
      'cascade.remove': { id: contribution.id },
      'cascade.create': { objectiveId: a, target: { scorecardId: extra.id }, create: [{ title: 'Support' }], link: [] },
      'okr.createKeyResult': { objectiveId: a, title: 'Another', cycle: '2026-Q3' },
      'okr.updateKeyResult': { id: keyResult.id, target: 12 },
      'okr.deleteKeyResult': { id: keyResult.id },
      'okr.reorderKeyResults': { objectiveId: a, ids: [keyResult.id] },
      'okr.addCheckIn': { keyResultId: keyResult.id, date: '2026-08-15', value: 5 },
      'okr.updateCheckIn': { id: checkIn.id, confidence: 7 },
      'okr.deleteCheckIn': { id: checkIn.id },
      'workshop.create': { scorecardId: 1, name: 'Follow-up', date: '2026-10-01' },
      'workshop.update': { id: workshop.id, votesRevealed: true },
      'workshop.delete': { id: workshop.id },
      'workshop.addNote': { workshopId: workshop.id, perspectiveId: null, text: 'Later' },
      'workshop.updateNote': { id: sticky.id, text: 'Quotes in a day' },
      'workshop.moveNote': { id: sticky.id, perspectiveId: null },
      'workshop.mergeNotes': { id: sticky2.id, ontoId: sticky.id },
      'workshop.deleteNote': { id: sticky.id },
      'workshop.vote': { workshopId: workshop.id, participant: 'Ben', noteId: sticky2.id, delta: 1 },
      'workshop.clearVotes': { workshopId: workshop.id },
      'workshop.promote': { noteId: sticky.id, target: { kind: 'objective' } },
      'import.apply': { scorecardId: 1, sheet: { name: 'S', rows: [[{ v: 'KPI' }, { v: 'Q3 2030' }], [{ v: 'Total revenue' }, { v: 1 }]] } },
    };
    // A new editing method needs its example here, so that read-only is proven for it too.
    expect(methodNames.filter((m) => (isMutating(m) || m === 'report.settings.set') && !(m in edits))).toEqual([]);

    const reader = client();
    const info = reader.call('document.open', { path });
    expect(info.readOnly).toBe(true);
    expect(info.readOnlyReason).toMatch(/another window of this Quadrant/);
    const before = reader.call('document.export', {});
    expect(before).toEqual(writer.call('document.export', {}));
    for (const [method, input] of Object.entries(edits)) {
      expect(reader.fail(method, input), method).toMatchObject({ code: 'READ_ONLY' });
    }
    expect(reader.call('document.export', {})).toEqual(before);

    // Each of those edits is valid: the writer may make it (on a copy, so the examples stay independent).
    const copy = join(tempDir(), 'copy.scorecard');
    for (const [method, input] of Object.entries(edits)) {
      writer.session.file().copyTo(copy, true);
      const check = client();
      expect(check.call('document.open', { path: copy }).readOnly).toBe(false);
      check.call(method as Method, input as never);
      check.session.close();
    }

    // Opened again while the writer still has it: still read-only.
    expect(reader.call('document.open', { path }).readOnly).toBe(true);
    // The reader sees what the writer commits.
    writer.call('kpi.update', { id: 2, name: 'Seen by the reader' });
    expect(reader.call('kpi.get', { id: 2 }).name).toBe('Seen by the reader');
    // Once the writer has closed it, opening it again makes it writable here.
    writer.session.close();
    expect(reader.call('document.open', { path }).readOnly).toBe(false);
    reader.call('kpi.update', { id: 2, name: 'Written by the former reader' });
    // Save As from a read-only document makes a writable copy.
    const other = client();
    expect(other.call('document.open', { path }).readOnly).toBe(true);
    const own = other.call('document.saveAs', { path: join(tempDir(), 'mine.scorecard') });
    expect(own.readOnly).toBe(false);
    other.call('kpi.update', { id: 2, name: 'Mine' });
    other.session.close();
    reader.session.close();
  });

  it('opening the open document again is no change, not a read-only second copy', () => {
    const path = sampleCopy();
    const { call, session } = client();
    call('document.open', { path });
    expect(call('document.open', { path }).readOnly).toBe(false);
    call('kpi.update', { id: 1, name: 'Still writable' });
    session.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('never replaces a document another session is writing', () => {
    const path = sampleCopy();
    const writer = client();
    writer.call('document.open', { path });
    const bytes = readFileSync(path);
    const other = client();
    other.call('document.create', { path: join(tempDir(), 'other.scorecard') });
    expect(other.fail('document.saveAs', { path, overwrite: true }).code).toBe('CONFLICT');
    expect(other.fail('document.create', { path, overwrite: true }).code).toBe('CONFLICT');
    expect(readFileSync(path)).toEqual(bytes);
    writer.call('kpi.update', { id: 1, name: 'Still here' });
    writer.session.close();
    other.session.close();
  });
});

describe('a document open in another process', () => {
  it('opens read-only naming that process, and writable again once the process is killed', async () => {
    const path = sampleCopy();
    const other = await holdInAnotherProcess(path);
    const lock = JSON.parse(readFileSync(lockPathOf(path), 'utf8')) as { pid: number; host: string };
    expect(lock).toMatchObject({ pid: other.pid, host: hostname() });

    const reader = client();
    const info = reader.call('document.open', { path });
    expect(info.readOnly).toBe(true);
    expect(info.readOnlyReason).toContain(`process ${other.pid} on this computer`);
    expect(reader.fail('kpi.update', { id: 1, name: 'x' }).code).toBe('READ_ONLY');
    expect((await other.call('kpi.update', { id: 1, name: 'Written by the other process' })).ok).toBe(true);
    expect(reader.call('kpi.get', { id: 1 }).name).toBe('Written by the other process');
    reader.session.close();

    // Killed: its lock stays behind, stale; the next open takes it over and may write.
    await other.kill();
    expect(existsSync(lockPathOf(path))).toBe(true);
    const next = client();
    expect(next.call('document.open', { path }).readOnly).toBe(false);
    expect(next.call('kpi.get', { id: 1 }).name).toBe('Written by the other process');
    next.call('kpi.update', { id: 1, name: 'Mine now' });
    expect(JSON.parse(readFileSync(lockPathOf(path), 'utf8')).pid).toBe(process.pid);
    next.session.close();
    expect(existsSync(lockPathOf(path))).toBe(false);
  }, 30_000);

  it('judges lock files: another computer’s is honoured, a reused pid or old debris is stale', () => {
    const path = sampleCopy();
    const lockFile = lockPathOf(path);
    const openAs = () => {
      const c = client();
      const info = c.call('document.open', { path });
      c.session.close();
      return info;
    };
    writeFileSync(
      lockFile,
      JSON.stringify({ pid: 4242, host: 'laptop-of-a-colleague', since: '2026-01-01T00:00:00Z' }),
    );
    expect(openAs()).toMatchObject({
      readOnly: true,
      readOnlyReason: expect.stringContaining('laptop-of-a-colleague'),
    });

    if (existsSync('/proc/1/stat')) {
      // pid 1 is alive, but it did not start when this lock says its holder did: the pid was reused.
      writeFileSync(lockFile, JSON.stringify({ pid: 1, host: hostname(), started: '999999999999', since: '' }));
      expect(openAs().readOnly).toBe(false);
    }

    writeFileSync(lockFile, '{"pid": 12');
    expect(openAs().readOnly).toBe(true);
    const old = new Date(Date.now() - 60_000);
    writeFileSync(lockFile, '{"pid": 12');
    utimesSync(lockFile, old, old);
    expect(openAs().readOnly).toBe(false);
    expect(existsSync(lockFile)).toBe(false);
  });
});
