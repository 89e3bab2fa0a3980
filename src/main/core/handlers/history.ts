/** history.* : undo and redo of the open document's edits (the journal itself lives in ../history.ts). */
import { NO_HISTORY } from '../../../shared/changes';
import type { HandlerGroup } from './types';

export const historyHandlers: HandlerGroup<'history'> = {
  // No document, no history: the menu asks before any document is open and deserves an answer, not an error.
  'history.state': (_input, session) => (session.document ? session.document.journal(session.actor).state() : NO_HISTORY),
  'history.undo': (_input, session) => {
    const history = session.require().store.journal(session.actor);
    const undone = history.undo();
    return { undone, ...history.state() };
  },
  'history.redo': (_input, session) => {
    const history = session.require().store.journal(session.actor);
    const redone = history.redo();
    return { redone, ...history.state() };
  },
};
