/** Create or edit an objective: what, who, when, where it sits and which theme it serves. */
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import { objectiveDefaults } from '../../shared/defaults';
import type { Objective } from '../../shared/domain';
import { formatNumber } from '../../shared/format';
import { editText } from '../../shared/number-input';
import { PayloadBuilder } from '../form-kit';
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
  const { t } = useTranslation(['app', 'common']);
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const base = objective ?? { ...objectiveDefaults, title: '', perspectiveId };
  const form = useForm({
    title: base.title,
    description: base.description,
    owner: base.owner,
    perspectiveId: String(base.perspectiveId),
    themeId: base.themeId === null ? '' : String(base.themeId),
    weight: editText(base.weight),
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
      title={objective ? t('objectiveForm.editTitle') : t('objectiveForm.addTitle')}
      subtitle={
        objective ? undefined : perspectiveName ? t('objectiveForm.in', { perspective: perspectiveName }) : undefined
      }
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={objective ? t('common:save') : t('objectiveForm.addTitle')}
      onSubmit={save}
      onClose={onClose}
      onDelete={objective ? async () => (await run('objective.delete', { id: objective.id }), onClose()) : undefined}
      deleteWhat={objective ? t('objectiveForm.deleteWhat', { title: objective.title }) : undefined}
      deleteWarning={t('objectiveForm.deleteWarning')}
    >
      <TextField
        {...form.field('title')}
        label={t('objectiveForm.title')}
        required
        autoFocus
        hint={t('objectiveForm.titleHint')}
      />
      <TextField {...form.field('description')} label={t('common:description')} multiline rows={2} />
      <FieldRow>
        <TextField {...form.field('owner')} label={t('common:owner')} />
        <SelectField
          {...form.field('perspectiveId')}
          label={t('objectiveForm.perspective')}
          options={perspectives.map((p) => ({ value: String(p.id), label: p.name }))}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          {...form.field('themeId')}
          label={t('objectiveForm.theme')}
          options={[
            { value: '', label: t('objectiveForm.noTheme') },
            ...(tree?.themes ?? []).map((th) => ({ value: String(th.id), label: th.name })),
          ]}
        />
        <NumberField {...form.field('weight')} label={t('objectiveForm.weight')} required />
      </FieldRow>
      <FieldRow>
        <TextField {...form.field('startDate')} label={t('objectiveForm.startDate')} type="date" />
        <TextField {...form.field('dueDate')} label={t('objectiveForm.dueDate')} type="date" />
      </FieldRow>
      <SelectField
        {...form.field('okrKind')}
        label={t('objectiveForm.okrKind')}
        options={[
          { value: 'aspirational', label: t('objectiveForm.aspirational') },
          { value: 'committed', label: t('objectiveForm.committed') },
        ]}
        hint={
          v.okrKind === 'committed'
            ? t('objectiveForm.committedHint', { full: formatNumber(1, { minDecimals: 1 }), miss: formatNumber(0.7) })
            : t('objectiveForm.aspirationalHint', { success: formatNumber(0.7) })
        }
      />
    </FormDialog>
  );
}
