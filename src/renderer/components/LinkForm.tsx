/**
 * A cause-and-effect link: one objective drives another. After creation the note and the measures the strategy check
 * compares (each end's objective score, or one of that objective's KPIs) change; the objectives do not.
 */
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import type { CauseLink } from '../../shared/domain';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function LinkForm({ link, onClose }: { link?: CauseLink; onClose(): void }) {
  const { t } = useTranslation(['app', 'common']);
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const groups = [...(tree?.perspectives ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((p) => ({
      label: p.name,
      options: (tree?.objectives ?? [])
        .filter((o) => o.perspectiveId === p.id)
        .map((o) => ({ value: String(o.id), label: o.title })),
    }))
    .filter((g) => g.options.length > 0);
  const choose = { value: '', label: t('linkForm.choose') };
  const form = useForm({
    fromObjectiveId: link ? String(link.fromObjectiveId) : '',
    toObjectiveId: link ? String(link.toObjectiveId) : '',
    fromKpiId: link?.fromKpiId ? String(link.fromKpiId) : '',
    toKpiId: link?.toKpiId ? String(link.toKpiId) : '',
    note: link?.note ?? '',
  });
  const v = form.values;
  const measures = (objectiveId: string) => [
    { value: '', label: t('linkForm.objectiveScore') },
    ...(tree?.kpis ?? [])
      .filter((k) => String(k.objectiveId) === objectiveId)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((k) => ({ value: String(k.id), label: t('linkForm.kpiOption', { name: k.name }) })),
  ];
  // Another objective has other KPIs: a measure chosen for the previous one goes back to the objective's score.
  const objectiveField = (name: 'fromObjectiveId' | 'toObjectiveId', kpi: 'fromKpiId' | 'toKpiId') => ({
    ...form.field(name),
    onChange: (value: string) => {
      form.set(name, value);
      form.set(kpi, '');
    },
  });
  const kpiId = (text: string) => (text ? Number(text) : null);

  async function save(): Promise<void> {
    if (!link) {
      const missing: Record<string, string> = {};
      if (!v.fromObjectiveId) missing.fromObjectiveId = t('linkForm.chooseCause');
      if (!v.toObjectiveId) missing.toObjectiveId = t('linkForm.chooseEffect');
      if (v.fromObjectiveId && v.fromObjectiveId === v.toObjectiveId)
        missing.toObjectiveId = t('linkForm.sameObjective');
      if (Object.keys(missing).length > 0) {
        form.reject(missing);
        return;
      }
    }
    const ok = await form.submit({
      schema: link ? contract['link.update'].input : contract['link.create'].input,
      build: () =>
        link
          ? new PayloadBuilder()
              .set('id', link.id)
              .set('note', v.note)
              .set('fromKpiId', kpiId(v.fromKpiId))
              .set('toKpiId', kpiId(v.toKpiId))
          : new PayloadBuilder()
              .set('fromObjectiveId', Number(v.fromObjectiveId))
              .set('toObjectiveId', Number(v.toObjectiveId))
              .set('fromKpiId', kpiId(v.fromKpiId))
              .set('toKpiId', kpiId(v.toKpiId))
              .set('note', v.note),
      send: (payload) =>
        link
          ? run('link.update', payload as { id: number })
          : run('link.create', payload as { fromObjectiveId: number; toObjectiveId: number }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={link ? t('linkForm.editTitle') : t('linkForm.addTitle')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={link ? t('common:save') : t('linkForm.addLink')}
      onSubmit={save}
      onClose={onClose}
      onDelete={link ? async () => (await run('link.delete', { id: link.id }), onClose()) : undefined}
      deleteWhat={t('linkForm.deleteWhat')}
    >
      <SelectField
        {...objectiveField('fromObjectiveId', 'fromKpiId')}
        label={t('linkForm.from')}
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        autoFocus={!link}
      />
      <SelectField
        {...form.field('fromKpiId')}
        label={t('linkForm.causeMeasure')}
        options={measures(v.fromObjectiveId)}
        disabled={!v.fromObjectiveId}
        hint={t('linkForm.measureHint')}
      />
      <SelectField
        {...objectiveField('toObjectiveId', 'toKpiId')}
        label={t('linkForm.to')}
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        hint={link ? t('linkForm.otherObjectivesHint') : undefined}
      />
      <SelectField
        {...form.field('toKpiId')}
        label={t('linkForm.effectMeasure')}
        options={measures(v.toObjectiveId)}
        disabled={!v.toObjectiveId}
      />
      <TextField {...form.field('note')} label={t('linkForm.why')} multiline rows={3} autoFocus={Boolean(link)} />
    </FormDialog>
  );
}
