/** A labelled e-mail, name or password input with its message beside it (as FormFields' TextField, with autocomplete). */
interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  type: 'email' | 'password' | 'text';
  autoComplete: string;
  error?: string | null;
  hint?: string;
  autoFocus?: boolean;
}

export function AuthField(p: Props) {
  const described = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={p.id}>{p.label}</label>
      <div className="field-control">
        <input
          id={p.id}
          name={p.id}
          type={p.type}
          value={p.value}
          autoComplete={p.autoComplete}
          // The screen's one task: its first field takes the focus when the screen appears.
          autoFocus={p.autoFocus}
          aria-invalid={p.error ? true : undefined}
          aria-describedby={described || undefined}
          required
          onChange={(e) => p.onChange(e.target.value)}
        />
      </div>
      {p.hint ? (
        <p className="field-hint" id={`${p.id}-hint`}>
          {p.hint}
        </p>
      ) : null}
      {p.error ? (
        <p className="field-error" id={`${p.id}-error`}>
          <span aria-hidden="true">✕ </span>
          {p.error}
        </p>
      ) : null}
    </div>
  );
}
