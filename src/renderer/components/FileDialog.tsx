/**
 * New…, Open… and Save As… in browser mode, where there is no native file dialog: the path is
 * typed. Problems with the file (not a scorecard, from a newer version, already exists) show here.
 */
import { useState } from 'react';
import { ApiCallError, errorMessage } from '../api';
import { useDocumentStore } from '../stores/document-store';
import type { FileAction } from '../stores/ui-store';
import { useForm } from '../use-form';
import { CheckboxField, TextField } from './FormFields';
import { FormDialog } from './FormDialog';

const TEXT: Record<FileAction, { title: string; submit: string; hint: string }> = {
  new: {
    title: 'New scorecard document',
    submit: 'Create',
    hint: 'Where to create the file, for example /home/you/Documents/Plan 2026.scorecard',
  },
  open: { title: 'Open scorecard document', submit: 'Open', hint: 'The full path of a .scorecard file.' },
  saveAs: { title: 'Save As', submit: 'Save', hint: 'The new file. Quadrant continues with the copy.' },
};

function folderOf(path: string | undefined): string {
  if (!path) return '';
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

export function FileDialog({ action, onClose }: { action: FileAction; onClose(): void }) {
  const info = useDocumentStore((s) => s.info);
  const { openDocument, createDocument, saveAs } = useDocumentStore.getState();
  const [exists, setExists] = useState(false);
  const form = useForm({ path: folderOf(info?.path), name: '', overwrite: false });
  const v = form.values;
  const text = TEXT[action];

  async function submit(): Promise<void> {
    let path = v.path.trim();
    if (!path) return form.reject({ path: 'a file path is required' });
    if (path.endsWith('/') || path.endsWith('\\')) return form.reject({ path: 'add a file name after the folder' });
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
      <TextField {...form.field('path')} label="File path" required autoFocus hint={text.hint} />
      {action === 'new' ? (
        <TextField
          {...form.field('name')}
          label="Scorecard name"
          placeholder="Company scorecard"
          hint="The first scorecard in the new document."
        />
      ) : null}
      {action !== 'open' && exists ? (
        <CheckboxField {...form.field('overwrite')} label="Replace the existing file" />
      ) : null}
    </FormDialog>
  );
}
