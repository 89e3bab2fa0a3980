/** Create or edit a strategic theme. */
import { useTranslation } from 'react-i18next';
import { contract } from '../../shared/contract';
import { themeDefaults } from '../../shared/defaults';
import type { Theme } from '../../shared/domain';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { FieldRow, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

export function ThemeForm({ theme, onClose }: { theme?: Theme; onClose(): void }) {
  const { t } = useTranslation(['app', 'common']);
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
      title={theme ? t('themeForm.editTitle') : t('themeForm.addTitle')}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={theme ? t('common:save') : t('themeForm.addTitle')}
      onSubmit={save}
      onClose={onClose}
      onDelete={theme ? async () => (await run('theme.delete', { id: theme.id }), onClose()) : undefined}
      deleteWhat={theme ? t('themeForm.deleteWhat', { name: theme.name }) : undefined}
      deleteWarning={t('themeForm.deleteWarning')}
    >
      <TextField
        {...form.field('name')}
        label={t('common:name')}
        required
        autoFocus
        placeholder={t('themeForm.placeholder')}
      />
      <FieldRow>
        <TextField {...form.field('colour')} label={t('themeForm.colour')} type="color" className="narrow" />
      </FieldRow>
      <TextField {...form.field('description')} label={t('common:description')} multiline rows={3} />
    </FormDialog>
  );
}
