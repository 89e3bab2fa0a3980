/**
 * `quadrant analyze`, `report`, `minutes`, `serve`, `publish`, `pull` and `npm run web` in the person's language:
 * German through the installed command (--language de, LANG=de_DE.UTF-8) and in-process, French and Spanish for a
 * few, English unchanged; every `--help` keeps its columns under each other in every language.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { startText } from '../../src/main/web';
import { withLocale } from '../../src/shared/i18n';
import { client, fingerprint, tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/quadrant.mjs');

function quadrant(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let sample: string;
let reviewed: string;

beforeAll(() => {
  sample = ensureSampleDocument(tempDir('quadrant-clib-sample-'));
  reviewed = ensureSampleDocument(tempDir('quadrant-clib-reviewed-'));
  const c = client('web');
  c.call('document.open', { path: reviewed });
  const scorecardId = c.call('scorecard.list', {})[0]!.id;
  const [template] = c.call('review.templates', {});
  c.call('review.start', { scorecardId, period: '2026-Q3', templateId: template!.id, heldOn: '2026-10-14', attendees: [] });
  c.session.close();
});

describe('quadrant analyze in the person’s language', () => {
  it('prints its headings, table and verdicts in German from the installed command, and reads nothing else', { timeout: 120_000 }, () => {
    const before = fingerprint(join(sample, '..'));
    const r = quadrant(['--language', 'de', 'analyze', sample]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Strategieprüfung: Harbour & Ember — Company Scorecard');
    expect(r.out).toContain('Ursache und Wirkung — Q4 2024 – Q3 2026 (8 Perioden), Veränderungen von Periode zu Periode, Verzögerungen 0–2');
    const heading = lines.find((l) => l.includes('Ursache → Wirkung'))!;
    expect(heading).toMatch(/^ {2}Ursache → Wirkung +Verz\. +Spearman +Pearson +n +p {2}Urteil$/);
    // Each row's last column starts where the heading's does, however long the German heading is.
    const verdictAt = heading.indexOf('Urteil');
    const rows = lines.filter((l) => l.endsWith('zu wenig Daten') && l.includes(' → '));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.indexOf('zu wenig Daten')).toBe(verdictAt);
    expect(r.out).toContain('  Zu wenig Daten: weniger als 8 gepaarte Perioden bei jeder Verzögerung');
    expect(r.out).toMatch(/\nSensitivität — Q3 2026, jedes Gewicht ± 1\n {2}Gesamt: 88,2 % gelb \(gewichteter Mittelwert 88,2 %, schwächstes Element 0 %\)\n/);
    expect(r.out).toMatch(/\n {4}Gewicht von Improve gross margin 1 → 0 \/ 2 +91,1 % … 86,4 %\n/);
    expect(r.out).toContain('\nWas nötig ist, um grün zu werden — Q3 2026, ein KPI nach dem anderen, die übrigen unverändert\n');
    expect(r.out).not.toMatch(/Cause and effect|Sensitivity|What it takes|too little data|Overall/);
    expect(fingerprint(join(sample, '..'))).toEqual(before);
  });

  it('refuses bad options in German, French and Spanish, and in English without --language', async () => {
    expect(await run(['--language', 'de', 'analyze', sample, '--max-lag', '13'])).toEqual({
      code: 2,
      out: '',
      err: 'quadrant analyze: --max-lag erwartet eine ganze Zahl von Perioden zwischen 0 und 12, nicht „13“.\n`quadrant analyze --help` zeigt den Aufruf.\n',
    });
    expect((await run(['--language', 'fr', 'analyze', sample, '--step', '0'])).err).toBe(
      'quadrant analyze: --step attend un pas de pondération supérieur à 0 et d’au plus 1000, comme 1 ou 0,5, pas « 0 ».\n`quadrant analyze --help` en donne l’utilisation.\n',
    );
    expect((await run(['--language', 'es', 'analyze', sample, '--period', 'Q3'])).err).toContain(
      '--period espera un mes (2026-03), un trimestre (2026-Q3) o un año (2026), no «Q3».',
    );
    expect((await run(['--language', 'de', 'analyze'])).err).toContain('Es fehlt: das zu analysierende Dokument.');
    expect((await run(['analyze', sample, '--step', '0'])).err).toBe(
      'quadrant analyze: --step takes a weight step above 0 and at most 1000, such as 1 or 0.5, not “0”.\nRun `quadrant analyze --help` for its usage.\n',
    );
  });
});

describe('quadrant report and minutes in the person’s language', () => {
  it('refuse their mistakes in German before anything is read or printed', async () => {
    const dir = tempDir('quadrant-clib-report-');
    const before = fingerprint(dir);
    expect((await run(['--language', 'de', 'report', sample, '--size', 'B5'])).err).toBe(
      'quadrant report: --size muss A4 oder Letter sein, nicht B5.\n`quadrant report --help` zeigt den Aufruf.\n',
    );
    expect((await run(['--language', 'de', 'report', sample, '--sections', 'cover,anhang'])).err).toContain(
      'Unbekannter Abschnitt anhang: Wählen Sie aus cover, summary, changes, map, table, kpis, okrs, initiatives, workshops, notes.',
    );
    expect((await run(['--language', 'de', 'report'])).err).toContain('Es fehlt: das Dokument für den Bericht.');
    expect((await run(['--language', 'de', 'report', sample, '--logo', join(dir, 'fehlt.png')])).code).toBe(1);
    expect(fingerprint(dir)).toEqual(before);
  });

  it('says in German and French which reviews there are, and in English as before', async () => {
    const out = join(tempDir('quadrant-clib-minutes-'), 'protokoll.pdf');
    expect(await run(['--language', 'de', 'minutes', sample, '--out', out])).toEqual({
      code: 1,
      out: '',
      err: 'quadrant minutes: Harbour & Ember — Company Scorecard hat noch keine Reviews: Beginnen Sie eines in der Ansicht „Reviews“ der App und drucken Sie dann sein Protokoll.\n',
    });
    expect((await run(['--language', 'de', 'minutes', reviewed, '--period', '2026-Q2', '--out', out])).err).toBe(
      'quadrant minutes: Harbour & Ember — Company Scorecard hat kein Review für Q2 2026 (2026-Q2). Ihre Reviews: 1 (Q3 2026, 2026-10-14).\n',
    );
    expect((await run(['--language', 'de', 'minutes', reviewed, '--period', 'Q3'])).err).toContain(
      '--period muss eine Periode wie 2026-03, 2026-Q3 oder 2026 sein, nicht „Q3“.',
    );
    expect((await run(['--language', 'de', 'minutes', reviewed, '--review', '1', '--period', '2026-Q3'])).err).toContain(
      'Wählen Sie das Review mit --review oder mit --period, nicht mit beiden.',
    );
    expect((await run(['--language', 'fr', 'minutes', reviewed, '--review', '9', '--scorecard', '1'])).err).toBe(
      'quadrant minutes: Le tableau de bord 1 (Harbour & Ember — Company Scorecard) n’a pas de revue 9. Ses revues : 1 (T3 2026, 2026-10-14).\n',
    );
    expect((await run(['minutes', reviewed, '--period', '2026-Q2', '--out', out])).err).toBe(
      'quadrant minutes: Harbour & Ember — Company Scorecard has no review of Q2 2026 (2026-Q2). Its reviews: 1 (Q3 2026, 2026-10-14).\n',
    );
  });
});

describe('the team commands in the person’s language', () => {
  it('refuse a bad address or port in German before any database is reached', async () => {
    expect((await run(['--language', 'de', 'serve'])).err).toBe(
      'quadrant serve: Es fehlt: --database (postgres://user:password@host/database).\n`quadrant serve --help` zeigt den Aufruf.\n',
    );
    expect((await run(['--language', 'de', 'serve', '--database', 'postgres://localhost/q', '--port', '70000'])).err).toContain(
      '--port erwartet eine Portnummer von 0 bis 65535, nicht „70000“.',
    );
    expect((await run(['--language', 'de', 'pull', 'team-db', join(tempDir(), 'x.scorecard')])).err).toContain(
      'team-db ist keine PostgreSQL-Adresse: Schreiben Sie sie als postgres://user:password@host/database.',
    );
    expect((await run(['--language', 'es', 'publish', sample])).err).toContain(
      'Falta: el documento y la base de datos del equipo.',
    );
    expect((await run(['pull', 'team-db', 'x.scorecard'])).err).toContain('team-db is not a PostgreSQL address');
  });
});

/** Where each option's description starts: the column after the option and its gap of two spaces or more. */
function descriptionColumns(help: string): number[] {
  return help
    .split('\n')
    .filter((l) => /^ {2}--\S/.test(l))
    .map((l) => /^ {2}--.*? {2,}(?=\S)/.exec(l)?.[0].length ?? -1)
    .filter((c) => c > 0);
}

describe('each command’s --help', () => {
  const commands = ['report', 'minutes', 'analyze', 'serve', 'publish', 'pull'];

  it('is German for LANG=de_DE.UTF-8 from the installed command, its form kept under its arguments', { timeout: 120_000 }, () => {
    const r = quadrant(['report', '--help'], { LANG: 'de_DE.UTF-8' });
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Aufruf: quadrant report <file\.scorecard> \[--period 2026-Q3\]/);
    // 'Aufruf:' is one character longer than 'Usage:': so is the indentation of the form's other lines.
    expect(lines[1]).toMatch(/^ {26}\[--sections cover,summary/);
    expect(lines[2]).toMatch(/^ {26}\[--title "…"\]/);
    expect(r.out).toContain('\nDruckt den vorstandsfertigen PDF-Bericht einer Periode');
    expect(r.out).toContain('\n  --size A4|Letter       das Papierformat (Standard A4)');
  });

  it('keeps its descriptions in English’s columns in every language, English as it was', async () => {
    for (const command of commands) {
      const english = (await run(['help', command])).out;
      expect(english).toMatch(new RegExp(`^Usage: quadrant ${command} `));
      const columns = new Set(descriptionColumns(english));
      expect(columns.size).toBeGreaterThan(0);
      for (const language of ['de', 'fr', 'es']) {
        const help = (await run(['--language', language, command, '--help'])).out;
        expect(help).not.toBe(english);
        for (const column of descriptionColumns(help)) expect(columns, `${command} in ${language}`).toContain(column);
        // A wrapped description goes on in the same column.
        const lines = help.split('\n');
        lines.forEach((line, i) => {
          if (i > 0 && /^ {2}--/.test(lines[i - 1]!) && /^ {10,}\S/.test(line) && !/^ {2}--/.test(line)) {
            expect(columns, `${command} in ${language}: ${line}`).toContain(line.length - line.trimStart().length);
          }
        });
        // The form is as long as in English; the prose and the options are folded for a terminal.
        const text = lines.slice(lines.indexOf(''));
        expect(Math.max(...text.map((l) => [...l].length)), `${command} in ${language}`).toBeLessThanOrEqual(120);
      }
    }
    expect((await run(['minutes', '--help'])).out).toBe(`Usage: quadrant minutes <file.scorecard> [--review ID | --period 2026-Q3] [--scorecard ID]
                        [--out minutes.pdf] [--force]

Prints the minutes of a review as an A4 PDF: the attendees, the agenda with its notes and decisions, the actions
by owner and the scorecard's status for the period. Printed with the Chromium found on this machine
(QUADRANT_CHROMIUM=<path> names one).

  --review ID        the review to print (default: the latest review of the scorecard)
  --period P         the latest review of this period (a month, quarter or year, e.g. 2026-Q3)
  --scorecard ID     which scorecard of the document (default: the first, or the --review's own)
  --out minutes.pdf  the PDF to write (default: a name made from the document, the period and the day held)
  --force            replace the --out file if it exists
`);
  });
});

describe('npm run web', () => {
  it('says where it runs in the terminal’s language', () => {
    const url = 'http://127.0.0.1:4711/?token=abc';
    expect(withLocale('de-DE', () => startText('/home/ich/Bäckerei.scorecard', url))).toBe(
      'Quadrant läuft im Browser-Modus mit /home/ich/Bäckerei.scorecard\n\n  http://127.0.0.1:4711/?token=abc\n\nÖffnen Sie diese Adresse in Ihrem Browser (sie ist nur von diesem Rechner aus erreichbar). Mit Strg+C beenden.\n',
    );
    expect(withLocale('en-US', () => startText('/home/me/Bakery.scorecard', url))).toBe(
      'Quadrant is running in browser mode with /home/me/Bakery.scorecard\n\n  http://127.0.0.1:4711/?token=abc\n\nOpen that address in your browser (it is only reachable from this computer). Press Ctrl+C to stop.\n',
    );
  });
});
