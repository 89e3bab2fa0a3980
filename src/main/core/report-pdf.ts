/**
 * Prints the report, and a review's minutes, with a Chromium driven by playwright-core: the CLI and the
 * browser-mode server use it, the tests read back what it writes. The print view (out/renderer/report.html) is served to the page from disk by
 * request interception under a made-up origin, so no port is opened and nothing outside that folder is reachable.
 * Electron prints the same view with its own printToPDF (src/main/shell/report.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { minutesFileName } from '../../shared/minutes';
import { t } from '../../shared/i18n';
import type { ReportData, ReportReady } from '../../shared/report';
import type { Printable } from './capabilities';
import { CHROMIUM_ARGS, findChromium } from './chromium';

/** Where the print view pretends to live: .invalid never resolves, so a stray request cannot leave the machine. */
export const REPORT_ORIGIN = 'http://quadrant-report.invalid';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PrintedPdf {
  pdf: Buffer;
  pages: number;
  /** What the print view reported back once everything was drawn (ReportReady, MinutesReady). */
  ready: unknown;
  /** Which Chromium printed it. */
  engine: string;
}

export interface PrintedReport extends PrintedPdf {
  ready: ReportReady;
}

export interface PrintOptions {
  /** The built renderer, with report.html. */
  rendererDir: string;
  /** A running browser to reuse (tests, benchmarks); otherwise one is started and closed again. */
  browser?: Browser;
  /** A print view already loaded (openPrintView), reused as is. */
  view?: PrintView;
  engine?: string;
}

/** Page objects in a PDF written by Chromium (Skia writes every page object out uncompressed). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

export function reportFileName(data: ReportData): string {
  const period = data.scorecards[0]?.period ?? data.options.period;
  const safe = `${data.documentName} report ${period}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim();
  return `${safe}.pdf`;
}

export async function launchPrinter(): Promise<{ browser: Browser; engine: string }> {
  const { chromium } = await import('playwright-core');
  const found = await findChromium();
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
  return { browser, engine: `Chromium ${browser.version()}, ${found.description}` };
}

/** A page with the print view loaded, ready to render a report; reusable for the next one. */
export interface PrintView {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** `whileLoading` runs once Chromium has been told to load the view, so both work at the same time. */
export async function openPrintView(
  browser: Browser,
  rendererDir: string,
  whileLoading?: () => void,
): Promise<PrintView> {
  const root = resolve(rendererDir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== REPORT_ORIGIN) return route.abort('blockedbyclient');
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root + sep)) return route.abort('accessdenied');
      try {
        const body = await readFile(file);
        return route.fulfill({ status: 200, body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404, body: 'Not found' });
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const loading = page.goto(`${REPORT_ORIGIN}/report.html`);
    if (whileLoading) {
      await new Promise((r) => setImmediate(r));
      whileLoading();
    }
    const response = await loading;
    if (!response?.ok()) {
      throw new Error(t('errors:print.missing', { root }));
    }
    // Module scripts run before the load event goto waited for. (waitForFunction would poll with eval, which the
    // view's Content-Security-Policy rightly refuses.)
    const loaded = await page.evaluate(
      () => typeof (globalThis as { quadrantReport?: { render?: unknown } }).quadrantReport?.render === 'function',
    );
    if (!loaded) throw new Error(t('errors:print.didNotStart', { root, detail: errors[0] ?? t('errors:print.noError') }));
    return { page, errors, close: () => context.close() };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** Paper and orientation of a printable: the report's chosen ones; minutes are A4 portrait, always. */
function paperOf(doc: Printable): { format: 'A4' | 'Letter'; landscape: boolean } {
  if (doc.kind === 'minutes') return { format: 'A4', landscape: false };
  return { format: doc.data.options.pageSize, landscape: doc.data.options.orientation === 'landscape' };
}

/** The file name a printed document is offered under. */
export function printableFileName(doc: Printable): string {
  return doc.kind === 'report' ? reportFileName(doc.data) : minutesFileName(doc.data);
}

/** Renders a report or minutes in a loaded print view and prints it; `ready` is what the view reported back. */
export async function printDocumentInView(view: PrintView, doc: Printable): Promise<{ pdf: Buffer; ready: unknown }> {
  view.errors.length = 0;
  const ready = await view.page.evaluate(
    ({ kind, data }) => {
      const host = (globalThis as unknown as { quadrantReport: Record<string, (x: unknown) => Promise<unknown>> })
        .quadrantReport;
      return kind === 'minutes' ? host.renderMinutes!(data) : host.render!(data);
    },
    { kind: doc.kind, data: doc.data as unknown },
  );
  if (view.errors.length > 0) throw new Error(t('errors:print.failed', { detail: view.errors[0] }));
  const pdf = await view.page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    ...paperOf(doc),
    // Bookmarks per section cost nothing; a tagged PDF would triple the file and double the printing time.
    outline: true,
  });
  return { pdf, ready };
}

/** Renders the report in a loaded print view and prints it. */
export async function printInView(view: PrintView, data: ReportData): Promise<{ pdf: Buffer; ready: ReportReady }> {
  const { pdf, ready } = await printDocumentInView(view, { kind: 'report', data });
  return { pdf, ready: ready as ReportReady };
}

/**
 * Prints one report or minutes: in `view` when given (kept loaded by the caller), else in a print view opened for
 * it, in `browser` or a Chromium started for it. `doc` may be a function: it then runs while Chromium loads the view.
 */
export async function printDocumentPdf(
  doc: Printable | (() => Printable),
  opts: PrintOptions,
): Promise<PrintedPdf> {
  const owned = opts.browser || opts.view ? null : await launchPrinter();
  const browser = opts.browser ?? owned?.browser;
  const engine =
    opts.engine ?? owned?.engine ?? `Chromium ${(browser ?? opts.view!.page.context().browser()!).version()}`;
  try {
    let printable = typeof doc === 'function' ? undefined : doc;
    const gather = () => (printable ??= (doc as () => Printable)());
    const view = opts.view ?? (await openPrintView(browser!, opts.rendererDir, gather));
    try {
      const { pdf, ready } = await printDocumentInView(view, gather());
      return { pdf, pages: countPdfPages(pdf), ready, engine };
    } finally {
      if (!opts.view) await view.close();
    }
  } finally {
    if (owned) await owned.browser.close();
  }
}

/** Prints one report (see printDocumentPdf). */
export async function printReportPdf(
  data: ReportData | (() => ReportData),
  opts: PrintOptions,
): Promise<PrintedReport> {
  const doc: Printable | (() => Printable) =
    typeof data === 'function' ? () => ({ kind: 'report', data: data() }) : { kind: 'report', data };
  return (await printDocumentPdf(doc, opts)) as PrintedReport;
}
