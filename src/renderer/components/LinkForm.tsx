/**
 * A cause-and-effect link: one objective drives another. After creation the note and the measures the strategy check
 * compares (each end's objective score, or one of that objective's KPIs) change; the objectives do not.
 */
import { contract } from '../../shared/contract';
import type { CauseLink } from '../../shared/domain';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { SelectField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function LinkForm({ link, onClose }: { link?: CauseLink; onClose(): void }) {
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
  const choose = { value: '', label: 'Choose an objective…' };
  const form = useForm({
    fromObjectiveId: link ? String(link.fromObjectiveId) : '',
    toObjectiveId: link ? String(link.toObjectiveId) : '',
    fromKpiId: link?.fromKpiId ? String(link.fromKpiId) : '',
    toKpiId: link?.toKpiId ? String(link.toKpiId) : '',
    note: link?.note ?? '',
  });
  const v = form.values;
  const measures = (objectiveId: string) => [
    { value: '', label: 'Objective score' },
    ...(tree?.kpis ?? [])
      .filter((k) => String(k.objectiveId) === objectiveId)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((k) => ({ value: String(k.id), label: `KPI: ${k.name}` })),
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
      if (!v.fromObjectiveId) missing.fromObjectiveId = 'choose the objective that drives';
      if (!v.toObjectiveId) missing.toObjectiveId = 'choose the objective it drives';
      if (v.fromObjectiveId && v.fromObjectiveId === v.toObjectiveId)
        missing.toObjectiveId = 'must be another objective';
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
      title={link ? 'Edit cause-and-effect link' : 'Add cause-and-effect link'}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={link ? 'Save' : 'Add link'}
      onSubmit={save}
      onClose={onClose}
      onDelete={link ? async () => (await run('link.delete', { id: link.id }), onClose()) : undefined}
      deleteWhat="this link"
    >
      <SelectField
        {...objectiveField('fromObjectiveId', 'fromKpiId')}
        label="From (the cause)"
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        autoFocus={!link}
      />
      <SelectField
        {...form.field('fromKpiId')}
        label="Cause measure"
        options={measures(v.fromObjectiveId)}
        disabled={!v.fromObjectiveId}
        hint="What the strategy check compares: the objective’s score, or one of its KPIs."
      />
      <SelectField
        {...objectiveField('toObjectiveId', 'toKpiId')}
        label="To (the effect)"
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        hint={link ? 'To connect other objectives, delete this link and add a new one.' : undefined}
      />
      <SelectField
        {...form.field('toKpiId')}
        label="Effect measure"
        options={measures(v.toObjectiveId)}
        disabled={!v.toObjectiveId}
      />
      <TextField
        {...form.field('note')}
        label="Why does one drive the other?"
        multiline
        rows={3}
        autoFocus={Boolean(link)}
      />
    </FormDialog>
  );
}
