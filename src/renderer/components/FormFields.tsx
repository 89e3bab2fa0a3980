/** Labelled fields whose message sits beside them and is announced with the field (aria-describedby). */
import type { ReactNode } from 'react';

interface Base {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string | undefined; hint?: ReactNode }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

interface TextFieldProps extends Base {
  value: string;
  onChange(value: string): void;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'color';
  inputMode?: 'text' | 'decimal' | 'numeric';
  placeholder?: string;
  autoFocus?: boolean;
  maxLength?: number;
  suffix?: string;
  /** The id of a <datalist> of suggestions (an input only). */
  list?: string;
}

export function TextField(p: TextFieldProps) {
  const common = {
    id: p.id,
    name: p.name,
    value: p.value,
    'aria-invalid': p.error ? true : undefined,
    'aria-describedby': describedBy(p.id, p.error, p.hint),
    'aria-required': p.required || undefined,
    placeholder: p.placeholder,
    maxLength: p.maxLength,
    'data-autofocus': p.autoFocus || undefined,
  };
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={p.id}>
        {p.label}
        {p.required ? (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      <div className="field-control">
        {p.multiline ? (
          <textarea {...common} rows={p.rows ?? 3} onChange={(e) => p.onChange(e.target.value)} />
        ) : (
          <input
            {...common}
            type={p.type ?? 'text'}
            inputMode={p.inputMode}
            list={p.list}
            autoComplete="off"
            spellCheck={p.inputMode === 'decimal' ? false : undefined}
            onChange={(e) => p.onChange(e.target.value)}
          />
        )}
        {p.suffix ? <span className="field-suffix">{p.suffix}</span> : null}
      </div>
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

/** A number typed as text, so "abc" can be typed and answered with a message instead of being swallowed. */
export function NumberField(p: Omit<TextFieldProps, 'inputMode' | 'type' | 'multiline'>) {
  return <TextField {...p} inputMode="decimal" className={`number-field ${p.className ?? ''}`} />;
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Base {
  value: string;
  onChange(value: string): void;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  autoFocus?: boolean;
  disabled?: boolean;
}

export function SelectField(p: SelectFieldProps) {
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <select
        id={p.id}
        name={p.name}
        value={p.value}
        disabled={p.disabled}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        data-autofocus={p.autoFocus || undefined}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {p.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {p.groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

interface CheckboxFieldProps extends Omit<Base, 'error'> {
  value: boolean;
  onChange(value: boolean): void;
  error?: string | undefined;
}

export function CheckboxField(p: CheckboxFieldProps) {
  return (
    <div className={`field field-checkbox ${p.className ?? ''}`}>
      <input
        type="checkbox"
        id={p.id}
        name={p.name}
        checked={p.value}
        aria-describedby={describedBy(p.id, p.error, p.hint)}
        onChange={(e) => p.onChange(e.target.checked)}
      />
      <label htmlFor={p.id}>{p.label}</label>
      <Messages id={p.id} error={p.error} hint={p.hint} />
    </div>
  );
}

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: readonly Option[];
  value: number[];
  onChange(value: number[]): void;
  error?: string | undefined;
  empty?: string;
}

export function CheckboxGroup(p: CheckboxGroupProps) {
  const toggle = (v: number, on: boolean) => p.onChange(on ? [...p.value, v] : p.value.filter((x) => x !== v));
  return (
    <fieldset className="field checkbox-group" aria-describedby={p.error ? `${p.id}-error` : undefined}>
      <legend>{p.legend}</legend>
      {p.options.length === 0 ? <p className="field-hint">{p.empty}</p> : null}
      <div className="checkbox-list">
        {p.options.map((o) => {
          const v = Number(o.value);
          const id = `${p.id}-${o.value}`;
          return (
            <div className="field-checkbox" key={o.value}>
              <input
                type="checkbox"
                id={id}
                checked={p.value.includes(v)}
                onChange={(e) => toggle(v, e.target.checked)}
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
      <Messages id={p.id} error={p.error} />
    </fieldset>
  );
}

export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="field-row">{children}</div>;
}
