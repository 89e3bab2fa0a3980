/** Add, rename, weight or delete a perspective (the server refuses to delete one that has objectives). */
import { contract } from '../../shared/contract';
import { perspectiveDefaults, STANDARD_PERSPECTIVES } from '../../shared/defaults';
import type { Perspective } from '../../shared/domain';
import { numberText, PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, NumberField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function PerspectiveForm({ perspective, onClose }: { perspective?: Perspective; onClose(): void }) {
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const taken = new Set(tree?.perspectives.map((p) => p.name) ?? []);
  // A new perspective suggests the next standard one that is missing.
  const suggestion = perspective ? null : STANDARD_PERSPECTIVES.find((s) => !taken.has(s.name));
  const form = useForm({
    name: perspective?.name ?? '',
    description: perspective?.description ?? '',
    weight: numberText(perspective?.weight ?? perspectiveDefaults.weight),
  });
  const v = form.values;

  async function save(): Promise<void> {
    if (!tree) return;
    const ok = await form.submit({
      schema: perspective ? contract['perspective.update'].input : contract['perspective.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('name', v.name)
          .set('description', v.description)
          .number('weight', v.weight, true);
        return perspective ? b.set('id', perspective.id) : b.set('scorecardId', tree.scorecard.id);
      },
      send: (payload) =>
        perspective
          ? run('perspective.update', payload as { id: number })
          : run('perspective.create', payload as { scorecardId: number; name: string }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={perspective ? 'Edit perspective' : 'Add perspective'}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={perspective ? 'Save' : 'Add perspective'}
      onSubmit={save}
      onClose={onClose}
      onDelete={
        perspective ? async () => (await run('perspective.delete', { id: perspective.id }), onClose()) : undefined
      }
      deleteWhat={perspective ? `the perspective “${perspective.name}”` : undefined}
    >
      <TextField
        {...form.field('name')}
        label="Name"
        required
        autoFocus
        placeholder={suggestion?.name}
        hint={suggestion ? `For example “${suggestion.name}”: ${suggestion.description}` : undefined}
      />
      <TextField
        {...form.field('description')}
        label="Description"
        multiline
        rows={2}
        placeholder={suggestion?.description}
      />
      <FieldRow>
        <NumberField
          {...form.field('weight')}
          label="Weight"
          required
          hint="Relative weight in the scorecard's score (1 = equal)."
        />
      </FieldRow>
    </FormDialog>
  );
}
