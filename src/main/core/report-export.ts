/**
 * 'report.export' in browser mode: the server prints the report with the machine's Chromium and sends the PDF
 * back in the result (base64), for the page to offer as a download. The core's dispatch is synchronous and
 * cannot print, so the HTTP adapter routes this one method here. Chromium and the loaded print view are kept for
 * a minute after an export, so the next one starts at once; exports run one at a time.
 */
import { contract } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import type { ReportData, ReportExportResult } from '../../shared/report';
import { dispatchSync, toApiError, validationError } from './dispatch';
import { launchPrinter, openPrintView, printReportPdf, reportFileName, type PrintView } from './report-pdf';
import type { Session } from './session';

export const REPORT_EXPORT = 'report.export';
const KEEP_WARM_MS = 60_000;

interface Warm {
  rendererDir: string;
  engine: string;
  view: PrintView;
  close(): Promise<void>;
  timer?: NodeJS.Timeout;
}

let warm: Promise<Warm> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function startWarm(rendererDir: string): Promise<Warm> {
  const { browser, engine } = await launchPrinter();
  try {
    const view = await openPrintView(browser, rendererDir);
    return { rendererDir, engine, view, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

function coolDown(w: Warm): void {
  clearTimeout(w.timer);
  w.timer = setTimeout(() => {
    warm = null;
    void w.close();
  }, KEEP_WARM_MS);
  // An idle Chromium must not keep the server's process alive.
  w.timer.unref();
}

async function print(data: ReportData, rendererDir: string) {
  const current = warm ? await warm.catch(() => null) : null;
  if (!current || current.rendererDir !== rendererDir) warm = startWarm(rendererDir);
  const w = await warm!;
  try {
    return await printReportPdf(data, { rendererDir, view: w.view, engine: w.engine });
  } catch (err) {
    // A crashed or wedged page is not reused.
    warm = null;
    await w.close();
    throw err;
  } finally {
    if (warm) coolDown(w);
  }
}

export async function exportReportForBrowser(
  session: Session,
  input: unknown,
  rendererDir: string,
): Promise<Result<ReportExportResult>> {
  const parsed = contract[REPORT_EXPORT].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const { openAfter: _ignored, ...options } = parsed.data;
  const gathered = dispatchSync(session, 'report.data', options);
  if (!gathered.ok) return gathered;
  const data = gathered.value as ReportData;
  const job = queue.then(() => print(data, rendererDir));
  queue = job.catch(() => undefined);
  try {
    const printed = await job;
    return {
      ok: true,
      value: {
        path: null,
        pdfBase64: printed.pdf.toString('base64'),
        fileName: reportFileName(data),
        pages: printed.pages,
        bytes: printed.pdf.length,
        engine: printed.engine,
      },
    };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
