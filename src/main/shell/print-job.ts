/**
 * `electron out/main/index.js --print-report=<job.json>`: how `quadrant report` prints with Electron where it runs.
 * The CLI gathers the data itself (plain Node, its own SQLite) and writes the job (core/print-job-file.ts); this
 * process checks it, lays the report out in a hidden window, prints it with printToPDF and exits: no document, no
 * window shown, no single-instance hand-over to a running Quadrant. A packaged app takes no print jobs: the CLI
 * runs Electron from the npm package, never the installed app.
 */
import { writeFile } from 'node:fs/promises';
import { readPrintJob } from '../core/print-job-file';
import { printWithElectron } from './report';

export const PRINT_JOB_FLAG = '--print-report=';

export function printJobFromArgv(argv: readonly string[], packaged: boolean): string | null {
  if (packaged) return null;
  const arg = argv.find((a) => a.startsWith(PRINT_JOB_FLAG));
  return arg ? arg.slice(PRINT_JOB_FLAG.length) : null;
}

/** Returns the process exit code. */
export async function runPrintJob(jobFile: string): Promise<number> {
  try {
    const job = readPrintJob(jobFile);
    // The built print view only: a job never loads the dev server.
    await writeFile(job.out, await printWithElectron({ kind: 'report', data: job.data }, false), { flag: 'wx' });
    return 0;
  } catch (err) {
    process.stderr.write(`Quadrant could not print the report: ${(err as Error).message}\n`);
    return 1;
  }
}
