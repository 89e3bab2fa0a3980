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
import { readSpreadsheet } from './core/spreadsheet-read';
import type { Session } from './core/session';
import { call, chooseScorecards, need, openDocument, UsageError, type Command, type Io } from './cli-common';
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

function printPreview(io: Io, p: ImportPreview): void {
  io.out(`${p.detected}\n`);
  for (const problem of p.problems) io.out(`Problem: ${problem}\n`);
  const by = (m: string) => p.names.filter((n) => n.match === m && n.decision === null).length;
  const created = p.names.filter((n) => n.decision === 'create').length;
  const unsure = p.names.filter((n) => n.kpiId === null && n.decision === null);
  const parts = [`${by('exact')} matched exactly`];
  if (by('normalized')) parts.push(`${by('normalized')} written differently`);
  if (created) parts.push(`${created} to create`);
  if (unsure.length) parts.push(`${unsure.length} unsure`);
  io.out(`Names: ${p.names.length} (${parts.join(', ')})\n`);
  for (const n of p.names) {
    if (n.match === 'normalized' && n.decision === null) io.out(`  “${n.name}” → KPI ${n.kpiId}\n`);
  }
  for (const n of unsure.slice(0, MAX_LISTED)) {
    const candidates = n.candidates
      .slice(0, 3)
      .map((c) => `“${c.name}” (KPI ${c.kpiId}, ${Math.round(c.score * 100)}%)`)
      .join(' or ');
    io.out(`  “${n.name}” is not a KPI of the scorecard${candidates ? `: did you mean ${candidates}?` : ''}\n`);
  }
  const c = p.counts;
  io.out(
    `Values: ${c.new} new, ${c.changed} changed, ${c.same} same, ${c.invalid} invalid, ${c.unmatched} unmatched\n`,
  );
  const invalid = p.cells.filter((x) => x.verdict === 'invalid');
  if (invalid.length) io.out('Invalid cells:\n');
  for (const x of invalid.slice(0, MAX_LISTED)) io.out(`  ${x.address.padEnd(6)} ${x.reason ?? ''}\n`);
  if (invalid.length > MAX_LISTED) io.out(`  … and ${invalid.length - MAX_LISTED} more\n`);
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
        `“${fileName}” has no sheet “${name}”. Its sheets: ${sheets.map((s) => `“${s.name}”`).join(', ')}.`,
      );
    return sheet;
  }
  return sheets.find((s) => previewOf(session, scorecardId, s, fileName, []).problems.length === 0) ?? sheets[0]!;
}

export const IMPORT_VALUES: Command = {
  synopsis: SYNOPSIS,
  usage: `Usage: ${SYNOPSIS.replace(/\n\s+import values.*$/, '')}

Imports values from a CSV or XLSX file into a scorecard. The layout is detected: wide (one row per KPI, one column
per period such as “Q1 2026”, “Jan 2026” or a date) or long (KPI, period and value columns, optionally target and
note). Names are matched to the scorecard's KPIs exactly or written differently (case, spaces, punctuation); close
matches are only suggested. Every value is previewed as new, changed, same or invalid (with the reason), and
everything is written in one transaction or not at all. Undo belongs to a session of the app, so an import made here
cannot be undone there: look at the preview with --dry-run first. Importing the same file again changes nothing.
See docs/spreadsheet-import.md.

  --sheet NAME        the sheet of an XLSX file (default: the first whose layout is found)
  --scorecard ID      the scorecard to import into (default: the document's first)
  --create-kpis       create a KPI for each name that matches none (needs --objective)
  --objective ID      the objective new KPIs go into
  --skip-invalid      write the valid values and leave the invalid cells out
  --dry-run           print the preview only; nothing is written
  --json              print the preview (and the result) as JSON`,
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
    need(positionals, 2, 'the spreadsheet and the document to import into');
    const [tablePath, documentPath] = positionals.map((p) => resolve(p)) as [string, string];
    const create = values['create-kpis'] === true;
    if (create && values.objective === undefined)
      throw new UsageError('--create-kpis needs --objective ID: the objective new KPIs go into.');
    if (!create && values.objective !== undefined) throw new UsageError('--objective is only used with --create-kpis.');
    if (values.objective !== undefined && !/^\d{1,9}$/.test(values.objective)) {
      throw new UsageError(`--objective takes an objective id such as 3, not “${values.objective}”.`);
    }
    const fileName = basename(tablePath);
    const size = checkInputFile(tablePath, 'the spreadsheet').size;
    if (size > MAX_SPREADSHEET_BYTES) {
      throw new AppError(
        ErrorCode.VALIDATION,
        `“${fileName}” is ${(size / 2 ** 20).toFixed(1)} MB: spreadsheets up to ${MAX_SPREADSHEET_BYTES / 2 ** 20} MB can be imported.`,
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
          throw new AppError(
            ErrorCode.NOT_FOUND,
            `The scorecard has no objective ${createIn}. Its objectives: ${list}.`,
          );
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
        const sheets = file.sheets.length > 1 ? ` (sheet “${sheet.name}” of ${file.sheets.length})` : '';
        io.out(`Importing “${fileName}”${sheets} into “${scorecard.name}” (scorecard ${scorecardId})\n`);
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
        io.out(values['dry-run'] ? 'Dry run: nothing was written.\n' : resultLine(result!, fileName));
      }
      if (refusal) throw new AppError(ErrorCode.VALIDATION, refusal);
    } finally {
      session.close();
    }
  },
};

function resultLine(r: ImportResult, fileName: string): string {
  if (r.written === 0) return `Nothing to write: every value is already in the document.\n`;
  const created = r.createdKpis ? `, created ${r.createdKpis} KPI${r.createdKpis === 1 ? '' : 's'}` : '';
  const skipped = r.skipped ? `, left out ${r.skipped}` : '';
  return `Imported ${r.written} value${r.written === 1 ? '' : 's'} from “${fileName}”${created}${skipped}.\n`;
}

/** Why the import cannot go ahead, with the flag or fix that helps; null when it can. */
function whyNot(p: ImportPreview, skipInvalid: boolean): string | null {
  if (p.problems.length) return `nothing was imported: ${p.problems.join(' ')}`;
  const unsure = p.names.filter((n) => n.kpiId === null && n.decision !== 'create' && n.decision !== 'skip');
  if (unsure.length) {
    const close = unsure.filter((n) => n.candidates.length > 0);
    const fix = close.length
      ? 'Correct the names in the sheet to the KPIs’ names (see the suggestions above)' +
        (close.length < unsure.length ? ', and pass --create-kpis --objective ID to create the others' : '')
      : 'Pass --create-kpis --objective ID to create them, or correct the names in the sheet';
    return `nothing was imported: ${unsure.length} name${unsure.length === 1 ? ' is' : 's are'} not a KPI of the scorecard. ${fix}.`;
  }
  if (p.counts.invalid && !skipInvalid) {
    return `nothing was imported: ${p.counts.invalid} cell${p.counts.invalid === 1 ? ' is' : 's are'} invalid (listed above). Correct them, or pass --skip-invalid to import the rest.`;
  }
  return null;
}
