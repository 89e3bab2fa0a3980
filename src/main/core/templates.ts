/**
 * The scorecard templates shipped with the app (resources/templates.json): read and checked once, then built into
 * a scorecard of the open document — or of a new one — through the repositories, inside the caller's transaction.
 * The file is part of the app, not the user's data: a broken file is a bug in Quadrant (INTERNAL), said with the
 * JSON path of its first problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kpiDefaults, objectiveDefaults, perspectiveDefaults, scorecardDefaults, themeDefaults } from '../../shared/defaults';
import type { Scorecard } from '../../shared/domain';
import { AppError, ErrorCode, formatPath } from '../../shared/errors';
import { t as tr } from '../../shared/i18n';
import { TemplatesFile, type ScorecardTemplate } from '../../shared/templates';
import { resourcesDir } from './first-run';
import { checkKpi, checkLink, checkObjective, checkScorecard } from './handlers/rules';
import type { Repositories } from './repositories';

export const TEMPLATES_FILE_NAME = 'templates.json';

/** Theme colours in the order a template lists its themes (the sample's blue, amber and green first). */
const THEME_COLOURS = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2'];

function broken(source: string, path: readonly PropertyKey[], message: string): AppError {
  const problem = path.length ? `${formatPath(path)}: ${message}` : message;
  return new AppError(ErrorCode.INTERNAL, tr('errors:templates.damaged', { source, problem }));
}

/**
 * Keys the schema cannot check: every objective, link and KPI names a perspective, theme or objective of its own
 * template, and ids are unique. A template that broke these would fail halfway through building a scorecard.
 */
function checkReferences(templates: readonly ScorecardTemplate[], source: string): void {
  const ids = new Set<string>();
  templates.forEach((t, i) => {
    const at = (...path: PropertyKey[]) => ['templates', i, ...path];
    if (ids.has(t.id)) throw broken(source, at('id'), tr('errors:templates.idTwice', { id: t.id }));
    ids.add(t.id);
    const perspectives = new Set(t.perspectives.map((p) => p.key));
    const themes = new Set(t.themes.map((x) => x.key));
    const objectives = new Set(t.objectives.map((o) => o.key));
    t.objectives.forEach((o, j) => {
      if (!perspectives.has(o.perspective)) throw broken(source, at('objectives', j, 'perspective'), tr('errors:templates.noPerspective', { name: o.perspective }));
      if (o.theme !== null && !themes.has(o.theme)) throw broken(source, at('objectives', j, 'theme'), tr('errors:templates.noTheme', { name: o.theme }));
    });
    t.links.forEach((l, j) => {
      if (!objectives.has(l.from)) throw broken(source, at('links', j, 'from'), tr('errors:templates.noObjective', { name: l.from }));
      if (!objectives.has(l.to)) throw broken(source, at('links', j, 'to'), tr('errors:templates.noObjective', { name: l.to }));
      if (l.from === l.to) throw broken(source, at('links', j, 'to'), tr('errors:templates.selfLink'));
    });
    t.kpis.forEach((k, j) => {
      if (!objectives.has(k.objective)) throw broken(source, at('kpis', j, 'objective'), tr('errors:templates.noObjective', { name: k.objective }));
    });
  });
}

/** Parses the text of a templates file; any problem is an INTERNAL error naming where. */
export function parseTemplatesFile(text: string, source = TEMPLATES_FILE_NAME): ScorecardTemplate[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw broken(source, [], tr('errors:templates.notJson', { detail: (err as Error).message }));
  }
  const parsed = TemplatesFile.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw broken(source, first.path, first.message);
  }
  checkReferences(parsed.data.templates, source);
  return parsed.data.templates;
}

let shipped: ScorecardTemplate[] | null = null;

/** The shipped templates, read on first use and kept (they do not change while the app runs). */
export function shippedTemplates(): ScorecardTemplate[] {
  if (shipped) return shipped;
  const path = join(resourcesDir(), TEMPLATES_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AppError(ErrorCode.INTERNAL, tr('errors:templates.unreadable', { path, detail: (err as Error).message }));
  }
  shipped = parseTemplatesFile(text, path);
  return shipped;
}

/** A template by its id, or by its name in any case (what a person types on the command line). */
export function findTemplate(idOrName: string): ScorecardTemplate | undefined {
  const wanted = idOrName.trim().toLowerCase();
  const all = shippedTemplates();
  return all.find((t) => t.id === wanted) ?? all.find((t) => t.name.toLowerCase() === wanted);
}

export function getTemplate(id: string): ScorecardTemplate {
  const found = findTemplate(id);
  if (!found) {
    const ids = shippedTemplates().map((t) => t.id);
    throw new AppError(ErrorCode.NOT_FOUND, tr('errors:templates.none', { id, ids: ids.join(', ') }));
  }
  return found;
}

/**
 * Builds the template as a new scorecard: perspectives, themes, objectives, links and KPIs, with the app's defaults
 * for everything a template leaves out (no targets, owners or dates: those are the user's). The caller holds the
 * transaction, so the whole scorecard is one undo step and a failure leaves nothing behind.
 */
export function createScorecardFromTemplate(repos: Repositories, t: ScorecardTemplate, name?: string): Scorecard {
  const values = {
    ...scorecardDefaults,
    name: name ?? t.name,
    granularity: t.granularity,
    mission: t.mission ?? '',
    vision: t.vision ?? '',
  };
  checkScorecard(repos, values);
  const scorecard = repos.scorecards.insert(values);
  const scorecardId = scorecard.id;

  const perspectiveIds = new Map<string, number>();
  t.perspectives.forEach((p, position) => {
    const row = repos.perspectives.insert({ ...perspectiveDefaults, scorecardId, name: p.name, description: p.description, position });
    perspectiveIds.set(p.key, row.id);
  });
  const themeIds = new Map<string, number>();
  t.themes.forEach((x, i) => {
    const colour = THEME_COLOURS[i % THEME_COLOURS.length] ?? themeDefaults.colour;
    themeIds.set(x.key, repos.themes.insert({ ...themeDefaults, scorecardId, name: x.name, description: x.description, colour }).id);
  });

  const objectiveIds = new Map<string, number>();
  const positions = new Map<number, number>();
  for (const o of t.objectives) {
    const perspectiveId = perspectiveIds.get(o.perspective)!;
    const position = positions.get(perspectiveId) ?? 0;
    positions.set(perspectiveId, position + 1);
    const row = {
      ...objectiveDefaults,
      perspectiveId,
      title: o.title,
      description: o.description,
      themeId: o.theme === null ? null : themeIds.get(o.theme)!,
      position,
    };
    checkObjective(repos, row);
    objectiveIds.set(o.key, repos.objectives.insert(row).id);
  }

  for (const l of t.links) {
    const link = { fromObjectiveId: objectiveIds.get(l.from)!, toObjectiveId: objectiveIds.get(l.to)!, fromKpiId: null, toKpiId: null };
    checkLink(repos, link);
    repos.links.insert({ ...link, note: l.note });
  }

  const kpiPositions = new Map<number, number>();
  for (const k of t.kpis) {
    const objectiveId = objectiveIds.get(k.objective)!;
    const position = kpiPositions.get(objectiveId) ?? 0;
    kpiPositions.set(objectiveId, position + 1);
    const row = {
      ...kpiDefaults,
      objectiveId,
      name: k.name,
      description: k.description,
      unit: k.unit,
      polarity: k.polarity,
      frequency: k.frequency,
      aggregation: k.aggregation,
      greenThreshold: k.greenThreshold ?? null,
      amberThreshold: k.amberThreshold ?? null,
      isKey: k.isKey ?? false,
      position,
    };
    checkKpi(row);
    repos.kpis.insert(row);
  }
  return scorecard;
}
