/**
 * Which rows a write changed. TEMP triggers on every table of the document (installed with the undo history's, on
 * the same connection) note the key of each inserted, updated or deleted row in a TEMP table; after each dispatched
 * call the dispatcher drains it and reads those rows back as the API gives them (changesOf). Cascades, the
 * note-cleanup triggers, undo and redo are caught like any other write, and no handler has to say what it changed.
 * The TEMP table is part of the transaction: a write that rolls back leaves nothing in it.
 */
import type { Database, Statement } from 'better-sqlite3';
import { MAX_CHANGED_ROWS, type DocumentChanges, type MeasurementKey, type RowChanges } from '../../shared/changes';
import type { HistoryState } from '../../shared/contract';
import type { Measurement } from '../../shared/domain';
import { periodKind } from '../../shared/periods';
import type { Repositories } from './repositories';
import { cellKey } from './repositories/notes';
import type { TableShape } from './history';

const LOG = 'temp.quadrant_change_log';

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * Columns noted beside a row's key: a note's entity and period say which grid cell's note changed, before and
 * after an update and after a delete (when the row can no longer be read back).
 */
export const CHANGE_KEY_EXTRA: Record<string, readonly string[]> = { note: ['entity_type', 'entity_id', 'period'] };

function triggersFor(t: TableShape): string {
  const table = `main.${ident(t.name)}`;
  const prefix = `quadrant_change_${t.name.replace(/\W/g, '_')}`;
  const cols = [...t.key, ...(CHANGE_KEY_EXTRA[t.name] ?? [])];
  const key = (row: 'NEW' | 'OLD') => `json_array(${cols.map((c) => `${row}.${ident(c)}`).join(', ')})`;
  const note = (op: string, row: 'NEW' | 'OLD') =>
    `INSERT INTO ${LOG}(tbl, op, k) VALUES (${literal(t.name)}, ${literal(op)}, ${key(row)});`;
  // As for the undo log: an update that leaves every value as it was changed nothing.
  const changed = t.columns.map((c) => `OLD.${ident(c)} IS NOT NEW.${ident(c)}`).join(' OR ');
  return `
    DROP TRIGGER IF EXISTS temp.${prefix}_i;
    DROP TRIGGER IF EXISTS temp.${prefix}_u;
    DROP TRIGGER IF EXISTS temp.${prefix}_d;
    CREATE TEMP TRIGGER ${prefix}_i AFTER INSERT ON ${table} BEGIN ${note('i', 'NEW')} END;
    CREATE TEMP TRIGGER ${prefix}_u AFTER UPDATE ON ${table} WHEN ${changed} BEGIN ${note('u', 'OLD')} ${note('u', 'NEW')} END;
    CREATE TEMP TRIGGER ${prefix}_d AFTER DELETE ON ${table} BEGIN ${note('d', 'OLD')} END;`;
}

/** Installs the log and its triggers (idempotent); called by installHistory with the same tables. */
export function installChangeLog(db: Database, tables: readonly TableShape[]): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS quadrant_change_log (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, k TEXT NOT NULL)`);
  db.exec(tables.map(triggersFor).join('\n'));
}

interface Entry {
  tbl: string;
  op: string;
  k: string;
}

/**
 * One row a write changed, as both engines note it: its table, 'i' | 'u' | 'd', and its key followed by the
 * CHANGE_KEY_EXTRA columns (an update is noted twice, with the row's values before and after).
 */
export interface ChangeEntry {
  tbl: string;
  op: string;
  k: readonly (number | string | null)[];
}

/** The tables whose rows the renderer holds by id, and the changes' field for each. */
const BY_ID = {
  scorecard: 'scorecards',
  perspective: 'perspectives',
  theme: 'themes',
  objective: 'objectives',
  cause_link: 'links',
  kpi: 'kpis',
  initiative: 'initiatives',
  note: 'notes',
  review_template: 'reviewTemplates',
  review: 'reviews',
  review_item: 'reviewItems',
  action_item: 'actions',
  objective_contribution: 'contributions',
  key_result: 'keyResults',
  check_in: 'checkIns',
} as const;
type IdTable = keyof typeof BY_ID;

/** Connections opened in this process so far: each log's epoch, so revisions of two connections never look alike. */
let epochs = 0;

class ChangeLog {
  readonly epoch = ++epochs;
  /** Counts the writes that changed rows since the document was opened on this connection. */
  revision = 0;
  private readonly count: Statement;
  private readonly read: Statement;
  private readonly clear: Statement;

  constructor(db: Database) {
    this.count = db.prepare(`SELECT COUNT(*) FROM ${LOG}`).pluck();
    this.read = db.prepare(`SELECT tbl, op, k FROM ${LOG} ORDER BY seq`);
    this.clear = db.prepare(`DELETE FROM ${LOG}`);
  }

  /** True when rows changed since the last drain; cheap enough to ask after every call, reads included. */
  pending(): boolean {
    return (this.count.get() as number) > 0;
  }

  drain(): Entry[] {
    const entries = this.read.all() as Entry[];
    this.clear.run();
    return entries;
  }
}

const logs = new WeakMap<Database, ChangeLog>();

function logOf(db: Database): ChangeLog {
  let log = logs.get(db);
  if (!log) {
    log = new ChangeLog(db);
    logs.set(db, log);
  }
  return log;
}

/** Where the document's content stands on this connection: its epoch, and the writes since it was opened. Needs the history installed (historyOf). */
export function revisionOf(db: Database): { epoch: number; revision: number } {
  const log = logOf(db);
  return { epoch: log.epoch, revision: log.revision };
}

/** Forgets what writes outside the dispatcher left in the log (a migration, an import), so no answer reports them. */
export function discardChanges(db: Database): void {
  // No log yet: no call has been answered on this connection, and a failed write rolled its entries back.
  const log = logs.get(db);
  if (log?.pending()) log.drain();
}

/**
 * What changed since the last call, read back after the commit; null when nothing did. The caller passes the undo
 * state as it is after the write.
 */
export function changesOf(db: Database, repos: Repositories, history: HistoryState): DocumentChanges | null {
  const log = logOf(db);
  if (!log.pending()) return null;
  const entries = log.drain().map((e) => ({ tbl: e.tbl, op: e.op, k: JSON.parse(e.k) as ChangeEntry['k'] }));
  log.revision += 1;
  return changesFromEntries(entries, repos, { epoch: log.epoch, revision: log.revision, history });
}

/** Each by-id table's row as the API gives it (undefined when gone). */
function rowFinders(repos: Repositories): { [T in IdTable]: (id: number) => unknown } {
  return {
    scorecard: (id) => repos.scorecards.find(id),
    perspective: (id) => repos.perspectives.find(id),
    theme: (id) => repos.themes.find(id),
    objective: (id) => repos.objectives.find(id),
    cause_link: (id) => repos.links.find(id),
    kpi: (id) => repos.kpis.find(id),
    initiative: (id) => repos.initiatives.find(id),
    note: (id) => repos.notes.find(id),
    review_template: (id) => repos.review.templates.find(id),
    review: (id) => repos.review.reviews.find(id),
    review_item: (id) => repos.review.items.find(id),
    action_item: (id) => repos.review.actions.find(id),
    objective_contribution: (id) => repos.cascade.contributions.find(id),
    key_result: (id) => repos.cascade.keyResults.find(id),
    check_in: (id) => repos.cascade.checkIns.find(id),
  };
}

/**
 * A changed row as the API gives it now, by its table and key (as the change log notes it); undefined when it is
 * gone or is not a row the API lists by itself.
 */
export function rowOf(repos: Repositories, tbl: string, k: ChangeEntry['k']): unknown {
  if (tbl === 'measurement') return repos.measurements.findMany([{ kpiId: k[0] as number, period: k[1] as string }])[0] ?? undefined;
  return tbl in BY_ID ? rowFinders(repos)[tbl as IdTable](k[0] as number) : undefined;
}

/**
 * The rows noted in `entries`, read back as the API gives them: the desktop's TEMP log and the team database's audit
 * log (src/main/team/change-feed.ts) both answer through here, so a page gets the same changes from either.
 */
export function changesFromEntries(entries: readonly ChangeEntry[], repos: Repositories, base: DocumentChanges): DocumentChanges {
  const ids = new Map<IdTable, { all: Set<number>; created: Set<number> }>();
  const cells = new Map<string, MeasurementKey>();
  const idsOf = (t: IdTable) => {
    let x = ids.get(t);
    if (!x) ids.set(t, (x = { all: new Set(), created: new Set() }));
    return x;
  };
  let rows = 0;
  const addCell = (kpiId: number, period: string) => {
    const key = cellKey(kpiId, period);
    if (!cells.has(key)) rows++;
    cells.set(key, { kpiId, period });
  };
  const addRow = (table: IdTable, id: number, created: boolean) => {
    const x = idsOf(table);
    if (!x.all.has(id)) rows++;
    x.all.add(id);
    if (created) x.created.add(id);
  };
  for (const e of entries) {
    const { k } = e;
    // A period closed or reopened changes how a period scores everywhere: the page reads the document again.
    if (e.tbl === 'closed_period') return { ...base, reload: true };
    if (e.tbl === 'measurement') addCell(k[0] as number, k[1] as string);
    else if (e.tbl === 'initiative_objective') addRow('initiative', k[0] as number, false);
    else if (e.tbl in BY_ID) {
      addRow(e.tbl as IdTable, k[0] as number, e.op === 'i');
      // A note about a KPI and a period is that grid cell's note: the cell, as the API lists it, changed too.
      if (e.tbl === 'note' && k[1] === 'kpi' && typeof k[3] === 'string') addCell(k[2] as number, k[3]);
    }
    if (rows > MAX_CHANGED_ROWS) return { ...base, reload: true };
  }

  const out: DocumentChanges = { ...base };
  const finders = rowFinders(repos);
  for (const [table, { all, created }] of ids) {
    const rows: RowChanges<unknown> = { set: [], removed: [], created: [] };
    for (const id of all) {
      const row = finders[table](id);
      if (row === undefined) rows.removed.push(id);
      else {
        rows.set.push(row);
        if (created.has(id)) rows.created.push(id);
      }
    }
    (out as unknown as Record<string, RowChanges<unknown>>)[BY_ID[table]] = rows;
  }
  if (cells.size) {
    const set: Measurement[] = [];
    const removed: MeasurementKey[] = [];
    const list = [...cells.values()];
    const found = repos.measurements.findMany(list);
    const frequency = new Map<number, string | undefined>();
    const frequencyOf = (kpiId: number) => {
      if (!frequency.has(kpiId)) frequency.set(kpiId, repos.kpis.find(kpiId)?.frequency);
      return frequency.get(kpiId);
    };
    list.forEach((cell, i) => {
      const m = found[i];
      // As the lists give cells: a note about a quarter on a monthly KPI is the KPI's note, in no cell of the grid.
      const listed = m && (m.actual !== null || m.target !== null || periodKind(m.period) === frequencyOf(m.kpiId));
      if (m && listed) set.push(m);
      else removed.push(cell);
    });
    out.measurements = { set, removed };
  }
  return out;
}
