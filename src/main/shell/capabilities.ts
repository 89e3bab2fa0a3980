/**
 * What the app can do for a window's document, handed to its dispatchers (core/capabilities.ts): print the report
 * or a review's minutes with a save dialog, save a spreadsheet export, open a link after asking, and choose files in
 * native dialogs. The page's dispatcher may use a path only if one of its own dialogs produced it, for that purpose,
 * once: a page that was made to call document.create with `/home/you/notes.txt` is refused before any handler sees the path.
 */
import type { BrowserWindow } from 'electron';
import { basename } from 'node:path';
import type { PathPurpose } from '../../shared/contract';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Capabilities } from '../core/capabilities';
import { askPathFor, saveExportedFile } from './dialogs';
import { openExternalLink } from './external';
import { saveReport } from './report';

export interface WindowCapabilities {
  /** For calls from the window's page: paths only from this window's own dialogs. */
  page: Capabilities;
  /** For the main process's own calls: its menus' dialogs, the command line, the OS, the recent list. */
  main: Capabilities;
}

export function windowCapabilities(windowOf: () => BrowserWindow | undefined): WindowCapabilities {
  // One entry per path a dialog produced, with what it was chosen for; used up when the page uses it.
  const chosen = new Set<string>();
  const key = (purpose: PathPurpose, path: string) => `${purpose}\u0000${path}`;
  const shared = {
    print: (doc, { openAfter }) => saveReport(windowOf(), doc, openAfter),
    openLink: (url) => openExternalLink(windowOf(), url),
    // The path comes from the app's own save dialog and is used at once; the page only learns where it went.
    saveFile: (name, bytes, filter) => saveExportedFile(windowOf(), name, bytes, filter),
  } satisfies Omit<Capabilities, 'approvePath'>;
  return {
    page: {
      ...shared,
      choosePath: async (purpose, suggested) => {
        const path = await askPathFor(purpose, windowOf(), suggested);
        if (path) chosen.add(key(purpose, path));
        return path;
      },
      approvePath: (purpose, path) => {
        if (chosen.delete(key(purpose, path))) return;
        throw new AppError(ErrorCode.FORBIDDEN, t('shell:windows.notChosen', { name: basename(path) }));
      },
    },
    main: {
      ...shared,
      choosePath: (purpose, suggested) => askPathFor(purpose, windowOf(), suggested),
      approvePath: () => undefined,
    },
  };
}
