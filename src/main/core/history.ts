/**
 * Undo and redo for every edit, below every handler (the technique of https://www.sqlite.org/undoredo.html):
 * TEMP triggers on every table of the document write the SQL that reverses each inserted, updated or deleted
 * row into a TEMP log, so FK cascades and the note-cleanup triggers are captured like any other change and no
 * handler has to know. One dispatched call is one step. The log lives in the connection's TEMP schema: it is
 * never written into the document and ends with the open document (history is per session, not saved).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { HistoryState } from '../../shared/contract';
import { installChangeLog } from './change-log';

interface Step {
  description: string;
  /** The step's entries in the log, inclusive; from > to when it holds none. */
  from: number;
  to: number;
}

const LOG = 'temp.quadrant_undo_log';
/**
 * Tables outside the history: the document's settings are remembered choices (the report dialog's), not content,
 * and undoing a value must not undo them, nor must saving them become a step.
 */
const UNTRACKED = new Set(['setting']);
/** Oldest steps beyond this are forgotten, so a long session's log stays bounded. */
export const HISTORY_LIMIT = 500;

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** A SQL string literal holding `text`, for SQL that the triggers build at run time. */
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export interface TableShape {
  name: string;
  columns: string[];
  /** Primary-key columns; ['rowid'] for a rowid table without a declared key. */
  key: string[];
}

export function tablesOf(db: Database): TableShape[] {
  const names = db
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return names
    .filter((name) => !UNTRACKED.has(name))
    .map((name) => {
      const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?, 'main') ORDER BY cid`).all(name) as {
        name: string;
        pk: number;
      }[];
      const key = info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
      return { name, columns: info.map((c) => c.name), key: key.length ? key : ['rowid'] };
    });
}

/** SQL text that evaluates, inside a trigger, to `col = <quoted value of row.col>` joined by `sep`. */
function assignments(columns: string[], row: 'OLD' | 'NEW', sep: string): string {
  return columns.map((c, i) => `${literal(`${i ? sep : ''}${ident(c)}=`)} || quote(${row}.${ident(c)})`).join(' || ');
}

function triggersFor(t: TableShape): string {
  const table = `main.${ident(t.name)}`;
  const prefix = `quadrant_undo_${t.name.replace(/\W/g, '_')}`;
  const record = (sqlExpr: string) => `INSERT INTO ${LOG}(sql) VALUES (${sqlExpr});`;
  const whereNew = `${literal(' WHERE ')} || ${assignments(t.key, 'NEW', ' AND ')}`;
  const cols = t.columns.map(ident).join(',');
  const values = t.columns.map((c) => `quote(OLD.${ident(c)})`).join(` || ',' || `);
  // An update that leaves every value as it was is no change: it must not become a step of its own.
  const changed = t.columns.map((c) => `OLD.${ident(c)} IS NOT NEW.${ident(c)}`).join(' OR ');
  return `
    DROP TRIGGER IF EXISTS temp.${prefix}_i;
    DROP TRIGGER IF EXISTS temp.${prefix}_u;
    DROP TRIGGER IF EXISTS temp.${prefix}_d;
    CREATE TEMP TRIGGER ${prefix}_i AFTER INSERT ON ${table} BEGIN
      ${record(`${literal(`DELETE FROM ${table}`)} || ${whereNew}`)}
    END;
    CREATE TEMP TRIGGER ${prefix}_u AFTER UPDATE ON ${table} WHEN ${changed} BEGIN
      ${record(`${literal(`UPDATE ${table} SET `)} || ${assignments(t.columns, 'OLD', ',')} || ${whereNew}`)}
    END;
    CREATE TEMP TRIGGER ${prefix}_d AFTER DELETE ON ${table} BEGIN
      ${record(`${literal(`INSERT INTO ${table}(${cols}) VALUES (`)} || ${values} || ')'`)}
    END;`;
}

/** Installs the log and the triggers on a connection (idempotent: existing ones are replaced). */
export function installHistory(db: Database): void {
  // The log is scratch that dies with the connection: it has no reason to touch the disk. (SQLite refuses the
  // change inside a transaction, and a change would drop existing TEMP objects: so only here, before they exist.)
  if (!db.inTransaction) db.pragma('temp_store = MEMORY');
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS quadrant_undo_log (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL)`);
  const tables = tablesOf(db);
  db.exec(tables.map(triggersFor).join('\n'));
  installChangeLog(db, tables);
}

export class History {
  private readonly statements = new Map<string, Statement>();
  private readonly undoStack: Step[] = [];
  private readonly redoStack: Step[] = [];
  /** The last log entry owned by a step; anything after it was written outside any step. */
  private mark: number;

  constructor(private readonly db: Database) {
    installHistory(db);
    this.mark = this.lastSeq();
  }

  /** Prepared once: every dispatched call, reads included, asks for the log's end twice. */
  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private lastSeq(): number {
    return this.stmt(`SELECT COALESCE(MAX(seq), 0) FROM ${LOG}`).pluck().get() as number;
  }

  private forget(steps: Step[]): void {
    const drop = this.stmt(`DELETE FROM ${LOG} WHERE seq BETWEEN ? AND ?`);
    for (const s of steps) if (s.from <= s.to) drop.run(s.from, s.to);
  }

  /** Entries no step owns (a write outside dispatch) would otherwise sit in the log for good. */
  private dropStray(): void {
    if (this.lastSeq() > this.mark) this.stmt(`DELETE FROM ${LOG} WHERE seq > ?`).run(this.mark);
  }

  /**
   * Runs one edit in one transaction. If it changed anything, it becomes one step and the redo stack is
   * cleared. `describe` is asked before the edit (a deleted row's name is gone after it) for a function that
   * names the step from the edit's result.
   */
  record<T>(edit: () => T, describe: () => (result: T) => string): T {
    let step: Step | null = null;
    const result = this.db.transaction(() => {
      this.dropStray();
      const name = describe();
      const value = edit();
      const last = this.lastSeq();
      if (last > this.mark) step = { description: name(value), from: this.mark + 1, to: last };
      return value;
    })();
    // Only after the commit: a failed or rolled-back edit leaves both stacks as they were.
    if (step !== null) {
      const s: Step = step;
      this.mark = s.to;
      this.forget(this.redoStack.splice(0));
      this.undoStack.push(s);
      if (this.undoStack.length > HISTORY_LIMIT)
        this.forget(this.undoStack.splice(0, this.undoStack.length - HISTORY_LIMIT));
    }
    return result;
  }

  /** Replays a step's inverse SQL, newest first, in one transaction; returns the step that would reverse it. */
  private replay(step: Step): Step {
    let inverse: Step = step;
    this.db.transaction(() => {
      // Rows come back parent-after-child in places (a cascade logs the children first): check references at commit.
      this.db.pragma('defer_foreign_keys = ON');
      this.dropStray();
      const before = this.lastSeq();
      const statements = this.stmt(`SELECT sql FROM ${LOG} WHERE seq BETWEEN ? AND ? ORDER BY seq DESC`)
        .pluck()
        .all(step.from, step.to) as string[];
      if (statements.length) this.db.exec(statements.join(';\n'));
      const after = this.lastSeq();
      this.stmt(`DELETE FROM ${LOG} WHERE seq BETWEEN ? AND ?`).run(step.from, step.to);
      inverse = { description: step.description, from: before + 1, to: after };
    })();
    this.mark = inverse.to >= inverse.from ? inverse.to : this.mark;
    return inverse;
  }

  undo(): string | null {
    const step = this.undoStack.at(-1);
    if (!step) return null;
    const inverse = this.replay(step);
    this.undoStack.pop();
    this.redoStack.push(inverse);
    return step.description;
  }

  redo(): string | null {
    const step = this.redoStack.at(-1);
    if (!step) return null;
    const inverse = this.replay(step);
    this.redoStack.pop();
    this.undoStack.push(inverse);
    return step.description;
  }

  state(): HistoryState {
    const undo = this.undoStack.at(-1);
    const redo = this.redoStack.at(-1);
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      undoLabel: undo?.description ?? null,
      redoLabel: redo?.description ?? null,
    };
  }
}

/** One history per open document connection: a newly opened, created or reopened document starts with none. */
const histories = new WeakMap<Database, History>();

export function historyOf(db: Database): History {
  let history = histories.get(db);
  if (!history) {
    history = new History(db);
    histories.set(db, history);
  }
  return history;
}
