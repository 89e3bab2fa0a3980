/** Measurements: one row per KPI and period, keyed (kpi_id, period). */
import type { Database, Statement } from 'better-sqlite3';
import type { Measurement } from '../../../shared/domain';

const CACHED_PERIOD_LISTS = 32;
const COLUMNS = 'kpi_id AS kpiId, period, actual, target, note';
const IN_SCORECARD = `kpi_id IN (SELECT k.id FROM kpi k JOIN objective o ON o.id = k.objective_id
  JOIN perspective p ON p.id = o.perspective_id WHERE p.scorecard_id = ?)`;

export class MeasurementRepository {
  private readonly getStmt: Statement;
  private readonly upsertStmt: Statement;
  private readonly deleteStmt: Statement;
  private readonly byKpiStmt: Statement;
  private readonly byScorecardStmt: Statement;
  private readonly allStmt: Statement;
  /** By number of periods: evaluating one period reads the same few shapes of query over and over. */
  private readonly byPeriodsStmts = new Map<number, Statement>();

  constructor(private readonly db: Database) {
    this.getStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE kpi_id = ? AND period = ?`);
    this.upsertStmt = db.prepare(
      `INSERT INTO measurement (kpi_id, period, actual, target, note) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (kpi_id, period) DO UPDATE SET actual = excluded.actual, target = excluded.target, note = excluded.note`,
    );
    this.deleteStmt = db.prepare('DELETE FROM measurement WHERE kpi_id = ? AND period = ?');
    this.byKpiStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE kpi_id = ? ORDER BY period`);
    this.byScorecardStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement WHERE ${IN_SCORECARD} ORDER BY kpi_id, period`);
    this.allStmt = db.prepare(`SELECT ${COLUMNS} FROM measurement ORDER BY kpi_id, period`);
  }

  find(kpiId: number, period: string): Measurement | undefined {
    return this.getStmt.get(kpiId, period) as Measurement | undefined;
  }

  set(m: Measurement): Measurement {
    this.write(m);
    return this.find(m.kpiId, m.period)!;
  }

  /** Insert or replace without reading back: the bulk path of imports. */
  write(m: Measurement): void {
    // Positional parameters: binding from an object looks each name up, which an import pays 86,400 times.
    this.upsertStmt.run(m.kpiId, m.period, m.actual, m.target, m.note);
  }

  delete(kpiId: number, period: string): boolean {
    return this.deleteStmt.run(kpiId, period).changes > 0;
  }

  listByKpi(kpiId: number): Measurement[] {
    return this.byKpiStmt.all(kpiId) as Measurement[];
  }

  listByScorecard(scorecardId: number): Measurement[] {
    return this.byScorecardStmt.all(scorecardId) as Measurement[];
  }

  /** Only the rows of the given periods: evaluating one period need not read years of history. */
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
    return stmt.all(...periods, scorecardId) as Measurement[];
  }

  listAll(): Measurement[] {
    return this.allStmt.all() as Measurement[];
  }

  countByKpi(kpiId: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM measurement WHERE kpi_id = ?').get(kpiId) as { n: number }).n;
  }
}
