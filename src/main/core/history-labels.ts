/**
 * Names an undo step from the method and its entity ("Edit KPI “Total revenue”", "Paste 12 values"), generically,
 * so a method added later is named without being listed here ("Archive scorecard").
 */
import { currentLanguage, t } from '../../shared/i18n';
import type { KeyResult } from '../../shared/okr';
import type { Repositories } from './repositories';
import { workshopLabel } from './history-labels-workshop';
import { findTemplate } from './templates';

const ENTITIES = [
  'scorecard',
  'perspective',
  'theme',
  'objective',
  'link',
  'kpi',
  'measurement',
  'initiative',
  'note',
] as const;
type Entity = (typeof ENTITIES)[number];
const isEntity = (e: string): e is Entity => (ENTITIES as readonly string[]).includes(e);

const ACTIONS = ['create', 'update', 'delete'] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (a: string): a is Action => (ACTIONS as readonly string[]).includes(a);

/** An action the catalogue does not name ("archive"): English says it from the method; other languages say "Change". */
function otherVerb(action: string): string {
  return currentLanguage() === 'en'
    ? capitalise(action.replace(/([A-Z])/g, ' $1').toLowerCase())
    : t('history:verb.other');
}

type Row = Record<string, unknown>;

/** A name in the language's quotation marks (“…”, „…“, « … », «…»), shortened to 40 characters. */
const quoted = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return t('history:quote', { text: oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine });
};

/** The words a person would call a row by: its name, title or (for a note) the start of its text. */
function nameOf(row: unknown): string | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Row;
  for (const key of ['name', 'title', 'body']) {
    if (typeof r[key] === 'string' && r[key]) return quoted(r[key]);
  }
  return null;
}

function findRow(repos: Repositories, entity: string, id: number): unknown {
  const tables: Record<string, { find(id: number): unknown }> = {
    scorecard: repos.scorecards,
    perspective: repos.perspectives,
    theme: repos.themes,
    objective: repos.objectives,
    link: repos.links,
    kpi: repos.kpis,
    initiative: repos.initiatives,
    note: repos.notes,
  };
  return tables[entity]?.find(id);
}

function kpiName(repos: Repositories, kpiId: unknown): string {
  const kpi = typeof kpiId === 'number' ? repos.kpis.find(kpiId) : undefined;
  return kpi ? quoted(kpi.name) : t('history:aKpi');
}

function linkName(repos: Repositories, link: unknown): string | null {
  if (!link || typeof link !== 'object') return null;
  const { fromObjectiveId, toObjectiveId } = link as Row;
  const from = typeof fromObjectiveId === 'number' ? repos.objectives.find(fromObjectiveId) : undefined;
  const to = typeof toObjectiveId === 'number' ? repos.objectives.find(toObjectiveId) : undefined;
  return from && to ? `${quoted(from.title)} → ${quoted(to.title)}` : null;
}

function measurementLabel(repos: Repositories, action: string, input: Row): string {
  if (action === 'setMany') {
    const items = Array.isArray(input['items']) ? (input['items'] as Row[]) : [];
    if (items.length !== 1) {
      const clearing = items.every((i) => i['actual'] === null && !i['target'] && !i['note']);
      return t(clearing ? 'history:measurement.clearMany' : 'history:measurement.pasteMany', { count: items.length });
    }
    return measurementLabel(repos, 'set', items[0]!);
  }
  const where = { kpi: kpiName(repos, input['kpiId']), period: String(input['period']) };
  if (action === 'delete' || (action === 'set' && input['actual'] === null && !input['note'] && !input['target'])) {
    return t('history:measurement.clear', where);
  }
  if (action === 'set') return t('history:measurement.enter', where);
  return t('history:measurement.other', { ...where, verb: otherVerb(action) });
}

/** "Import 42 values from “sales.xlsx”": the count is what was written, the file the one the user chose. */
function importLabel(result: unknown, fileName: unknown): string {
  const written = result && typeof result === 'object' ? (result as Row)['written'] : undefined;
  const n = typeof written === 'number' ? written : 0;
  return typeof fileName === 'string' && fileName.trim()
    ? t('history:import.from', { count: n, file: quoted(fileName) })
    : t('history:import.values', { count: n });
}

/** "Create incentive plan", "Edit incentive terms of “Revenue”": read before the edit, which may create the plan. */
function incentiveLabel(repos: Repositories, action: string, args: Row): () => string {
  if (action === 'deletePlan') return () => t('history:incentive.deletePlan');
  if (action === 'setPlan') {
    const exists =
      typeof args['scorecardId'] === 'number' && repos.cascade.plans.find(args['scorecardId']) !== undefined;
    return () => t(exists ? 'history:incentive.editPlan' : 'history:incentive.createPlan');
  }
  const id = args['entityId'];
  const row =
    typeof id !== 'number'
      ? undefined
      : args['entityType'] === 'objective'
        ? repos.objectives.find(id)
        : args['entityType'] === 'kpi'
          ? repos.kpis.find(id)
          : repos.cascade.keyResults.find(id);
  const name = nameOf(row);
  return () => (name ? t('history:incentive.editTermsOf', { name }) : t('history:incentive.editTerms'));
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A step named after a row when there is one ("Add key result “NPS 40”"), else by its action alone. */
type TitledStep =
  | 'cascade.create'
  | 'okr.addKeyResult'
  | 'okr.editKeyResult'
  | 'okr.deleteKeyResult'
  | 'okr.checkIn'
  | 'okr.editCheckIn'
  | 'okr.deleteCheckIn';

function withTitle(key: TitledStep, row: { title: string } | undefined): string {
  return row ? t(`history:${key}.named`, { name: quoted(row.title) }) : t(`history:${key}.bare`);
}

/** Cascading and OKR steps, named as the person acting would say them ("Cascade “Grow revenue”", "Check in “NPS 40”"). */
function cascadeLabel(repos: Repositories, method: string, args: Row): (result: unknown) => string {
  const id = typeof args['id'] === 'number' ? args['id'] : -1;
  const objective = (key: string) => (typeof args[key] === 'number' ? repos.objectives.find(args[key]) : undefined);
  const keyResult = (krId: unknown) => (typeof krId === 'number' ? repos.cascade.keyResults.find(krId) : undefined);
  switch (method) {
    case 'cascade.create':
      return () => withTitle('cascade.create', objective('objectiveId'));
    case 'cascade.set': {
      return () => {
        const name = linkName(repos, args);
        return name ? t('history:cascade.set.named', { name }) : t('history:cascade.set.bare');
      };
    }
    case 'cascade.remove': {
      const name = linkName(repos, repos.cascade.contributions.find(id));
      return () => (name ? t('history:cascade.remove.named', { name }) : t('history:cascade.remove.bare'));
    }
    case 'okr.createKeyResult':
      return (result) => withTitle('okr.addKeyResult', result as KeyResult);
    case 'okr.updateKeyResult':
      return (result) => withTitle('okr.editKeyResult', result as KeyResult);
    case 'okr.deleteKeyResult': {
      const row = keyResult(id);
      return () => withTitle('okr.deleteKeyResult', row);
    }
    case 'okr.reorderKeyResults':
      return () => t('history:okr.reorderKeyResults');
    case 'okr.addCheckIn':
      return () => withTitle('okr.checkIn', keyResult(args['keyResultId']));
    case 'okr.updateCheckIn':
      return () => withTitle('okr.editCheckIn', keyResult(repos.cascade.checkIns.find(id)?.keyResultId));
    case 'okr.deleteCheckIn': {
      const row = keyResult(repos.cascade.checkIns.find(id)?.keyResultId);
      return () => withTitle('okr.deleteCheckIn', row);
    }
    default:
      return () => otherVerb(method.split('.')[1]!);
  }
}

/**
 * Called before the edit: reads what a delete is about to remove, and returns the function that names the step
 * from the edit's result.
 */
export function describeEdit(repos: Repositories, method: string, input: unknown): (result: unknown) => string {
  const [entity = '', action = ''] = method.split('.');
  const args = (input && typeof input === 'object' ? input : {}) as Row;
  // Lazily: most calls are reads that change nothing and are never named.
  if (entity === 'measurement') return () => measurementLabel(repos, action, args);
  // A copy is named by what was copied: the new name alone ("Plan (copy)") would not say where it came from.
  if (method === 'scorecard.copy' && typeof args['id'] === 'number') {
    const source = nameOf(repos.scorecards.find(args['id']));
    return () => (source ? t('history:scorecard.copy.named', { name: source }) : t('history:scorecard.copy.bare'));
  }
  if (method === 'scorecard.fromTemplate') {
    // Named by the template, not the new scorecard (which may have been given another name).
    return () => {
      const template = typeof args['template'] === 'string' ? findTemplate(args['template']) : undefined;
      return template
        ? t('history:scorecard.fromTemplate.named', { name: quoted(template.name) })
        : t('history:scorecard.fromTemplate.bare');
    };
  }
  if (method === 'import.apply') return (result) => importLabel(result, args['fileName']);
  if (entity === 'incentive') return incentiveLabel(repos, action, args);
  if (entity === 'cascade' || entity === 'okr') return cascadeLabel(repos, method, args);
  if (entity === 'workshop') return workshopLabel(repos, method, args);
  if (action === 'reorder') {
    return () => (isEntity(entity) ? t(`history:reorder.${entity}`) : `${otherVerb(action)} ${entity}s`);
  }
  const named = (row: unknown) => (entity === 'link' ? linkName(repos, row) : nameOf(row));
  // A deleted row's name is gone after the edit; any other edit is named as it ends up (a rename by its new name).
  const deleted =
    action === 'delete' && typeof args['id'] === 'number' ? named(findRow(repos, entity, args['id'])) : null;
  return (result) => {
    const name = deleted ?? named(result);
    const noun = isEntity(entity) ? t(`history:noun.${entity}`) : entity;
    const verb = isAction(action) ? t(`history:verb.${action}`) : otherVerb(action);
    return name ? t('history:step.named', { verb, noun, name }) : t('history:step.bare', { verb, noun });
  };
}
