/** A cause-and-effect link: one objective drives another. Only the note changes after creation. */
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
    note: link?.note ?? '',
  });
  const v = form.values;

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
          ? new PayloadBuilder().set('id', link.id).set('note', v.note)
          : new PayloadBuilder()
              .set('fromObjectiveId', Number(v.fromObjectiveId))
              .set('toObjectiveId', Number(v.toObjectiveId))
              .set('note', v.note),
      send: (payload) =>
        link
          ? run('link.update', payload as { id: number; note: string })
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
        {...form.field('fromObjectiveId')}
        label="From (the cause)"
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        autoFocus={!link}
      />
      <SelectField
        {...form.field('toObjectiveId')}
        label="To (the effect)"
        groups={groups}
        options={link ? undefined : [choose]}
        disabled={Boolean(link)}
        hint={link ? 'To connect other objectives, delete this link and add a new one.' : undefined}
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
