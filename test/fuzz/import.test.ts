/**
 * Hostile JSON imports, generated from the sample with a fixed seed: truncated and random JSON, wrong types,
 * missing keys, huge strings, deep nesting, NaN/Infinity tokens, prototype-pollution keys, dangling references
 * and duplicate ids. Each must be refused with BAD_IMPORT naming the file, no file on disk may change (a failed
 * import over an existing document leaves it byte for byte), and Object.prototype must stay clean.
 * FUZZ_IMPORTS sets how many refused inputs to reach (default 1,000).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { importJsonFile } from '../../src/main/core/interchange-io';
import { AppError } from '../../src/shared/errors';
import { rng } from '../crash/model';
import { fingerprint, tempDir } from '../helpers';
import { mutate } from './mutate-json';

const target = Number(process.env['FUZZ_IMPORTS'] ?? 1000);
const sampleText = readFileSync(join(__dirname, '../../resources/sample.json'), 'utf8');

describe('importing hostile JSON', () => {
  it(`refuses ${target} malformed inputs clearly and changes no file`, () => {
    const dir = tempDir('quadrant-fuzz-import-');
    const existing = join(dir, 'existing.scorecard');
    writeSampleDocument(existing);
    const random = rng(7_2026);
    const doc = JSON.parse(sampleText);
    const refused: Record<string, number> = {};
    const accepted: Record<string, number> = {};
    let rejectedCount = 0;
    for (let i = 0; rejectedCount < target && i < target * 3; i++) {
      const { kind, text } = mutate(random, sampleText, doc);
      const name = `input-${i}.json`;
      const input = join(dir, name);
      writeFileSync(input, text);
      // Every tenth input tries to replace the existing document: a refused import must leave it as it was.
      const out = i % 10 === 0 ? existing : join(dir, 'new.scorecard');
      const before = fingerprint(dir);
      let error: unknown;
      try {
        importJsonFile(input, out, out === existing).close();
      } catch (err) {
        error = err;
      }
      if (error === undefined) {
        // Some damage leaves a valid document (a digit changed, a nullable field nulled): that is no failure.
        accepted[kind] = (accepted[kind] ?? 0) + 1;
        rmSync(out);
        if (out === existing) writeSampleDocument(existing);
      } else {
        expect(error, `${kind} #${i}`).toBeInstanceOf(AppError);
        expect((error as AppError).code, `${kind} #${i}: ${(error as Error).message}`).toBe('BAD_IMPORT');
        expect((error as AppError).message).toContain(`“${name}”`);
        expect(fingerprint(dir), `${kind} #${i} changed a file`).toEqual(before);
        refused[kind] = (refused[kind] ?? 0) + 1;
        rejectedCount++;
      }
      rmSync(input);
    }
    console.log(
      `${rejectedCount} malformed imports refused with BAD_IMPORT, files unchanged: ${JSON.stringify(refused)}; ` +
        `valid after mutation (imported): ${JSON.stringify(accepted)}`,
    );
    expect(rejectedCount).toBe(target);
    for (const kind of ['truncated', 'wrong-type', 'huge-string', 'deep-nesting', 'non-finite', 'prototype-keys']) {
      expect(refused[kind], kind).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 300_000);

  it('accepts a file that starts with a byte-order mark, as Windows editors write it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${sampleText}`);
    importJsonFile(join(dir, 'bom.json'), join(dir, 'bom.scorecard')).close();
  });
});
