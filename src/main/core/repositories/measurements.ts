/**
 * Measurements: a KPI's actual and target for a period, one row per KPI and period, keyed (kpi_id, period). A
 * measurement as the API gives it also carries its cell's note, which lives with every other note (notes.ts): a
 * cell that holds only a note is listed too, with no actual and no target.
 */
import type { Kysely } from 'kysely';
import { compareMeasurements } from '../../../shared/changes';
import type { Measurement } from '../../../shared/domain';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema } from '../db/schema';
import { kpiIdsOf } from './membership';
import { cellKey, type CellNote, type NoteRepository } from './notes';

/** Period lists up to this long get a query of their exact length; a single period needs at most 17 (a fiscal year). */
const EXACT_PERIOD_LISTS = 32;
/** findMany reads KPIs and periods in lists of at most this many (a pasted block of any size in a few queries). */
const MAX_LIST = 512;

type Values = Omit<Measurement, 'note'>;

const values = (qb: Kysely<QuadrantSchema>) =>
  qb.selectFrom('measurement').select(['kpi_id as kpiId', 'period', 'actual', 'target']);

/** `n` slots from `first` on, for an IN list. */
const slots = <T>(first: number, n: number): T[] => Array.from({ length: n }, (_, i) => slot<T>(first + i));

/**
 * How long an IN list of n values is compiled: lists of many lengths would each be a query shape of their own, so
 * longer ones are padded (with their last value again) to the next power of two, a handful of shapes in all.
 */
function listLength(n: number): number {
  return n <= EXACT_PERIOD_LISTS ? n : 2 ** Math.ceil(Math.log2(n));
}

function padded<T>(list: readonly T[], length: number): T[] {
  const out = list.slice();
  while (out.length < length) out.push(list[list.length - 1]!);
  return out;
}

function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += MAX_LIST) out.push(list.slice(i, i + MAX_LIST));
  return out;
}

/** The values with their cells' notes, and the cells that hold only a note, in KPI and period order. */
function withNotes(rows: Values[], notes: Map<string, CellNote>): Measurement[] {
  const out: Measurement[] = rows.map((v) => {
    const key = cellKey(v.kpiId, v.period);
    const note = notes.get(key)?.body ?? '';
    notes.delete(key);
    return { ...v, note };
  });
  if (notes.size === 0) return out;
  for (const n of notes.values())
    out.push({ kpiId: n.kpiId, period: n.period, actual: null, target: null, note: n.body });
  return out.sort(compareMeasurements);
}

export class MeasurementRepository {
  constructor(
    private readonly engine: Engine,
    private readonly notes: NoteRepository,
  ) {}

  /** The cell's value and note; undefined when it holds neither. */
  find(kpiId: number, period: string): Measurement | undefined {
    const q = prepared(
      this.engine,
      'measurement.find',
      (qb) => values(qb).where('kpi_id', '=', slot(0)).where('period', '=', slot(1)),
      [kpiId, period],
    );
    const found = this.engine.get<Values>(q);
    const note = this.notes.cellNote(kpiId, period);
    if (!found && note === '') return undefined;
    return { kpiId, period, actual: found?.actual ?? null, target: found?.target ?? null, note };
  }

  /**
   * Many cells as find() gives each (undefined where a cell holds neither value nor note), in two queries per few
   * hundred KPIs and periods whatever the number of cells: what a write's answer reads back after a pasted block
   * (change-log.ts). It reads the cells of the KPIs × periods the list names and keeps those asked for.
   */
  findMany(cells: readonly { kpiId: number; period: string }[]): (Measurement | undefined)[] {
    if (cells.length === 0) return [];
    const kpis = [...new Set(cells.map((c) => c.kpiId))];
    const periods = [...new Set(cells.map((c) => c.period))];
    const found = new Map<string, Values>();
    // Oldest first, so the newest note of each cell is the one left in the map, as cellNote() picks it.
    const notes = new Map<string, string>();
    for (const k of chunks(kpis)) {
      for (const p of chunks(periods)) {
        const nk = listLength(k.length);
        const np = listLength(p.length);
        const args = [...padded(k, nk), ...padded(p, np)];
        const valuesQuery = prepared(
          this.engine,
          `measurement.many:${nk}:${np}`,
          (qb) => values(qb).where('kpi_id', 'in', slots<number>(0, nk)).where('period', 'in', slots<string>(nk, np)),
          args,
        );
        for (const v of this.engine.all<Values>(valuesQuery)) found.set(cellKey(v.kpiId, v.period), v);
        const notesQuery = prepared(
          this.engine,
          `measurement.manyNotes:${nk}:${np}`,
          (qb) =>
            qb
              .selectFrom('note')
              .select(['entity_id as kpiId', 'period', 'body'])
              .where('entity_type', '=', 'kpi')
              .where('entity_id', 'in', slots<number>(0, nk))
              .where('period', 'in', slots<string>(nk, np))
              .orderBy('created_at')
              .orderBy('id'),
          args,
        );
        for (const n of this.engine.all<{ kpiId: number; period: string; body: string }>(notesQuery)) {
          notes.set(cellKey(n.kpiId, n.period), n.body);
        }
      }
    }
    return cells.map(({ kpiId, period }) => {
      const key = cellKey(kpiId, period);
      const v = found.get(key);
      const note = notes.get(key) ?? '';
      if (!v && note === '') return undefined;
      return { kpiId, period, actual: v?.actual ?? null, target: v?.target ?? null, note };
    });
  }

  /** Writes a cell: its value (none at all when both actual and target are empty) and its note. */
  set(m: Measurement): Measurement {
    this.write(m);
    this.notes.setCellNote(m.kpiId, m.period, m.note);
    return this.find(m.kpiId, m.period) ?? m;
  }

  /** Insert or replace the value without reading back: the bulk path of imports. The note is not written here. */
  write(m: Values): void {
    if (m.actual === null && m.target === null) {
      this.delete(m.kpiId, m.period);
      return;
    }
    const q = prepared(
      this.engine,
      'measurement.upsert',
      (qb) =>
        qb
          .insertInto('measurement')
          .values({ kpi_id: slot(0), period: slot(1), actual: slot(2), target: slot(3) })
          .onConflict((oc) =>
            oc
              .columns(['kpi_id', 'period'])
              .doUpdateSet((eb) => ({ actual: eb.ref('excluded.actual'), target: eb.ref('excluded.target') })),
          ),
      [m.kpiId, m.period, m.actual, m.target],
    );
    this.engine.run(q);
  }

  /** Deletes a cell's value; false when it had none. Its note is a note like any other, and outlives the value. */
  delete(kpiId: number, period: string): boolean {
    const q = prepared(
      this.engine,
      'measurement.delete',
      (qb) => qb.deleteFrom('measurement').where('kpi_id', '=', slot(0)).where('period', '=', slot(1)),
      [kpiId, period],
    );
    return this.engine.run(q).changes > 0;
  }

  listByKpi(kpiId: number): Measurement[] {
    const q = prepared(
      this.engine,
      'measurement.byKpi',
      (qb) => values(qb).where('kpi_id', '=', slot(0)).orderBy('period'),
      [kpiId],
    );
    return withNotes(this.engine.all<Values>(q), this.notes.cellNotesOfKpi(kpiId));
  }

  listByScorecard(scorecardId: number): Measurement[] {
    const q = prepared(
      this.engine,
      'measurement.byScorecard',
      (qb) =>
        values(qb)
          .where('kpi_id', 'in', kpiIdsOf(qb, slot(0)))
          .orderBy('kpi_id')
          .orderBy('period'),
      [scorecardId],
    );
    return withNotes(this.engine.all<Values>(q), this.notes.cellNotesOfScorecard(scorecardId));
  }

  /**
   * The values of the given periods, for evaluation: it need not read years of history, and it never reads notes,
   * so their `note` is left empty rather than paying a notes query on every evaluation (about 10× the values' own).
   */
  listByScorecardAndPeriods(scorecardId: number, periods: readonly string[]): Measurement[] {
    if (periods.length === 0) return [];
    const n = listLength(periods.length);
    const q = prepared(
      this.engine,
      `measurement.byPeriods:${n}`,
      (qb) =>
        values(qb)
          .where('period', 'in', slots<string>(0, n))
          .where('kpi_id', 'in', kpiIdsOf(qb, slot(n)))
          // The order SQLite's plan gives anyway (no sort: it walks the primary key), which PostgreSQL must be told.
          .orderBy('kpi_id')
          .orderBy('period'),
      [...padded(periods, n), scorecardId],
    );
    const rows = this.engine.all<Measurement>(q);
    for (const r of rows) r.note = '';
    return rows;
  }

  listAll(): Measurement[] {
    return withNotes(this.engine.all<Values>(this.all()), this.notes.allCellNotes());
  }

  /** Only the values, notes left with the notes: what the JSON interchange format writes. */
  listAllValues(): Measurement[] {
    const rows = this.engine.all<Measurement>(this.all());
    for (const r of rows) r.note = '';
    return rows;
  }

  private all() {
    return prepared(this.engine, 'measurement.all', (qb) => values(qb).orderBy('kpi_id').orderBy('period'));
  }

  countByKpi(kpiId: number): number {
    const q = prepared(
      this.engine,
      'measurement.countByKpi',
      (qb) =>
        qb
          .selectFrom('measurement')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kpi_id', '=', slot(0)),
      [kpiId],
    );
    return Number(this.engine.get<{ n: number }>(q)!.n);
  }
}
