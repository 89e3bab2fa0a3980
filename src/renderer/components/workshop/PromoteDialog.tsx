/**
 * Promotes a note or a group to an objective in its perspective (the parking lot asks which), with an optional
 * owner, or to a KPI of a chosen objective. It shows what it will create: the note's text (a group's heading) as
 * the title, a group's notes as the description. One promotion is one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../../shared/i18n';
import { contract } from '../../../shared/contract';
import type { ScorecardTree } from '../../../shared/domain';
import type { WorkshopNote } from '../../../shared/workshop';
import { PayloadBuilder } from '../../form-kit';
import { useDocumentStore } from '../../stores/document-store';
import { useWorkshopBoard } from '../../stores/workshop-store';
import { useForm } from '../../use-form';
import { SelectField, TextField } from '../FormFields';
import { FormDialog } from '../FormDialog';
import { Modal } from '../Modal';
import { membersOf, promotedDescription, quoted } from './voting-text';
import '../../styles/workshop-voting.css';

/** What an objective's title or a KPI's name holds (the core refuses a longer one). */
const MAX_TITLE = 200;

interface Props {
  workshopId: number;
  noteId: number;
  onClose(): void;
}

/** Where a promoted note went, in words; null when it was not promoted. */
function wentTo(note: WorkshopNote, tree: ScorecardTree | null): string | null {
  if (note.promotedObjectiveId !== null) {
    const title = tree?.objectives.find((o) => o.id === note.promotedObjectiveId)?.title;
    return title ? t('review:promote.objectiveNamed', { name: quoted(title) }) : t('review:promote.anObjective');
  }
  if (note.promotedKpiId !== null) {
    const name = tree?.kpis.find((k) => k.id === note.promotedKpiId)?.name;
    return name ? t('review:promote.kpiNamed', { name: quoted(name) }) : t('review:promote.aKpi');
  }
  return null;
}

export function PromoteDialog({ workshopId, noteId, onClose }: Props) {
  const { t: tr } = useTranslation('review');
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const { board, error } = useWorkshopBoard(workshopId);
  const note = board?.notes.find((n) => n.id === noteId);
  const perspectives = [...(tree?.perspectives ?? [])].sort((a, b) => a.position - b.position || a.id - b.id);
  const column = perspectives.find((p) => p.id === note?.perspectiveId);
  const [kind, setKind] = useState<'objective' | 'kpi'>('objective');
  // noteId is no field to fill in: the core's refusals about the note itself (too long a text) land in the preview.
  const form = useForm({ perspectiveId: '', owner: '', objectiveId: '', noteId: '' });
  const v = form.values;

  // The board is read once as the dialog opens; a moment without it shows nothing rather than a flash of a message.
  if (!board && !error) return null;
  if (!board || !note) {
    return (
      <Modal title={tr('promote.title')} onClose={onClose} size="small">
        <div className="dialog-body">
          <p role="alert">{error ?? tr('promote.gone')}</p>
        </div>
      </Modal>
    );
  }
  const went = wentTo(note, tree);
  if (went) {
    return (
      <Modal title={tr('promote.title')} subtitle={quoted(note.text)} onClose={onClose} size="small">
        <div className="dialog-body">
          <p role="alert">{tr('promote.already', { note: quoted(note.text), went })}</p>
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" data-autofocus onClick={onClose}>
            {tr('promote.ok')}
          </button>
        </div>
      </Modal>
    );
  }

  const members = membersOf(board, note.id);
  const description = promotedDescription(members);
  const objectiveGroups = perspectives
    .map((p) => ({
      label: p.name,
      options: (tree?.objectives ?? [])
        .filter((o) => o.perspectiveId === p.id)
        .sort((a, b) => a.position - b.position || a.id - b.id)
        .map((o) => ({ value: String(o.id), label: o.title })),
    }))
    .filter((g) => g.options.length > 0);
  const into =
    kind === 'objective'
      ? (column?.name ?? perspectives.find((p) => String(p.id) === v.perspectiveId)?.name)
      : tree?.objectives.find((o) => String(o.id) === v.objectiveId)?.title;
  const what = note.kind === 'group' ? 'group' : 'note';
  // The title is one line: the core turns the note's line breaks into spaces.
  const title = note.text.replace(/\s+/g, ' ').trim();

  async function save(): Promise<void> {
    if (title.length > MAX_TITLE)
      return form.setFormError(tr('promote.tooLong', { length: title.length, max: MAX_TITLE }));
    if (kind === 'objective' && !column && v.perspectiveId === '')
      return form.reject({ perspectiveId: tr('promote.choosePerspective') });
    if (kind === 'kpi' && v.objectiveId === '') return form.reject({ objectiveId: tr('promote.chooseObjective') });
    const target =
      kind === 'kpi'
        ? { kind, objectiveId: Number(v.objectiveId) }
        : {
            kind,
            ...(column ? {} : { perspectiveId: Number(v.perspectiveId) }),
            ...(v.owner.trim() ? { owner: v.owner.trim() } : {}),
          };
    const ok = await form.submit({
      schema: contract['workshop.promote'].input,
      build: () => new PayloadBuilder().set('noteId', note!.id).set('target', target),
      send: (payload) => run('workshop.promote', payload as { noteId: number; target: typeof target }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={what === 'group' ? tr('promote.titleGroup') : tr('promote.titleNote')}
      subtitle={quoted(note.text)}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={kind === 'objective' ? tr('promote.toObjective') : tr('promote.toKpi')}
      onSubmit={save}
      onClose={onClose}
    >
      <fieldset className="field promote-kind">
        <legend>{tr('promote.promoteTo')}</legend>
        <label>
          <input
            type="radio"
            name="promote-kind"
            checked={kind === 'objective'}
            onChange={() => setKind('objective')}
            data-autofocus
          />
          {column ? tr('promote.objectiveIn', { perspective: column.name }) : tr('promote.objective')}
        </label>
        <label>
          <input type="radio" name="promote-kind" checked={kind === 'kpi'} onChange={() => setKind('kpi')} />
          {tr('promote.kpiOf')}
        </label>
      </fieldset>
      {kind === 'objective' ? (
        <>
          {column ? null : (
            <SelectField
              {...form.field('perspectiveId')}
              label={tr('promote.perspective')}
              hint={tr('promote.perspectiveHint')}
              options={[
                { value: '', label: tr('promote.choosePerspectiveOption') },
                ...perspectives.map((p) => ({ value: String(p.id), label: p.name })),
              ]}
            />
          )}
          <TextField
            {...form.field('owner')}
            label={tr('promote.owner')}
            maxLength={200}
            hint={tr('promote.ownerHint')}
          />
        </>
      ) : (
        <SelectField
          {...form.field('objectiveId')}
          label={tr('promote.objectiveField')}
          hint={objectiveGroups.length === 0 ? tr('promote.noObjectives') : undefined}
          options={[{ value: '', label: tr('promote.chooseObjectiveOption') }]}
          groups={objectiveGroups}
        />
      )}
      <section className="promote-preview" aria-label={tr('promote.previewLabel')}>
        <h3>
          {kind === 'objective'
            ? into
              ? tr('promote.newObjectiveIn', { into })
              : tr('promote.newObjective')
            : into
              ? tr('promote.newKpiOf', { into })
              : tr('promote.newKpi')}
        </h3>
        <dl>
          <dt>{kind === 'objective' ? tr('promote.titleField') : tr('promote.nameField')}</dt>
          <dd>
            {title}
            {title.length > MAX_TITLE ? (
              <span className="field-error">
                {' '}
                {tr('promote.tooLongInline', { length: title.length, max: MAX_TITLE })}
              </span>
            ) : null}
          </dd>
          <dt>{tr('promote.description')}</dt>
          <dd className="promote-description">
            {description || <span className="muted">{tr('promote.noneSingle')}</span>}
          </dd>
        </dl>
        {form.errors.noteId ? (
          <p className="field-error" role="alert">
            <span aria-hidden="true">✕ </span>
            {tr(what === 'group' ? 'promote.groupError' : 'promote.noteError', { error: form.errors.noteId })}
          </p>
        ) : null}
      </section>
    </FormDialog>
  );
}
