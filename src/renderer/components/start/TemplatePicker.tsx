/**
 * The templates to start from, as one radio group (arrow keys move through it), and a preview of the chosen one:
 * its perspectives, their objectives and each objective's KPIs. A template leaves the targets to the user.
 */
import { useEffect, useId, useState } from 'react';
import { call, errorMessage } from '../../api';
import type { ScorecardTemplate, TemplateSummary } from '../../../shared/templates';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countsOf(t: TemplateSummary): string {
  return [
    plural(t.perspectives, 'perspective'),
    plural(t.objectives, 'objective'),
    plural(t.kpis, 'KPI'),
    plural(t.links, 'link'),
  ].join(' · ');
}

interface PickerProps {
  templates: TemplateSummary[] | null;
  listError: string | null;
  value: string;
  onChange(id: string): void;
  error?: string | undefined;
  /** Focus goes to the chosen template when the picker first shows. */
  autoFocus?: boolean;
}

export function TemplatePicker({ templates, listError, value, onChange, error, autoFocus }: PickerProps) {
  const group = useId();
  return (
    <div className="template-picker">
      <fieldset className="template-list" aria-describedby={error ? `${group}-error` : undefined}>
        <legend>Template</legend>
        {listError ? (
          <p className="form-error" role="alert">
            The templates could not be loaded: {listError}
          </p>
        ) : templates === null ? (
          <p role="status">Loading templates…</p>
        ) : (
          templates.map((t, i) => {
            const id = `${group}-${t.id}`;
            const checked = value === t.id;
            return (
              <label key={t.id} className={`template-choice${checked ? ' is-chosen' : ''}`} htmlFor={id}>
                <input
                  type="radio"
                  id={id}
                  name={group}
                  value={t.id}
                  checked={checked}
                  aria-labelledby={`${id}-name`}
                  aria-describedby={`${id}-about`}
                  // The group is one tab stop: the chosen template, or the first while none is.
                  data-autofocus={autoFocus && (checked || (value === '' && i === 0)) ? true : undefined}
                  onChange={() => onChange(t.id)}
                />
                <span className="template-choice-text">
                  <span id={`${id}-name`} className="template-name">
                    {t.name}
                  </span>
                  <span id={`${id}-about`} className="template-about">
                    <span className="template-industry">{t.industry}</span>
                    <span className="template-description">{t.description}</span>
                    <span className="template-counts">{countsOf(t)}</span>
                  </span>
                </span>
              </label>
            );
          })
        )}
        {error ? (
          <p className="field-error" id={`${group}-error`}>
            <span aria-hidden="true">✕ </span>
            {error}
          </p>
        ) : null}
      </fieldset>
      <TemplatePreview id={value} />
    </div>
  );
}

/** Templates ship with the app and never change while it runs: each is read once, however often it is chosen. */
const previews = new Map<string, Promise<ScorecardTemplate>>();

function TemplatePreview({ id }: { id: string }) {
  const headingId = useId();
  const [shown, setShown] = useState<{ id: string; template?: ScorecardTemplate; error?: string } | null>(null);

  useEffect(() => {
    if (!id) return;
    let live = true;
    let pending = previews.get(id);
    if (!pending) {
      pending = call('template.get', { id });
      previews.set(id, pending);
      // A failed read is asked again next time, not remembered.
      pending.catch(() => previews.delete(id));
    }
    pending.then(
      (template) => live && setShown({ id, template }),
      (err: unknown) => live && setShown({ id, error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (!id) {
    return (
      <section className="template-preview is-empty" aria-label="Preview">
        <p className="field-hint">Choose a template to see its objectives and KPIs.</p>
      </section>
    );
  }
  const current = shown?.id === id ? shown : null;
  const t = current?.template;
  return (
    // A scrolling box with nothing to focus in it: focusable itself, so the keyboard can scroll it too.
    <section className="template-preview" aria-labelledby={headingId} aria-busy={!current || undefined} tabIndex={0}>
      <h3 id={headingId}>{t ? `Preview: ${t.name}` : 'Preview'}</h3>
      {current?.error ? (
        <p className="form-error" role="alert">
          The template could not be read: {current.error}
        </p>
      ) : !t ? (
        <p role="status">Loading the preview…</p>
      ) : (
        <>
          <p className="template-targets-note">
            <strong>Targets are left for you to set.</strong> Every KPI comes with its unit, direction and frequency;
            the numbers to aim for are yours.
          </p>
          {t.perspectives.map((p) => (
            <div key={p.key} className="template-perspective">
              <h4>{p.name}</h4>
              <ul>
                {t.objectives
                  .filter((o) => o.perspective === p.key)
                  .map((o) => {
                    const kpis = t.kpis.filter((k) => k.objective === o.key);
                    return (
                      <li key={o.key}>
                        <span className="template-objective">{o.title}</span>
                        {kpis.length > 0 ? (
                          <span className="template-kpis">
                            <span className="visually-hidden">KPIs: </span>
                            {kpis.map((k) => k.name).join(' · ')}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
