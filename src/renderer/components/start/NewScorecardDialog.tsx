/**
 * New scorecard: start blank, from a template, or as a copy of one of the document's scorecards (its structure
 * only, or with its values and notes). The new scorecard is made by one call, one undo step, and shown at once.
 * With no document open, blank and template make a new document file whose first scorecard it is.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../../../shared/i18n';
import { ApiCallError, call, errorMessage, isElectron } from '../../api';
import { contract } from '../../../shared/contract';
import { copyName } from '../../../shared/copy-name';
import { scorecardDefaults } from '../../../shared/defaults';
import type { TemplateSummary } from '../../../shared/templates';
import { PayloadBuilder } from '../../form-kit';
import { useDocumentStore } from '../../stores/document-store';
import { useForm } from '../../use-form';
import { FormDialog } from '../FormDialog';
import { CalendarFields } from '../ScorecardForm';
import { CheckboxField, FieldRow, SelectField, TextField } from '../FormFields';
import { TemplatePicker } from './TemplatePicker';
import '../../styles/new-scorecard.css';

type Choice = 'blank' | 'template' | 'copy';
type CopyKind = 'structure' | 'data';

interface ChoiceOption<T extends string> {
  value: T;
  label: string;
  about: string;
}

/** Computed at render, so a change of language shows at once. */
const choiceOptions = (): readonly ChoiceOption<Choice>[] =>
  (['blank', 'template', 'copy'] as const).map((value) => ({
    value,
    label: translate(`plans:newScorecard.choices.${value}.label`),
    about: translate(`plans:newScorecard.choices.${value}.about`),
  }));

const copyKinds = (): readonly ChoiceOption<CopyKind>[] =>
  (['structure', 'data'] as const).map((value) => ({
    value,
    label: translate(`plans:newScorecard.copyKinds.${value}.label`),
    about: translate(`plans:newScorecard.copyKinds.${value}.about`),
  }));

/** Radio buttons with a line about each: one tab stop, arrow keys choose. */
function ChoiceGroup<T extends string>(p: {
  legend: string;
  options: readonly ChoiceOption<T>[];
  value: T;
  onChange(value: T): void;
  autoFocus?: boolean;
}) {
  const group = useId();
  return (
    <fieldset className="start-choices">
      <legend>{p.legend}</legend>
      {p.options.map((c) => {
        const id = `${group}-${c.value}`;
        const checked = p.value === c.value;
        return (
          <label key={c.value} htmlFor={id} className={`start-choice${checked ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              id={id}
              name={group}
              value={c.value}
              checked={checked}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-about`}
              data-autofocus={(p.autoFocus && checked) || undefined}
              onChange={() => p.onChange(c.value)}
            />
            <span className="start-choice-text">
              <span className="start-choice-label" id={`${id}-label`}>
                {c.label}
              </span>
              <span className="start-choice-about" id={`${id}-about`}>
                {c.about}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** Where a new document goes: the native dialog in the app, a typed path in the browser (.scorecard added). */
async function newDocumentPath(typed: string): Promise<string | null> {
  if (isElectron()) return (await call('file.choose', { purpose: 'create' }))?.path ?? null;
  const path = typed.trim();
  return /\.[^/\\.]+$/.test(path) ? path : `${path}.scorecard`;
}

export function NewScorecardDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('plans');
  const run = useDocumentStore((s) => s.run);
  const scorecards = useDocumentStore((s) => s.scorecards);
  const shown = useDocumentStore((s) => s.tree?.scorecard);
  const hasDocument = useDocumentStore((s) => s.info !== null);
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [exists, setExists] = useState(false);
  const form = useForm({
    choice: 'blank' as Choice,
    name: '',
    fiscalYearStartMonth: String(scorecardDefaults.fiscalYearStartMonth),
    granularity: scorecardDefaults.granularity as string,
    template: '',
    id: String(shown?.id ?? scorecards[0]?.id ?? ''),
    withData: 'structure' as CopyKind,
    path: '',
    overwrite: false,
  });
  const v = form.values;
  const copied = scorecards.find((s) => String(s.id) === v.id);
  const chosenTemplate = templates?.find((tp) => tp.id === v.template);

  useEffect(() => {
    if (v.choice !== 'template' || templates !== null) return;
    let live = true;
    call('template.list', {}).then(
      (list) => live && setTemplates(list),
      (err: unknown) => live && setListError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [v.choice, templates]);

  /** A new document: the file first, then its first scorecard, blank (with the settings chosen) or from a template. */
  async function createDocument(): Promise<void> {
    if (!isElectron() && (!v.path.trim() || /[/\\]$/.test(v.path.trim()))) {
      return form.reject({ path: v.path.trim() ? t('newScorecard.addFileName') : t('newScorecard.pathRequired') });
    }
    if (v.choice === 'template' && !v.template) return form.reject({ template: t('newScorecard.chooseTemplate') });
    form.setFormError(null);
    form.setBusy(true);
    try {
      const path = await newDocumentPath(v.path);
      if (path === null) return form.setBusy(false);
      const name = v.name.trim() || undefined;
      // The native dialog has already asked before replacing a file.
      const overwrite = v.overwrite || isElectron();
      await useDocumentStore
        .getState()
        .createDocument(path, name, overwrite, v.choice === 'template' ? v.template : undefined);
      const created = useDocumentStore.getState().tree?.scorecard;
      const settings = {
        fiscalYearStartMonth: Number(v.fiscalYearStartMonth),
        granularity: v.granularity as 'month' | 'quarter',
      };
      if (
        v.choice === 'blank' &&
        created &&
        (settings.fiscalYearStartMonth !== created.fiscalYearStartMonth || settings.granularity !== created.granularity)
      ) {
        await run('scorecard.update', { id: created.id, ...settings });
      }
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.code === 'FILE_EXISTS') setExists(true);
      const onPath = err instanceof ApiCallError ? err.issues.find((i) => i.path[0] === 'path') : undefined;
      if (onPath) form.reject({ path: onPath.message });
      else form.setFormError(errorMessage(err));
      form.setBusy(false);
    }
  }

  async function create(): Promise<void> {
    if (!hasDocument) return createDocument();
    if (v.choice === 'template' && !v.template) return form.reject({ template: t('newScorecard.chooseTemplate') });
    const name = v.name.trim();
    const ok = await form.submit(
      v.choice === 'blank'
        ? {
            schema: contract['scorecard.create'].input,
            build: () =>
              new PayloadBuilder()
                .set('name', v.name)
                .set('fiscalYearStartMonth', Number(v.fiscalYearStartMonth))
                .set('granularity', v.granularity),
            send: (payload) => run('scorecard.create', payload as { name: string }),
          }
        : v.choice === 'template'
          ? {
              schema: contract['scorecard.fromTemplate'].input,
              build: () => new PayloadBuilder().set('template', v.template).set('name', name || undefined),
              send: (payload) => run('scorecard.fromTemplate', payload as { template: string }),
            }
          : {
              schema: contract['scorecard.copy'].input,
              build: () =>
                new PayloadBuilder()
                  .set('id', Number(v.id))
                  .set('name', name || undefined)
                  .set('withData', v.withData === 'data'),
              send: (payload) => run('scorecard.copy', payload as { id: number; withData: boolean }),
            },
    );
    if (ok) onClose();
  }

  const choices = hasDocument ? choiceOptions() : choiceOptions().filter((c) => c.value !== 'copy');
  // A new document's scorecard is named after its file unless named here (as document.create does).
  const fileName =
    v.path
      .trim()
      .split(/[/\\]/)
      .pop()
      ?.replace(/\.scorecard$/i, '') ?? '';
  const namePlaceholder = !hasDocument
    ? fileName
    : v.choice === 'template'
      ? (chosenTemplate?.name ?? '')
      : v.choice === 'copy' && copied
        ? copyName(copied.name, new Set(scorecards.map((s) => s.name)))
        : t('newScorecard.namePlaceholder');
  return (
    <FormDialog
      title={t('newScorecard.title')}
      subtitle={hasDocument ? undefined : t('newScorecard.firstOfDocument')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={!hasDocument && isElectron() ? t('newScorecard.createEllipsis') : t('newScorecard.create')}
      onSubmit={create}
      onClose={onClose}
      size="large"
    >
      <ChoiceGroup
        legend={t('newScorecard.startFrom')}
        options={choices}
        value={v.choice}
        onChange={(c) => form.set('choice', c)}
        autoFocus
      />

      {v.choice === 'template' ? (
        <TemplatePicker
          templates={templates}
          listError={listError}
          value={v.template}
          onChange={(id) => form.set('template', id)}
          error={form.errors['template']}
        />
      ) : null}

      {v.choice === 'copy' ? (
        <div className="copy-choices">
          <SelectField
            {...form.field('id')}
            label={t('newScorecard.scorecardToCopy')}
            options={scorecards.map((s) => ({ value: String(s.id), label: s.name }))}
          />
          <ChoiceGroup
            legend={t('newScorecard.whatToCopy')}
            options={copyKinds()}
            value={v.withData}
            onChange={(k) => form.set('withData', k)}
          />
        </div>
      ) : null}

      <TextField
        {...form.field('name')}
        label={t('newScorecard.name')}
        required={v.choice === 'blank' && hasDocument}
        placeholder={namePlaceholder}
        hint={
          !hasDocument
            ? t('newScorecard.nameAfterFile')
            : v.choice === 'blank'
              ? undefined
              : t('newScorecard.nameShown')
        }
      />

      {v.choice === 'blank' ? (
        <FieldRow>
          <CalendarFields fiscalYear={form.field('fiscalYearStartMonth')} granularity={form.field('granularity')} />
        </FieldRow>
      ) : null}

      {!hasDocument && !isElectron() ? (
        <>
          <TextField
            {...form.field('path')}
            label={t('newScorecard.filePath')}
            required
            hint={t('newScorecard.filePathHint')}
          />
          {exists ? <CheckboxField {...form.field('overwrite')} label={t('newScorecard.replace')} /> : null}
        </>
      ) : null}
    </FormDialog>
  );
}
