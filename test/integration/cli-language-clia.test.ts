/**
 * The commands' own help and messages in the person's language: German through the installed command and main(),
 * French and Spanish for a few, English unchanged. Every help keeps its columns in every language: the options are
 * literal, their descriptions start in one column, and the lines after the first of the command's form stay under it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { checkInputFile } from '../../src/main/cli-files';
import { t, withLocale } from '../../src/shared/i18n';
import { tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/quadrant.mjs');
const sample = join(root, 'resources/sample.json');
const COMMANDS = ['new', 'import', 'export', 'score', 'templates', 'pptx', 'import-values', 'due', 'diff'];

function quadrant(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

function sampleDocument(): { dir: string; doc: string } {
  const dir = tempDir('quadrant-cli-clia-');
  const doc = join(dir, 'Rösterei.scorecard');
  return { dir, doc };
}

/** The column the descriptions of a help's options start in, checked the same for every option and continuation. */
function optionColumn(help: string): number {
  const lines = help.split('\n');
  const first = lines.findIndex((l) => /^ {2}[-<]/.test(l));
  expect(first).toBeGreaterThan(0);
  const columns = new Set<number>();
  for (const line of lines.slice(first).filter((l) => l !== '')) {
    if (/^ {2}[-<]/.test(line)) {
      const gap = / {2,}(?=\S)/g;
      gap.lastIndex = 2;
      const m = gap.exec(line);
      // An option wider than the column has its description on the next line.
      if (m) columns.add(m.index + m[0].length);
    } else {
      columns.add(line.length - line.trimStart().length);
    }
  }
  expect([...columns]).toHaveLength(1);
  return [...columns][0]!;
}

describe('the commands’ help in the person’s language', () => {
  it('is German through the installed command, with the columns of the English help', { timeout: 120_000 }, () => {
    const german = quadrant(['--language', 'de', 'due', '--help']);
    expect(german.code).toBe(0);
    expect(german.out).toMatch(/^Aufruf: quadrant due <file\.scorecard> \[--scorecard ID\] \[--today 2026-11-20\] \[--json\]\n\n/);
    expect(german.out).toContain('Listet die fälligen und überfälligen KPI-Werte auf, gruppiert nach Verantwortlichen');
    expect(german.out).toContain('\n  --today 2026-11-20    der Tag, ab dem gezählt wird (Standard: heute auf diesem Rechner)\n');
    expect(german.out).toContain('\n  --json                die Verantwortlichen und ihre Einträge als JSON\n');
  });

  it('keeps every command’s options in one column and its form under “Usage:” in all four languages', async () => {
    for (const command of COMMANDS) {
      const english = (await run(['help', command])).out;
      const column = optionColumn(english);
      const formIndent = english.split('\n')[1]!.length - english.split('\n')[1]!.trimStart().length;
      for (const language of ['de', 'fr', 'es']) {
        const help = (await run(['--language', language, command, '--help'])).out;
        expect(help, `${language} ${command}`).not.toBe(english);
        expect(optionColumn(help), `${language} ${command}`).toBe(column);
        const word = withLocale(language, () => t('cli:overview.usage'));
        expect(help.startsWith(`${word} quadrant ${command} `)).toBe(true);
        const second = help.split('\n')[1]!;
        if (formIndent > 0) expect(second.length - second.trimStart().length).toBe(formIndent + word.length - 'Usage:'.length);
        for (const line of help.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(121);
      }
    }
  });

  it('is French and Spanish too, with the options and example values as written', async () => {
    const french = (await run(['--language', 'fr', 'score', '--help'])).out;
    expect(french).toMatch(/^Utilisation : quadrant score <file\.scorecard> \[--period 2026-Q3\]/);
    expect(french).toContain('\n  --scorecard ID   quel tableau de bord du document (par défaut : le premier)\n');
    const spanish = (await run(['--language', 'es', 'pptx', '--help'])).out;
    expect(spanish).toContain('\n  --title, --company, --prepared-by, --date 2026-10-06\n                    los textos y la fecha');
    expect(spanish).toMatch(/^Uso: quadrant pptx <file\.scorecard> --out deck\.pptx/);
  });

  it('is the English it was', async () => {
    expect((await run(['due', '--help'])).out).toBe(`Usage: quadrant due <file.scorecard> [--scorecard ID] [--today 2026-11-20] [--json]

Lists the KPI values that are due or overdue, grouped by owner (the KPI's owner, else its objective's), so a
scheduled job can remind people. A value is due the scorecard's (or the KPI's own) number of days after its
period ends. Exits 0 whether or not anything is due.

  --scorecard ID        which scorecard of the document (default: every scorecard)
  --today 2026-11-20    the day to count from (default: today on this machine)
  --json                the owners and their entries as JSON
`);
    const exportHelp = (await run(['export', '--help'])).out;
    expect(exportHelp).toContain(`Usage: quadrant export <file.scorecard> [--format json|xlsx|csv] [--out file] [--force]
                              [--scorecard ID] [--period 2026-Q3]
`);
    expect(exportHelp).toContain(`  --period P       xlsx: the period of the scorecard table, a month (2026-03), quarter (2026-Q3) or year (2026);
                   default: the latest period with data
`);
  });
});

describe('the commands’ messages in the person’s language', () => {
  it('imports values with a German preview and refusal through the installed command, and writes nothing', { timeout: 120_000 }, async () => {
    const { dir, doc } = sampleDocument();
    expect((await run(['import', sample, doc])).code).toBe(0);
    const table = join(dir, 'werte.csv');
    writeFileSync(table, 'KPI,Period,Value\nTotal revenue,2030-Q1,1000\ntotal  revenue,2030-Q2,1100\nTotl revenue,2030-Q1,5\nWaste,2030-Q1,abc\n');
    const before = readFileSync(doc);
    const r = quadrant(['--language', 'de', 'import-values', table, doc]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Import von „werte.csv“ in „Harbour & Ember — Company Scorecard“ (Scorecard 1)\n');
    expect(r.out).toContain('Namen: 4 (2 genau zugeordnet, 1 anders geschrieben, 1 unsicher)\n');
    expect(r.out).toContain('  „total revenue“ → KPI 1\n');
    expect(r.out).toMatch(/ {2}„Totl revenue“ ist kein KPI der Scorecard: Meinten Sie „Total revenue“ \(KPI 1, \d+ %\) oder/);
    expect(r.out).toContain('Werte: 2 neu, 0 geändert, 0 gleich, 1 ungültig, 1 ohne Zuordnung\nUngültige Zellen:\n');
    expect(r.err).toBe(
      'quadrant import-values: Es wurde nichts importiert: 1 Name ist kein KPI der Scorecard. Korrigieren Sie die Namen im Blatt auf die Namen der KPIs (siehe die Vorschläge oben).\n',
    );
    expect(readFileSync(doc).equals(before)).toBe(true);

    const ok = join(dir, 'ok.csv');
    writeFileSync(ok, 'KPI,Period,Value\nWaste,2030-Q1,100\nWaste,2030-Q2,110\n');
    expect((await run(['--language', 'de', 'import-values', ok, doc, '--dry-run'])).out).toContain('\nProbelauf: Es wurde nichts geschrieben.\n');
    expect((await run(['--language', 'de', 'import-values', ok, doc])).out).toContain('\n2 Werte aus „ok.csv“ importiert.\n');
    expect((await run(['--language', 'es', 'import-values', ok, doc])).out).toContain(
      '\nNada que escribir: todos los valores ya están en el documento.\n',
    );
    expect((await run(['--language', 'fr', 'import-values', ok, doc, '--objective', '3'])).err).toBe(
      'quadrant import-values: --objective ne s’utilise qu’avec --create-kpis.\n`quadrant import-values --help` en donne l’utilisation.\n',
    );
  });

  it('scores, lists templates and refuses mistakes in German; English after it', async () => {
    const { dir, doc } = sampleDocument();
    expect((await run(['--language', 'de', 'import', join(dir, 'fehlt.json'), doc])).err).toBe(
      `quadrant import: Kann die JSON-Datei ${join(dir, 'fehlt.json')} nicht lesen: Die Datei existiert nicht.\n`,
    );
    expect((await run(['import', sample, doc])).code).toBe(0);
    const score = (await run(['--language', 'de', 'score', doc, '--period', '2026-Q3'])).out;
    expect(score).toMatch(/^Harbour & Ember — Company Scorecard — Q3 2026 \(2026-Q3\)\nGesamt +\d+ % {2}! gelb +4 von 4 gemeldet\n/);
    expect(score).toMatch(/★ Total revenue +\d+ % {2}✓ grün +Istwert 206\.500 €, Zielwert 195\.000 €\n/);
    expect(score).toMatch(/Roaster capacity utilisation .*Istwert 68 %, Zielbereich 65–85 %\n/);
    // The status column is as wide as the longest German status word needs: nothing is cut.
    expect(score).toMatch(/★ Employee NPS \(eNPS\) +— {2}– keine Daten {2}Istwert —, Zielwert 30 pts\n/);
    expect(score).toContain('\n★ Schlüssel-KPI. Fortschritt je KPI, wie ihn die Bewertungslogik berechnet;');

    const templates = (await run(['--language', 'de', 'templates'])).out;
    // The counts stand right-aligned under their German headings.
    expect(templates).toMatch(/^ID +NAME +ZIELE {2}KPIS {2}BEZIEHUNGEN {2}FÜR\ncafe-restaurant +Café or restaurant +13 {4}25 {11}15 {2}Café, bistro/);
    expect(templates).toContain('\n\nJede hat die vier Perspektiven, Themen, Ursache-Wirkungs-Beziehungen und KPIs;');
    expect((await run(['--language', 'de', 'new', join(dir, 'x.scorecard'), '--template', 'Bäckerei'])).err).toMatch(
      /^quadrant new: Es gibt keine Vorlage „Bäckerei“\. Wählen Sie eine von:\n {2}cafe-restaurant {9}Café or restaurant\n/,
    );
    expect((await run(['--language', 'de', 'export', doc, '--format', 'pdf'])).err).toBe(
      'quadrant export: --format erwartet json, xlsx oder csv, nicht „pdf“.\n`quadrant export --help` zeigt den Aufruf.\n',
    );
    expect((await run(['--language', 'de', 'export', doc, '--format', 'xlsx'])).err).toContain('--format xlsx braucht --out datei.xlsx.');
    expect((await run(['--language', 'de', 'pptx', doc, '--out', join(dir, 'd.pptx'), '--date', 'morgen'])).err).toContain(
      '--date erwartet ein Datum wie 2026-10-06, nicht „morgen“.',
    );
    expect((await run(['--language', 'de', 'due', doc, '--today', 'heute'])).err).toContain(
      '--today muss ein echtes Datum wie 2026-11-20 sein, nicht „heute“.',
    );
    expect((await run(['--language', 'de', 'diff', doc])).err).toContain(
      'Es fehlt: das Dokument und die zwei zu vergleichenden Perioden.',
    );
    expect((await run(['--language', 'de', 'new', dir])).err).toContain(
      `${dir} ist ein Ordner: Nennen Sie das anzulegende Dokument, zum Beispiel ${join(dir, 'Company.scorecard')}.`,
    );
    const csv = join(dir, 'werte.csv');
    expect((await run(['--language', 'de', 'export', doc, '--format', 'csv', '--out', csv])).err).toMatch(
      /^Harbour & Ember — Company Scorecard, Q3 2026, nach .*werte\.csv exportiert \(\d+ KB\)\n$/,
    );
    expect(() => withLocale('fr-FR', () => checkInputFile(dir, t('cli:inputFiles.noun.logo')))).toThrow(
      `Impossible de lire le logo ${dir} : c’est un dossier, pas un fichier.`,
    );

    // And English again without the option.
    const english = (await run(['score', doc, '--period', '2026-Q3'])).out;
    expect(english).toMatch(/\nOverall +\d+ % {2}! amber +4 of 4 reported\n/);
    expect(english).toMatch(/★ Employee NPS \(eNPS\) +— {2}– no data {2}actual —, target 30 pts\n/);
    expect((await run(['templates'])).out).toMatch(/^ID +NAME +OBJECTIVES {2}KPIS {2}LINKS {2}FOR\ncafe-restaurant +Café or restaurant +13 {4}25 {5}15 {2}Café, bistro/);
  });
});
