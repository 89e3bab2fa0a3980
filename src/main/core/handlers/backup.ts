/** backup.* : listing and restoring rotating backups. */
import { resolve } from 'node:path';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<'backup'> = {
  'backup.list': ({ onlyCurrent }, session) => {
    const all = session.backups?.list() ?? [];
    const current = session.document?.path;
    if (!onlyCurrent) return all;
    return current ? all.filter((b) => b.source === resolve(current)) : [];
  },
  'backup.restore': ({ id, path }, session) => session.restoreBackup(id, resolve(path)),
};
