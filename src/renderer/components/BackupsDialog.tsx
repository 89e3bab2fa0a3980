/**
 * Restore from backup…: the rotating backups Quadrant keeps (date, size, document), restored into a new file,
 * never over the document they came from.
 */
import { useEffect, useId, useState } from 'react';
import { call, errorMessage, isElectron } from '../api';
import type { BackupInfo } from '../../shared/contract';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { CheckboxField, TextField } from './FormFields';
import { Modal } from './Modal';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A new file beside the original: "Plan (restored 2026-03-31).scorecard". */
function restorePath(backup: BackupInfo): string {
  const cut = Math.max(backup.source.lastIndexOf('/'), backup.source.lastIndexOf('\\'));
  const folder = backup.source.slice(0, cut + 1);
  const name = backup.sourceName.replace(/\.scorecard$/i, '');
  return `${folder}${name} (restored ${backup.createdAt.slice(0, 10)}).scorecard`;
}

const REASON = { daily: 'Daily copy', migration: 'Before an upgrade', replaced: 'Before it was replaced' } as const;

export function BackupsDialog({ onClose }: { onClose(): void }) {
  const hasDocument = useDocumentStore((s) => s.info !== null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const form = useForm({ onlyCurrent: hasDocument, path: '' });
  const groupName = useId();
  const onlyCurrent = form.values.onlyCurrent;
  const electron = isElectron();

  useEffect(() => {
    let live = true;
    call('backup.list', { onlyCurrent })
      .then((list) => live && setBackups(list))
      .catch((err: unknown) => live && setListError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [onlyCurrent]);

  function choose(backup: BackupInfo): void {
    setChosen(backup.id);
    form.set('path', restorePath(backup));
  }

  async function restore(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const typed = form.values.path.trim();
    if (!chosen) return form.setFormError('Choose a backup to restore.');
    if (!electron && !typed) return form.reject({ path: 'a file path is required' });
    form.setFormError(null);
    form.setBusy(true);
    try {
      // In the app the new file is chosen in the native dialog: main accepts only paths its own dialog produced.
      const path = electron ? (await call('file.choose', { purpose: 'restore', suggestedPath: typed }))?.path : typed;
      if (!path) return form.setBusy(false);
      await call('backup.restore', { id: chosen, path });
      await useDocumentStore.getState().reload();
      onClose();
    } catch (err) {
      form.setFormError(errorMessage(err));
      form.setBusy(false);
    }
  }

  return (
    <Modal title="Restore from backup" onClose={onClose} size="large">
      <form noValidate onSubmit={(e) => void restore(e)} data-form={form.formId}>
        <div className="dialog-body backups">
          <p className="field-hint">
            Quadrant copies each document the first time it is opened on a day, before upgrading it, and before a new
            document or a copy replaces it. A backup is restored into a new file; the document itself is not touched.
          </p>
          {form.formError ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {form.formError}
            </div>
          ) : null}
          {hasDocument ? <CheckboxField {...form.field('onlyCurrent')} label="Only backups of this document" /> : null}
          {listError ? (
            <div className="form-error" role="alert">
              {listError}
            </div>
          ) : backups === null ? (
            <p role="status">Loading backups…</p>
          ) : backups.length === 0 ? (
            <p role="status">No backups yet.</p>
          ) : (
            <fieldset className="backup-list">
              <legend>Backups, newest first</legend>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Restore</th>
                    <th scope="col">Date</th>
                    <th scope="col">Document</th>
                    <th scope="col">Kind</th>
                    <th scope="col" className="num">
                      Size
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {backups.map((b) => (
                    <tr key={b.id} className={chosen === b.id ? 'is-chosen' : undefined}>
                      <td>
                        <input
                          type="radio"
                          name={groupName}
                          id={`${groupName}-${b.id}`}
                          checked={chosen === b.id}
                          onChange={() => choose(b)}
                          aria-label={`${b.sourceName}, ${when(b.createdAt)}`}
                        />
                      </td>
                      <td>
                        <label htmlFor={`${groupName}-${b.id}`}>{when(b.createdAt)}</label>
                      </td>
                      <td title={b.source}>{b.sourceName}</td>
                      <td>{REASON[b.reason]}</td>
                      <td className="num">{size(b.size)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </fieldset>
          )}
          {electron ? (
            <p className="field-hint">Restore asks where to put the new file; Quadrant opens it once restored.</p>
          ) : (
            <TextField
              {...form.field('path')}
              label="Restore into"
              hint="A new file; Quadrant opens it once restored."
              required
            />
          )}
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={form.busy || !chosen}>
            {form.busy ? 'Restoring…' : electron ? 'Restore…' : 'Restore'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
