/**
 * Browser mode's printer (its `print` capability): the server prints the report (or minutes) with the machine's Chromium and
 * sends the PDF back in the result (base64), for the page to offer as a download. Chromium and the loaded print
 * view are kept for a minute after an export, so the next one starts at once; exports run one at a time.
 */
import type { ReportExportResult } from '../../shared/report';
import type { Printable } from './capabilities';
import { launchPrinter, openPrintView, printableFileName, printDocumentPdf, type PrintView } from './report-pdf';

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

async function print(doc: Printable, rendererDir: string) {
  const current = warm ? await warm.catch(() => null) : null;
  if (!current || current.rendererDir !== rendererDir) warm = startWarm(rendererDir);
  const w = await warm!;
  try {
    return await printDocumentPdf(doc, { rendererDir, view: w.view, engine: w.engine });
  } catch (err) {
    // A crashed or wedged page is not reused.
    warm = null;
    await w.close();
    throw err;
  } finally {
    if (warm) coolDown(w);
  }
}

/** Prints with the machine's Chromium and answers with the PDF itself; `openAfter` means nothing in a browser. */
export function browserPrinter(rendererDir: string): (doc: Printable) => Promise<ReportExportResult> {
  return async (doc) => {
    const job = queue.then(() => print(doc, rendererDir));
    queue = job.catch(() => undefined);
    const printed = await job;
    return {
      path: null,
      pdfBase64: printed.pdf.toString('base64'),
      fileName: printableFileName(doc),
      pages: printed.pages,
      bytes: printed.pdf.length,
      engine: printed.engine,
    };
  };
}
