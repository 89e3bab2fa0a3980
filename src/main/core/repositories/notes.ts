/**
 * Notes: the one place every note lives, wherever it was written (a Notes dialog, the KPI detail, a grid cell, the
 * grid's note-on-red prompt). A grid cell's note is the newest note on that KPI about that period.
 */
import type { Database } from 'better-sqlite3';
import type { Note } from '../../../shared/domain';
import { valueNoteTime } from '../../../shared/notes';
import { periodKind } from '../../../shared/periods';
import { initiativeIdsOf, kpiIdsOf, objectiveIdsOf, perspectiveIdsOf } from './membership';
import { Table } from './table';

/** The newest note on a KPI about one period, as the grid shows it beside the value. */
export interface CellNote {
  kpiId: number;
  period: string;
  body: string;
}

const OF_SCORECARD = `(t.entity_type = 'scorecard' AND t.entity_id = @scorecardId)
  OR (t.entity_type = 'perspective' AND t.entity_id IN (${perspectiveIdsOf('@scorecardId')}))
  OR (t.entity_type = 'objective' AND t.entity_id IN (${objectiveIdsOf('@scorecardId')}))
  OR (t.entity_type = 'kpi' AND t.entity_id IN (${kpiIdsOf('@scorecardId')}))
  OR (t.entity_type = 'initiative' AND t.entity_id IN (${initiativeIdsOf('@scorecardId')}))`;

/** Oldest first, so that building a map by cell leaves the newest note of each cell. */
const CELL_NOTES = `SELECT n.entity_id AS kpiId, n.period AS period, n.body AS body, k.frequency AS frequency
  FROM note n JOIN kpi k ON k.id = n.entity_id
  WHERE n.entity_type = 'kpi' AND n.period IS NOT NULL`;
const CELL_ORDER = 'ORDER BY n.created_at, n.id';

export const cellKey = (kpiId: number, period: string): string => `${kpiId}@${period}`;

export class NoteRepository extends Table<Note> {
  constructor(db: Database) {
    super(db, {
      table: 'note',
      label: 'Note',
      columns: ['id', 'entityType', 'entityId', 'period', 'author', 'body', 'createdAt', 'updatedAt'],
      orderBy: 'created_at, id',
    });
  }

  /** Every note of a scorecard: on the scorecard itself and on each of its perspectives, objectives, KPIs and initiatives. */
  ofScorecard(scorecardId: number): Note[] {
    return this.where(OF_SCORECARD, { scorecardId });
  }

  private cells(rows: unknown[]): Map<string, CellNote> {
    const out = new Map<string, CellNote>();
    for (const r of rows as (CellNote & { frequency: string })[]) {
      // A note about a quarter on a monthly KPI is a note of the KPI, but no cell of the grid holds it.
      if (periodKind(r.period) !== r.frequency) continue;
      out.set(cellKey(r.kpiId, r.period), { kpiId: r.kpiId, period: r.period, body: r.body });
    }
    return out;
  }

  cellNotesOfKpi(kpiId: number): Map<string, CellNote> {
    return this.cells(this.stmt(`${CELL_NOTES} AND n.entity_id = ? ${CELL_ORDER}`).all(kpiId));
  }

  cellNotesOfScorecard(scorecardId: number): Map<string, CellNote> {
    return this.cells(this.stmt(`${CELL_NOTES} AND n.entity_id IN (${kpiIdsOf('?')}) ${CELL_ORDER}`).all(scorecardId));
  }

  allCellNotes(): Map<string, CellNote> {
    return this.cells(this.stmt(`${CELL_NOTES} ${CELL_ORDER}`).all());
  }

  /** The note a grid cell shows and edits: the newest on the KPI about exactly that period. */
  private newestOfCell(kpiId: number, period: string): Note | undefined {
    return this.where(`t.entity_type = 'kpi' AND t.entity_id = @kpiId AND t.period = @period`, { kpiId, period }).at(-1);
  }

  cellNote(kpiId: number, period: string): string {
    return this.newestOfCell(kpiId, period)?.body ?? '';
  }

  /**
   * Writes a cell's note: a new note when the cell has none, the newest one's text otherwise, and an empty text
   * removes that note. Older notes on the same period were written elsewhere on purpose and stay.
   */
  setCellNote(kpiId: number, period: string, body: string, now = new Date().toISOString()): void {
    const current = this.newestOfCell(kpiId, period);
    if (!current) {
      if (body !== '') {
        this.add({ entityType: 'kpi', entityId: kpiId, period, author: '', body, createdAt: now, updatedAt: now });
      }
    } else if (body === '') this.delete(current.id);
    else if (body !== current.body) this.update(current.id, { body, updatedAt: now });
  }

  /**
   * A note kept beside a value by files written before notes were one model (the JSON interchange format still
   * carries measurement notes): it becomes a note on the KPI about that period, as migration 3 does to documents.
   */
  addValueNote(kpiId: number, period: string, text: string, fyStart: number): void {
    const body = text.trim();
    if (body === '') return;
    const at = valueNoteTime(period, fyStart);
    this.add({ entityType: 'kpi', entityId: kpiId, period, author: '', body, createdAt: at, updatedAt: at });
  }
}
