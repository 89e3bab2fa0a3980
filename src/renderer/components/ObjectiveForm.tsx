/** Create or edit an objective: what, who, when, where it sits and which theme it serves. */
import { contract } from '../../shared/contract';
import { objectiveDefaults } from '../../shared/defaults';
import type { Objective } from '../../shared/domain';
import { numberText, PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, NumberField, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

interface Props {
  objective?: Objective;
  perspectiveId: number;
  onClose(): void;
}

export function ObjectiveForm({ objective, perspectiveId, onClose }: Props) {
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const base = objective ?? { ...objectiveDefaults, title: '', perspectiveId };
  const form = useForm({
    title: base.title,
    description: base.description,
    owner: base.owner,
    perspectiveId: String(base.perspectiveId),
    themeId: base.themeId === null ? '' : String(base.themeId),
    weight: numberText(base.weight),
    startDate: base.startDate ?? '',
    dueDate: base.dueDate ?? '',
    okrKind: base.okrKind as string,
  });
  const v = form.values;
  const perspectives = [...(tree?.perspectives ?? [])].sort((a, b) => a.position - b.position);
  const perspectiveName = perspectives.find((p) => p.id === perspectiveId)?.name;

  async function save(): Promise<void> {
    const ok = await form.submit({
      schema: objective ? contract['objective.update'].input : contract['objective.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('title', v.title)
          .set('description', v.description)
          .set('owner', v.owner)
          .set('perspectiveId', Number(v.perspectiveId))
          .set('themeId', v.themeId ? Number(v.themeId) : null)
          .number('weight', v.weight, true)
          .nullable('startDate', v.startDate)
          .nullable('dueDate', v.dueDate)
          .set('okrKind', v.okrKind);
        return objective ? b.set('id', objective.id) : b;
      },
      send: (payload) =>
        objective
          ? run('objective.update', payload as { id: number })
          : run('objective.create', payload as { perspectiveId: number; title: string }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={objective ? 'Edit objective' : 'Add objective'}
      subtitle={objective ? undefined : perspectiveName ? `In ${perspectiveName}` : undefined}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={objective ? 'Save' : 'Add objective'}
      onSubmit={save}
      onClose={onClose}
      onDelete={objective ? async () => (await run('objective.delete', { id: objective.id }), onClose()) : undefined}
      deleteWhat={objective ? `the objective “${objective.title}”` : undefined}
      deleteWarning="Its KPIs and their measurements are deleted with it. This cannot be undone."
    >
      <TextField
        {...form.field('title')}
        label="Title"
        required
        autoFocus
        hint="Start with a verb: “Grow recurring revenue”."
      />
      <TextField {...form.field('description')} label="Description" multiline rows={2} />
      <FieldRow>
        <TextField {...form.field('owner')} label="Owner" />
        <SelectField
          {...form.field('perspectiveId')}
          label="Perspective"
          options={perspectives.map((p) => ({ value: String(p.id), label: p.name }))}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          {...form.field('themeId')}
          label="Theme"
          options={[
            { value: '', label: 'No theme' },
            ...(tree?.themes ?? []).map((t) => ({ value: String(t.id), label: t.name })),
          ]}
        />
        <NumberField {...form.field('weight')} label="Weight" required />
      </FieldRow>
      <FieldRow>
        <TextField {...form.field('startDate')} label="Start date" type="date" />
        <TextField {...form.field('dueDate')} label="Due date" type="date" />
      </FieldRow>
      <SelectField
        {...form.field('okrKind')}
        label="OKR kind"
        options={[
          { value: 'aspirational', label: 'Aspirational' },
          { value: 'committed', label: 'Committed' },
        ]}
        hint={
          v.okrKind === 'committed'
            ? 'Committed: the key results are expected in full; 1.0 is on track, below 0.7 a miss.'
            : 'Aspirational: a stretch; 0.7 of the key results is success.'
        }
      />
    </FormDialog>
  );
}
