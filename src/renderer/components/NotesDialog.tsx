/** Notes on one entity, newest first, optionally about one period; add, edit and delete them. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api';
import { contract } from '../../shared/contract';
import type { Note, NoteEntityType } from '../../shared/domain';
import { periodLabel, previousPeriod } from '../../shared/periods';
import { PayloadBuilder } from '../form-kit';
import { useDocumentStore } from '../stores/document-store';
import { useNotesStore } from '../stores/notes-store';
import { useForm } from '../use-form';
import { FieldRow, SelectField, TextField } from './FormFields';
import { Modal } from './Modal';
import { NoteLinks } from './NoteLinks';

interface Props {
  entityType: NoteEntityType;
  entityId: number;
  title: string;
  period?: string;
  onClose(): void;
}

const blank = (period: string) => ({ body: '', period, author: '' });

export function NotesDialog({ entityType, entityId, title, period, onClose }: Props) {
  const { t } = useTranslation(['app', 'common']);
  const notes = useNotesStore((s) => s.notes);
  const loading = useNotesStore((s) => s.loading);
  const { load, create, update, remove } = useNotesStore.getState();
  const fy = useDocumentStore((s) => s.tree?.scorecard.fiscalYearStartMonth ?? 1);
  const [editing, setEditing] = useState<Note | null>(null);
  const [confirmId, setConfirmId] = useState<number | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const form = useForm(blank(period ?? ''));

  useEffect(() => {
    load(entityType, entityId).catch((err: unknown) => setListError(errorMessage(err)));
  }, [load, entityType, entityId]);

  // The current period and the few before it, plus whatever period the edited note already has.
  const recent = period ? [0, 1, 2, 3].map((n) => previousPeriod(period, n)) : [];
  const periodOptions = [
    { value: '', label: t('notes.noPeriod') },
    ...[...new Set([...recent, ...(editing?.period ? [editing.period] : [])])].map((p) => ({
      value: p,
      label: periodLabel(p, fy),
    })),
  ];

  function startEdit(note: Note): void {
    setEditing(note);
    form.set('body', note.body);
    form.set('period', note.period ?? '');
    form.set('author', note.author);
    form.setErrors({});
  }

  function resetForm(): void {
    setEditing(null);
    form.set('body', '');
    form.set('period', period ?? '');
    form.setErrors({});
  }

  async function save(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    const v = form.values;
    const ok = await form.submit({
      schema: editing ? contract['note.update'].input : contract['note.create'].input,
      build: () => {
        const b = new PayloadBuilder().set('body', v.body).nullable('period', v.period).set('author', v.author);
        return editing ? b.set('id', editing.id) : b.set('entityType', entityType).set('entityId', entityId);
      },
      send: (payload) =>
        editing
          ? update(payload as { id: number })
          : create(payload as { entityType: NoteEntityType; entityId: number; body: string }),
    });
    if (ok) resetForm();
  }

  async function confirmDelete(id: number): Promise<void> {
    try {
      await remove(id);
      setConfirmId(null);
      if (editing?.id === id) resetForm();
    } catch (err) {
      setListError(errorMessage(err));
    }
  }

  return (
    <Modal title={t('notesOn', { name: title })} onClose={onClose} size="large">
      <div className="dialog-body notes">
        <form
          noValidate
          onSubmit={(e) => void save(e)}
          data-form={form.formId}
          className="note-form"
          aria-label={editing ? t('notes.editNote') : t('notes.addANote')}
        >
          {form.formError ? (
            <div className="form-error" role="alert">
              {form.formError}
            </div>
          ) : null}
          <TextField
            {...form.field('body')}
            label={editing ? t('notes.editNote') : t('notes.newNote')}
            required
            multiline
            rows={3}
            autoFocus
          />
          <FieldRow>
            <SelectField {...form.field('period')} label={t('notes.about')} options={periodOptions} />
            <TextField {...form.field('author')} label={t('notes.author')} />
          </FieldRow>
          <div className="form-actions">
            {editing ? (
              <button type="button" onClick={resetForm}>
                {t('notes.cancelEdit')}
              </button>
            ) : null}
            <button type="submit" className="primary" disabled={form.busy}>
              {editing ? t('notes.saveNote') : t('notes.addNote')}
            </button>
          </div>
        </form>
        {listError ? (
          <div className="form-error" role="alert">
            {listError}
          </div>
        ) : null}
        <h3 className="notes-heading">
          {loading
            ? t('notes.loading')
            : notes.length === 0
              ? t('notes.none')
              : t('notes.count', { count: notes.length })}
        </h3>
        <ul className="note-list">
          {notes.map((n) => (
            <li key={n.id} className={editing?.id === n.id ? 'editing' : undefined}>
              <p className="note-meta">
                {n.period ? <span className="chip">{periodLabel(n.period, fy)}</span> : null}
                {n.author ? <span>{n.author}</span> : null}
                <time dateTime={n.createdAt}>{n.createdAt.slice(0, 10)}</time>
              </p>
              <p className="note-body">{n.body}</p>
              <NoteLinks text={n.body} />
              {confirmId === n.id ? (
                <p className="note-actions" role="group" aria-label={t('notes.confirmDeletion')}>
                  <span>{t('notes.deleteThis')}</span>
                  <button type="button" className="small danger" onClick={() => void confirmDelete(n.id)}>
                    {t('common:delete')}
                  </button>
                  <button type="button" className="small" onClick={() => setConfirmId(null)}>
                    {t('notes.keep')}
                  </button>
                </p>
              ) : (
                <p className="note-actions">
                  <button type="button" className="small quiet" onClick={() => startEdit(n)}>
                    {t('common:edit')}
                  </button>
                  <button type="button" className="small quiet" onClick={() => setConfirmId(n.id)}>
                    {t('notes.deleteEllipsis')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-footer">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
