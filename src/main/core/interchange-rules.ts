/**
 * The domain rules of edits (handlers/rules.ts), run on an import: on the rows as written to the import's
 * temporary file, inside its transaction, so a file that breaks one is refused and nothing is renamed into place.
 */
import type { InterchangeDocument } from '../../shared/interchange';
import { AppError, ErrorCode, formatPath } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Repositories } from './repositories';
import { checkInitiative, checkKpi, checkLink, checkObjective, checkScorecard } from './handlers/rules';
import { checkCheckIn, checkKeyResult } from './handlers/cascade-rules';

/** A rule's field error as an import error: the JSON path of the row and field, and which row it is. */
function asImportError(err: unknown, row: (string | number)[], what: string): never {
  if (!(err instanceof AppError) || err.code !== ErrorCode.VALIDATION) throw err;
  const issue = err.issues?.[0];
  const path = [...row, ...(issue?.path ?? [])];
  const message = t('errors:interchange.ruleOf', { problem: issue?.message ?? err.message, row: what });
  throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.notValid', { problem: `${formatPath(path)}: ${message}` }), [{ path, message }]);
}

function each<T>(rows: T[], table: string, describe: (row: T) => string, rule: (row: T) => void): void {
  rows.forEach((row, i) => {
    try {
      rule(row);
    } catch (err) {
      asImportError(err, [table, i], describe(row));
    }
  });
}

/** Every row of `doc` against the rules an edit would have to pass; `repos` holds the rows already written. */
export function checkImportRules(repos: Repositories, doc: InterchangeDocument): void {
  each(doc.scorecards, 'scorecards', (s) => t('errors:interchange.row.scorecard', { name: s.name }), (s) => checkScorecard(repos, s, s.id));
  each(doc.objectives, 'objectives', (o) => t('errors:interchange.row.objective', { name: o.title }), (o) => checkObjective(repos, o));
  each(doc.links, 'links', (l) => t('errors:interchange.row.link', { from: l.fromObjectiveId, to: l.toObjectiveId }), (l) => checkLink(repos, l));
  each(doc.kpis, 'kpis', (k) => t('errors:interchange.row.kpi', { name: k.name }), (k) => checkKpi(k));
  each(doc.initiatives, 'initiatives', (it) => t('errors:interchange.row.initiative', { name: it.title }), (it) => checkInitiative(repos, it));
  each(doc.keyResults, 'keyResults', (k) => t('errors:interchange.row.keyResult', { name: k.title }), (k) => checkKeyResult(repos, k));
  const keyResults = new Map(doc.keyResults.map((k) => [k.id, k]));
  each(doc.checkIns, 'checkIns', (c) => t('errors:interchange.row.checkIn', { date: c.date }), (c) => checkCheckIn(keyResults.get(c.keyResultId)!, c));
}
