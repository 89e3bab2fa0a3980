/**
 * The team server's refusals in the language of the person who asked (their page's X-Quadrant-Locale, else their
 * browser's Accept-Language), made by the real server on a throwaway PostgreSQL cluster: sign-in, routing, roles and
 * owners, and a refusal said after an await (a wrong current password). The server's own language stays English.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { currentLocale } from '../../src/shared/i18n';
import { describePg } from '../pg';
import { Browser, PASSWORD, teamServer, type TeamFixture } from '../team-http';

/** A browser whose every request says which language its person reads. */
class Speaking extends Browser {
  constructor(
    base: string,
    private readonly headers: Record<string, string>,
  ) {
    super(base);
  }

  override request<T = unknown>(
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) {
    return super.request<T>(path, { ...init, headers: { ...this.headers, ...init.headers } });
  }
}

const errorOf = (body: unknown): string => (body as { error?: { message?: string } }).error?.message ?? '';

describePg('the team server in the person’s language', () => {
  let team: TeamFixture;
  const ids = { own: 0, foreign: 0 };

  beforeAll(async () => {
    team = await teamServer();
    const scorecard = team.setup('scorecard.create', { name: 'Acme' });
    const perspective = team.setup('perspective.list', { scorecardId: scorecard.id })[0]!;
    const objective = team.setup('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue' });
    ids.own = team.setup('kpi.create', {
      objectiveId: objective.id,
      name: 'Revenue',
      owner: 'Anna Berg',
      target: 100,
    }).id;
    ids.foreign = team.setup('kpi.create', {
      objectiveId: objective.id,
      name: 'Cost',
      owner: 'Ben Ott',
      target: 50,
    }).id;
    await team.person('contributor', 'Anna Berg', 'Anna Berg');
    await team.person('viewer', 'Vi Viewer');
  });
  afterAll(() => team.server.close());

  const browser = (headers: Record<string, string>) => new Speaking(team.server.url, headers);

  it('refuses a wrong sign-in and a wrong method in the browser’s language, English as before', async () => {
    const german = await browser({ 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' }).signIn('anna@example.com', 'falsch');
    expect(german.status).toBe(401);
    expect(errorOf(german.body)).toBe('E-Mail oder Passwort ist falsch.');
    const english = await browser({ 'Accept-Language': 'en-GB' }).signIn('anna@example.com', 'wrong');
    expect(errorOf(english.body)).toBe('E-mail or password is wrong.');
    const get = await browser({ 'Accept-Language': 'es-ES' }).request('/api');
    expect(get.status).toBe(405);
    expect(errorOf(get.body)).toBe('Use POST para /api.');
    const stranger = await browser({ 'Accept-Language': 'fr-FR' }).call('scorecard.list', {});
    expect(errorOf(stranger.body)).toBe('Vous n’êtes pas connecté (ou votre session a pris fin). Reconnectez-vous.');
    expect(currentLocale()).toBe('en-US');
  });

  it('tells a viewer and a contributor what their role allows, in the language their page sends', async () => {
    const vi = browser({ 'X-Quadrant-Locale': 'de-DE', 'Accept-Language': 'en-US' });
    expect((await vi.signIn('vi@example.com', PASSWORD)).status).toBe(200);
    const refused = await vi.call('measurement.set', { kpiId: ids.own, period: '2026-Q1', actual: 5 });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body)).toBe('Mit Ihrer Rolle (Leser) können Sie diese Scorecard lesen, aber nicht ändern.');

    const anna = browser({ 'X-Quadrant-Locale': 'fr-FR' });
    await anna.signIn('anna@example.com');
    const foreign = await anna.call('measurement.set', { kpiId: ids.foreign, period: '2026-Q1', actual: 40 });
    expect(errorOf(foreign.body)).toBe(
      'Votre rôle, contributeur, vous permet de saisir des données uniquement pour ce dont vous êtes responsable (en tant que « Anna Berg ») ; pas pour le KPI « Cost », dont le responsable est Ben Ott.',
    );
    expect(team.setup('measurement.list', { scorecardId: 1 })).toEqual([]);
    expect(currentLocale()).toBe('en-US');
  });

  it('says a wrong current password in the person’s language though it is found after an await', async () => {
    const anna = browser({ 'X-Quadrant-Locale': 'es-ES' });
    await anna.signIn('anna@example.com');
    const wrong = await anna.call('team.changePassword', {
      current: 'no es esta',
      next: 'una contraseña nueva y larga',
    });
    expect(errorOf(wrong.body)).toBe('Su contraseña actual no es correcta; la contraseña no se ha cambiado.');
    const short = browser({ 'X-Quadrant-Locale': 'de-DE' });
    await short.signIn('anna@example.com');
    const tooShort = await short.call('team.changePassword', { current: PASSWORD, next: 'kurz' });
    // The contract's own check comes first, in the person's language too.
    expect(errorOf(tooShort.body)).toMatch(/^Ungültige Eingabe – \$\.next: /);
    expect(currentLocale()).toBe('en-US');
  });
});
