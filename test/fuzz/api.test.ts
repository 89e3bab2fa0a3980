/**
 * Hostile API calls: for every method of the contract, payloads generated from its zod schema — each field given
 * every wrong type, NaN, Infinity, negative and fractional ids, huge strings and arrays, nested garbage; required
 * fields left out; extra and prototype-pollution keys; payloads that are not objects at all. Each must come back
 * as `{ ok: false, error: { code: 'VALIDATION' } }` naming the field, nothing may throw past dispatch, and the
 * document must export exactly as before. Well-formed calls naming rows that do not exist must fail with a code
 * too (NOT_FOUND, VALIDATION or CONFLICT), or change nothing.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatchSync } from '../../src/main/core/dispatch';
import { writeSampleDocument } from '../../src/main/core/first-run';
import { Session } from '../../src/main/core/session';
import { contract, methodNames, type Method } from '../../src/shared/contract';
import type { Result } from '../../src/shared/errors';
import { tempDir } from '../helpers';

const nested = (depth: number): unknown => (depth === 0 ? 'deep' : { a: [nested(depth - 1)] });

/** Values tried in every field: the ones the field's schema refuses make the payload invalid. */
const WRONG: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -987_654,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  2 ** 53 + 2,
  '',
  ' ',
  'x',
  '12',
  '2026-13',
  '2026-Q5',
  '#zzzzzz',
  'A'.repeat(100_001),
  [],
  [1, 'two', null],
  Array.from({ length: 100_001 }, () => 1),
  {},
  { id: 1 },
  nested(200),
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
];

/** Candidates for a field's valid value, tried in order: the first one the schema accepts is used. */
const VALID: unknown[] = [
  1,
  'Fuzzed',
  '2026-Q1',
  '2026-01',
  '2026',
  '#112233',
  '2026-01-01',
  '2026-01-01T00:00:00.000Z',
  'https://example.com/',
  true,
  null,
  [],
  [1],
  'increase',
  'kpi',
];

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
}

function validFor(field: z.ZodType): { ok: boolean; value?: unknown } {
  const options = field instanceof z.ZodEnum ? (field.options as unknown[]) : [];
  for (const v of [...options, ...VALID]) if (field.safeParse(v).success) return { ok: true, value: v };
  return { ok: false };
}

interface Payload {
  what: string;
  input: unknown;
  /** The field the payload breaks, when everything else in it is valid. */
  field?: string;
}

function hostilePayloads(method: Method): { payloads: Payload[]; baseline: Record<string, unknown> | null } {
  const schema = contract[method].input as z.ZodType;
  const payloads: Payload[] = [];
  for (const v of [[], 'x', 42, true, [{}]]) payloads.push({ what: `payload ${JSON.stringify(v)}`, input: v });
  const shape = shapeOf(schema);
  if (!shape) return { payloads, baseline: null };
  const baseline: Record<string, unknown> = {};
  let complete = true;
  for (const [key, field] of Object.entries(shape)) {
    if (field.safeParse(undefined).success) continue;
    const valid = validFor(field);
    if (valid.ok) baseline[key] = valid.value;
    else complete = false;
  }
  const baselineValid = complete && schema.safeParse(baseline).success;
  for (const [key, field] of Object.entries(shape)) {
    for (const wrong of WRONG) {
      if (field.safeParse(wrong).success) continue;
      payloads.push({
        what: `${key} = ${String(JSON.stringify(wrong)).slice(0, 40)}`,
        input: { ...baseline, [key]: wrong },
        field: baselineValid ? key : undefined,
      });
    }
    if (!field.safeParse(undefined).success && key in baseline) {
      const { [key]: _dropped, ...rest } = baseline;
      payloads.push({ what: `without ${key}`, input: rest, field: baselineValid ? key : undefined });
    }
  }
  payloads.push({ what: 'an extra key', input: { ...baseline, sneaky: 1 } });
  payloads.push({
    what: 'a __proto__ key',
    input: JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(baseline).slice(1)}`.replace(', }', '}')),
  });
  payloads.push({ what: 'a constructor key', input: { ...baseline, constructor: { prototype: { polluted: 1 } } } });
  return {
    payloads: payloads.filter((p) => !schema.safeParse(p.input ?? {}).success),
    baseline: baselineValid ? baseline : null,
  };
}

/** Calls that would change which document is open, or files, even with a valid-shaped payload. */
const NOT_PROBED = /^(document\.|backup\.|history\.)|^report\.settings\.set$|^shell\./;

describe('hostile API calls', () => {
  it('are refused with VALIDATION for every method, never throw, and change nothing', () => {
    const path = join(tempDir(), 'sample.scorecard');
    writeSampleDocument(path);
    const session = new Session({ mode: 'web' });
    const call = (method: string, input: unknown): Result<unknown> => {
      try {
        return dispatchSync(session, method, input);
      } catch (err) {
        throw new Error(`${method} threw past dispatch: ${(err as Error).message}`);
      }
    };
    expect(call('document.open', { path }).ok).toBe(true);
    const before = call('document.export', {});
    let total = 0;
    let probes = 0;
    let named = 0;
    for (const method of methodNames) {
      const { payloads, baseline } = hostilePayloads(method);
      expect(payloads.length, method).toBeGreaterThan(4);
      for (const p of payloads) {
        const r = call(method, p.input);
        expect(r.ok, `${method} with ${p.what}`).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, `${method} with ${p.what}: ${r.error.message}`).toBe('VALIDATION');
        if (p.field) named++;
        if (p.field)
          expect(
            r.error.issues?.map((i) => i.path[0]),
            `${method} with ${p.what}`,
          ).toContain(p.field);
        total++;
      }
      // Well-formed, but every id points nowhere.
      if (baseline && !NOT_PROBED.test(method) && Object.values(baseline).includes(1)) {
        const ghost = Object.fromEntries(Object.entries(baseline).map(([k, v]) => [k, v === 1 ? 987_654 : v]));
        const r = call(method, ghost);
        if (!r.ok)
          expect(['NOT_FOUND', 'VALIDATION', 'CONFLICT'], `${method}: ${r.error.message}`).toContain(r.error.code);
        probes++;
      }
    }
    for (const m of ['', '__proto__', 'constructor', 'toString', 'kpi.update.x', 'KPI.UPDATE', 42, null, {}]) {
      expect(call(m as string, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(call('document.export', {})).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    console.log(
      `${total} hostile payloads over ${methodNames.length} methods refused with VALIDATION (${named} of them checked to name the broken field); ${probes} calls on missing rows refused or harmless; the document is unchanged`,
    );
    session.close();
  }, 120_000);
});
