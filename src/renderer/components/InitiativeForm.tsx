/** Create or edit an initiative and the objectives it moves. */
import { useTranslation } from 'react-i18next';
import { PayloadBuilder } from '../form-kit';
import { contract } from '../../shared/contract';
import { initiativeDefaults } from '../../shared/defaults';
import type { Initiative } from '../../shared/domain';
import { editText } from '../../shared/number-input';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { CheckboxGroup, FieldRow, NumberField, SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';
import { INITIATIVE_STATUS_LABEL } from '../view-format';

export function InitiativeForm({ initiative, onClose }: { initiative?: Initiative; onClose(): void }) {
  const { t } = useTranslation('panels');
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const base = initiative ?? { ...initiativeDefaults, title: '' };
  const form = useForm({
    title: base.title,
    description: base.description,
    owner: base.owner,
    status: base.status as string,
    percentComplete: editText(base.percentComplete),
    budget: editText(base.budget),
    spent: editText(base.spent),
    startDate: base.startDate ?? '',
    endDate: base.endDate ?? '',
    objectiveIds: base.objectiveIds,
  });
  const v = form.values;
  const perspectiveOrder = new Map((tree?.perspectives ?? []).map((p) => [p.id, p.position]));
  const objectives = [...(tree?.objectives ?? [])].sort(
    (a, b) =>
      (perspectiveOrder.get(a.perspectiveId) ?? 0) - (perspectiveOrder.get(b.perspectiveId) ?? 0) ||
      a.position - b.position,
  );

  async function save(): Promise<void> {
    if (!tree) return;
    const ok = await form.submit({
      schema: initiative ? contract['initiative.update'].input : contract['initiative.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('title', v.title)
          .set('description', v.description)
          .set('owner', v.owner)
          .set('status', v.status)
          .number('percentComplete', v.percentComplete, true)
          .number('budget', v.budget)
          .number('spent', v.spent)
          .nullable('startDate', v.startDate)
          .nullable('endDate', v.endDate)
          .set('objectiveIds', v.objectiveIds);
        return initiative ? b.set('id', initiative.id) : b.set('scorecardId', tree.scorecard.id);
      },
      send: (payload) =>
        initiative
          ? run('initiative.update', payload as { id: number })
          : run('initiative.create', payload as { scorecardId: number; title: string }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={initiative ? t('initiativeForm.titleEdit') : t('initiativeForm.titleAdd')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={initiative ? t('formDialog.save') : t('initiativeForm.submitAdd')}
      onSubmit={save}
      onClose={onClose}
      size="large"
      onDelete={initiative ? async () => (await run('initiative.delete', { id: initiative.id }), onClose()) : undefined}
      deleteWhat={initiative ? t('initiativeForm.deleteWhat', { title: initiative.title }) : undefined}
    >
      <TextField {...form.field('title')} label={t('initiativeForm.title')} required autoFocus />
      <TextField {...form.field('description')} label={t('initiativeForm.description')} multiline rows={2} />
      <FieldRow>
        <TextField {...form.field('owner')} label={t('initiativeForm.owner')} />
        <SelectField
          {...form.field('status')}
          label={t('initiativeForm.status')}
          options={Object.entries(INITIATIVE_STATUS_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <NumberField {...form.field('percentComplete')} label={t('initiativeForm.complete')} suffix="%" required />
      </FieldRow>
      <FieldRow>
        <NumberField {...form.field('budget')} label={t('initiativeForm.budget')} />
        <NumberField {...form.field('spent')} label={t('initiativeForm.spent')} />
        <TextField {...form.field('startDate')} label={t('initiativeForm.startDate')} type="date" />
        <TextField {...form.field('endDate')} label={t('initiativeForm.endDate')} type="date" />
      </FieldRow>
      <CheckboxGroup
        id={`${form.formId}-objectiveIds`}
        legend={t('initiativeForm.objectives')}
        options={objectives.map((o) => ({ value: String(o.id), label: o.title }))}
        value={v.objectiveIds}
        onChange={(ids) => form.set('objectiveIds', ids)}
        error={form.errors.objectiveIds}
        empty={t('initiativeForm.noObjectives')}
      />
    </FormDialog>
  );
}
