/**
 * The team server over real HTTP on a real PostgreSQL (decisions 5 and 7): sign-in and its cookie, CSRF, origins,
 * rate limiting, invites and the setup link, sessions ending, team.* by role and the live events a second person
 * receives after a write.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensurePrintView, RENDERER_DIR } from '../../src/main/cli-report';
import { tempDir } from '../helpers';
import { currentLocale } from '../../src/shared/i18n';
import { sql } from '../../src/main/team/sql';
import { describePg, pgStore } from '../pg';
import { Browser, PASSWORD, signedIn, teamServer, type TeamFixture } from '../team-http';

describePg('team server', () => {
  let team: TeamFixture;
  let scorecardId: number;

  beforeAll(async () => {
    team = await teamServer();
    scorecardId = team.setup('scorecard.create', { name: 'Acme' }).id;
    await team.person('admin', 'Ada Admin');
    await team.person('editor', 'Ed Editor');
    await team.person('viewer', 'Vi Viewer');
  });
  afterAll(() => team.server.close());

  it('runs each request in its sender’s language and leaves the server’s as it was', async () => {
    const ed = await signedIn(team.server, 'ed@example.com');
    const german = await ed.request('/api', {
      method: 'POST',
      body: { method: 'app.setLanguage', input: { locale: 'de-at' } },
      headers: { 'X-Quadrant-Locale': 'de-AT' },
    });
    expect(german.body).toEqual({ ok: true, value: { locale: 'de-AT', language: 'de' } });
    // A viewer may set their own language too: it concerns nobody else.
    const vi = await signedIn(team.server, 'vi@example.com');
    expect(await vi.ok('app.setLanguage', { locale: 'fr' })).toEqual({ locale: 'fr', language: 'fr' });
    // The server (this process) still speaks its own language: nothing shared changed.
    expect(currentLocale()).toBe('en-US');
  });

  it('serves the page marked as a team page, with the CSP', async () => {
    const res = await fetch(team.server.url);
    const html = await res.text();
    expect(html).toContain('<meta name="quadrant-mode" content="team" />');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie and answers who is signed in', async () => {
    const browser = new Browser(team.server.url);
    const before = await browser.request<{ me: unknown; setupNeeded: boolean }>('/auth/session');
    expect(before.body).toEqual({ me: null, csrfToken: null, setupNeeded: false });
    const answer = await browser.signIn('ada@example.com');
    expect(answer.status).toBe(200);
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^quadrant_session=[\w-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const session = await browser.request<{ me: { account: { name: string; role: string } }; csrfToken: string }>('/auth/session');
    expect(session.body.me.account).toMatchObject({ name: 'Ada Admin', role: 'admin' });
    expect(session.body.csrfToken).toBe(browser.csrf);
    // The database keeps only the token's hash.
    const stored = team.store.engine.all<{ token_hash: string }>(sql('SELECT token_hash FROM sign_in_session'));
    expect(stored.some((r) => browser.cookie!.endsWith(`=${r.token_hash}`))).toBe(false);
  });

  it('marks the cookie Secure with --secure-cookies', async () => {
    const secure = await teamServer({ secureCookies: true });
    try {
      await secure.person('viewer', 'Sam Secure');
      const answer = await new Browser(secure.server.url).signIn('sam@example.com');
      expect(answer.headers.get('set-cookie')).toMatch(/; Secure$/);
    } finally {
      await secure.server.close();
    }
  });

  it('refuses a wrong password or an unknown address with the same words', async () => {
    for (const [email, password] of [['ed@example.com', 'not the password'], ['nobody@example.com', PASSWORD]] as const) {
      const answer = await new Browser(team.server.url, null).signIn(email, password);
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'E-mail or password is wrong.' } });
      expect(answer.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses API calls without a session, and without or with a wrong CSRF token', async () => {
    const stranger = new Browser(team.server.url);
    expect((await stranger.call('scorecard.list', {})).status).toBe(401);
    const ed = await signedIn(team.server, 'ed@example.com');
    const token = ed.csrf;
    ed.csrf = null;
    const missing = await ed.call('scorecard.create', { name: 'Sneaky' });
    expect(missing.status).toBe(403);
    expect(missing.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/security token/) } });
    ed.csrf = `${token!.slice(0, -2)}xx`;
    expect((await ed.call('scorecard.create', { name: 'Sneaky' })).status).toBe(403);
    ed.csrf = token;
    expect(team.setup('scorecard.list', {}).map((s) => s.name)).toEqual(['Acme']);
    expect((await ed.call('scorecard.list', {})).body).toMatchObject({ ok: true });
  });

  it('refuses posts from a foreign origin', async () => {
    const evil = new Browser(team.server.url, 'http://evil.example');
    const answer = await evil.signIn('ed@example.com');
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Requests from other origins are refused.' } });
    const ed = await signedIn(team.server, 'ed@example.com');
    const forged = await ed.request('/api', { method: 'POST', body: { method: 'scorecard.list', input: {} }, headers: { Origin: 'http://evil.example' } });
    expect(forged.status).toBe(403);
  });

  it('refuses the sixth attempt after five failures, in words, even with the right password', async () => {
    await team.person('viewer', 'Rita Rate');
    team.store.engine.run(sql(`DELETE FROM sign_in_failure`));
    const browser = new Browser(team.server.url);
    for (let i = 0; i < 5; i++) expect((await browser.signIn('rita@example.com', `wrong guess ${i}`)).status).toBe(401);
    const answer = await browser.signIn('rita@example.com');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(answer.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: 'Too many failed sign-ins; try again in 15 minutes.' } });
    // The failures are kept in the database, under the address and under the e-mail tried.
    const keys = team.store.engine.all<{ key: string }>(sql(`SELECT DISTINCT key FROM sign_in_failure WHERE key = 'email:rita@example.com'`));
    expect(keys).toHaveLength(1);
    team.store.engine.run(sql(`DELETE FROM sign_in_failure`));
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const vi = await signedIn(team.server, 'vi@example.com');
    const cookie = vi.cookie;
    const csrf = vi.csrf;
    const refused = await vi.request('/auth/sign-out', { method: 'POST', headers: { 'X-CSRF-Token': 'wrong' } });
    expect(refused.status).toBe(403);
    const out = await vi.request('/auth/sign-out', { method: 'POST' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^quadrant_session=; .*Max-Age=0/);
    // Someone who kept the old cookie gets nothing with it.
    const replay = new Browser(team.server.url);
    replay.cookie = cookie;
    replay.csrf = csrf;
    expect((await replay.call('scorecard.list', {})).status).toBe(401);
  });

  it('ends a session after its idle time', async () => {
    const short = await teamServer({ sessionLimits: { idleMs: 300, absoluteMs: 60_000 } });
    try {
      await short.person('viewer', 'Ida Idle');
      const ida = await signedIn(short.server, 'ida@example.com');
      expect((await ida.call('scorecard.list', {})).status).toBe(200);
      await new Promise((r) => setTimeout(r, 400));
      expect((await ida.call('scorecard.list', {})).status).toBe(401);
      expect((await ida.request<{ me: unknown }>('/auth/session')).body.me).toBeNull();
    } finally {
      await short.server.close();
    }
  });

  it('invites: an admin invites, the link works once, a revoked or expired one not at all', async () => {
    const ada = await signedIn(team.server, 'ada@example.com');
    const { link, invite } = await ada.ok('team.invite', { email: 'Cora@Example.com', role: 'contributor', ownerName: 'Cora Lee' });
    expect(invite).toMatchObject({ email: 'cora@example.com', role: 'contributor', ownerName: 'Cora Lee', invitedBy: 'Ada Admin' });
    expect(link).toMatch(new RegExp(`^${team.server.url.replace(/\/$/, '')}/\\?invite=[\\w-]{43}$`));
    expect((await ada.ok('team.invites', {})).map((i) => i.email)).toContain('cora@example.com');
    const token = new URL(link).searchParams.get('invite')!;

    const cora = new Browser(team.server.url);
    const short = await cora.request<{ ok: boolean; error: { message: string } }>('/auth/accept-invite', { method: 'POST', body: { token, name: 'Cora Lee', password: 'short' } });
    expect(short.body.error.message).toBe('The password must be at least 12 characters long.');
    const accepted = await cora.request<{ ok: true; value: { me: { account: { role: string; ownerName: string } }; csrfToken: string } }>('/auth/accept-invite', {
      method: 'POST',
      body: { token, name: 'Cora Lee', password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.value.me.account).toMatchObject({ role: 'contributor', ownerName: 'Cora Lee' });
    expect(accepted.headers.get('set-cookie')).toMatch(/^quadrant_session=/);
    const again = await new Browser(team.server.url).request<{ error: { message: string } }>('/auth/accept-invite', { method: 'POST', body: { token, name: 'Mallory', password: PASSWORD } });
    expect(again.body.error.message).toBe('This invite link has already been used. Sign in instead.');
    expect((await ada.ok('team.invites', {})).map((i) => i.email)).not.toContain('cora@example.com');

    const revoked = await ada.ok('team.invite', { email: 'rev@example.com', role: 'viewer' });
    await ada.ok('team.revokeInvite', { id: revoked.invite.id });
    const revokedToken = new URL(revoked.link).searchParams.get('invite')!;
    const r = await new Browser(team.server.url).request<{ error: { message: string } }>('/auth/accept-invite', { method: 'POST', body: { token: revokedToken, name: 'Rev', password: PASSWORD } });
    expect(r.body.error.message).toBe('This invite was withdrawn. Ask an admin for a new one.');

    const expired = await ada.ok('team.invite', { email: 'old@example.com', role: 'viewer' });
    team.store.engine.run(sql(`UPDATE invite SET expires_at = '2020-01-01T00:00:00.000Z' WHERE id = $1`, expired.invite.id));
    const expiredToken = new URL(expired.link).searchParams.get('invite')!;
    const e = await new Browser(team.server.url).request<{ error: { message: string } }>('/auth/accept-invite', { method: 'POST', body: { token: expiredToken, name: 'Old', password: PASSWORD } });
    expect(e.body.error.message).toBe('This invite link has expired. Ask an admin for a new one.');
    expect(team.server.accounts.byEmail('old@example.com')).toBeNull();
  });

  it('team.* answers admins; others get FORBIDDEN in words, and everyone may change their own password', async () => {
    const ada = await signedIn(team.server, 'ada@example.com');
    expect((await ada.ok('team.accounts', {})).map((a) => a.name)).toContain('Ed Editor');
    const ed = await signedIn(team.server, 'ed@example.com');
    const refused = await ed.call('team.accounts', {});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/^Only an admin can manage the people of this server\. Your role, editor,/) } });
    expect((await ed.ok('team.me', {}))?.account.name).toBe('Ed Editor');
    const wrong = await ed.call('team.changePassword', { current: 'not my password', next: 'a brand new password' });
    expect(wrong.body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ed.ok('team.changePassword', { current: PASSWORD, next: 'a brand new password' });
    expect((await new Browser(team.server.url).signIn('ed@example.com')).status).toBe(401);
    expect((await new Browser(team.server.url).signIn('ed@example.com', 'a brand new password')).status).toBe(200);
    // The page that changed it stays signed in.
    expect((await ed.call('scorecard.list', {})).status).toBe(200);
  });

  it('a disabled account is signed out at once; the last admin cannot be demoted', async () => {
    const ada = await signedIn(team.server, 'ada@example.com');
    const viAccount = team.server.accounts.byEmail('vi@example.com')!;
    const vi = await signedIn(team.server, 'vi@example.com');
    await ada.ok('team.updateAccount', { id: viAccount.id, disabled: true });
    expect((await vi.call('scorecard.list', {})).status).toBe(401);
    const again = await new Browser(team.server.url).signIn('vi@example.com');
    expect(again.status).toBe(403);
    await ada.ok('team.updateAccount', { id: viAccount.id, disabled: false });
    const self = await ada.call('team.updateAccount', { id: team.server.accounts.byEmail('ada@example.com')!.id, role: 'editor' });
    expect(self.body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('sends a committed write to a second signed-in person as a server-sent event', async () => {
    const ada = await signedIn(team.server, 'ada@example.com');
    const vi = await signedIn(team.server, 'vi@example.com');
    const controller = new AbortController();
    const stream = await fetch(new URL('/events', team.server.url), { headers: { Cookie: vi.cookie! }, signal: controller.signal });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body!.getReader();
    const perspective = team.setup('perspective.list', { scorecardId })[0]!;
    const objective = await ada.ok('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue' });
    let text = '';
    while (!text.includes('event: changes')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(/data: (.*)\n/.exec(text.slice(text.indexOf('event: changes')))![1]!);
    expect(data.by).toEqual({ accountId: team.server.accounts.byEmail('ada@example.com')!.id, name: 'Ada Admin' });
    expect(data.changes.objectives.set.map((o: { id: number }) => o.id)).toContain(objective.id);
    expect(data.changes.history).toBeUndefined();
    expect(typeof data.revision).toBe('number');
  });

  it('answers a write based on an old revision that someone else changed since with CONFLICT and the current value', async () => {
    const ada = await signedIn(team.server, 'ada@example.com');
    await team.person('editor', 'Ben Ott');
    const ed = await signedIn(team.server, 'ben@example.com');
    const perspective = team.setup('perspective.list', { scorecardId })[0]!;
    const objective = await ada.ok('objective.create', { perspectiveId: perspective.id, title: 'Delight customers' });
    const kpi = await ada.ok('kpi.create', { objectiveId: objective.id, name: 'Revenue', target: 90 });
    // Both pages read the document now.
    const loaded = await ada.ok('document.load', { scorecardId });
    ada.revision = loaded.info!.revision;
    ed.revision = loaded.info!.revision;
    const edited = await ed.call('kpi.update', { id: kpi.id, target: 95 });
    expect(edited.body.ok).toBe(true);
    const late = await ada.call('kpi.update', { id: kpi.id, target: 100 });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('Ben Ott'), conflict: { by: 'Ben Ott', current: { id: kpi.id, target: 95 } } },
    });
    expect(team.setup('kpi.get', { id: kpi.id }).target).toBe(95);
    // Read again, the change goes through; undo then takes back Ada's own step only.
    ada.revision = (await ada.ok('document.info', {}))!.revision;
    await ada.ok('kpi.update', { id: kpi.id, name: 'Total revenue' });
    expect((await ada.ok('history.undo', {})).undone).toBe('Edit KPI “Total revenue”');
    expect(team.setup('kpi.get', { id: kpi.id })).toMatchObject({ name: 'Revenue', target: 95 });
  });

  it('prints the report for a viewer as browser mode does: the PDF comes back in the answer', async () => {
    ensurePrintView({ out: () => undefined, err: () => undefined });
    const printing = await teamServer({ store: pgStore(team.store.schema), rendererDir: RENDERER_DIR });
    try {
      const vi = await signedIn(printing.server, 'vi@example.com');
      const exported = await vi.ok('report.export', { scorecardIds: [scorecardId], period: '2026-Q3', sections: ['cover'], pageSize: 'A4' });
      const pdf = Buffer.from(exported!.pdfBase64!, 'base64');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(exported).toMatchObject({ path: null, pages: 1, bytes: pdf.length });
      const file = join(tempDir(), exported!.fileName);
      writeFileSync(file, pdf);
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Acme');
    } finally {
      await printing.server.close();
    }
  }, 120_000);

  it('refuses /events and /api to strangers', async () => {
    expect((await fetch(new URL('/events', team.server.url))).status).toBe(401);
  });
});

describePg('team server without an admin', () => {
  it('prints a one-time setup link that makes the first admin', async () => {
    const team = await teamServer();
    try {
      const browser = new Browser(team.server.url);
      expect((await browser.request<{ setupNeeded: boolean }>('/auth/session')).body.setupNeeded).toBe(true);
      const link = team.server.setupLink()!;
      const token = new URL(link).searchParams.get('invite')!;
      const noEmail = await browser.request<{ error: { message: string } }>('/auth/accept-invite', { method: 'POST', body: { token, name: 'First Admin', password: PASSWORD } });
      expect(noEmail.body.error.message).toBe('Enter your e-mail address: it is how you will sign in.');
      const made = await browser.request<{ ok: boolean; value: { me: { account: { role: string } } } }>('/auth/accept-invite', {
        method: 'POST',
        body: { token, name: 'First Admin', email: 'first@example.com', password: PASSWORD },
      });
      expect(made.body.value.me.account.role).toBe('admin');
      expect((await browser.request<{ setupNeeded: boolean }>('/auth/session')).body.setupNeeded).toBe(false);
      expect(team.server.setupLink()).toBeNull();
      const reuse = await new Browser(team.server.url).request<{ ok: boolean }>('/auth/accept-invite', { method: 'POST', body: { token, name: 'Second', email: 'second@example.com', password: PASSWORD } });
      expect(reuse.body.ok).toBe(false);
    } finally {
      await team.server.close();
    }
  });
});
