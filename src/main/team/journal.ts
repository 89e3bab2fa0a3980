/**
 * PostgreSQL: each person's undo journal over the shared audit log (audit-schema.ts), and the conflict check of
 * every write against the revision its page was based on. Placeholder: records without undo until built.
 */
import type { Engine } from '../core/db/engine';
import type { Actor, EditJournal } from '../core/db/open-store';

export function pgJournal(engine: Engine, _actor: Actor | null): EditJournal {
  return {
    record: (edit, describe) => {
      const name = describe();
      return engine.transaction(() => {
        const value = edit();
        name(value);
        return value;
      });
    },
    undo: () => null,
    redo: () => null,
    state: () => ({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null }),
  };
}
