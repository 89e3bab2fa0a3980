/**
 * Names an undo step from the method and its entity ("Edit KPI “Total revenue”", "Paste 12 values"), generically,
 * so a method added later is named without being listed here ("Archive scorecard").
 */
import type { KeyResult } from '../../shared/okr';
import type { Repositories } from './repositories';
import { workshopLabel } from './history-labels-workshop';
import { findTemplate } from './templates';

const NOUNS: Record<string, [singular: string, plural: string]> = {
  scorecard: ['scorecard', 'scorecards'],
  perspective: ['perspective', 'perspectives'],
  theme: ['theme', 'themes'],
  objective: ['objective', 'objectives'],
  link: ['cause-and-effect link', 'links'],
  kpi: ['KPI', 'KPIs'],
  measurement: ['value', 'values'],
  initiative: ['initiative', 'initiatives'],
  note: ['note', 'notes'],
};

const VERBS: Record<string, string> = { create: 'Add', update: 'Edit', delete: 'Delete', reorder: 'Reorder' };

type Row = Record<string, unknown>;

const quoted = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}”`;
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
  return kpi ? quoted(kpi.name) : 'a KPI';
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
      return `${clearing ? 'Clear' : 'Paste'} ${items.length} values`;
    }
    return measurementLabel(repos, 'set', items[0]!);
  }
  const where = `${kpiName(repos, input['kpiId'])}, ${String(input['period'])}`;
  if (action === 'delete' || (action === 'set' && input['actual'] === null && !input['note'] && !input['target'])) {
    return `Clear value of ${where}`;
  }
  if (action === 'set') return `Enter value for ${where}`;
  return `${capitalise(action)} value of ${where}`;
}

/** "Import 42 values from “sales.xlsx”": the count is what was written, the file the one the user chose. */
function importLabel(result: unknown, fileName: unknown): string {
  const written = result && typeof result === 'object' ? (result as Row)['written'] : undefined;
  const n = typeof written === 'number' ? written : 0;
  const from = typeof fileName === 'string' && fileName.trim() ? ` from ${quoted(fileName)}` : '';
  return `Import ${n} ${n === 1 ? 'value' : 'values'}${from}`;
}

/** "Create incentive plan", "Edit incentive terms of “Revenue”": read before the edit, which may create the plan. */
function incentiveLabel(repos: Repositories, action: string, args: Row): () => string {
  if (action === 'deletePlan') return () => 'Delete incentive plan';
  if (action === 'setPlan') {
    const exists = typeof args['scorecardId'] === 'number' && repos.cascade.plans.find(args['scorecardId']) !== undefined;
    return () => `${exists ? 'Edit' : 'Create'} incentive plan`;
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
  return () => (name ? `Edit incentive terms of ${name}` : 'Edit incentive terms');
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const titleOf = (row: { title: string } | undefined): string => (row ? ` ${quoted(row.title)}` : '');

/** Cascading and OKR steps, named as the person acting would say them ("Cascade “Grow revenue”", "Check in “NPS 40”"). */
function cascadeLabel(repos: Repositories, method: string, args: Row): (result: unknown) => string {
  const id = typeof args['id'] === 'number' ? args['id'] : -1;
  const objective = (key: string) => (typeof args[key] === 'number' ? repos.objectives.find(args[key]) : undefined);
  const keyResult = (krId: unknown) => (typeof krId === 'number' ? repos.cascade.keyResults.find(krId) : undefined);
  switch (method) {
    case 'cascade.create':
      return () => `Cascade${titleOf(objective('objectiveId'))}`;
    case 'cascade.set':
      return () => `Set contribution${linkName(repos, args) ? ` ${linkName(repos, args)}` : ''}`;
    case 'cascade.remove': {
      const name = linkName(repos, repos.cascade.contributions.find(id));
      return () => `Remove contribution${name ? ` ${name}` : ''}`;
    }
    case 'okr.createKeyResult':
      return (result) => `Add key result${titleOf(result as KeyResult)}`;
    case 'okr.updateKeyResult':
      return (result) => `Edit key result${titleOf(result as KeyResult)}`;
    case 'okr.deleteKeyResult': {
      const name = titleOf(keyResult(id));
      return () => `Delete key result${name}`;
    }
    case 'okr.reorderKeyResults':
      return () => 'Reorder key results';
    case 'okr.addCheckIn':
      return () => `Check in${titleOf(keyResult(args['keyResultId']))}`;
    case 'okr.updateCheckIn':
      return () => `Edit check-in${titleOf(keyResult(repos.cascade.checkIns.find(id)?.keyResultId))}`;
    case 'okr.deleteCheckIn': {
      const name = titleOf(keyResult(repos.cascade.checkIns.find(id)?.keyResultId));
      return () => `Delete check-in${name}`;
    }
    default:
      return () => capitalise(method.split('.')[1]!.replace(/([A-Z])/g, ' $1').toLowerCase());
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
    return () => (source ? `Copy scorecard ${source}` : 'Copy scorecard');
  }
  if (method === 'scorecard.fromTemplate') {
    // Named by the template, not the new scorecard (which may have been given another name).
    return () => {
      const template = typeof args['template'] === 'string' ? findTemplate(args['template']) : undefined;
      return `New scorecard from template${template ? ` ${quoted(template.name)}` : ''}`;
    };
  }
  if (method === 'import.apply') return (result) => importLabel(result, args['fileName']);
  if (entity === 'incentive') return incentiveLabel(repos, action, args);
  if (entity === 'cascade' || entity === 'okr') return cascadeLabel(repos, method, args);
  if (entity === 'workshop') return workshopLabel(repos, method, args);
  const [singular, plural] = NOUNS[entity] ?? [entity, `${entity}s`];
  const verb = VERBS[action] ?? capitalise(action.replace(/([A-Z])/g, ' $1').toLowerCase());
  if (action === 'reorder') return () => `${verb} ${plural}`;
  const named = (row: unknown) => (entity === 'link' ? linkName(repos, row) : nameOf(row));
  // A deleted row's name is gone after the edit; any other edit is named as it ends up (a rename by its new name).
  const deleted =
    action === 'delete' && typeof args['id'] === 'number' ? named(findRow(repos, entity, args['id'])) : null;
  return (result) => {
    const name = deleted ?? named(result);
    return name ? `${verb} ${singular} ${name}` : `${verb} ${singular}`;
  };
}
