/**
 * `quadrant report`: the board-ready PDF from the command line. The data comes from the same dispatch as the app;
 * the print view (out/renderer/report.html, built first when missing) is printed by the Chromium found on the
 * machine, and the command says which one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { imageTypeOf } from '../shared/image-type';
import { MAX_LOGO_CHARS, REPORT_SECTIONS, type ReportSection } from '../shared/report';
import { countPdfPages, printReportPdf, reportFileName } from './core/report-pdf';
import { call, chooseScorecards, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { printWithElectronCli } from './cli-electron';
import { checkInputFile, checkOutputFile, writeOutputFile } from './cli-files';
import { usageText } from './cli-usage';
import { latestPeriodWithData } from '../shared/period-choice';

const SYNOPSIS = `quadrant report <file.scorecard> [--period 2026-Q3] [--out report.pdf] [--size A4|Letter] [--landscape]
                  [--sections ${REPORT_SECTIONS.join(',')}] [--scorecard ID[,ID…]]
                  [--title "…"] [--company "…"] [--prepared-by "…"] [--date 2026-10-06] [--logo logo.png] [--force]
                                                           the PDF report of a period (printed with Chromium)`;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIR = join(ROOT, 'out', 'renderer');

/** The largest image whose data URL fits the cover's limit (base64 turns 3 bytes into 4 characters). */
const MAX_LOGO_BYTES = Math.floor((MAX_LOGO_CHARS - 'data:image/svg+xml;base64,'.length) / 4) * 3;

/**
 * An image file as a data URL, so the report (and the settings) carry the logo itself, not a path. Its type comes
 * from its bytes, not its name: a text file renamed logo.png is refused.
 */
export function logoDataUrl(path: string): string {
  const size = checkInputFile(path, t('cli:report.theLogo')).size;
  if (size > MAX_LOGO_BYTES) {
    throw new AppError(
      ErrorCode.VALIDATION,
      t('cli:report.logoTooLarge', { path, size: formatNumber(size / 2 ** 20, { minDecimals: 1, maxDecimals: 1 }) }),
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new AppError(ErrorCode.IO, t('cli:report.logoUnreadable', { path, reason: (err as Error).message }));
  }
  const type = imageTypeOf(bytes);
  if (!type) {
    throw new AppError(ErrorCode.VALIDATION, t('cli:report.logoNotImage', { path }));
  }
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/** The print view must be built; a checkout that was never built gets built once, as `npm run web` does. */
export function ensurePrintView(io: Io): void {
  if (existsSync(join(RENDERER_DIR, 'report.html'))) return;
  io.err(`${t('cli:report.notBuilt')}\n`);
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(join(RENDERER_DIR, 'report.html'))) {
    throw new AppError(ErrorCode.IO, t('cli:report.buildFailed'));
  }
}

function parseSections(text: string | undefined): ReportSection[] | undefined {
  if (text === undefined) return undefined;
  const sections = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = sections.filter((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new UsageError(t('cli:report.unknownSection', { section: unknown[0], sections: REPORT_SECTIONS.join(', ') }));
  return sections as ReportSection[];
}

async function runReport(args: string[], io: Io): Promise<void> {
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
  need(positionals, 1, t('cli:report.missing'));
  const size = values.size ?? 'A4';
  if (size !== 'A4' && size !== 'Letter') throw new UsageError(t('cli:report.size', { size }));
  const sections = parseSections(values.sections);
  const force = values.force === true;
  // Every path is checked before the document is read and long before printing, which takes seconds.
  if (values.out !== undefined) checkOutputFile(resolve(values.out), force, 'report.pdf');
  const logo = values.logo !== undefined ? logoDataUrl(resolve(values.logo)) : undefined;
  const { session, info } = openDocument(positionals[0]!);
  try {
    const scorecardIds = chooseScorecards(info, values.scorecard, true);
    let period = values.period;
    if (!period) {
      const tree = call(session, 'scorecard.get', { id: scorecardIds[0]! });
      period =
        latestPeriodWithData(tree.scorecard, call(session, 'measurement.list', { scorecardId: tree.scorecard.id })) ??
        undefined;
      if (!period) throw new AppError(ErrorCode.VALIDATION, t('cli:report.noMeasurements'));
    }
    const cover = {
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.company !== undefined ? { companyName: values.company } : {}),
      ...(values['prepared-by'] !== undefined ? { preparedBy: values['prepared-by'] } : {}),
      ...(values.date !== undefined ? { date: values.date } : {}),
      ...(logo !== undefined ? { logo } : {}),
    };
    const data = call(session, 'report.data', {
      scorecardIds,
      period,
      pageSize: size,
      orientation: values.landscape ? 'landscape' : 'portrait',
      cover,
      ...(sections ? { sections } : {}),
    });
    const out = resolve(values.out ?? reportFileName(data));
    checkOutputFile(out, force, 'report.pdf');
    ensurePrintView(io);
    // Electron where it runs, as the app prints; else the Chromium found on the machine.
    const electron = printWithElectronCli(data, join(ROOT, 'out', 'main', 'index.js'));
    let printed: { pdf: Buffer; engine: string };
    if ('pdf' in electron) printed = electron;
    else {
      const chromium = await printReportPdf(data, { rendererDir: RENDERER_DIR });
      printed = { pdf: chromium.pdf, engine: t('cli:report.notElectron', { engine: chromium.engine, reason: electron.reason }) };
    }
    writeOutputFile(out, printed.pdf);
    const pages = countPdfPages(printed.pdf);
    io.err(`${t('cli:report.printedWith', { engine: printed.engine })}\n`);
    const orientation = values.landscape ? t('cli:report.landscape') : t('cli:report.portrait');
    io.out(`${t('cli:report.wrote', { path: out, count: pages, size, orientation })}\n`);
  } finally {
    session.close();
  }
}

export const REPORT: Command = {
  synopsis: SYNOPSIS,
  get usage() {
    const form = SYNOPSIS.replace(/\n +the PDF report.*$/, '').replace(/\n {18}/g, '\n' + ' '.repeat(25));
    return usageText(form, t('cli:report.usage', { sections: REPORT_SECTIONS.join(', ') }));
  },
  run: runReport,
};
