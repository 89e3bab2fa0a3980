/** Turning form text into API payloads and API/zod issues into messages beside fields. */
import type { z } from 'zod';
import type { FieldIssue } from '../shared/errors';
import { t as translate } from '../shared/i18n';

export type FieldErrors = Partial<Record<string, string>>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A number as people type it: '1200', '-3.5', '1,200.50' (thousands commas), '12 %' is not a number.
 * Empty means "not set" (null).
 */
export function parseOptionalNumber(text: string): Parsed<number | null> {
  const t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { ok: true, value: null };
  // Thousands never follow a leading 0: "0,125" is refused here (never read as 125), as the grid reads it as 0.125.
  const plain = /^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain))
    return { ok: false, message: translate('shell:form.notANumber') };
  const n = Number(plain);
  if (!Number.isFinite(n)) return { ok: false, message: translate('shell:form.notFinite') };
  return { ok: true, value: n };
}

export function parseRequiredNumber(text: string): Parsed<number> {
  const r = parseOptionalNumber(text);
  if (r.ok && r.value === null) return { ok: false, message: translate('shell:form.required') };
  return r as Parsed<number>;
}

/** Text for a number field: plain digits, no grouping, so it parses back to the same value. */
export function numberText(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n);
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
