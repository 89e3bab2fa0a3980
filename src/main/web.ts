/**
 * `npm run web [file]`: Quadrant in a browser on this computer, for machines without the Electron binary.
 * Serves the built renderer and the real backend on 127.0.0.1 with a per-run token.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultAppDataDir, defaultBackupDir } from './core/backups';
import { ensureSampleDocument } from './core/first-run';
import { startWebServer } from './core/http-server';
import { setLocale, t } from '../shared/i18n';
import { environmentLocale, localeFor } from '../shared/i18n/languages';

export function documentsDir(): string {
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}

/** What `npm run web` prints once it serves: the document, the address, how to stop. */
export function startText(documentPath: string, url: string): string {
  return `${t('cli:web.running', { path: documentPath })}\n\n  ${url}\n\n${t('cli:web.open')}\n`;
}

export async function main(args: string[], rendererDir: string): Promise<void> {
  // The terminal's language, as the command line's (each page's calls then run in the page's own).
  const system = environmentLocale(process.env);
  setLocale(system ? localeFor('system', system) : 'en-US');
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const documentPath = file ? resolve(file) : ensureSampleDocument(documentsDir());
  const server = await startWebServer({ rendererDir, documentPath, port, backupDir: defaultBackupDir(),
    libraryFile: join(defaultAppDataDir(), 'kpi-library.json'),
  });
  process.stdout.write(startText(documentPath, server.url));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
