/** A form in a modal: fields, a message for the whole form, Save/Cancel, and a confirmed Delete. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { Modal } from './Modal';

interface FormDialogProps {
  title: string;
  subtitle?: string;
  formId: string;
  formError: string | null;
  busy: boolean;
  submitLabel?: string;
  onSubmit(): void | Promise<void>;
  onClose(): void;
  /** Present when the entity exists: offers Delete… with a confirmation step. */
  onDelete?: () => Promise<void>;
  /** What is deleted, in the confirmation question: 'the perspective “Customer”'. */
  deleteWhat?: string;
  deleteWarning?: string;
  size?: 'small' | 'medium' | 'large';
  children: ReactNode;
}

export function FormDialog(p: FormDialogProps) {
  const { t } = useTranslation('panels');
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  function submit(e: FormEvent): void {
    e.preventDefault();
    void p.onSubmit();
  }

  async function confirmDelete(): Promise<void> {
    if (!p.onDelete) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await p.onDelete();
    } catch (err) {
      setDeleteError(errorMessage(err));
      setDeleting(false);
    }
  }

  if (confirming) {
    return (
      <Modal title={t('formDialog.deleteTitle', { what: p.deleteWhat ?? t('formDialog.thisItem') })} onClose={p.onClose} size="small">
        <div className="dialog-body">
          <p>{p.deleteWarning ?? t('formDialog.cannotUndo')}</p>
          {deleteError ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {deleteError}
            </div>
          ) : null}
        </div>
        <div className="dialog-footer">
          <span className="spacer" />
          <button type="button" data-autofocus onClick={() => (setConfirming(false), setDeleteError(null))}>
            {t('formDialog.keep')}
          </button>
          <button type="button" className="danger" disabled={deleting} onClick={() => void confirmDelete()}>
            {t('formDialog.delete')}
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={p.title} subtitle={p.subtitle} onClose={p.onClose} size={p.size}>
      <form noValidate onSubmit={submit} data-form={p.formId} aria-labelledby={undefined}>
        <div className="dialog-body">
          {p.formError ? (
            <div className="form-error" role="alert">
              <span aria-hidden="true">✕ </span>
              {p.formError}
            </div>
          ) : null}
          {p.children}
        </div>
        <div className="dialog-footer">
          {p.onDelete ? (
            <button type="button" className="danger-quiet" onClick={() => setConfirming(true)}>
              {t('formDialog.deleteAsk')}
            </button>
          ) : null}
          <span className="spacer" />
          <button type="button" onClick={p.onClose}>
            {t('formDialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={p.busy}>
            {p.busy ? t('formDialog.saving') : (p.submitLabel ?? t('formDialog.save'))}
          </button>
        </div>
      </form>
    </Modal>
  );
}
