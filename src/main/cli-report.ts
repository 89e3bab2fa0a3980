/**
 * `quadrant report`: the board-ready PDF from the command line. The data comes from the same dispatch as the app;
 * the print view (out/renderer/report.html, built first when missing) is printed by the Chromium found on the
 * machine, and the command says which one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Method, Output } from '../shared/contract';
import { AppError, ErrorCode } from '../shared/errors';
import { REPORT_SECTIONS, type ReportSection } from '../shared/report';
import { commandLineHost } from './core/capabilities';
import { dispatchSync } from './core/dispatch';
import { countPdfPages, printReportPdf, reportFileName } from './core/report-pdf';
import { printWithElectronCli } from './cli-electron';
import { Session } from './core/session';
import { latestPeriodWithData } from './cli-score';

export const REPORT_USAGE = `  quadrant report <file.scorecard> [--period 2026-Q3] [--out report.pdf] [--size A4|Letter] [--landscape]
                  [--sections ${REPORT_SECTIONS.join(',')}] [--scorecard ID[,ID…]]
                  [--title "…"] [--company "…"] [--prepared-by "…"] [--date 2026-10-06] [--logo logo.png] [--force]
                                                           the PDF report of a period (printed with Chromium)`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

function call<M extends Method>(session: Session, method: M, input: unknown): Output<M> {
  const result = dispatchSync(session, method, input, commandLineHost);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  return result.value as Output<M>;
}

/** An image file as a data URL, so the report (and the settings) carry the logo itself, not a path. */
export function logoDataUrl(path: string): string {
  const type = IMAGE_TYPES[extname(path).toLowerCase()];
  if (!type) throw new AppError(ErrorCode.VALIDATION, `The logo must be a PNG, JPEG, GIF, WebP or SVG file: ${path}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new AppError(ErrorCode.IO, `Cannot read the logo ${path}: ${(err as Error).message}`);
  }
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/** The print view must be built; a checkout that was never built gets built once, as `npm run web` does. */
export function ensurePrintView(io: Io): void {
  if (existsSync(join(RENDERER_DIR, 'report.html'))) return;
  io.err('The print view is not built yet: building the app first (electron-vite build)…\n');
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(join(RENDERER_DIR, 'report.html'))) {
    throw new AppError(ErrorCode.IO, 'Could not build the print view: run `npx electron-vite build` and try again.');
  }
}

function parseSections(text: string | undefined): ReportSection[] | undefined {
  if (text === undefined) return undefined;
  const sections = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = sections.filter((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new AppError(
      ErrorCode.VALIDATION,
      `Unknown section ${unknown[0]}: choose from ${REPORT_SECTIONS.join(', ')}.`,
    );
  }
  return sections as ReportSection[];
}

export async function runReport(args: string[], io: Io): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      period: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string' },
      landscape: { type: 'boolean' },
      sections: { type: 'string' },
      scorecard: { type: 'string' },
      title: { type: 'string' },
      company: { type: 'string' },
      'prepared-by': { type: 'string' },
      date: { type: 'string' },
      logo: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1)
    throw new AppError(ErrorCode.VALIDATION, 'Name one document: quadrant report <file.scorecard> …');
  const size = values.size ?? 'A4';
  if (size !== 'A4' && size !== 'Letter')
    throw new AppError(ErrorCode.VALIDATION, `--size must be A4 or Letter, not ${size}.`);
  const session = new Session({ mode: 'cli' });
  try {
    const info = call(session, 'document.open', { path: resolve(positionals[0]!) });
    const scorecardIds = values.scorecard ? values.scorecard.split(',').map(Number) : [info.scorecards[0]!.id];
    let period = values.period;
    if (!period) {
      const tree = call(session, 'scorecard.get', { id: scorecardIds[0]! });
      period =
        latestPeriodWithData(tree.scorecard, call(session, 'measurement.list', { scorecardId: tree.scorecard.id })) ??
        undefined;
      if (!period) throw new AppError(ErrorCode.VALIDATION, 'The scorecard has no measurements yet: pass --period.');
    }
    const cover = {
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.company !== undefined ? { companyName: values.company } : {}),
      ...(values['prepared-by'] !== undefined ? { preparedBy: values['prepared-by'] } : {}),
      ...(values.date !== undefined ? { date: values.date } : {}),
      ...(values.logo !== undefined ? { logo: logoDataUrl(resolve(values.logo)) } : {}),
    };
    const sections = parseSections(values.sections);
    const data = call(session, 'report.data', {
      scorecardIds,
      period,
      pageSize: size,
      orientation: values.landscape ? 'landscape' : 'portrait',
      cover,
      ...(sections ? { sections } : {}),
    });
    const out = resolve(values.out ?? reportFileName(data));
    if (existsSync(out) && !values.force)
      throw new AppError(ErrorCode.FILE_EXISTS, `${out} already exists (use --force to replace it).`);
    ensurePrintView(io);
    // Electron where it runs, as the app prints; else the Chromium found on the machine.
    const electron = printWithElectronCli(data, join(ROOT, 'out', 'main', 'index.js'));
    let printed: { pdf: Buffer; engine: string };
    if ('pdf' in electron) printed = electron;
    else {
      const chromium = await printReportPdf(data, { rendererDir: RENDERER_DIR });
      printed = { pdf: chromium.pdf, engine: `${chromium.engine} (not Electron: ${electron.reason})` };
    }
    writeFileSync(out, printed.pdf);
    const pages = countPdfPages(printed.pdf);
    io.err(`Printed with ${printed.engine}\n`);
    io.out(
      `Wrote ${out} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${size} ${values.landscape ? 'landscape' : 'portrait'})\n`,
    );
  } finally {
    session.close();
  }
}
