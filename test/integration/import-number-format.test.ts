/**
 * Text numbers in a CSV file read the way the person's language writes them, unless the file itself says otherwise:
 * real CSV files on disk, read by the real reader, previewed and applied through the real dispatch in German and in
 * English. An English file opened by a German person is read the English way as soon as one of its numbers shows
 * it; a file that shows nothing is read as the person's language writes numbers; the person can choose; a file that
 * writes decimals both ways has its undecidable numbers refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { readSpreadsheet } from '../../src/main/core/spreadsheet-read';
import { setLocale } from '../../src/shared/i18n';
import type { ImportMapping, ImportPreview } from '../../src/shared/sheets';
import { client, tempDir } from '../helpers';

afterEach(() => setLocale('en-US'));

function sampleDocument() {
  const dir = tempDir('quadrant-import-numbers-');
  const path = join(dir, 'Harbour.scorecard');
  writeSampleDocument(path);
  const api = client();
  api.call('document.open', { path });
  const kpi = (name: string) => api.call('kpi.list', { scorecardId: 1 }).find((k) => k.name === name)!;
  const value = (name: string, period: string) =>
    api.call('measurement.list', { kpiId: kpi(name).id }).find((m) => m.period === period)?.actual ?? null;
  return { dir, api, value };
}

/** Writes a CSV file and reads it back as the import's first step does. */
async function csvFile(dir: string, name: string, lines: string[]) {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
  return (await readSpreadsheet(name, readFileSync(file))).sheets[0]!;
}

const values = (p: ImportPreview) => p.cells.map((c) => (c.verdict === 'invalid' ? `invalid: ${c.reason}` : c.value));

describe('text numbers in a CSV file, per language', () => {
  it('reads an English file the English way for a German person, as soon as one number shows it', async () => {
    setLocale('de-DE');
    const { dir, api, value } = sampleDocument();
    const sheet = await csvFile(dir, 'english.csv', [
      'KPI,Q3 2030,Q4 2030',
      'Total revenue,"1,234","2,500.75"',
      'Wholesale revenue,"1,500","1,600"',
    ]);
    const preview = api.call('import.preview', { scorecardId: 1, sheet });
    expect(preview.numbers).toEqual({ decimal: '.', from: 'sheet' });
    expect(values(preview)).toEqual([1234, 2500.75, 1500, 1600]);
    api.call('import.apply', { scorecardId: 1, sheet, fileName: 'english.csv' });
    expect(value('Total revenue', '2030-Q3')).toBe(1234);
    expect(value('Wholesale revenue', '2030-Q4')).toBe(1600);
  });

  it('reads a German file the German way, and a file that shows nothing as the person’s language writes numbers', async () => {
    setLocale('de-DE');
    const { dir, api } = sampleDocument();
    const german = await csvFile(dir, 'deutsch.csv', ['KPI;Q3 2030;Q4 2030', 'Total revenue;1.234;2.500,75']);
    const read = api.call('import.preview', { scorecardId: 1, sheet: german });
    expect(read.numbers).toEqual({ decimal: ',', from: 'sheet' });
    expect(values(read)).toEqual([1234, 2500.75]);

    const silent = await csvFile(dir, 'silent.csv', [
      'KPI;Q3 2030',
      'Total revenue;"1,234"',
      'Wholesale revenue;1.500',
    ]);
    const inGerman = api.call('import.preview', { scorecardId: 1, sheet: silent });
    expect(inGerman.numbers).toEqual({ decimal: ',', from: 'language' });
    expect(values(inGerman)).toEqual([1.234, 1500]);
    setLocale('en-US');
    const inEnglish = api.call('import.preview', { scorecardId: 1, sheet: silent });
    expect(inEnglish.numbers).toEqual({ decimal: '.', from: 'language' });
    expect(values(inEnglish)).toEqual([1234, 1.5]);
  });

  it('reads as the person chooses, and refuses what a sheet written both ways cannot decide', async () => {
    setLocale('de-DE');
    const { dir, api } = sampleDocument();
    const silent = await csvFile(dir, 'silent.csv', ['KPI,Q3 2030', 'Total revenue,"1,234"']);
    const detected = api.call('import.preview', { scorecardId: 1, sheet: silent });
    const mapping: ImportMapping = { ...detected.mapping, decimal: '.' };
    const chosen = api.call('import.preview', { scorecardId: 1, sheet: silent, mapping });
    expect(chosen.numbers).toEqual({ decimal: '.', from: 'choice' });
    expect(values(chosen)).toEqual([1234]);

    const mixed = await csvFile(dir, 'mixed.csv', ['KPI,Q3 2030,Q4 2030,Q1 2031', 'Total revenue,"1,234","2,5",0.5']);
    const refused = api.call('import.preview', { scorecardId: 1, sheet: mixed });
    expect(refused.numbers.from).toBe('mixed');
    expect(values(refused)[0]).toMatch(
      /^invalid: „1,234“ könnte 1234 oder 1,234 sein: Das Blatt schreibt Dezimalstellen/,
    );
  });
});
