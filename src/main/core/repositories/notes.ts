/**
 * Notes: the one place every note lives, wherever it was written (a Notes dialog, the KPI detail, a grid cell, the
 * grid's note-on-red prompt). A grid cell's note is the newest note on that KPI about that period.
 */
import type { Kysely } from 'kysely';
import type { Note } from '../../../shared/domain';
import { valueNoteTime } from '../../../shared/notes';
import { periodKind } from '../../../shared/periods';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema } from '../db/schema';
import { initiativeIdsOf, kpiIdsOf, objectiveIdsOf, perspectiveIdsOf } from './membership';
import { Table } from './table';

/** The newest note on a KPI about one period, as the grid shows it beside the value. */
export interface CellNote {
  kpiId: number;
  period: string;
  body: string;
}

type CellRow = CellNote & { frequency: string };

/** Notes on KPIs about a period with their KPI's frequency, oldest first, so a map by cell keeps the newest of each. */
const cellNotes = (qb: Kysely<QuadrantSchema>) =>
  qb
    .selectFrom('note as n')
    .innerJoin('kpi as k', 'k.id', 'n.entity_id')
    .select(['n.entity_id as kpiId', 'n.period as period', 'n.body as body', 'k.frequency as frequency'])
    .where('n.entity_type', '=', 'kpi')
    .where('n.period', 'is not', null)
    .orderBy('n.created_at')
    .orderBy('n.id');

export const cellKey = (kpiId: number, period: string): string => `${kpiId}@${period}`;

export class NoteRepository extends Table<Note, 'note'> {
  constructor(engine: Engine) {
    super(engine, {
      table: 'note',
      label: 'note',
      columns: ['id', 'entityType', 'entityId', 'period', 'author', 'body', 'createdAt', 'updatedAt'],
      orderBy: ['created_at', 'id'],
    });
  }

  /** Every note of a scorecard: on the scorecard itself and on each of its perspectives, objectives, KPIs and initiatives. */
  ofScorecard(scorecardId: number): Note[] {
    return this.where(
      'ofScorecard',
      (eb, qb) => {
        const id = slot<number>(0);
        const on = (type: string, ids: Parameters<typeof eb>[2]) =>
          eb.and([eb('t.entity_type', '=', type), eb('t.entity_id', 'in', ids)]);
        return eb.or([
          eb.and([eb('t.entity_type', '=', 'scorecard'), eb('t.entity_id', '=', id)]),
          on('perspective', perspectiveIdsOf(qb, id)),
          on('objective', objectiveIdsOf(qb, id)),
          on('kpi', kpiIdsOf(qb, id)),
          on('initiative', initiativeIdsOf(qb, id)),
        ]);
      },
      [scorecardId],
    );
  }

  private cells(rows: CellRow[]): Map<string, CellNote> {
    const out = new Map<string, CellNote>();
    for (const r of rows) {
      // A note about a quarter on a monthly KPI is a note of the KPI, but no cell of the grid holds it.
      if (periodKind(r.period) !== r.frequency) continue;
      out.set(cellKey(r.kpiId, r.period), { kpiId: r.kpiId, period: r.period, body: r.body });
    }
    return out;
  }

  cellNotesOfKpi(kpiId: number): Map<string, CellNote> {
    const q = prepared(this.engine, 'note.cellsOfKpi', (qb) => cellNotes(qb).where('n.entity_id', '=', slot(0)), [
      kpiId,
    ]);
    return this.cells(this.engine.all<CellRow>(q));
  }

  cellNotesOfScorecard(scorecardId: number): Map<string, CellNote> {
    const q = prepared(
      this.engine,
      'note.cellsOfScorecard',
      (qb) => cellNotes(qb).where('n.entity_id', 'in', kpiIdsOf(qb, slot(0))),
      [scorecardId],
    );
    return this.cells(this.engine.all<CellRow>(q));
  }

  allCellNotes(): Map<string, CellNote> {
    return this.cells(this.engine.all<CellRow>(prepared(this.engine, 'note.allCells', cellNotes)));
  }

  /** The note a grid cell shows and edits: the newest on the KPI about exactly that period. */
  private newestOfCell(kpiId: number, period: string): Note | undefined {
    return this.where(
      'ofCell',
      (eb) => eb.and([eb('t.entity_type', '=', 'kpi'), eb('t.entity_id', '=', slot(0)), eb('t.period', '=', slot(1))]),
      [kpiId, period],
    ).at(-1);
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
