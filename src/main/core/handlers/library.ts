/** library.*: the built-in KPI library (resources/kpi-library.json) and the user's own, kept with the app's settings. */
import { deleteFromLibrary, listLibrary, saveToLibrary } from '../kpi-library';
import type { HandlerGroup } from './types';

// No document is needed and none is touched: these run outside the document's transaction and undo history.
export const libraryHandlers: HandlerGroup<'library'> = {
  'library.list': (_input, session) => listLibrary(session.libraryFile),
  'library.save': (input, session) => saveToLibrary(session.libraryFile, input),
  'library.delete': ({ id }, session) => {
    deleteFromLibrary(session.libraryFile, id);
    return null;
  },
};
