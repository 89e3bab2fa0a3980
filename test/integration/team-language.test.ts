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
  const ids = { own: 0, foreign: 0, scorecard: 0, objective: 0 };

  beforeAll(async () => {
    team = await teamServer();
    const scorecard = team.setup('scorecard.create', { name: 'Acme' });
    const perspective = team.setup('perspective.list', { scorecardId: scorecard.id })[0]!;
    const objective = team.setup('objective.create', { perspectiveId: perspective.id, title: 'Grow revenue' });
    ids.scorecard = scorecard.id;
    ids.objective = objective.id;
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

  it('says who changed what in a conflict and in the audit log in the person’s language, English as before', async () => {
    await team.person('editor', 'Ben Ott');
    await team.person('editor', 'Eva Engel');
    const margin = team.setup('kpi.create', { objectiveId: ids.objective, name: 'Margin', target: 30 });
    const ben = browser({ 'X-Quadrant-Locale': 'en-US' });
    await ben.signIn('ben@example.com');
    const eva = {
      de: browser({ 'X-Quadrant-Locale': 'de-DE' }),
      fr: browser({ 'X-Quadrant-Locale': 'fr-FR' }),
      en: browser({ 'X-Quadrant-Locale': 'en-US' }),
    };
    for (const page of [ben, eva.de, eva.fr, eva.en]) {
      if (page !== ben) await page.signIn('eva@example.com');
      page.revision = (await page.ok('document.load', { scorecardId: ids.scorecard })).info!.revision;
    }
    expect((await ben.call('kpi.update', { id: margin.id, target: 35 })).body.ok).toBe(true);

    const conflictOf = async (page: Browser) => {
      const { body } = await page.call('kpi.update', { id: margin.id, target: 40 });
      if (body.ok) throw new Error('no conflict');
      return body.error as { code: string; message: string; conflict?: { subject: string } };
    };
    const german = await conflictOf(eva.de);
    expect(german.code).toBe('CONFLICT');
    expect(german.message).toMatch(
      /^Ben Ott hat den Zielwert von „Margin“ geändert \(um \d\d:\d\d\), nachdem Ihre Seite es gelesen hatte\. Ihre Änderung wurde nicht gespeichert; der aktuelle Wert wird angezeigt\.$/,
    );
    expect(german.conflict?.subject).toBe('Zielwert von „Margin“');
    const french = await conflictOf(eva.fr);
    expect(french.message).toMatch(
      /^Ben Ott a modifié la cible de « Margin » à \d\d:\d\d, après que votre page l’a lu\. /,
    );
    expect(french.conflict?.subject).toBe('Cible de « Margin »');
    const english = await conflictOf(eva.en);
    expect(english.message).toMatch(
      /^Ben Ott changed the target of “Margin” at \d\d:\d\d, after your page read it\. Your change was not saved; the current value is shown\.$/,
    );
    expect(english.conflict?.subject).toBe('Target of “Margin”');
    expect(team.setup('kpi.get', { id: margin.id }).target).toBe(35);

    ben.revision = (await ben.ok('document.info', {}))!.revision;
    await ben.ok('measurement.set', { kpiId: margin.id, period: '2026-Q3', actual: 1234.5 });
    const log = async (page: Browser) =>
      (await page.ok('audit.list', { entityType: 'kpi', id: margin.id })).entries.map((e) => [
        e.subject,
        e.fields.map((f) => [f.name, f.before, f.after]),
      ]);
    expect((await log(eva.de)).slice(0, 2)).toEqual([
      ['Wert von „Margin“ für Q3 2026', [['Wert', null, '1.234,5']]],
      ['Zielwert von „Margin“', [['Zielwert', '30', '35']]],
    ]);
    expect((await log(eva.fr))[0]).toEqual([
      'La valeur de « Margin » pour T3 2026',
      [['Valeur', null, expect.stringMatching(/^1\s234,5$/)]],
    ]);
    expect((await log(eva.en)).slice(0, 2)).toEqual([
      ['The value of “Margin” for Q3 2026', [['Value', null, '1,234.5']]],
      ['Target of “Margin”', [['Target', '30', '35']]],
    ]);
    expect(currentLocale()).toBe('en-US');
  });
});
