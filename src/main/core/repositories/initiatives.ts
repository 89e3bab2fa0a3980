/** Initiatives and the objectives each one serves (initiative_objective). */
import type { Kysely } from 'kysely';
import type { Initiative } from '../../../shared/domain';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema } from '../db/schema';
import { Table } from './table';

type InitiativeRow = Omit<Initiative, 'objectiveIds'>;

const linkRows = (qb: Kysely<QuadrantSchema>) =>
  qb.selectFrom('initiative_objective').select(['initiative_id as i', 'objective_id as o']);

export class InitiativeRepository {
  private readonly table: Table<InitiativeRow, 'initiative'>;

  constructor(private readonly engine: Engine) {
    this.table = new Table<InitiativeRow, 'initiative'>(engine, {
      table: 'initiative',
      label: 'initiative',
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
      orderBy: ['id'],
    });
  }

  private withObjectives(rows: InitiativeRow[]): Initiative[] {
    if (rows.length === 0) return [];
    // One initiative reads only its own links: reading every link for each one made importing n initiatives O(n²).
    const links =
      rows.length === 1
        ? this.engine.all<{ i: number; o: number }>(
            prepared(
              this.engine,
              'initiative_objective.ofInitiative',
              (qb) => linkRows(qb).where('initiative_id', '=', slot(0)).orderBy('objective_id'),
              [rows[0]!.id],
            ),
          )
        : this.engine.all<{ i: number; o: number }>(
            prepared(this.engine, 'initiative_objective.all', (qb) =>
              linkRows(qb).orderBy('initiative_id').orderBy('objective_id'),
            ),
          );
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
      this.engine
        .all<{ o: number }>(
          prepared(
            this.engine,
            'initiative_objective.objectivesOf',
            (qb) =>
              qb.selectFrom('initiative_objective').select('objective_id as o').where('initiative_id', '=', slot(0)),
            [id],
          ),
        )
        .map((r) => r.o),
    );
    for (const o of current) {
      if (wanted.has(o)) continue;
      const q = prepared(
        this.engine,
        'initiative_objective.delete',
        (qb) =>
          qb
            .deleteFrom('initiative_objective')
            .where('initiative_id', '=', slot(0))
            .where('objective_id', '=', slot(1)),
        [id, o],
      );
      this.engine.run(q);
    }
    for (const o of wanted) {
      if (current.has(o)) continue;
      const q = prepared(
        this.engine,
        'initiative_objective.add',
        (qb) => qb.insertInto('initiative_objective').values({ initiative_id: slot(0), objective_id: slot(1) }),
        [id, o],
      );
      this.engine.run(q);
    }
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
