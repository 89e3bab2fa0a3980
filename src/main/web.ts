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

export function documentsDir(): string {
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}

export async function main(args: string[], rendererDir: string): Promise<void> {
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--port');
  const documentPath = file ? resolve(file) : ensureSampleDocument(documentsDir());
  const server = await startWebServer({ rendererDir, documentPath, port, backupDir: defaultBackupDir(),
    libraryFile: join(defaultAppDataDir(), 'kpi-library.json'),
  });
  process.stdout.write(`Quadrant is running in browser mode with ${documentPath}\n\n  ${server.url}\n\nOpen that address in your browser (it is only reachable from this computer). Press Ctrl+C to stop.\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
