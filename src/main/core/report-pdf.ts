/**
 * Prints the report with a Chromium driven by playwright-core: the CLI and the browser-mode server use it, the
 * tests read back what it writes. The print view (out/renderer/report.html) is served to the page from disk by
 * request interception under a made-up origin, so no port is opened and nothing outside that folder is reachable.
 * Electron prints the same view with its own printToPDF (src/main/shell/report.ts).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ReportData, ReportReady } from '../../shared/report';
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

export interface PrintedReport {
  pdf: Buffer;
  pages: number;
  ready: ReportReady;
  /** Which Chromium printed it. */
  engine: string;
}

export interface PrintOptions {
  /** The built renderer, with report.html. */
  rendererDir: string;
  /** A running browser to reuse (tests, benchmarks); otherwise one is started and closed again. */
  browser?: Browser;
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

export async function printReportPdf(data: ReportData, opts: PrintOptions): Promise<PrintedReport> {
  const root = resolve(opts.rendererDir);
  const owned = opts.browser ? null : await launchPrinter();
  const browser = opts.browser ?? owned!.browser;
  const engine = opts.engine ?? owned?.engine ?? `Chromium ${browser.version()}`;
  const context = await browser.newContext({ javaScriptEnabled: true, offline: false });
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
    const response = await page.goto(`${REPORT_ORIGIN}/report.html`);
    if (!response?.ok()) {
      throw new Error(`The print view is missing from ${root}: build the app first (npx electron-vite build).`);
    }
    await page.waitForFunction('typeof window.quadrantReport?.render === "function"', undefined, { timeout: 20_000 });
    const ready = (await page.evaluate(
      (d) =>
        (globalThis as unknown as { quadrantReport: { render(x: unknown): Promise<unknown> } }).quadrantReport.render(
          d,
        ),
      data as unknown,
    )) as ReportReady;
    if (errors.length > 0) throw new Error(`The print view failed: ${errors[0]}`);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      format: data.options.pageSize,
      landscape: data.options.orientation === 'landscape',
      outline: true,
      tagged: true,
    });
    return { pdf, pages: countPdfPages(pdf), ready, engine };
  } finally {
    await context.close();
    if (owned) await owned.browser.close();
  }
}
