/**
 * Notes of one entity at a time: the notes dialog shows them and edits them. Edits go through the document's one
 * write path; their answers (and those of every other edit, an undo included) are applied here as they come.
 */
import { create } from 'zustand';
import { call } from '../api';
import { applyNoteChanges, newestFirst } from '../../shared/changes';
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
    if (get().entity === entity) set({ notes: notes.sort(newestFirst) });
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
    },
    update: async (input) => {
      await useDocumentStore.getState().run('note.update', input);
    },
    remove: async (id) => {
      await useDocumentStore.getState().run('note.delete', { id });
    },
  };
});

// Every applied answer brings the notes it changed; a full load of the document reads the entity's notes again.
useDocumentStore.subscribe((state, before) => {
  const { entity, notes } = useNotesStore.getState();
  if (!entity) return;
  if (state.loads !== before.loads) {
    void useNotesStore.getState().load(entity.entityType, entity.entityId);
  } else if (state.applied && state.applied !== before.applied) {
    const belongs = (n: Note) => n.entityType === entity.entityType && n.entityId === entity.entityId;
    const next = applyNoteChanges(notes, state.applied.changes, belongs);
    if (next !== notes) useNotesStore.setState({ notes: next });
  }
});
