/**
 * Measurements: a KPI's actual and target for a period, one row per KPI and period, keyed (kpi_id, period). A
 * measurement as the API gives it also carries its cell's note, which lives with every other note (notes.ts): a
 * cell that holds only a note is listed too, with no actual and no target.
 */
import type { Database, Statement } from 'better-sqlite3';
import { compareMeasurements } from '../../../shared/changes';
import type { Measurement } from '../../../shared/domain';
import { kpiIdsOf } from './membership';
import { cellKey, type CellNote, type NoteRepository } from './notes';

const CACHED_PERIOD_LISTS = 32;
const COLUMNS = 'kpi_id AS kpiId, period, actual, target';
const IN_SCORECARD = `kpi_id IN (${kpiIdsOf('?')})`;

type Values = Omit<Measurement, 'note'>;

/** The values with their cells' notes, and the cells that hold only a note, in KPI and period order. */
function withNotes(values: Values[], notes: Map<string, CellNote>): Measurement[] {
  const out: Measurement[] = values.map((v) => {
    const key = cellKey(v.kpiId, v.period);
    const note = notes.get(key)?.body ?? '';
    notes.delete(key);
    return { ...v, note };
  });
  if (notes.size === 0) return out;
  for (const n of notes.values()) out.push({ kpiId: n.kpiId, period: n.period, actual: null, target: null, note: n.body });
  return out.sort(compareMeasurements);
}

export class MeasurementRepository {
  private readonly getStmt: Statement;
  private readonly upsertStmt: Statement;
  private readonly deleteStmt: Statement;
  private readonly byKpiStmt: Statement;
  private readonly byScorecardStmt: Statement;
  private readonly allStmt: Statement;
  private readonly manyValuesStmt: Statement;
  private readonly manyNotesStmt: Statement;
  /** By number of periods: evaluating one period reads the same few shapes of query over and over. */
  private readonly byPeriodsStmts = new Map<number, Statement>();

  constructor(
    private readonly db: Database,
    private readonly notes: NoteRepository,
  ) {
    this.getStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE kpi_id = ? AND period = ?`);
    this.upsertStmt = db.prepare(
      `INSERT INTO measurement (kpi_id, period, actual, target) VALUES (?, ?, ?, ?)
       ON CONFLICT (kpi_id, period) DO UPDATE SET actual = excluded.actual, target = excluded.target`,
    );
    this.deleteStmt = db.prepare('DELETE FROM measurement WHERE kpi_id = ? AND period = ?');
    this.byKpiStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE kpi_id = ? ORDER BY period`);
    this.byScorecardStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE ${IN_SCORECARD} ORDER BY kpi_id, period`);
    this.allStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement ORDER BY kpi_id, period`);
    const cells = `SELECT json_extract(value, '$[0]') AS k, json_extract(value, '$[1]') AS p FROM json_each(?)`;
    this.manyValuesStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE (kpi_id, period) IN (${cells})`);
    this.manyNotesStmt = db.prepare(
      `SELECT entity_id AS kpiId, period, body FROM note
       WHERE entity_type = 'kpi' AND (entity_id, period) IN (${cells}) ORDER BY created_at, id`,
    );
  }

  /** The cell's value and note; undefined when it holds neither. */
  find(kpiId: number, period: string): Measurement | undefined {
    const values = this.getStmt.get(kpiId, period) as Values | undefined;
    const note = this.notes.cellNote(kpiId, period);
    if (!values && note === '') return undefined;
    return { kpiId, period, actual: values?.actual ?? null, target: values?.target ?? null, note };
  }

  /**
   * Many cells as find() gives each (undefined where a cell holds neither value nor note), in two queries whatever
   * their number: what a write's answer reads back after a pasted block (change-log.ts).
   */
  findMany(cells: readonly { kpiId: number; period: string }[]): (Measurement | undefined)[] {
    if (cells.length === 0) return [];
    const keys = JSON.stringify(cells.map((c) => [c.kpiId, c.period]));
    const values = new Map<string, Values>();
    for (const v of this.manyValuesStmt.all(keys) as Values[]) values.set(cellKey(v.kpiId, v.period), v);
    // Oldest first, so the newest note of each cell is the one left in the map, as cellNote() picks it.
    const notes = new Map<string, string>();
    for (const n of this.manyNotesStmt.all(keys) as { kpiId: number; period: string; body: string }[]) {
      notes.set(cellKey(n.kpiId, n.period), n.body);
    }
    return cells.map(({ kpiId, period }) => {
      const key = cellKey(kpiId, period);
      const v = values.get(key);
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
      this.deleteStmt.run(m.kpiId, m.period);
      return;
    }
    // Positional parameters: binding from an object looks each name up, which an import pays 86,400 times.
    this.upsertStmt.run(m.kpiId, m.period, m.actual, m.target);
  }

  /** Deletes a cell's value; false when it had none. Its note is a note like any other, and outlives the value. */
  delete(kpiId: number, period: string): boolean {
    return this.deleteStmt.run(kpiId, period).changes > 0;
  }

  listByKpi(kpiId: number): Measurement[] {
    return withNotes(this.byKpiStmt.all(kpiId) as Values[], this.notes.cellNotesOfKpi(kpiId));
  }

  listByScorecard(scorecardId: number): Measurement[] {
    return withNotes(this.byScorecardStmt.all(scorecardId) as Values[], this.notes.cellNotesOfScorecard(scorecardId));
  }

  /**
   * The values of the given periods, for evaluation: it need not read years of history, and it never reads notes,
   * so their `note` is left empty rather than paying a notes query on every evaluation (about 10× the values' own).
   */
  listByScorecardAndPeriods(scorecardId: number, periods: readonly string[]): Measurement[] {
    if (periods.length === 0) return [];
    let stmt = this.byPeriodsStmts.get(periods.length);
    if (!stmt) {
      const marks = periods.map(() => '?').join(', ');
      stmt = this.db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE period IN (${marks}) AND ${IN_SCORECARD}`);
      // A single period needs at most 17 keys (a fiscal year: 12 months, 4 quarters, itself); longer lists come from
      // evaluateMany in every length, and caching each would grow without bound.
      if (periods.length <= CACHED_PERIOD_LISTS) this.byPeriodsStmts.set(periods.length, stmt);
    }
    return (stmt.all(...periods, scorecardId) as Values[]).map((v) => ({ ...v, note: '' }));
  }

  listAll(): Measurement[] {
    return withNotes(this.allStmt.all() as Values[], this.notes.allCellNotes());
  }

  /** Only the values, notes left with the notes: what the JSON interchange format writes. */
  listAllValues(): Measurement[] {
    return (this.allStmt.all() as Values[]).map((v) => ({ ...v, note: '' }));
  }

  countByKpi(kpiId: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM measurement WHERE kpi_id = ?').get(kpiId) as { n: number }).n;
  }
}
