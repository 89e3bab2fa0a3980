/** Add, rename, weight or delete a perspective (the server refuses to delete one that has objectives). */
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import { perspectiveDefaults, STANDARD_PERSPECTIVES } from '../../shared/defaults';
import type { Perspective } from '../../shared/domain';
import { editText } from '../../shared/number-input';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, NumberField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function PerspectiveForm({ perspective, onClose }: { perspective?: Perspective; onClose(): void }) {
  const { t } = useTranslation(['app', 'common']);
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const taken = new Set(tree?.perspectives.map((p) => p.name) ?? []);
  // A new perspective suggests the next standard one that is missing.
  const suggestion = perspective ? null : STANDARD_PERSPECTIVES.find((s) => !taken.has(s.name));
  const form = useForm({
    name: perspective?.name ?? '',
    description: perspective?.description ?? '',
    weight: editText(perspective?.weight ?? perspectiveDefaults.weight),
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
      title={perspective ? t('perspectiveForm.editTitle') : t('perspectiveForm.addTitle')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={perspective ? t('common:save') : t('perspectiveForm.addTitle')}
      onSubmit={save}
      onClose={onClose}
      onDelete={
        perspective ? async () => (await run('perspective.delete', { id: perspective.id }), onClose()) : undefined
      }
      deleteWhat={perspective ? t('perspectiveForm.deleteWhat', { name: perspective.name }) : undefined}
    >
      <TextField
        {...form.field('name')}
        label={t('common:name')}
        required
        autoFocus
        placeholder={suggestion?.name}
        hint={
          suggestion
            ? t('perspectiveForm.example', { name: suggestion.name, description: suggestion.description })
            : undefined
        }
      />
      <TextField
        {...form.field('description')}
        label={t('common:description')}
        multiline
        rows={2}
        placeholder={suggestion?.description}
      />
      <FieldRow>
        <NumberField
          {...form.field('weight')}
          label={t('objectiveForm.weight')}
          required
          hint={t('perspectiveForm.weightHint')}
        />
      </FieldRow>
    </FormDialog>
  );
}
