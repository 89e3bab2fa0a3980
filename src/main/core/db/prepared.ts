/**
 * Compile once, bind per call. A query is built with `slot(i)` where each call's i-th argument goes, compiled once
 * per engine under a key (`engine.cached`), and bound to the call's arguments by position: building and compiling a
 * Kysely query costs far more than running a prepared statement, and a paste writes hundreds of cells.
 */
import type { Compilable, Kysely } from 'kysely';
import type { Engine, Query } from './engine';
import type { QuadrantSchema } from './schema';

class Slot {
  constructor(readonly index: number) {}
}

/**
 * Where the i-th argument of each call goes. Typed as whatever the column takes, so the builder accepts it; Kysely
 * keeps it as an ordinary parameter value, which `bind` replaces.
 */
export function slot<T = never>(index: number): T {
  return new Slot(index) as unknown as T;
}

/** The compiled query with its slots filled from `args`; constant parameters stay as they were built. */
export function bind(query: Query, args: readonly unknown[]): Query {
  const { parameters } = query;
  if (parameters.length === 0) return query;
  const bound = new Array<unknown>(parameters.length);
  for (let i = 0; i < parameters.length; i++) {
    const p = parameters[i];
    bound[i] = p instanceof Slot ? args[p.index] : p;
  }
  return { sql: query.sql, parameters: bound };
}

/** The query `build` makes, compiled for this engine once under `key`, bound to `args`. */
export function prepared(
  engine: Engine,
  key: string,
  build: (qb: Kysely<QuadrantSchema>) => Compilable,
  args: readonly unknown[] = [],
): Query {
  return bind(
    engine.cached(key, () => build(engine.qb).compile()),
    args,
  );
}
