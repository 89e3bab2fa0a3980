/** Contributions between objectives, key results and check-ins, and incentive plans. */
import type { Database, Statement } from 'better-sqlite3';
import type { Contribution } from '../../../shared/domain';
import type { IncentiveItem, IncentivePlan } from '../../../shared/incentives';
import type { CheckIn, KeyResult } from '../../../shared/okr';
import { objectiveIdsOf } from './membership';
import { Table } from './table';

export class CascadeRepositories {
  readonly contributions: Table<Contribution>;
  readonly keyResults: Table<KeyResult>;
  readonly checkIns: Table<CheckIn>;
  readonly incentiveItems: Table<IncentiveItem>;
  readonly plans: IncentivePlanRepository;

  constructor(db: Database) {
    this.contributions = new Table<Contribution>(db, {
      table: 'objective_contribution',
      label: 'Contribution',
      columns: ['id', 'fromObjectiveId', 'toObjectiveId', 'weight'],
      orderBy: 'id',
    });
    this.keyResults = new Table<KeyResult>(db, {
      table: 'key_result',
      label: 'Key result',
      columns: [
        'id',
        'objectiveId',
        'title',
        'kind',
        'unit',
        'direction',
        'startValue',
        'target',
        'kpiId',
        'cycle',
        'weight',
        'owner',
        'position',
      ],
      orderBy: 'objective_id, position, id',
    });
    this.checkIns = new Table<CheckIn>(db, {
      table: 'check_in',
      label: 'Check-in',
      columns: ['id', 'keyResultId', 'date', 'value', 'confidence', 'comment', 'author'],
      orderBy: 'key_result_id, date, id',
    });
    this.incentiveItems = new Table<IncentiveItem>(db, {
      table: 'incentive_item',
      label: 'Incentive item',
      columns: ['id', 'scorecardId', 'entityType', 'entityId', 'weight', 'threshold', 'cap'],
      orderBy: 'id',
    });
    this.plans = new IncentivePlanRepository(db);
  }

  /** Contributions with either end among the scorecard's objectives. */
  contributionsOfScorecard(scorecardId: number): Contribution[] {
    const ids = objectiveIdsOf('@scorecardId');
    return this.contributions.where(`t.from_objective_id IN (${ids}) OR t.to_objective_id IN (${ids})`, { scorecardId });
  }

  /** True when an objective of another scorecard contributes to one of this scorecard's: the cheap check before scoring across levels. */
  hasContributionsTo(scorecardId: number): boolean {
    const ids = objectiveIdsOf('?');
    return this.contributions.stmt(`SELECT 1 FROM objective_contribution WHERE to_objective_id IN (${ids}) LIMIT 1`).get(scorecardId) !== undefined;
  }

  /** Every contribution with the scorecards of its two ends: what finding the scorecards below one walks. */
  contributionEnds(): (Contribution & { fromScorecardId: number; toScorecardId: number })[] {
    return this.contributions
      .stmt(
        `SELECT c.id, c.from_objective_id AS fromObjectiveId, c.to_objective_id AS toObjectiveId, c.weight,
                pf.scorecard_id AS fromScorecardId, pt.scorecard_id AS toScorecardId
         FROM objective_contribution c
         JOIN objective f ON f.id = c.from_objective_id JOIN perspective pf ON pf.id = f.perspective_id
         JOIN objective t ON t.id = c.to_objective_id JOIN perspective pt ON pt.id = t.perspective_id
         ORDER BY c.id`,
      )
      .all() as (Contribution & { fromScorecardId: number; toScorecardId: number })[];
  }

  keyResultsOfScorecard(scorecardId: number): KeyResult[] {
    return this.keyResults.where(`t.objective_id IN (${objectiveIdsOf('@scorecardId')})`, { scorecardId });
  }

  checkInsOfScorecard(scorecardId: number): CheckIn[] {
    return this.checkIns.where(
      `t.key_result_id IN (SELECT kr.id FROM key_result kr WHERE kr.objective_id IN (${objectiveIdsOf('@scorecardId')}))`,
      { scorecardId },
    );
  }
}

/** One plan per scorecard, keyed by the scorecard. */
export class IncentivePlanRepository {
  private readonly getStmt: Statement;
  private readonly listStmt: Statement;
  private readonly setStmt: Statement;
  private readonly deleteStmt: Statement;

  constructor(db: Database) {
    const cols = 'scorecard_id AS scorecardId, threshold, cap, note';
    this.getStmt = db.prepare(`SELECT ${cols} FROM incentive_plan WHERE scorecard_id = ?`);
    this.listStmt = db.prepare(`SELECT ${cols} FROM incentive_plan ORDER BY scorecard_id`);
    this.setStmt = db.prepare(
      `INSERT INTO incentive_plan (scorecard_id, threshold, cap, note) VALUES (@scorecardId, @threshold, @cap, @note)
       ON CONFLICT (scorecard_id) DO UPDATE SET threshold = excluded.threshold, cap = excluded.cap, note = excluded.note`,
    );
    this.deleteStmt = db.prepare('DELETE FROM incentive_plan WHERE scorecard_id = ?');
  }

  find(scorecardId: number): IncentivePlan | undefined {
    return this.getStmt.get(scorecardId) as IncentivePlan | undefined;
  }

  list(): IncentivePlan[] {
    return this.listStmt.all() as IncentivePlan[];
  }

  set(plan: IncentivePlan): IncentivePlan {
    this.setStmt.run(plan);
    return this.find(plan.scorecardId)!;
  }

  delete(scorecardId: number): void {
    this.deleteStmt.run(scorecardId);
  }
}
