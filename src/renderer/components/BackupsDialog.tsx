/**
 * Restore from backup…: the rotating backups Quadrant keeps (date, size, document), restored into a new file,
 * never over the document they came from.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../shared/format';
import { currentLocale, t } from '../../shared/i18n';
import { call, errorMessage, isElectron } from '../api';
import type { BackupInfo } from '../../shared/contract';
import { useDocumentStore } from '../stores/document-store';
import { useForm } from '../use-form';
import { CheckboxField, TextField } from './FormFields';
import { Modal } from './Modal';

function size(bytes: number): string {
  if (bytes < 1024 * 1024)
    return t('panels:backups.sizeKb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024)), { grouping: false }) });
  const mb = formatNumber(bytes / (1024 * 1024), { minDecimals: 1, maxDecimals: 1, grouping: false });
  return t('panels:backups.sizeMb', { size: mb });
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });

/** A new file beside the original: "Plan (restored 2026-03-31).scorecard". */
function restorePath(backup: BackupInfo): string {
  const cut = Math.max(backup.source.lastIndexOf('/'), backup.source.lastIndexOf('\\'));
  const folder = backup.source.slice(0, cut + 1);
  const name = backup.sourceName.replace(/\.scorecard$/i, '');
  return `${folder}${t('panels:backups.restoredName', { name, date: backup.createdAt.slice(0, 10) })}.scorecard`;
}

export function BackupsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('panels');
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
    if (!chosen) return form.setFormError(t('backups.chooseFirst'));
    if (!electron && !typed) return form.reject({ path: t('backups.pathRequired') });
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
    <Modal title={t('backups.title')} onClose={onClose} size="large">
      <form noValidate onSubmit={(e) => void restore(e)} data-form={form.formId}>
        <div className="dialog-body backups">
          <p className="field-hint">{t('backups.intro')}</p>
          {form.formError ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {form.formError}
            </div>
          ) : null}
          {hasDocument ? <CheckboxField {...form.field('onlyCurrent')} label={t('backups.onlyCurrent')} /> : null}
          {listError ? (
            <div className="form-error" role="alert">
              {listError}
            </div>
          ) : backups === null ? (
            <p role="status">{t('backups.loading')}</p>
          ) : backups.length === 0 ? (
            <p role="status">{t('backups.none')}</p>
          ) : (
            <fieldset className="backup-list">
              <legend>{t('backups.legend')}</legend>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('backups.restore')}</th>
                    <th scope="col">{t('backups.date')}</th>
                    <th scope="col">{t('backups.document')}</th>
                    <th scope="col">{t('backups.kind')}</th>
                    <th scope="col" className="num">
                      {t('backups.size')}
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
                          aria-label={t('backups.choice', { name: b.sourceName, date: when(b.createdAt) })}
                        />
                      </td>
                      <td>
                        <label htmlFor={`${groupName}-${b.id}`}>{when(b.createdAt)}</label>
                      </td>
                      <td title={b.source}>{b.sourceName}</td>
                      <td>{t(`backups.reason.${b.reason}`)}</td>
                      <td className="num">{size(b.size)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </fieldset>
          )}
          {electron ? (
            <p className="field-hint">{t('backups.asksWhere')}</p>
          ) : (
            <TextField
              {...form.field('path')}
              label={t('backups.restoreInto')}
              hint={t('backups.restoreIntoHint')}
              required
            />
          )}
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('formDialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={form.busy || !chosen}>
            {form.busy ? t('backups.restoring') : electron ? t('backups.restoreAsk') : t('backups.restore')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
