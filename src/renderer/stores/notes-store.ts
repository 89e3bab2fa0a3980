/**
 * Notes of one entity at a time: the notes dialog shows them and edits them. Edits go through the document's one
 * write path, so the grid's note marks, the timeline and the undo menu see them at once.
 */
import { create } from 'zustand';
import { call } from '../api';
import { useDocumentStore } from './document-store';
import type { Input } from '../../shared/contract';
import type { Note, NoteEntityType } from '../../shared/domain';

interface NotesState {
  entity: { entityType: NoteEntityType; entityId: number } | null;
  notes: Note[];
  loading: boolean;
  load(entityType: NoteEntityType, entityId: number): Promise<void>;
  create(input: Input<'note.create'>): Promise<void>;
  update(input: Input<'note.update'>): Promise<void>;
  remove(id: number): Promise<void>;
}

export const useNotesStore = create<NotesState>()((set, get) => {
  async function refresh(): Promise<void> {
    const entity = get().entity;
    if (!entity) return;
    const notes = await call('note.list', entity);
    // Newest first: the latest explanation is what a reader wants.
    notes.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
    if (get().entity === entity) set({ notes });
  }
  return {
    entity: null,
    notes: [],
    loading: false,
    load: async (entityType, entityId) => {
      set({ entity: { entityType, entityId }, notes: [], loading: true });
      try {
        await refresh();
      } finally {
        set({ loading: false });
      }
    },
    create: async (input) => {
      await useDocumentStore.getState().run('note.create', input);
      await refresh();
    },
    update: async (input) => {
      await useDocumentStore.getState().run('note.update', input);
      await refresh();
    },
    remove: async (id) => {
      await useDocumentStore.getState().run('note.delete', { id });
      await refresh();
    },
  };
});
