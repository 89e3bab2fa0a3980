/**
 * `quadrant import-values`: a spreadsheet's values into a document, through the same preview and apply as the app's
 * import wizard. It prints what would happen to every value, then writes it (unless --dry-run). Anything unsure
 * (a name that is not a KPI, an invalid cell) refuses the whole import with the flag or fix that helps: the command
 * line cannot ask, so it never guesses.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, ErrorCode } from '../shared/errors';
import {
  MAX_SPREADSHEET_BYTES,
  type ImportPreview,
  type ImportResult,
  type NameDecision,
  type SheetTable,
} from '../shared/sheets';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { readSpreadsheet } from './core/spreadsheet-read';
import type { Session } from './core/session';
import { call, chooseScorecards, helpText, need, openDocument, UsageError, type Command, type Io } from './cli-common';
import { checkInputFile } from './cli-files';

const SYNOPSIS = `quadrant import-values <table.csv|xlsx> <file.scorecard> [--sheet NAME] [--scorecard ID]
                  [--create-kpis --objective ID] [--skip-invalid] [--dry-run] [--json]
                                                           import values from a spreadsheet (previewed first)`;

const MAX_LISTED = 30;

function previewOf(
  session: Session,
  scorecardId: number,
  sheet: SheetTable,
  fileName: string,
  decisions: NameDecision[],
): ImportPreview {
  return call(session, 'import.preview', { scorecardId, sheet, fileName, ...(decisions.length ? { decisions } : {}) });
}

const quoted = (name: string): string => t('cli:importValues.quoted', { name });

function printPreview(io: Io, p: ImportPreview): void {
  io.out(`${p.detected}\n`);
  for (const problem of p.problems) io.out(`${t('cli:importValues.problem', { problem })}\n`);
  const by = (m: string) => p.names.filter((n) => n.match === m && n.decision === null).length;
  const created = p.names.filter((n) => n.decision === 'create').length;
  const unsure = p.names.filter((n) => n.kpiId === null && n.decision === null);
  const parts = [t('cli:importValues.exact', { count: by('exact') })];
  if (by('normalized')) parts.push(t('cli:importValues.normalized', { count: by('normalized') }));
  if (created) parts.push(t('cli:importValues.toCreate', { count: created }));
  if (unsure.length) parts.push(t('cli:importValues.unsure', { count: unsure.length }));
  io.out(`${t('cli:importValues.names', { total: p.names.length, parts: parts.join(', ') })}\n`);
  for (const n of p.names) {
    if (n.match === 'normalized' && n.decision === null) {
      io.out(`  ${t('cli:importValues.matched', { name: n.name, id: n.kpiId })}\n`);
    }
  }
  for (const n of unsure.slice(0, MAX_LISTED)) {
    const candidates = n.candidates
      .slice(0, 3)
      .map((c) => t('cli:importValues.candidate', { name: c.name, id: c.kpiId, score: formatNumber(Math.round(c.score * 100)) }))
      .join(t('cli:importValues.or'));
    const line = candidates
      ? t('cli:importValues.notAKpiMeant', { name: n.name, candidates })
      : t('cli:importValues.notAKpi', { name: n.name });
    io.out(`  ${line}\n`);
  }
  io.out(`${t('cli:importValues.values', { ...p.counts })}\n`);
  const invalid = p.cells.filter((x) => x.verdict === 'invalid');
  if (invalid.length) io.out(`${t('cli:importValues.invalidCells')}\n`);
  for (const x of invalid.slice(0, MAX_LISTED)) io.out(`  ${x.address.padEnd(6)} ${x.reason ?? ''}\n`);
  if (invalid.length > MAX_LISTED) io.out(`  ${t('cli:importValues.more', { count: invalid.length - MAX_LISTED })}\n`);
}

/** The sheet named by --sheet, else the first one a layout is found in. */
function chooseSheet(
  session: Session,
  scorecardId: number,
  sheets: SheetTable[],
  name: string | undefined,
  fileName: string,
): SheetTable {
  if (name !== undefined) {
    const sheet =
      sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet)
      throw new UsageError(
        t('cli:importValues.noSheet', { file: fileName, name, sheets: sheets.map((s) => quoted(s.name)).join(', ') }),
      );
    return sheet;
  }
  return sheets.find((s) => previewOf(session, scorecardId, s, fileName, []).problems.length === 0) ?? sheets[0]!;
}

export const IMPORT_VALUES: Command = {
  synopsis: SYNOPSIS,
  get usage() {
    return helpText(
      SYNOPSIS.replace(/\n\s+import values.*$/, ''),
      t('cli:importValues.about'),
      [
        ['--sheet NAME', t('cli:importValues.sheet')],
        ['--scorecard ID', t('cli:importValues.scorecard')],
        ['--create-kpis', t('cli:importValues.createKpis')],
        ['--objective ID', t('cli:importValues.objective')],
        ['--skip-invalid', t('cli:importValues.skipInvalid')],
        ['--dry-run', t('cli:importValues.dryRun')],
        ['--json', t('cli:importValues.json')],
      ],
      20,
    );
  },
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        scorecard: { type: 'string' },
        'create-kpis': { type: 'boolean' },
        objective: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    need(positionals, 2, t('cli:importValues.what'));
    const [tablePath, documentPath] = positionals.map((p) => resolve(p)) as [string, string];
    const create = values['create-kpis'] === true;
    if (create && values.objective === undefined)
      throw new UsageError(t('cli:importValues.createNeedsObjective'));
    if (!create && values.objective !== undefined) throw new UsageError(t('cli:importValues.objectiveWithoutCreate'));
    if (values.objective !== undefined && !/^\d{1,9}$/.test(values.objective)) {
      throw new UsageError(t('cli:importValues.objectiveId', { value: values.objective }));
    }
    const fileName = basename(tablePath);
    const size = checkInputFile(tablePath, t('cli:inputFiles.noun.spreadsheet')).size;
    if (size > MAX_SPREADSHEET_BYTES) {
      throw new AppError(
        ErrorCode.VALIDATION,
        t('cli:importValues.tooLarge', {
          file: fileName,
          size: formatNumber(size / 2 ** 20, { minDecimals: 1, maxDecimals: 1 }),
          max: formatNumber(MAX_SPREADSHEET_BYTES / 2 ** 20),
        }),
      );
    }
    const file = await readSpreadsheet(fileName, readFileSync(tablePath));
    const { session, info } = openDocument(documentPath);
    try {
      const [scorecardId] = chooseScorecards(info, values.scorecard, false) as [number];
      const scorecard = info.scorecards.find((s) => s.id === scorecardId)!;
      const createIn = values.objective !== undefined ? Number(values.objective) : undefined;
      if (createIn !== undefined) {
        const objectives = call(session, 'objective.list', { scorecardId });
        if (!objectives.some((o) => o.id === createIn)) {
          const list = objectives.map((o) => `${o.id} (${o.title})`).join(', ');
          throw new AppError(ErrorCode.NOT_FOUND, t('cli:importValues.noObjective', { id: createIn, list }));
        }
      }
      const sheet = chooseSheet(session, scorecardId, file.sheets, values.sheet, fileName);
      let preview = previewOf(session, scorecardId, sheet, fileName, []);
      if (create) {
        const decisions: NameDecision[] = preview.names
          .filter((n) => n.match === 'none')
          .map((n) => ({ name: n.name, action: 'create' }));
        if (decisions.length) preview = previewOf(session, scorecardId, sheet, fileName, decisions);
      }
      const decisions: NameDecision[] = preview.names
        .filter((n) => n.decision === 'create')
        .map((n) => ({ name: n.name, action: 'create' }));
      if (!values.json) {
        const into = { file: fileName, scorecard: scorecard.name, id: scorecardId };
        const heading =
          file.sheets.length > 1
            ? t('cli:importValues.importingSheet', { ...into, sheet: sheet.name, sheets: file.sheets.length })
            : t('cli:importValues.importing', into);
        io.out(`${heading}\n`);
        printPreview(io, preview);
      }
      const refusal = whyNot(preview, values['skip-invalid'] === true);
      let result: ImportResult | null = null;
      if (!refusal && !values['dry-run']) {
        result = call(session, 'import.apply', {
          scorecardId,
          sheet,
          fileName,
          ...(decisions.length ? { decisions } : {}),
          ...(createIn !== undefined ? { createIn } : {}),
          ...(values['skip-invalid'] ? { skipInvalid: true } : {}),
        });
      }
      if (values.json) {
        io.out(
          `${JSON.stringify({ file: fileName, sheet: sheet.name, scorecardId, preview, result, dryRun: values['dry-run'] === true }, null, 2)}\n`,
        );
      } else if (!refusal) {
        io.out(values['dry-run'] ? `${t('cli:importValues.dryRunDone')}\n` : resultLine(result!, fileName));
      }
      if (refusal) throw new AppError(ErrorCode.VALIDATION, refusal);
    } finally {
      session.close();
    }
  },
};

function resultLine(r: ImportResult, fileName: string): string {
  if (r.written === 0) return `${t('cli:importValues.nothingToWrite')}\n`;
  const created = r.createdKpis ? t('cli:importValues.createdKpis', { kpis: t('engine:noun.kpi', { count: r.createdKpis }) }) : '';
  const skipped = r.skipped ? t('cli:importValues.leftOut', { count: r.skipped }) : '';
  const values = t('cli:importValues.valueCount', { count: r.written });
  return `${t('cli:importValues.imported', { values, file: fileName, more: `${created}${skipped}` })}\n`;
}

/** Why the import cannot go ahead, with the flag or fix that helps; null when it can. */
function whyNot(p: ImportPreview, skipInvalid: boolean): string | null {
  if (p.problems.length) return t('cli:importValues.refusedProblems', { problems: p.problems.join(' ') });
  const unsure = p.names.filter((n) => n.kpiId === null && n.decision !== 'create' && n.decision !== 'skip');
  if (unsure.length) {
    const close = unsure.filter((n) => n.candidates.length > 0).length;
    const fix = !close
      ? t('cli:importValues.fixCreate')
      : close < unsure.length
        ? t('cli:importValues.fixNamesOrCreate')
        : t('cli:importValues.fixNames');
    return t('cli:importValues.refusedNames', { count: unsure.length, fix });
  }
  if (p.counts.invalid && !skipInvalid) return t('cli:importValues.refusedInvalid', { count: p.counts.invalid });
  return null;
}
