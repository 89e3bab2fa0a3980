/**
 * Hostile imports stay cheap: a file of a million bad rows is refused with its first problems, in bounded memory,
 * and a file that would make JSON.parse build too many values is refused before it is parsed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_VALUES, parseInterchange } from '../../src/main/core/interchange-io';
import { MAX_IMPORT_ISSUES } from '../../src/shared/interchange';
import { fingerprint, tempDir } from '../helpers';

const sample = JSON.parse(readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8')) as Record<string, unknown>;

/** The sample with its notes replaced by `rows` copies of one row, as compact JSON. */
function withNotes(row: string, rows: number): string {
  return JSON.stringify({ ...sample, notes: 'NOTES' }).replace('"NOTES"', `[${`${row},`.repeat(rows - 1)}${row}]`);
}

describe('hostile imports are bounded', () => {
  it('a million bad notes: refused naming the first few problems, in bounded memory, nothing written', () => {
    const dir = tempDir('quadrant-import-limits-');
    const input = join(dir, 'million.json');
    writeFileSync(input, withNotes('{"id":"xxxxxx"}', 1_000_000));
    const before = fingerprint(dir);
    // A heap cap far below what collecting every issue took (3.9 GB): exceeding it kills the child.
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=512', '--import', 'tsx', resolve(__dirname, 'import-child.ts'), input, join(dir, 'out.scorecard')],
      { encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
    );
    expect(child.status, child.stderr.slice(0, 2000)).toBe(0);
    const result = JSON.parse(child.stdout) as { code: number; err: string; maxRssMB: number };
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^quadrant import: Cannot import “million.json”: Not a valid Quadrant JSON file — \$\.notes\[0\]\.entityType: /);
    expect(result.err).toContain('$.notes[0].body:');
    expect(result.err).toContain(`(stopped after the first ${MAX_IMPORT_ISSUES} problems)`);
    expect(result.err).not.toContain('$.notes[1]');
    expect(result.err).not.toMatch(/\n\s+at /);
    // Generous: measured about 215 MB, of which tsx alone is 74 MB.
    expect(result.maxRssMB).toBeLessThan(800);
    expect(fingerprint(dir)).toEqual(before);
  }, 120_000);

  it('too many values for JSON.parse to hold: refused before parsing, whatever their nesting', () => {
    const empties = withNotes('{}', MAX_IMPORT_VALUES / 2 + 1);
    expect(() => parseInterchange(empties)).toThrow(`it holds more than ${MAX_IMPORT_VALUES.toLocaleString('en')} values`);
    expect(() => parseInterchange('['.repeat(MAX_IMPORT_VALUES + 1))).toThrow('values');
    // Brackets and commas inside strings are text, not values: a long note full of them is fine.
    const bracketsInText = withNotes(
      JSON.stringify({ id: 1, entityType: 'scorecard', entityId: 1, period: null, author: '', body: '[{,'.repeat(6000), createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }),
      1,
    );
    expect(parseInterchange(bracketsInText).notes[0]!.body).toHaveLength(18_000);
  });
});
