/** Initiatives and the objectives each one serves (initiative_objective). */
import type { Database } from 'better-sqlite3';
import type { Initiative } from '../../../shared/domain';
import { Table } from './table';

type InitiativeRow = Omit<Initiative, 'objectiveIds'>;

export class InitiativeRepository {
  private readonly table: Table<InitiativeRow>;

  constructor(db: Database) {
    this.table = new Table<InitiativeRow>(db, {
      table: 'initiative',
      label: 'Initiative',
      columns: [
        'id',
        'scorecardId',
        'title',
        'description',
        'owner',
        'budget',
        'spent',
        'startDate',
        'endDate',
        'status',
        'percentComplete',
      ],
      orderBy: 'id',
    });
  }

  private withObjectives(rows: InitiativeRow[]): Initiative[] {
    if (rows.length === 0) return [];
    // One initiative reads only its own links: reading every link for each one made importing n initiatives O(n²).
    const select = 'SELECT initiative_id AS i, objective_id AS o FROM initiative_objective';
    const links = (
      rows.length === 1
        ? this.table.stmt(`${select} WHERE initiative_id = ? ORDER BY objective_id`).all(rows[0]!.id)
        : this.table.stmt(`${select} ORDER BY initiative_id, objective_id`).all()
    ) as { i: number; o: number }[];
    const byInitiative = new Map<number, number[]>();
    for (const { i, o } of links) {
      const list = byInitiative.get(i);
      if (list) list.push(o);
      else byInitiative.set(i, [o]);
    }
    return rows.map((r) => ({ ...r, objectiveIds: byInitiative.get(r.id) ?? [] }));
  }

  /** Writes only the differences, so saving unchanged links is no change at all (and no undo step). */
  private setObjectives(id: number, objectiveIds: readonly number[]): void {
    const wanted = new Set(objectiveIds);
    const current = new Set(
      (this.table.stmt('SELECT objective_id AS o FROM initiative_objective WHERE initiative_id = ?').all(id) as { o: number }[]).map(
        (r) => r.o,
      ),
    );
    const remove = this.table.stmt('DELETE FROM initiative_objective WHERE initiative_id = ? AND objective_id = ?');
    for (const o of current) if (!wanted.has(o)) remove.run(id, o);
    const add = this.table.stmt('INSERT INTO initiative_objective (initiative_id, objective_id) VALUES (?, ?)');
    for (const o of wanted) if (!current.has(o)) add.run(id, o);
  }

  find(id: number): Initiative | undefined {
    const row = this.table.find(id);
    return row ? this.withObjectives([row])[0] : undefined;
  }

  get(id: number): Initiative {
    return this.withObjectives([this.table.get(id)])[0]!;
  }

  list(scorecardId?: number): Initiative[] {
    return this.withObjectives(scorecardId === undefined ? this.table.list() : this.table.list({ scorecardId }));
  }

  insert(values: Omit<Initiative, 'id'> & { id?: number }): Initiative {
    return this.get(this.add(values));
  }

  /** Inserts without reading the initiative back, returning its id: the bulk path of imports. */
  add(values: Omit<Initiative, 'id'> & { id?: number }): number {
    const { objectiveIds, ...row } = values;
    const id = this.table.add(row);
    this.setObjectives(id, objectiveIds);
    return id;
  }

  update(id: number, patch: Partial<Initiative>): Initiative {
    const { objectiveIds, ...row } = patch;
    this.table.update(id, row);
    if (objectiveIds) this.setObjectives(id, objectiveIds);
    return this.get(id);
  }

  delete(id: number): void {
    this.table.delete(id);
  }
}
