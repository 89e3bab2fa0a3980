/**
 * The command line speaks the language asked for with --language, else the one of the POSIX environment (LC_ALL,
 * LC_MESSAGES, LANG), else English. The test setup forces LANG=C.UTF-8, so English is the default here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { logoDataUrl } from '../../src/main/cli-report';
import { withLocale } from '../../src/shared/i18n';
import { tempDir } from '../helpers';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin/quadrant.mjs');

function quadrant(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** main() in-process with some variables of the environment set, as a shell would set them for one command. */
function runWith(env: Record<string, string>, args: string[]) {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return run(args);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('the language of the command line', () => {
  it(
    'is German with --language de and with LANG=de_DE.UTF-8 (the installed command), English by default',
    { timeout: 120_000 },
    () => {
      const dir = tempDir();
      const doc = join(dir, 'Bäckerei.scorecard');
      expect(quadrant(['--language', 'de', 'new', doc])).toMatchObject({ code: 0, out: `${doc} angelegt\n` });
      const missing = quadrant(['score', join(dir, 'nope.scorecard'), '--unknown'], { LANG: 'de_DE.UTF-8' });
      expect(missing.code).toBe(2);
      expect(missing.err).toBe(
        'quadrant score: Unbekannte Option --unknown.\n`quadrant score --help` zeigt den Aufruf.\n',
      );
      const english = run(['score', join(dir, 'nope.scorecard'), '--unknown']);
      expect(english.err).toBe(
        'quadrant score: Unknown option --unknown.\nRun `quadrant score --help` for its usage.\n',
      );
    },
  );

  it('prints its help in the environment’s language; --language wins, anywhere before --, and LC_ALL over LANG', () => {
    const help = runWith({ LANG: 'de_DE.UTF-8' }, ['--help']);
    expect(help.out).toMatch(/^Quadrant — Balanced Scorecards, offline oder für ein ganzes Team\.\n\nAufruf:\n/);
    expect(help.out).toContain('alle KPIs, Ziele und Perspektiven einer Periode bewerten');
    expect(runWith({ LANG: 'de_DE.UTF-8' }, ['help', '--language=fr']).out).toMatch(
      /^Quadrant — tableaux de bord prospectifs/,
    );
    expect(runWith({ LANG: 'de_DE.UTF-8', LC_ALL: 'es_ES.UTF-8' }, ['--help']).out).toContain('\nUso:\n');
    // A French system asking for English gets English words.
    expect(runWith({ LANG: 'fr_FR.UTF-8' }, ['--language', 'en', '--help']).out).toMatch(
      /^Quadrant — balanced scorecards/,
    );
  });

  it('says why it cannot write an output file in German, and leaves the file as it was', () => {
    const dir = tempDir('quadrant-cli-language-files-');
    const doc = join(dir, 'Bäckerei.scorecard');
    expect(run(['new', doc]).code).toBe(0);
    const out = join(dir, 'werte.json');
    expect(run(['export', doc, '--out', out]).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    expect(run(['--language', 'de', 'export', doc, '--out', out])).toMatchObject({
      code: 1,
      err: expect.stringContaining(`${out} existiert bereits (mit --force ersetzen).`),
    });
    expect(run(['--language', 'de', 'export', doc, '--out', dir])).toMatchObject({
      code: 1,
      err: expect.stringContaining(`${dir} ist ein Ordner: Nennen Sie die Datei, die geschrieben werden soll`),
    });
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(run(['--language', 'de', 'due', doc, '--today', '2026-11-20'])).toMatchObject({
      code: 0,
      out: 'Am 2026-11-20 ist nichts fällig: Jeder fällige KPI-Wert liegt vor.\n',
    });
    const fakeLogo = join(dir, 'logo.png');
    writeFileSync(fakeLogo, 'kein Bild');
    expect(() => withLocale('de-DE', () => logoDataUrl(fakeLogo))).toThrow(
      `Das Logo ${fakeLogo} ist kein PNG-, JPEG-, GIF-, WebP- oder SVG-Bild`,
    );
    // And English again without the option.
    expect(run(['export', doc, '--out', out]).err).toContain('already exists (use --force to replace it).');
  });

  it('refuses a language it does not speak as a usage mistake', () => {
    expect(run(['--language', 'jp', 'help'])).toEqual({
      code: 2,
      out: '',
      err: 'quadrant: --language takes en, de, fr or es, not “jp”.\n',
    });
    expect(run(['--language'])).toMatchObject({ code: 2, err: expect.stringContaining('not “”') });
    // The other commands are English again after it (the setup's LANG=C.UTF-8).
    expect(run(['frobnicate']).err).toMatch(/^Unknown command: frobnicate/);
  });
});
