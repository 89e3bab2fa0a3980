/**
 * Roles on the team server, method by method (decision 6): every method of the contract called by each role, refused
 * with FORBIDDEN exactly where src/shared/method-access.ts says; then a contributor's data entry on what they own
 * and on what others own, decided from the rows in the database.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { methodNames, type Method } from '../../src/shared/contract';
import { ROLES, type Role } from '../../src/shared/contract-team';
import { METHOD_ACCESS, roleAllows } from '../../src/shared/method-access';
import { describePg } from '../pg';
import { signedIn, teamServer, type Browser, type TeamFixture } from '../team-http';

describePg('team roles', () => {
  let team: TeamFixture;
  const browsers = {} as Record<Role, Browser>;
  const ids = { scorecard: 0, objective: 0, own: 0, foreign: 0, ownKr: 0, foreignKr: 0, ownAction: 0, foreignAction: 0 };

  beforeAll(async () => {
    team = await teamServer();
    const scorecard = team.setup('scorecard.create', { name: 'Acme' });
    const perspective = team.setup('perspective.list', { scorecardId: scorecard.id })[0]!;
    const objective = team.setup('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue', owner: 'Ben Ott' });
    ids.scorecard = scorecard.id;
    ids.objective = objective.id;
    ids.own = team.setup('kpi.create', { objectiveId: objective.id, name: 'Revenue', owner: 'Anna Berg', target: 100 }).id;
    ids.foreign = team.setup('kpi.create', { objectiveId: objective.id, name: 'Cost', owner: 'Ben Ott', target: 50 }).id;
    ids.ownKr = team.setup('okr.createKeyResult', { objectiveId: objective.id, title: 'Ten new customers', cycle: '2026-Q1', owner: 'anna berg ' }).id;
    ids.foreignKr = team.setup('okr.createKeyResult', { objectiveId: objective.id, title: 'Two partners', cycle: '2026-Q1', owner: 'Ben Ott' }).id;
    ids.ownAction = team.setup('action.create', { scorecardId: scorecard.id, title: 'Call the bank', owner: 'Anna Berg' }).id;
    ids.foreignAction = team.setup('action.create', { scorecardId: scorecard.id, title: 'Fix the roof', owner: 'Ben Ott' }).id;
    await team.person('admin', 'Ada Admin');
    await team.person('editor', 'Ed Editor');
    await team.person('contributor', 'Anna Berg', 'Anna Berg');
    await team.person('viewer', 'Vi Viewer');
    await team.person('contributor', 'Nora Noname', null);
    browsers.admin = await signedIn(team.server, 'ada@example.com');
    browsers.editor = await signedIn(team.server, 'ed@example.com');
    browsers.contributor = await signedIn(team.server, 'anna@example.com');
    browsers.viewer = await signedIn(team.server, 'vi@example.com');
  });
  afterAll(() => team.server.close());

  it('maps every method of the contract to an access', () => {
    expect(Object.keys(METHOD_ACCESS).sort()).toEqual([...methodNames].sort());
  });

  it.each(ROLES)('calls every method as %s: FORBIDDEN exactly where its role does not reach', async (role) => {
    const wrong: string[] = [];
    for (const method of methodNames) {
      const { status, body } = await browsers[role].call(method as Method, {});
      const forbidden = status === 403 && !body.ok && body.error.code === 'FORBIDDEN';
      const expected = !roleAllows(role, METHOD_ACCESS[method]);
      if (forbidden !== expected) wrong.push(`${method} (${METHOD_ACCESS[method]}): ${forbidden ? 'refused' : `answered ${JSON.stringify(body).slice(0, 120)}`}`);
      if (forbidden) expect(body.ok ? '' : body.error.message).toMatch(/role|files on your own computer/);
    }
    expect(wrong).toEqual([]);
  });

  it('says what a viewer may do', async () => {
    const { body } = await browsers.viewer.call('measurement.set', { kpiId: ids.own, period: '2026-Q1', actual: 5 });
    expect(body).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Your role, viewer, lets you read this scorecard, not change it.' } });
  });

  it('lets a contributor enter values for their own KPI only, and writes nothing for another’s', async () => {
    const anna = browsers.contributor;
    expect((await anna.ok('measurement.set', { kpiId: ids.own, period: '2026-Q1', actual: 90 })).actual).toBe(90);
    const foreign = await anna.call('measurement.set', { kpiId: ids.foreign, period: '2026-Q1', actual: 40 });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Your role, contributor, lets you enter data only for what you own (as “Anna Berg”); not for the KPI “Cost”, owned by Ben Ott.' },
    });
    const block = await anna.call('measurement.setMany', {
      items: [
        { kpiId: ids.own, period: '2026-Q2', actual: 95 },
        { kpiId: ids.foreign, period: '2026-Q2', actual: 45 },
      ],
    });
    expect(block.status).toBe(403);
    expect(team.setup('measurement.list', { scorecardId: ids.scorecard }).map((m) => `${m.kpiId}:${m.period}`)).toEqual([`${ids.own}:2026-Q1`]);
    await anna.ok('measurement.setMany', { items: [{ kpiId: ids.own, period: '2026-Q2', actual: 95 }] });
    await anna.ok('measurement.delete', { kpiId: ids.own, period: '2026-Q2' });
    expect((await anna.call('measurement.delete', { kpiId: ids.foreign, period: '2026-Q1' })).status).toBe(403);
    expect((await anna.call('kpi.update', { id: ids.own, target: 1 })).status).toBe(403);
  });

  it('lets a contributor write notes on their own KPIs only', async () => {
    const anna = browsers.contributor;
    const note = await anna.ok('note.create', { entityType: 'kpi', entityId: ids.own, body: 'Good month' });
    await anna.ok('note.update', { id: note.id, body: 'A very good month' });
    expect((await anna.call('note.create', { entityType: 'kpi', entityId: ids.foreign, body: 'Hm' })).status).toBe(403);
    expect((await anna.call('note.create', { entityType: 'objective', entityId: ids.objective, body: 'Hm' })).status).toBe(403);
    const theirs = team.setup('note.create', { entityType: 'kpi', entityId: ids.foreign, body: 'Ben’s note' });
    expect((await anna.call('note.update', { id: theirs.id, body: 'Changed' })).status).toBe(403);
    expect((await anna.call('note.delete', { id: theirs.id })).status).toBe(403);
    await anna.ok('note.delete', { id: note.id });
    expect(team.setup('note.list', {}).map((n) => n.body)).toEqual(['Ben’s note']);
  });

  it('lets a contributor check in on their own key results (owner compared without case or spaces)', async () => {
    const anna = browsers.contributor;
    const checkIn = await anna.ok('okr.addCheckIn', { keyResultId: ids.ownKr, date: '2026-02-01', value: 3, confidence: 7 });
    await anna.ok('okr.updateCheckIn', { id: checkIn.id, value: 4 });
    expect((await anna.call('okr.addCheckIn', { keyResultId: ids.foreignKr, date: '2026-02-01', value: 1 })).status).toBe(403);
    const theirs = team.setup('okr.addCheckIn', { keyResultId: ids.foreignKr, date: '2026-02-01', value: 1 });
    expect((await anna.call('okr.deleteCheckIn', { id: theirs.id })).status).toBe(403);
    await anna.ok('okr.deleteCheckIn', { id: checkIn.id });
  });

  it('lets a contributor update their own action items, not hand them over', async () => {
    const anna = browsers.contributor;
    expect((await anna.ok('action.update', { id: ids.ownAction, status: 'done' })).status).toBe('done');
    expect((await anna.call('action.update', { id: ids.foreignAction, status: 'done' })).status).toBe(403);
    expect((await anna.call('action.update', { id: ids.ownAction, owner: 'Ben Ott' })).status).toBe(403);
    expect((await anna.call('action.create', { scorecardId: ids.scorecard, title: 'New', owner: 'Anna Berg' })).status).toBe(403);
  });

  it('tells a contributor without an owner name what to ask for', async () => {
    const nora = await signedIn(team.server, 'nora@example.com');
    const { body } = await nora.call('measurement.set', { kpiId: ids.own, period: '2026-Q3', actual: 1 });
    expect(body).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Your account has no owner name yet, so there is nothing you can enter data for. Ask an admin to set it.' },
    });
  });

  it('lets editors and admins enter data for anyone', async () => {
    await browsers.editor.ok('measurement.set', { kpiId: ids.foreign, period: '2026-Q1', actual: 41 });
    await browsers.admin.ok('measurement.set', { kpiId: ids.own, period: '2026-Q3', actual: 99 });
  });
});
