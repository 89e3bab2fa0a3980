/**
 * `electron out/main/index.js --print-report=<job.json>`: how `quadrant report` prints with Electron where it runs.
 * The CLI gathers the data itself (plain Node, its own SQLite) and writes { data, out } to a job file; this process
 * only lays the report out in a hidden window, prints it with printToPDF and exits: no document, no window shown,
 * no single-instance hand-over to a running Quadrant.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { ReportData } from '../../shared/report';
import { printWithElectron } from './report';

export const PRINT_JOB_FLAG = '--print-report=';

export function printJobFromArgv(argv: readonly string[]): string | null {
  const arg = argv.find((a) => a.startsWith(PRINT_JOB_FLAG));
  return arg ? arg.slice(PRINT_JOB_FLAG.length) : null;
}

/** Returns the process exit code. */
export async function runPrintJob(jobFile: string): Promise<number> {
  try {
    const job = JSON.parse(await readFile(jobFile, 'utf8')) as { data: ReportData; out: string };
    await writeFile(job.out, await printWithElectron(job.data));
    return 0;
  } catch (err) {
    process.stderr.write(`Quadrant could not print the report: ${(err as Error).message}\n`);
    return 1;
  }
}
