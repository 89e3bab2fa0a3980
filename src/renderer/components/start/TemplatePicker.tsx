/**
 * The templates to start from, as one radio group (arrow keys move through it), and a preview of the chosen one:
 * its perspectives, their objectives and each objective's KPIs. A template leaves the targets to the user.
 */
import { useEffect, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { call, errorMessage } from '../../api';
import type { ScorecardTemplate, TemplateSummary } from '../../../shared/templates';

export function countsOf(t: TemplateSummary): string {
  return [
    translate('plans:templates.perspectives', { count: t.perspectives }),
    translate('plans:templates.objectives', { count: t.objectives }),
    translate('plans:templates.kpis', { count: t.kpis }),
    translate('plans:templates.links', { count: t.links }),
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
  const { t } = useTranslation('plans');
  const group = useId();
  return (
    <div className="template-picker">
      <fieldset className="template-list" aria-describedby={error ? `${group}-error` : undefined}>
        <legend>{t('templates.legend')}</legend>
        {listError ? (
          <p className="form-error" role="alert">
            {t('templates.listError', { error: listError })}
          </p>
        ) : templates === null ? (
          <p role="status">{t('templates.loading')}</p>
        ) : (
          templates.map((tp, i) => {
            const id = `${group}-${tp.id}`;
            const checked = value === tp.id;
            return (
              <label key={tp.id} className={`template-choice${checked ? ' is-chosen' : ''}`} htmlFor={id}>
                <input
                  type="radio"
                  id={id}
                  name={group}
                  value={tp.id}
                  checked={checked}
                  aria-labelledby={`${id}-name`}
                  aria-describedby={`${id}-about`}
                  // The group is one tab stop: the chosen template, or the first while none is.
                  data-autofocus={autoFocus && (checked || (value === '' && i === 0)) ? true : undefined}
                  onChange={() => onChange(tp.id)}
                />
                <span className="template-choice-text">
                  <span id={`${id}-name`} className="template-name">
                    {tp.name}
                  </span>
                  <span id={`${id}-about`} className="template-about">
                    <span className="template-industry">{tp.industry}</span>
                    <span className="template-description">{tp.description}</span>
                    <span className="template-counts">{countsOf(tp)}</span>
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
  const { t } = useTranslation('plans');
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
      <section className="template-preview is-empty" aria-label={t('templates.preview')}>
        <p className="field-hint">{t('templates.choose')}</p>
      </section>
    );
  }
  const current = shown?.id === id ? shown : null;
  const tp = current?.template;
  return (
    // A scrolling box with nothing to focus in it: focusable itself, so the keyboard can scroll it too.
    <section className="template-preview" aria-labelledby={headingId} aria-busy={!current || undefined} tabIndex={0}>
      <h3 id={headingId}>{tp ? t('templates.previewOf', { name: tp.name }) : t('templates.preview')}</h3>
      {current?.error ? (
        <p className="form-error" role="alert">
          {t('templates.readError', { error: current.error })}
        </p>
      ) : !tp ? (
        <p role="status">{t('templates.loadingPreview')}</p>
      ) : (
        <>
          <p className="template-targets-note">
            <Trans t={t} i18nKey="templates.targetsNote" components={{ strong: <strong /> }} />
          </p>
          {tp.perspectives.map((p) => (
            <div key={p.key} className="template-perspective">
              <h4>{p.name}</h4>
              <ul>
                {tp.objectives
                  .filter((o) => o.perspective === p.key)
                  .map((o) => {
                    const kpis = tp.kpis.filter((k) => k.objective === o.key);
                    return (
                      <li key={o.key}>
                        <span className="template-objective">{o.title}</span>
                        {kpis.length > 0 ? (
                          <span className="template-kpis">
                            <span className="visually-hidden">{t('templates.kpisLabel')} </span>
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
