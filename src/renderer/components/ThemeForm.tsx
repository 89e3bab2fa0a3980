/** Create or edit a strategic theme. */
import { contract } from '../../shared/contract';
import { themeDefaults } from '../../shared/defaults';
import type { Theme } from '../../shared/domain';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function ThemeForm({ theme, onClose }: { theme?: Theme; onClose(): void }) {
  const run = useDocumentStore((s) => s.run);
  const tree = useDocumentStore((s) => s.tree);
  const base = theme ?? { ...themeDefaults, name: '' };
  const form = useForm({ name: base.name, colour: base.colour, description: base.description });
  const v = form.values;

  async function save(): Promise<void> {
    if (!tree) return;
    const ok = await form.submit({
      schema: theme ? contract['theme.update'].input : contract['theme.create'].input,
      build: () => {
        const b = new PayloadBuilder()
          .set('name', v.name)
          .set('colour', v.colour.trim())
          .set('description', v.description);
        return theme ? b.set('id', theme.id) : b.set('scorecardId', tree.scorecard.id);
      },
      send: (payload) =>
        theme
          ? run('theme.update', payload as { id: number })
          : run('theme.create', payload as { scorecardId: number; name: string }),
    });
    if (ok) onClose();
  }

  return (
    <FormDialog
      title={theme ? 'Edit theme' : 'Add theme'}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={theme ? 'Save' : 'Add theme'}
      onSubmit={save}
      onClose={onClose}
      onDelete={theme ? async () => (await run('theme.delete', { id: theme.id }), onClose()) : undefined}
      deleteWhat={theme ? `the theme “${theme.name}”` : undefined}
      deleteWarning="Objectives in this theme keep their place; they just lose the theme. This cannot be undone."
    >
      <TextField {...form.field('name')} label="Name" required autoFocus placeholder="Operational excellence" />
      <FieldRow>
        <TextField {...form.field('colour')} label="Colour" type="color" className="narrow" />
      </FieldRow>
      <TextField {...form.field('description')} label="Description" multiline rows={3} />
    </FormDialog>
  );
}
