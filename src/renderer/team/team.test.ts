import { describe, expect, it } from 'vitest';
import type { Account, TeamMe } from '../../shared/contract-team';
import type { ScorecardTree } from '../../shared/domain';
import { accessOf } from './access';
import { inviteErrors } from './AcceptInviteScreen';
import { describeRemoteChange, parseRemoteChange, type RemoteChange } from './remote-changes';
import { apiRequest, authRequest } from './transport';

const account = (role: Account['role'], ownerName: string | null = null): TeamMe => ({
  server: 'Acme',
  account: {
    id: 7,
    email: 'a@b.co',
    name: 'Anna Berg',
    role,
    ownerName,
    disabled: false,
    createdAt: '',
    lastSignInAt: null,
  },
});

describe('the team transport', () => {
  it('sends the CSRF token and the revision the page holds with every API call', () => {
    const init = apiRequest('kpi.update', { id: 3, target: 9 }, 41, 'tok-123');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok-123' });
    expect(JSON.parse(init.body as string)).toEqual({
      method: 'kpi.update',
      input: { id: 3, target: 9 },
      baseRevision: 41,
    });
  });

  it('says null for a page that holds no revision yet, and sends no token it does not have', () => {
    const init = apiRequest('document.load', {}, null, null);
    expect(init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(init.body as string).baseRevision).toBeNull();
    expect(authRequest({ email: 'a@b.co', password: 'x' }, null).headers).not.toHaveProperty('X-CSRF-Token');
    expect(authRequest({}, 'tok').headers).toHaveProperty('X-CSRF-Token', 'tok');
  });
});

describe('what a role may change', () => {
  it('lets admins and editors change everything, and a page outside team mode too', () => {
    for (const me of [null, account('admin'), account('editor')]) {
      expect(accessOf(me).edit).toBeNull();
      expect(accessOf(me).enter('Somebody')).toBeNull();
    }
  });

  it('lets a viewer change nothing, saying so as the server does', () => {
    const access = accessOf(account('viewer', 'Anna Berg'));
    expect(access.edit).toBe('Your role, viewer, lets you read this scorecard, not change it.');
    expect(access.enter('Anna Berg')).toBe(access.edit);
  });

  it('lets a contributor enter data only for what their owner name owns', () => {
    const access = accessOf(account('contributor', 'Anna Berg'));
    expect(access.edit).toMatch(/contributor/);
    expect(access.enter('Anna Berg')).toBeNull();
    expect(access.enter(' Anna Berg ')).toBeNull();
    expect(access.enter('Ben Ott')).toMatch(/^Only its owner \(Ben Ott\) or an editor/);
    expect(access.enter('')).not.toBeNull();
    expect(accessOf(account('contributor', null)).enter('Anna Berg')).not.toBeNull();
  });
});

describe('the invitation form', () => {
  it('asks for a name and a password of at least 12 characters typed twice alike', () => {
    expect(inviteErrors('', 'short', '')).toEqual({
      name: 'Enter your name as colleagues know it.',
      password: 'Use at least 12 characters (you typed 5).',
    });
    expect(inviteErrors('Nora', 'twelve chars', 'twelve charz')).toEqual({
      again: 'The two passwords differ. Type the same password twice.',
    });
    expect(inviteErrors('Nora', 'twelve chars', 'twelve chars')).toEqual({});
  });
});

describe('other people’s changes', () => {
  const tree = {
    kpis: [{ id: 5, name: 'Revenue' }],
    objectives: [{ id: 2, title: 'Grow revenue' }],
  } as unknown as ScorecardTree;
  const event = (changes: Partial<RemoteChange['changes']>): RemoteChange => ({
    revision: 9,
    by: { accountId: 3, name: 'Ben Ott' },
    changes: { epoch: 1, revision: 9, ...changes },
  });

  it('reads an event and refuses what is not one', () => {
    const data = JSON.stringify(event({}));
    expect(parseRemoteChange(data)?.by.name).toBe('Ben Ott');
    expect(parseRemoteChange('not json')).toBeNull();
    expect(parseRemoteChange(JSON.stringify({ revision: 3, by: { name: 'x' } }))).toBeNull();
    expect(parseRemoteChange(JSON.stringify({ ...event({}), changes: { revision: 9 } }))).toBeNull();
  });

  it('names who changed what, by the names the page shows', () => {
    const value = event({
      measurements: { set: [{ kpiId: 5, period: '2026-Q3', actual: 1, target: null, note: '' }], removed: [] },
    });
    expect(describeRemoteChange(value, tree)).toBe('Ben Ott changed “Revenue”.');
    const two = event({
      objectives: { set: [], removed: [2], created: [] },
      kpis: { set: [], removed: [5], created: [] },
    });
    expect(describeRemoteChange(two, tree)).toBe('Ben Ott changed “Revenue” and 1 more.');
    expect(describeRemoteChange(event({ reload: true }), tree)).toBe('Ben Ott changed the scorecard.');
  });
});
