/**
 * `quadrant report` with Electron, where its binary is installed and can open a window (a desktop session): the
 * same print view printed by Electron's printToPDF, exactly as the app does. Elsewhere (no binary, a server
 * without a display) the caller falls back to the Chromium found on the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { t } from '../shared/i18n';
import type { ReportData } from '../shared/report';
import { writePrintJob } from './core/print-job-file';

/**
 * The Electron binary of the electron npm package, or why there is none. Read from the package's path.txt, never
 * through require('electron'), which would try to download a missing binary.
 */
export function electronBinary(): { path: string } | { reason: string } {
  if (process.env.QUADRANT_PRINT_WITH === 'chromium') return { reason: 'QUADRANT_PRINT_WITH=chromium' };
  try {
    const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkg, 'path.txt');
    if (!existsSync(pathFile)) return { reason: t('cli:electron.notInstalled') };
    const path = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(path) ? { path } : { reason: t('cli:electron.binaryMissing', { path }) };
  } catch {
    return { reason: t('cli:electron.noPackage') };
  }
}

/** Prints with Electron; null (and why) when it cannot, so the caller can use Chromium instead. */
export function printWithElectronCli(
  data: ReportData,
  mainJs: string,
): { pdf: Buffer; engine: string } | { reason: string } {
  const electron = electronBinary();
  if ('reason' in electron) return electron;
  if (!existsSync(mainJs)) return { reason: t('cli:electron.notBuilt', { path: mainJs }) };
  const { folder, job, out } = writePrintJob(data);
  try {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    // A print job is never development: the built print view, whatever the caller's shell says.
    delete env.QUADRANT_DEV;
    delete env.ELECTRON_RENDERER_URL;
    const run = spawnSync(electron.path, [mainJs, `--print-report=${job}`], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (run.status !== 0 || !existsSync(out)) {
      const why = (run.stderr || run.error?.message || t('cli:electron.exitCode', { code: run.status })).trim().split('\n').pop();
      return { reason: t('cli:electron.couldNotPrint', { why }) };
    }
    const version = spawnSync(electron.path, ['--version'], { encoding: 'utf8' }).stdout.trim();
    return { pdf: readFileSync(out), engine: `Electron ${version} (${electron.path})` };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
