/** Turning form text into API payloads and API/zod issues into messages beside fields. */
import type { z } from 'zod';
import type { FieldIssue } from '../shared/errors';
import { t as translate } from '../shared/i18n';
import { editText, parseNumberInput } from '../shared/number-input';

export type FieldErrors = Partial<Record<string, string>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A number as people type it, in the locale's own writing (shared/number-input.ts): '1200', '-3.5', '1,200.50' in
 * English, '1.200,50' in German; an ambiguous entry is refused with the reason, never guessed. Empty means "not set".
 */
export function parseOptionalNumber(text: string): Parsed<number | null> {
  const read = parseNumberInput(text);
  return read.ok ? { ok: true, value: read.value } : { ok: false, message: read.reason };
}

export function parseRequiredNumber(text: string): Parsed<number> {
  const r = parseOptionalNumber(text);
  if (r.ok && r.value === null) return { ok: false, message: translate('shell:form.required') };
  return r as Parsed<number>;
}

/** Text for a number field: the locale's decimal separator and no grouping, so it parses back to the same value. */
export function numberText(n: number | null | undefined): string {
  return editText(n);
}

/** Collects parse results into a payload, and parse failures into field errors. */
export class PayloadBuilder {
  readonly errors: FieldErrors = {};
  readonly payload: Record<string, unknown> = {};
  set(field: string, value: unknown): this {
    this.payload[field] = value;
    return this;
  }
  number(field: string, text: string, required = false): this {
    const r = required ? parseRequiredNumber(text) : parseOptionalNumber(text);
    if (r.ok) this.payload[field] = r.value;
    else this.errors[field] = r.message;
    return this;
  }
  /** A whole number (days, counts): a fraction is answered in words rather than with the schema's "expected int". */
  wholeNumber(field: string, text: string, required = false): this {
    this.number(field, text, required);
    const n = this.payload[field];
    if (typeof n === 'number' && !Number.isInteger(n)) this.errors[field] = translate('shell:form.notWhole');
    return this;
  }
  /** An optional text that the API stores as null when empty (dates). */
  nullable(field: string, text: string): this {
    this.payload[field] = text.trim() === '' ? null : text.trim();
    return this;
  }
}

/** Issues on known fields go beside them; the rest become one message for the top of the form. */
export function splitIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: readonly string[],
): { fields: FieldErrors; other: string[] } {
  const out: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && fields.includes(key)) {
      out[key] ??= issue.message;
    } else {
      other.push(key === undefined ? issue.message : `${String(key)}: ${issue.message}`);
    }
  }
  return { fields: out, other };
}

/** Client-side check with the same schema the server applies. */
export function validatePayload(
  schema: z.ZodType,
  payload: unknown,
  fields: readonly string[],
): { fields: FieldErrors; other: string[] } {
  const result = schema.safeParse(payload);
  if (result.success) return { fields: {}, other: [] };
  return splitIssues(result.error.issues, fields);
}

export function serverIssues(
  issues: readonly FieldIssue[],
  fields: readonly string[],
): { fields: FieldErrors; other: string[] } {
  return splitIssues(issues, fields);
}
