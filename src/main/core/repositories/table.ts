/**
 * A typed table gateway: the only place queries for plain entity tables are built. Column names are the entity's
 * camelCase keys mapped to snake_case (checked against db/schema.ts by the compiler); every value is bound as a
 * parameter. Each query shape is built with Kysely and compiled once per engine (db/prepared.ts).
 */
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { en } from '../../../shared/i18n/resources';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema, TableName } from '../db/schema';

export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `fiscalYearStartMonth` → `fiscal_year_start_month`, as `snake` does at run time. */
type Snake<S extends string> = S extends `${infer C}${infer R}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${Snake<R>}`
  : '';

/** The entity's keys whose snake_case name is a column of the table. */
type ColumnKey<E, T extends TableName> = {
  [K in keyof E & string]: Snake<K> extends keyof QuadrantSchema[T] ? K : never;
}[keyof E & string];

type Row = Record<string, unknown>;

/** The table as `t`, which conditions given to `where` refer to. */
export type Aliased<T extends TableName> = QuadrantSchema & { t: QuadrantSchema[T] };
export type Condition<T extends TableName> = (
  eb: ExpressionBuilder<Aliased<T>, 't'>,
  qb: Kysely<QuadrantSchema>,
) => Expression<SqlBool>;

/** A column to sort by; nullsFirst where it may be null, as SQLite sorts and PostgreSQL must be told to. */
type OrderKey<T extends TableName> =
  (keyof QuadrantSchema[T] & string) | { column: keyof QuadrantSchema[T] & string; nullsFirst: true };

export type RowLabel = keyof (typeof en)['errors']['table']['missing'];

export interface TableSpec<E, T extends TableName> {
  table: T;
  /** What the user calls one row, for messages ("Objective 12 does not exist."): a key of errors:table. */
  label: RowLabel;
  /** Columns in export order, id first. */
  columns: readonly ColumnKey<E, T>[];
  booleans?: readonly ColumnKey<E, T>[];
  /** Columns that hold a JSON text (a list of attendees, a template's sections). */
  json?: readonly ColumnKey<E, T>[];
  orderBy: readonly OrderKey<T>[];
}

/** Kysely cannot follow a table name that is a type parameter; the spec's types have checked the names already. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseSelect = SelectQueryBuilder<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseEb = ExpressionBuilder<any, any>;

export class Table<E extends { id: number }, T extends TableName = TableName> {
  private readonly columnSet: ReadonlySet<string>;
  private readonly jsonColumns: ReadonlySet<string>;
  private readonly booleanColumns: readonly string[];
  private readonly jsonList: readonly string[];
  /** The table's name as Kysely's loose builder takes it. */
  private readonly name: string;
  /** The key of the hottest shape, made once: every get, and every row a write's answer reads back. */
  private readonly findKey: string;

  constructor(
    readonly engine: Engine,
    readonly spec: TableSpec<E, T>,
  ) {
    this.columnSet = new Set(spec.columns);
    this.jsonColumns = new Set(spec.json ?? []);
    this.booleanColumns = spec.booleans ?? [];
    this.jsonList = spec.json ?? [];
    this.name = spec.table;
    this.findKey = this.key('find');
  }

  /** The cache key of one of this table's query shapes. */
  private key(shape: string): string {
    return `${this.name}.${shape}`;
  }

  /** SELECT of every column as the entity's key, from the table aliased t. */
  private selectAll(qb: Kysely<QuadrantSchema>): LooseSelect {
    return (qb as Loose).selectFrom(`${this.name} as t`).select(this.spec.columns.map((c) => `t.${snake(c)} as ${c}`));
  }

  private ordered(q: LooseSelect): LooseSelect {
    for (const o of this.spec.orderBy) {
      q = typeof o === 'string' ? q.orderBy(`t.${o}`) : q.orderBy(`t.${o.column}`, (ob) => ob.asc().nullsFirst());
    }
    return q;
  }

  fromRow(row: Row): E {
    for (const b of this.booleanColumns) row[b] = row[b] === 1;
    for (const j of this.jsonList) row[j] = JSON.parse(row[j] as string);
    return row as E;
  }

  /** The given columns' values as stored: booleans as 0/1, JSON as text; unknown keys and undefined values left out. */
  private toValues(values: Partial<E>): Row {
    const out: Row = {};
    for (const k in values) {
      const v = values[k];
      if (v === undefined || !this.columnSet.has(k)) continue;
      out[k] = typeof v === 'boolean' ? (v ? 1 : 0) : this.jsonColumns.has(k) ? JSON.stringify(v) : v;
    }
    return out;
  }

  find(id: number): E | undefined {
    const q = prepared(this.engine, this.findKey, (qb) => this.selectAll(qb).where('t.id', '=', slot(0)), [id]);
    const row = this.engine.get<Row>(q);
    return row ? this.fromRow(row) : undefined;
  }

  get(id: number): E {
    const found = this.find(id);
    if (!found) throw new AppError(ErrorCode.NOT_FOUND, t(`errors:table.missing.${this.spec.label}`, { id }));
    return found;
  }

  /** Rows where every given column equals its value; no filter lists the whole table. */
  list(where: Partial<Record<keyof E & string, number | string | null>> = {}): E[] {
    const keys = Object.keys(where) as (keyof E & string)[];
    const q = prepared(
      this.engine,
      this.key(`list:${keys.join(',')}`),
      (qb) => this.ordered(keys.reduce((s, k, i) => s.where(`t.${snake(k)}`, '=', slot(i)), this.selectAll(qb))),
      keys.map((k) => where[k]),
    );
    return this.engine.all<Row>(q).map((r) => this.fromRow(r));
  }

  /**
   * Rows chosen by a condition over this table (aliased t), compiled once under `shape`: the condition is built with
   * `slot(i)` where `args[i]` goes, so one shape serves every call.
   */
  where(shape: string, condition: Condition<T>, args: readonly unknown[]): E[] {
    const q = prepared(
      this.engine,
      this.key(`where:${shape}`),
      (qb) =>
        this.ordered(
          this.selectAll(qb).where((eb) => condition(eb as unknown as ExpressionBuilder<Aliased<T>, 't'>, qb)),
        ),
      args,
    );
    return this.engine.all<Row>(q).map((r) => this.fromRow(r));
  }

  insert(values: Omit<E, 'id'> & { id?: number }): E {
    return this.get(this.add(values));
  }

  /** Inserts without reading the row back, returning its id: the bulk path of imports, which need no entity back. */
  add(values: Omit<E, 'id'> & { id?: number }): number {
    const row = this.toValues(values as Partial<E>);
    const keys = Object.keys(row);
    const q = prepared(
      this.engine,
      this.key(`add:${keys.join(',')}`),
      (qb) =>
        (qb as Loose)
          .insertInto(this.name)
          .values(Object.fromEntries(keys.map((k, i) => [snake(k), slot(i)])))
          .returning('id'),
      keys.map((k) => row[k]),
    );
    return this.engine.insert(q);
  }

  update(id: number, patch: Partial<E>): E {
    const row = this.toValues(patch);
    delete row.id;
    const keys = Object.keys(row);
    if (keys.length) {
      const q = prepared(
        this.engine,
        this.key(`update:${keys.join(',')}`),
        (qb) =>
          (qb as Loose)
            .updateTable(this.name)
            .set(Object.fromEntries(keys.map((k, i) => [snake(k), slot(i)])))
            .where('id', '=', slot(keys.length)),
        [...keys.map((k) => row[k]), id],
      );
      if (this.engine.run(q).changes === 0) this.get(id);
    }
    return this.get(id);
  }

  delete(id: number): void {
    const q = prepared(
      this.engine,
      this.key('delete'),
      (qb) => (qb as Loose).deleteFrom(this.name).where('id', '=', slot(0)),
      [id],
    );
    if (this.engine.run(q).changes === 0)
      throw new AppError(ErrorCode.NOT_FOUND, t(`errors:table.missing.${this.spec.label}`, { id }));
  }

  /** Deletes every row (an import replacing a new document's built-in rows with the file's). */
  clear(): void {
    this.engine.run(prepared(this.engine, this.key('clear'), (qb) => (qb as Loose).deleteFrom(this.name)));
  }

  nextPosition(parentColumn: ColumnKey<E, T>, parentId: number): number {
    const q = prepared(
      this.engine,
      this.key(`nextPosition:${parentColumn}`),
      (qb) =>
        (qb as Loose)
          .selectFrom(this.name)
          .select((eb: LooseEb) => eb.fn.coalesce(eb(eb.fn.max('position'), '+', 1), eb.lit(0)).as('next'))
          .where(snake(parentColumn), '=', slot(0)),
      [parentId],
    );
    return Number(this.engine.get<{ next: number }>(q)!.next);
  }

  /** Sets positions 0..n-1 in the given order; ids must be exactly the children of the parent. */
  reorder(parentColumn: ColumnKey<E, T>, parentId: number, ids: number[]): void {
    const children = prepared(
      this.engine,
      this.key(`children:${parentColumn}`),
      (qb) => (qb as Loose).selectFrom(this.name).select('id').where(snake(parentColumn), '=', slot(0)),
      [parentId],
    );
    const current = this.engine.all<{ id: number }>(children).map((r) => r.id);
    const given = new Set(ids);
    if (given.size !== ids.length || current.length !== ids.length || current.some((id) => !given.has(id))) {
      throw new AppError(
        ErrorCode.VALIDATION,
        t(`errors:table.order.${this.spec.label}`),
        [{ path: ['ids'], message: t(`errors:table.orderField.${this.spec.label}`) }],
      );
    }
    const build = (qb: Kysely<QuadrantSchema>) =>
      (qb as Loose)
        .updateTable(this.name)
        .set({ position: slot(0) })
        .where('id', '=', slot(1));
    ids.forEach((id, i) => this.engine.run(prepared(this.engine, this.key('setPosition'), build, [i, id])));
  }
}
