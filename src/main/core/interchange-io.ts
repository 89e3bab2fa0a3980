/**
 * Export a document to the JSON interchange format and build a new document from one.
 * Import checks every reference before writing, so a bad file is rejected with the JSON path of its first problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  INTERCHANGE_FORMAT,
  INTERCHANGE_VERSION,
  MAX_IMPORT_ISSUES,
  validateInterchange,
  type InterchangeDocument,
} from '../../shared/interchange';
import { AppError, ErrorCode, formatPath, type FieldIssue } from '../../shared/errors';
import { formatNumber } from '../../shared/format';
import { t } from '../../shared/i18n';
import { Repositories } from './repositories';
import { DocumentStore } from './store';
import { checkMeasurementPeriod } from './handlers/rules';
import { checkCascadeReferences, missing, type Thing } from './interchange-cascade';
import { checkImportRules } from './interchange-rules';
import { checkWorkshopReferences } from './interchange-workshops';
import { jsonValueBound } from './json-budget';

export function exportDocument(repos: Repositories): InterchangeDocument {
  return {
    format: INTERCHANGE_FORMAT,
    formatVersion: INTERCHANGE_VERSION,
    scorecards: repos.scorecards.list(),
    perspectives: repos.perspectives.list(),
    themes: repos.themes.list(),
    objectives: repos.objectives.list(),
    links: repos.links.list(),
    kpis: repos.kpis.list(),
    // Notes travel once, as notes: a measurement's note in the file is only read, from files written before.
    measurements: repos.measurements.listAllValues(),
    initiatives: repos.initiatives.list(),
    notes: repos.notes.list(),
    reviewTemplates: repos.review.templates.list(),
    reviews: repos.review.reviews.list(),
    reviewItems: repos.review.items.list(),
    actions: repos.review.actions.list(),
    closedPeriods: repos.review.closed.list(),
    periodEvents: repos.review.periodEvents.list(),
    contributions: repos.cascade.contributions.list(),
    keyResults: repos.cascade.keyResults.list(),
    checkIns: repos.cascade.checkIns.list(),
    incentivePlans: repos.cascade.plans.list(),
    incentiveItems: repos.cascade.incentiveItems.list(),
    workshops: repos.workshop.workshops.list(),
    workshopNotes: repos.workshop.notes.list(),
    workshopVotes: repos.workshop.votes.list(),
  };
}

/** The canonical text of an export: stable key and row order, so export → import → export is byte-identical. */
export function serializeInterchange(doc: InterchangeDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function bad(path: (string | number)[], message: string): never {
  throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.notValid', { problem: `${formatPath(path)}: ${message}` }), [{ path, message }]);
}

/** The first problems of a file, each with its JSON path; says so when it stopped looking. */
function badRows(issues: FieldIssue[]): never {
  const listed = issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
  const problem = issues.length >= MAX_IMPORT_ISSUES ? t('errors:interchange.stopped', { listed, max: MAX_IMPORT_ISSUES }) : listed;
  throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.notValid', { problem }), issues);
}

/**
 * At most this many JSON values per file (see json-budget.ts): about a million measurements, far more than any
 * real document (the largest benchmark, 86,400 measurements, has about 600,000), and a few hundred MB of memory
 * for JSON.parse at worst.
 */
export const MAX_IMPORT_VALUES = 6_000_000;

/** Parses and validates interchange JSON text; throws BAD_IMPORT naming the first problems. */
export function parseInterchange(text: string): InterchangeDocument {
  if (jsonValueBound(text, MAX_IMPORT_VALUES) > MAX_IMPORT_VALUES) {
    throw new AppError(
      ErrorCode.BAD_IMPORT,
      t('errors:interchange.tooManyValues', { max: formatNumber(MAX_IMPORT_VALUES) }),
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.malformed', { detail: (err as Error).message }));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad([], t('errors:interchange.notObject'));
  const parsed = validateInterchange(raw);
  if (!parsed.ok) badRows(parsed.issues);
  checkReferences(parsed.doc);
  return parsed.doc;
}

function idSet<T extends { id: number }>(rows: T[], key: string): Set<number> {
  const ids = new Set<number>();
  rows.forEach((r, i) => {
    if (ids.has(r.id)) bad([key, i, 'id'], t('errors:interchange.idTwice', { id: r.id }));
    ids.add(r.id);
  });
  return ids;
}

function checkReferences(doc: InterchangeDocument): void {
  // Every view, the report and `quadrant score` show a scorecard: a document without one has nothing to show.
  if (doc.scorecards.length === 0) bad(['scorecards'], t('errors:interchange.noScorecard'));
  const scorecards = idSet(doc.scorecards, 'scorecards');
  const perspectives = idSet(doc.perspectives, 'perspectives');
  const themes = idSet(doc.themes, 'themes');
  const objectives = idSet(doc.objectives, 'objectives');
  idSet(doc.links, 'links');
  const kpis = idSet(doc.kpis, 'kpis');
  const initiatives = idSet(doc.initiatives, 'initiatives');
  idSet(doc.notes, 'notes');
  const need = (set: Set<number>, id: number | null, path: (string | number)[], what: Thing) => {
    if (id !== null && !set.has(id)) bad(path, missing(what, id));
  };
  doc.scorecards.forEach((s, i) => need(scorecards, s.parentScorecardId, ['scorecards', i, 'parentScorecardId'], 'scorecard'));
  doc.perspectives.forEach((p, i) => need(scorecards, p.scorecardId, ['perspectives', i, 'scorecardId'], 'scorecard'));
  doc.themes.forEach((t, i) => need(scorecards, t.scorecardId, ['themes', i, 'scorecardId'], 'scorecard'));
  doc.objectives.forEach((o, i) => {
    need(perspectives, o.perspectiveId, ['objectives', i, 'perspectiveId'], 'perspective');
    need(themes, o.themeId, ['objectives', i, 'themeId'], 'theme');
  });
  const linkPairs = new Set<string>();
  doc.links.forEach((l, i) => {
    need(objectives, l.fromObjectiveId, ['links', i, 'fromObjectiveId'], 'objective');
    need(objectives, l.toObjectiveId, ['links', i, 'toObjectiveId'], 'objective');
    const pair = `${l.fromObjectiveId}>${l.toObjectiveId}`;
    if (linkPairs.has(pair)) bad(['links', i], t('errors:interchange.linkTwice'));
    linkPairs.add(pair);
  });
  const kpiById = new Map(doc.kpis.map((k) => [k.id, k]));
  doc.kpis.forEach((k, i) => need(objectives, k.objectiveId, ['kpis', i, 'objectiveId'], 'objective'));
  const seen = new Set<string>();
  doc.measurements.forEach((m, i) => {
    need(kpis, m.kpiId, ['measurements', i, 'kpiId'], 'kpi');
    try {
      checkMeasurementPeriod(kpiById.get(m.kpiId)!, m.period);
    } catch (err) {
      bad(['measurements', i, 'period'], (err as AppError).issues?.[0]?.message ?? (err as Error).message);
    }
    const key = `${m.kpiId}@${m.period}`;
    if (seen.has(key)) bad(['measurements', i], t('errors:interchange.twoMeasurements', { id: m.kpiId, period: m.period }));
    seen.add(key);
  });
  doc.initiatives.forEach((it, i) => {
    need(scorecards, it.scorecardId, ['initiatives', i, 'scorecardId'], 'scorecard');
    it.objectiveIds.forEach((o, j) => need(objectives, o, ['initiatives', i, 'objectiveIds', j], 'objective'));
  });
  const sets = { scorecard: scorecards, perspective: perspectives, objective: objectives, kpi: kpis, initiative: initiatives };
  doc.notes.forEach((n, i) => need(sets[n.entityType], n.entityId, ['notes', i, 'entityId'], n.entityType));
  checkReviewReferences(doc, { scorecards, objectives, kpis, initiatives });
  checkCascadeReferences(doc, { scorecards, objectives, kpis }, bad);
  checkWorkshopReferences(doc, { scorecards, objectives, kpis }, bad);
}

function checkReviewReferences(
  doc: InterchangeDocument,
  sets: { scorecards: Set<number>; objectives: Set<number>; kpis: Set<number>; initiatives: Set<number> },
): void {
  idSet(doc.reviewTemplates, 'reviewTemplates');
  const reviews = idSet(doc.reviews, 'reviews');
  const items = idSet(doc.reviewItems, 'reviewItems');
  const actions = idSet(doc.actions, 'actions');
  idSet(doc.periodEvents, 'periodEvents');
  const need = (set: Set<number>, id: number | null, path: (string | number)[], what: Thing) => {
    if (id !== null && !set.has(id)) bad(path, missing(what, id));
  };
  doc.reviews.forEach((r, i) => need(sets.scorecards, r.scorecardId, ['reviews', i, 'scorecardId'], 'scorecard'));
  const itemSets: Partial<Record<string, [Set<number>, Thing]>> = {
    objective: [sets.objectives, 'objective'],
    kpi: [sets.kpis, 'kpi'],
    missing_data: [sets.kpis, 'kpi'],
    initiative: [sets.initiatives, 'initiative'],
    action: [actions, 'action'],
  };
  doc.reviewItems.forEach((it, i) => {
    need(reviews, it.reviewId, ['reviewItems', i, 'reviewId'], 'review');
    const target = itemSets[it.kind];
    if (target) need(target[0], it.entityId, ['reviewItems', i, 'entityId'], target[1]);
    else if (it.entityId !== null) bad(['reviewItems', i, 'entityId'], t('errors:interchange.nullFor', { kind: it.kind }));
  });
  const concernSets = { objective: sets.objectives, kpi: sets.kpis, initiative: sets.initiatives };
  doc.actions.forEach((a, i) => {
    need(sets.scorecards, a.scorecardId, ['actions', i, 'scorecardId'], 'scorecard');
    if (a.concernType === 'scorecard') {
      if (a.concernId !== null) bad(['actions', i, 'concernId'], t('errors:action.concernEmpty'));
    } else if (a.concernId === null) bad(['actions', i, 'concernId'], t(`errors:action.concernRequired.${a.concernType}`));
    else need(concernSets[a.concernType], a.concernId, ['actions', i, 'concernId'], a.concernType);
    need(reviews, a.reviewId, ['actions', i, 'reviewId'], 'review');
    need(items, a.reviewItemId, ['actions', i, 'reviewItemId'], 'agendaItem');
  });
  const closed = new Set<string>();
  doc.closedPeriods.forEach((c, i) => {
    need(sets.scorecards, c.scorecardId, ['closedPeriods', i, 'scorecardId'], 'scorecard');
    const key = `${c.scorecardId}@${c.period}`;
    if (closed.has(key)) bad(['closedPeriods', i], t('errors:interchange.closesTwice', { id: c.scorecardId, period: c.period }));
    closed.add(key);
  });
  doc.periodEvents.forEach((e, i) => need(sets.scorecards, e.scorecardId, ['periodEvents', i, 'scorecardId'], 'scorecard'));
}

/** Writes every row of a validated interchange document into an empty document, keeping ids, and checks the domain rules on them. */
export function importInto(repos: Repositories, doc: InterchangeDocument): void {
  // Rows may refer forward (a scorecard to a later parent); checkReferences has proven every reference resolves.
  repos.engine.deferForeignKeys();
  // add/write, not insert: reading every row back after writing it cost a SELECT per row.
  doc.scorecards.forEach((r) => repos.scorecards.add(r));
  doc.perspectives.forEach((r) => repos.perspectives.add(r));
  doc.themes.forEach((r) => repos.themes.add(r));
  doc.objectives.forEach((r) => repos.objectives.add(r));
  doc.links.forEach((r) => repos.links.add(r));
  doc.kpis.forEach((r) => repos.kpis.add(r));
  doc.measurements.forEach((r) => repos.measurements.write(r));
  doc.initiatives.forEach((r) => repos.initiatives.add(r));
  doc.notes.forEach((r) => repos.notes.add(r));
  // The file's templates are the document's: a new document's built-in ones make way for them.
  repos.review.templates.clear();
  doc.reviewTemplates.forEach((r) => repos.review.templates.add(r));
  doc.reviews.forEach((r) => repos.review.reviews.add(r));
  doc.reviewItems.forEach((r) => repos.review.items.add(r));
  doc.actions.forEach((r) => repos.review.actions.add(r));
  doc.closedPeriods.forEach((r) => repos.review.closed.add(r));
  doc.periodEvents.forEach((r) => repos.review.periodEvents.add(r));
  doc.contributions.forEach((r) => repos.cascade.contributions.add(r));
  doc.keyResults.forEach((r) => repos.cascade.keyResults.add(r));
  doc.checkIns.forEach((r) => repos.cascade.checkIns.add(r));
  doc.incentivePlans.forEach((r) => repos.cascade.plans.set(r));
  doc.incentiveItems.forEach((r) => repos.cascade.incentiveItems.add(r));
  // A member may come before its group in the file: foreign keys are checked at commit (deferred above).
  doc.workshops.forEach((r) => repos.workshop.workshops.add(r));
  doc.workshopNotes.forEach((r) => repos.workshop.notes.add(r));
  doc.workshopVotes.forEach((r) => repos.workshop.votes.add(r));
  addValueNotes(repos, doc);
  checkImportRules(repos, doc);
}

/** Notes kept beside values by files written before notes were one model: after the file's own notes, keeping their ids. */
function addValueNotes(repos: Repositories, doc: InterchangeDocument): void {
  const scorecardOf = new Map(doc.perspectives.map((p) => [p.id, p.scorecardId]));
  const perspectiveOf = new Map(doc.objectives.map((o) => [o.id, o.perspectiveId]));
  const objectiveOf = new Map(doc.kpis.map((k) => [k.id, k.objectiveId]));
  const fyStart = new Map(doc.scorecards.map((s) => [s.id, s.fiscalYearStartMonth]));
  for (const m of doc.measurements) {
    if (m.note.trim() === '') continue;
    const scorecard = scorecardOf.get(perspectiveOf.get(objectiveOf.get(m.kpiId)!)!)!;
    repos.notes.addValueNote(m.kpiId, m.period, m.note, fyStart.get(scorecard)!);
  }
}

/** Builds a new document file from interchange JSON text. Nothing is written unless the whole file is valid. */
export function createDocumentFromJson(path: string, text: string, overwrite = false): DocumentStore {
  const doc = parseInterchange(text);
  return DocumentStore.create(path, (store) => importInto(new Repositories(store.engine), doc), overwrite);
}

/**
 * Far beyond any real scorecard (the largest benchmark export is 11 MB); refused before it is read into memory.
 * With MAX_IMPORT_VALUES it bounds an import at about 1 GB of memory whatever the file holds (docs/security.md).
 */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

/** Builds a new document from an interchange JSON file. Every error names the file; nothing is written unless it is valid. */
export function importJsonFile(source: string, target: string, overwrite = false): DocumentStore {
  const name = basename(source);
  let text: string;
  try {
    if (statSync(source).size > MAX_IMPORT_BYTES) {
      throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.tooLarge', { name, size: formatNumber(MAX_IMPORT_BYTES / 2 ** 20) }));
    }
    // Windows editors start UTF-8 files with a byte-order mark, which JSON.parse refuses.
    text = readFileSync(source, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(ErrorCode.IO, t('errors:interchange.cannotImport', { name, detail: (err as Error).message }));
  }
  try {
    return createDocumentFromJson(target, text, overwrite);
  } catch (err) {
    if (err instanceof AppError && err.code === ErrorCode.BAD_IMPORT) {
      throw new AppError(ErrorCode.BAD_IMPORT, t('errors:interchange.cannotImport', { name, detail: err.message }), err.issues);
    }
    throw err;
  }
}
