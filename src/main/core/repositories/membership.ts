/**
 * Which rows belong to a scorecard, written once: perspectives and initiatives by their scorecard, objectives
 * through their perspective, KPIs through their objective. Every repository that selects "of this scorecard" builds
 * on these subqueries, so they all answer the same. `scorecardId` is usually a slot (db/prepared.ts).
 */
import type { Kysely } from 'kysely';
import type { QuadrantSchema } from '../db/schema';

type Qb = Kysely<QuadrantSchema>;

export const perspectiveIdsOf = (qb: Qb, scorecardId: number) =>
  qb.selectFrom('perspective').select('perspective.id').where('perspective.scorecard_id', '=', scorecardId);

export const objectiveIdsOf = (qb: Qb, scorecardId: number) =>
  qb
    .selectFrom('objective')
    .select('objective.id')
    .where('objective.perspective_id', 'in', perspectiveIdsOf(qb, scorecardId));

export const kpiIdsOf = (qb: Qb, scorecardId: number) =>
  qb.selectFrom('kpi').select('kpi.id').where('kpi.objective_id', 'in', objectiveIdsOf(qb, scorecardId));

export const initiativeIdsOf = (qb: Qb, scorecardId: number) =>
  qb.selectFrom('initiative').select('initiative.id').where('initiative.scorecard_id', '=', scorecardId);
