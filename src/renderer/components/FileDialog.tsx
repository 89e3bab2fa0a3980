/**
 * New…, Open… and Save As… in browser mode, where there is no native file dialog: the path is
 * typed. Problems with the file (not a scorecard, from a newer version, already exists) show here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t } from '../../shared/i18n';
import { ApiCallError, errorMessage } from '../api';
import { useDocumentStore } from '../stores/document-store';
import type { FileAction } from '../stores/ui-store';
import { useForm } from '../use-form';
import { CheckboxField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

/** The dialog's words for each action, read when shown. */
function textOf(action: FileAction): { title: string; submit: string; hint: string } {
  return {
    title: t(`panels:fileDialog.${action}Title`),
    submit: t(`panels:fileDialog.${action}Submit`),
    hint: t(`panels:fileDialog.${action}Hint`),
  };
}

function folderOf(path: string | undefined): string {
  if (!path) return '';
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

export function FileDialog({ action, onClose }: { action: FileAction; onClose(): void }) {
  const { t } = useTranslation('panels');
  const info = useDocumentStore((s) => s.info);
  const { openDocument, createDocument, saveAs } = useDocumentStore.getState();
  const [exists, setExists] = useState(false);
  const form = useForm({ path: folderOf(info?.path), name: '', overwrite: false });
  const v = form.values;
  const text = textOf(action);

  async function submit(): Promise<void> {
    let path = v.path.trim();
    if (!path) return form.reject({ path: t('fileDialog.pathRequired') });
    if (path.endsWith('/') || path.endsWith('\\')) return form.reject({ path: t('fileDialog.fileNameMissing') });
    if (action !== 'open' && !/\.[^/\\.]+$/.test(path)) path += '.scorecard';
    form.setFormError(null);
    form.setBusy(true);
    try {
      if (action === 'open') await openDocument(path);
      else if (action === 'new') await createDocument(path, v.name.trim() || undefined, v.overwrite);
      else await saveAs(path, v.overwrite);
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.code === 'FILE_EXISTS') setExists(true);
      if (err instanceof ApiCallError && err.issues.some((i) => i.path[0] === 'path')) {
        form.reject({ path: err.issues.find((i) => i.path[0] === 'path')?.message ?? err.message });
      } else {
        form.setFormError(errorMessage(err));
      }
      form.setBusy(false);
    }
  }

  return (
    <FormDialog
      title={text.title}
      formId={form.formId}
      formError={form.formError}
      busy={form.busy}
      submitLabel={text.submit}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField {...form.field('path')} label={t('fileDialog.path')} required autoFocus hint={text.hint} />
      {action === 'new' ? (
        <TextField
          {...form.field('name')}
          label={t('fileDialog.name')}
          placeholder={t('fileDialog.namePlaceholder')}
          hint={t('fileDialog.nameHint')}
        />
      ) : null}
      {action !== 'open' && exists ? (
        <CheckboxField {...form.field('overwrite')} label={t('fileDialog.overwrite')} />
      ) : null}
    </FormDialog>
  );
}
