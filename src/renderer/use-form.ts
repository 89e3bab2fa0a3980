/** Form state, submit with client-side validation, server validation mapped onto fields. */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiCallError, errorMessage } from './api';
import { serverIssues, validatePayload, type FieldErrors, type PayloadBuilder } from './form-kit';

export interface SubmitPlan {
  /** Builds the payload from the values; number fields that do not parse are reported here. */
  build(): PayloadBuilder;
  schema: z.ZodType;
  send(payload: Record<string, unknown>): Promise<unknown>;
}

export function useForm<V extends object>(initial: V) {
  const formId = useId().replace(/:/g, '');
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const fieldNames = useRef<string[]>(Object.keys(initial));

  /** After a failed submit, move focus to the first field with a message. */
  useEffect(() => {
    if (attempt === 0) return;
    const first = document.querySelector<HTMLElement>(`[data-form="${formId}"] [aria-invalid="true"]`);
    first?.focus();
  }, [attempt, formId]);

  const set = useCallback(<K extends keyof V>(name: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    setErrors((prev) => (prev[name as string] ? { ...prev, [name as string]: undefined } : prev));
  }, []);

  /** Props for a field component: id, value, message and change handler. */
  function field<K extends keyof V & string>(name: K) {
    return {
      id: `${formId}-${name}`,
      name,
      value: values[name],
      error: errors[name],
      onChange: (v: V[K]) => set(name, v),
    };
  }

  /** Shows messages found by a form's own checks (choices zod cannot see) and focuses the first. */
  function reject(fieldErrors: FieldErrors): void {
    setErrors(fieldErrors);
    setAttempt((n) => n + 1);
  }

  async function submit(plan: SubmitPlan): Promise<boolean> {
    setFormError(null);
    const built = plan.build();
    const checked = validatePayload(plan.schema, built.payload, fieldNames.current);
    const fieldErrors: FieldErrors = { ...checked.fields, ...built.errors };
    if (Object.values(fieldErrors).some(Boolean) || checked.other.length > 0) {
      setErrors(fieldErrors);
      if (checked.other.length > 0) setFormError(checked.other.join('; '));
      setAttempt((n) => n + 1);
      return false;
    }
    setBusy(true);
    try {
      await plan.send(built.payload);
      return true;
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0) {
        const mapped = serverIssues(err.issues, fieldNames.current);
        setErrors(mapped.fields);
        // A refusal other than plain validation (a CONFLICT naming a field) keeps its full sentence on top.
        const top = err.code === 'VALIDATION' ? mapped.other.join('; ') : err.message;
        setFormError(top || null);
        setAttempt((n) => n + 1);
      } else {
        setFormError(errorMessage(err));
      }
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { formId, values, set, field, errors, setErrors, reject, formError, setFormError, busy, setBusy, submit };
}

export type FormApi<V extends object> = ReturnType<typeof useForm<V>>;
