/**
 * A typed table gateway: the only place SQL for plain entity tables is built. Column names are the entity's
 * camelCase keys mapped to snake_case; every value is bound as a parameter.
 */
import type { Database, Statement } from 'better-sqlite3';
import { AppError, ErrorCode } from '../../../shared/errors';

export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

type Row = Record<string, unknown>;

export interface TableSpec<E> {
  table: string;
  /** What the user calls one row, for messages ("objective 12 does not exist"). */
  label: string;
  /** Columns in export order, id first. */
  columns: readonly (keyof E & string)[];
  booleans?: readonly (keyof E & string)[];
  /** Columns that hold a JSON text (a list of attendees, a template's sections). */
  json?: readonly (keyof E & string)[];
  orderBy: string;
}

export class Table<E extends { id: number }> {
  private readonly statements = new Map<string, Statement>();
  private readonly selectList: string;
  private readonly columnSet: ReadonlySet<string>;
  private readonly jsonColumns: ReadonlySet<string>;

  constructor(
    readonly db: Database,
    readonly spec: TableSpec<E>,
  ) {
    this.selectList = spec.columns.map((c) => `${snake(c)} AS "${c}"`).join(', ');
    this.columnSet = new Set(spec.columns);
    this.jsonColumns = new Set(spec.json ?? []);
  }

  /** Cached prepared statement: preparing once matters when a paste writes hundreds of cells. */
  stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  fromRow(row: Row): E {
    for (const b of this.spec.booleans ?? []) row[b] = row[b] === 1;
    for (const j of this.spec.json ?? []) row[j] = JSON.parse(row[j] as string);
    return row as E;
  }

  private toParams(values: Partial<E>): Row {
    const out: Row = {};
    for (const [k, v] of Object.entries(values)) {
      if (!this.columnSet.has(k)) continue;
      out[k] = typeof v === 'boolean' ? (v ? 1 : 0) : this.jsonColumns.has(k) ? JSON.stringify(v) : v;
    }
    return out;
  }

  find(id: number): E | undefined {
    const row = this.stmt(`SELECT ${this.selectList} FROM ${this.spec.table} WHERE id = ?`).get(id) as Row | undefined;
    return row ? this.fromRow(row) : undefined;
  }

  get(id: number): E {
    const found = this.find(id);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, `${this.spec.label} ${id} does not exist.`);
    return found;
  }

  /** Rows where every given column equals its value; no filter lists the whole table. */
  list(where: Partial<Record<keyof E & string, number | string | null>> = {}): E[] {
    const keys = Object.keys(where);
    const clause = keys.length ? `WHERE ${keys.map((k) => `${snake(k)} = @${k}`).join(' AND ')}` : '';
    const rows = this.stmt(`SELECT ${this.selectList} FROM ${this.spec.table} ${clause} ORDER BY ${this.spec.orderBy}`).all(
      where,
    ) as Row[];
    return rows.map((r) => this.fromRow(r));
  }

  /** Rows selected by a custom condition over this table (aliased t), with named parameters. */
  where(condition: string, params: Row = {}): E[] {
    const cols = this.spec.columns.map((c) => `t.${snake(c)} AS "${c}"`).join(', ');
    const rows = this.stmt(`SELECT ${cols} FROM ${this.spec.table} t WHERE ${condition} ORDER BY ${this.spec.orderBy}`).all(
      params,
    ) as Row[];
    return rows.map((r) => this.fromRow(r));
  }

  insert(values: Omit<E, 'id'> & { id?: number }): E {
    return this.get(this.add(values));
  }

  /** Inserts without reading the row back, returning its id: the bulk path of imports, which need no entity back. */
  add(values: Omit<E, 'id'> & { id?: number }): number {
    const params = this.toParams(values as Partial<E>);
    const keys = Object.keys(params);
    const info = this.stmt(
      `INSERT INTO ${this.spec.table} (${keys.map(snake).join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
    ).run(params);
    return Number(info.lastInsertRowid);
  }

  update(id: number, patch: Partial<E>): E {
    const params = this.toParams(patch);
    delete params.id;
    const keys = Object.keys(params);
    if (keys.length) {
      const info = this.stmt(`UPDATE ${this.spec.table} SET ${keys.map((k) => `${snake(k)} = @${k}`).join(', ')} WHERE id = @id`).run({
        ...params,
        id,
      });
      if (info.changes === 0) this.get(id);
    }
    return this.get(id);
  }

  delete(id: number): void {
    const info = this.stmt(`DELETE FROM ${this.spec.table} WHERE id = ?`).run(id);
    if (info.changes === 0) throw new AppError(ErrorCode.NOT_FOUND, `${this.spec.label} ${id} does not exist.`);
  }

  nextPosition(parentColumn: keyof E & string, parentId: number): number {
    const row = this.stmt(`SELECT COALESCE(MAX(position) + 1, 0) AS next FROM ${this.spec.table} WHERE ${snake(parentColumn)} = ?`).get(
      parentId,
    ) as { next: number };
    return row.next;
  }

  /** Sets positions 0..n-1 in the given order; ids must be exactly the children of the parent. */
  reorder(parentColumn: keyof E & string, parentId: number, ids: number[]): void {
    const current = this.stmt(`SELECT id FROM ${this.spec.table} WHERE ${snake(parentColumn)} = ?`)
      .all(parentId)
      .map((r) => (r as { id: number }).id);
    const given = new Set(ids);
    if (given.size !== ids.length || current.length !== ids.length || current.some((id) => !given.has(id))) {
      throw new AppError(ErrorCode.VALIDATION, `The new order must list each ${this.spec.label} of this parent exactly once.`, [
        { path: ['ids'], message: `must list each ${this.spec.label} exactly once` },
      ]);
    }
    const set = this.stmt(`UPDATE ${this.spec.table} SET position = ? WHERE id = ?`);
    ids.forEach((id, i) => set.run(i, id));
  }
}
