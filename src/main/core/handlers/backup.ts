/** backup.* and shell.* : restoring rotating backups, and links that leave the app. */
import { resolve } from 'node:path';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<'backup'> & HandlerGroup<'shell'> = {
  'backup.list': ({ onlyCurrent }, session) => {
    const all = session.backups?.list() ?? [];
    const current = session.document?.path;
    if (!onlyCurrent) return all;
    return current ? all.filter((b) => b.source === resolve(current)) : [];
  },
  'backup.restore': ({ id, path }, session) => session.restoreBackup(id, resolve(path)),
  // Only the Electron shell can ask the user and hand a link to the system browser; it answers before dispatch.
  'shell.openExternal': () => ({ opened: false }),
};
