/**
 * The PowerPoint deck in the report's language: a German deck of a real copy of the sample reads German (titles,
 * table headers, status words, dates, numbers, chart series), a French one French, and English is unchanged after
 * them. The German deck is opened by LibreOffice, converted to PDF, read back with pdftotext and rendered to PNG
 * under test-results/deck-language/ to be looked at (long German words must stay inside their boxes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, readDeckData } from '../../src/main/core/deck/deck-export';
import type { ReadCore } from '../../src/main/core/handlers/types';
import { createDispatcher } from '../../src/main/core/dispatch';
import { typedPaths } from '../../src/main/core/capabilities';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { currentLocale, setLocale } from '../../src/shared/i18n';
import { client, tempDir } from '../helpers';
import type { SpreadsheetExportResult } from '../../src/shared/sheets';
import { readDeck } from './deck-read';
import ExcelJS from 'exceljs';

const api = client();
const { call } = api;
const OUT = resolve(__dirname, '../../test-results/deck-language');

beforeAll(() => {
  call('document.open', { path: ensureSampleDocument(tempDir('quadrant-deck-language-')) });
  call('action.create', { scorecardId: 1, title: 'Lieferanten anrufen', owner: 'Ana', dueDate: '2026-10-06' });
  call('action.create', { scorecardId: 1, title: 'Preisliste prüfen' });
});
afterAll(() => api.session.close());
afterEach(() => setLocale('en-US'));

/** The deck of the sample's Q3 2026 in a report language, as the app's export builds it, read back from its zip. */
async function deckIn(language: 'de' | 'fr' | 'en') {
  const data = call('report.data', { scorecardIds: [1], period: '2026-Q3', language });
  const actions = call('action.list', { scorecardId: 1 }).filter((a) => a.status === 'open');
  const deck = await buildDeck(data, actions);
  return { data, deck, read: await readDeck(deck.bytes) };
}

const ENGLISH_WORDS = [
  'Executive summary',
  'Overall score',
  'Top risks',
  'On track',
  'At risk',
  'Off track',
  'Perspective score',
  'Owner',
  'How the status is worked out',
  'Open actions',
  'No date',
  'Higher is better',
  'Prepared by',
  'objectives by status',
];

describe('the deck in the report’s language', () => {
  it('reads German: titles, headers, statuses, dates, numbers and chart series', async () => {
    const { data, deck, read } = await deckIn('de');
    expect(data.locale).toBe('de-DE');
    const titles = read.slides.map((s) => s.title);
    expect(titles).toContain('Zusammenfassung');
    expect(titles).toContain('Strategiekarte');
    expect(titles).toContain('Initiativen');
    expect(titles.at(-1)).toBe('Offene Maßnahmen');
    const all = read.slides.map((s) => s.text).join('\n');
    expect(all).toContain('Gesamtwert');
    expect(all).toContain('Größte Risiken');
    expect(all).toMatch(/✓ Im Plan|! Gefährdet|✕ Nicht im Plan/);
    expect(all).toMatch(/Wert der Perspektive \d+ % · (✓ Im Plan|! Gefährdet|✕ Nicht im Plan) · \d+ Ziele? · Q3 2026/);
    expect(all).toContain('So wird der Status ermittelt');
    expect(all).toContain('Verantwortlich');
    // The cover's date and an action's due date as a German reader writes them; an action without one says so.
    expect(read.slides[0]!.text).toMatch(
      /\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
    );
    expect(read.slides.at(-1)!.text).toContain('6. Okt. 2026');
    expect(read.slides.at(-1)!.text).toContain('Ohne Datum');
    expect(read.slides.at(-1)!.text).toContain('Ana');
    // The formula texts come from the engine in German too, with German numbers.
    expect(all).toMatch(/\d+,\d/);
    for (const word of ENGLISH_WORDS) expect(all, word).not.toContain(word);

    const line = read.slides.flatMap((s) => s.charts).find((c) => c.xml.includes('<c:lineChart>'))!;
    expect(line.xml).toContain('<c:v>Ist</c:v>');
    expect(line.xml).toContain('<c:v>Zielwert</c:v>');
    expect(read.outside).toEqual([]);
    expect(deck.fileName).toBe('Harbour & Ember — Company Scorecard Q3 2026.pptx');
    // The deck's words were switched for the deck only: the process is still in English.
    expect(currentLocale()).toBe('en-US');
  });

  it('reads French, and English is as it always was after it', async () => {
    const fr = await deckIn('fr');
    const frText = fr.read.slides.map((s) => s.text).join('\n');
    expect(fr.read.slides.map((s) => s.title)).toContain('Synthèse');
    expect(frText).toContain('Actions ouvertes');
    expect(frText).toMatch(/en bonne voie|En bonne voie|À risque|à risque|Hors trajectoire/);
    expect(frText).toContain('Sans date');

    const en = await deckIn('en');
    const enText = en.read.slides.map((s) => s.text).join('\n');
    expect(en.read.slides[1]!.title).toBe('Executive summary');
    expect(enText).toContain('2 open, by due date');
    expect(enText).toContain('6 Oct 2026');
    expect(enText).toContain('No date');
    expect(enText).toMatch(/Perspective score \d+ % · (✓ On track|! At risk|✕ Off track) · \d+ objectives? · Q3 2026/);
  });

  it('refuses a deck of a document without measurements in the person’s language', () => {
    const empty = client();
    empty.call('document.create', { path: join(tempDir('quadrant-deck-empty-'), 'Leer.scorecard'), name: 'Leer' });
    setLocale('de-DE');
    const read = empty.call as unknown as ReadCore;
    expect(() => readDeckData(read, {})).toThrow(
      'Die Scorecard hat noch keine Messwerte: Wählen Sie einen Zeitraum für die Präsentation.',
    );
    setLocale('en-US');
    expect(() => readDeckData(read, {})).toThrow(
      'The scorecard has no measurements yet: choose a period for the deck.',
    );
    empty.session.close();
  });
});

describe('the incentive workbook in the person’s language', () => {
  it('refuses without a plan, then names its file, its kinds and its plan line in German; headers stay English', async () => {
    const exportIn = (locale: string) => {
      setLocale(locale);
      return createDispatcher(api.session, typedPaths)('incentive.export', { scorecardId: 1, period: '2026-Q3' });
    };
    const refused = await exportIn('de-DE');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe(
      'Diese Scorecard hat keinen Anreizplan zum Exportieren: Legen Sie zuerst einen an.',
    );
    setLocale('en-US');
    call('incentive.setPlan', { scorecardId: 1, threshold: 50.5, cap: 150 });
    const r = await exportIn('de-DE');
    if (!r.ok) throw new Error(r.error.message);
    const file = r.value as SpreadsheetExportResult;
    expect(file.fileName).toBe('Harbour & Ember — Company Scorecard Anreize Q3 2026.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64!, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Factors', 'Lines']);
    const factors = book.getWorksheet('Factors')!;
    expect(factors.getRow(1).values).toContain('Person');
    const cells = factors
      .getSheetValues()
      .flatMap((v) => (Array.isArray(v) ? v : []))
      .map(String);
    expect(cells.find((c) => c.startsWith('Plan: '))).toMatch(/^Plan: Schwelle 50,5 %, Obergrenze 150 %\. /);
    // The formulas come from the engine in German too: a decimal comma.
    expect(cells.join(' ')).toMatch(/\d,\d\d/);
    const kinds = book.getWorksheet('Lines')!.getColumn(2).values.slice(2);
    expect(kinds).toContain('KPI');
    expect(kinds).not.toContain('Objective');
  });
});

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0,
);
const poppler = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).status === 0;
const SKIP = 'LibreOffice test skipped: no soffice (LibreOffice Impress) and poppler-utils on this machine';

describe('the German deck in LibreOffice', () => {
  (soffice && poppler ? it : it.skip)(
    soffice && poppler ? 'converts to a PDF that reads German, rendered to PNG' : SKIP,
    async () => {
      const { deck } = await deckIn('de');
      rmSync(OUT, { recursive: true, force: true });
      mkdirSync(OUT, { recursive: true });
      const file = join(OUT, 'deck-de.pptx');
      writeFileSync(file, deck.bytes);
      const profile = `file://${tempDir('quadrant-lo-')}`;
      const converted = spawnSync(
        soffice!,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, file],
        { timeout: 180_000, encoding: 'utf8' },
      );
      expect(converted.status, converted.stderr).toBe(0);
      const pdf = join(OUT, 'deck-de.pdf');
      const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const words of ['Zusammenfassung', 'Gesamtwert', 'Größte Risiken', 'Strategiekarte', 'Offene Maßnahmen'])
        expect(text).toContain(words);
      expect(text).toMatch(/Im Plan|Gefährdet|Nicht im Plan/);
      for (const word of ['Executive summary', 'Top risks', 'Open actions']) expect(text).not.toContain(word);
      expect(spawnSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, 'slide')]).status).toBe(0);
    },
    240_000,
  );
});
