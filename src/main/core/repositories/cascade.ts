/** Contributions between objectives, key results and check-ins, and incentive plans. */
import type { Kysely } from 'kysely';
import type { Contribution } from '../../../shared/domain';
import type { IncentiveItem, IncentivePlan } from '../../../shared/incentives';
import type { CheckIn, KeyResult } from '../../../shared/okr';
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';
import type { QuadrantSchema } from '../db/schema';
import { objectiveIdsOf } from './membership';
import { Table } from './table';

type ContributionEnds = Contribution & { fromScorecardId: number; toScorecardId: number };

export class CascadeRepositories {
  readonly contributions: Table<Contribution, 'objective_contribution'>;
  readonly keyResults: Table<KeyResult, 'key_result'>;
  readonly checkIns: Table<CheckIn, 'check_in'>;
  readonly incentiveItems: Table<IncentiveItem, 'incentive_item'>;
  readonly plans: IncentivePlanRepository;

  constructor(private readonly engine: Engine) {
    this.contributions = new Table<Contribution, 'objective_contribution'>(engine, {
      table: 'objective_contribution',
      label: 'contribution',
      columns: ['id', 'fromObjectiveId', 'toObjectiveId', 'weight'],
      orderBy: ['id'],
    });
    this.keyResults = new Table<KeyResult, 'key_result'>(engine, {
      table: 'key_result',
      label: 'keyResult',
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
      orderBy: ['objective_id', 'position', 'id'],
    });
    this.checkIns = new Table<CheckIn, 'check_in'>(engine, {
      table: 'check_in',
      label: 'checkIn',
      columns: ['id', 'keyResultId', 'date', 'value', 'confidence', 'comment', 'author'],
      orderBy: ['key_result_id', 'date', 'id'],
    });
    this.incentiveItems = new Table<IncentiveItem, 'incentive_item'>(engine, {
      table: 'incentive_item',
      label: 'incentiveItem',
      columns: ['id', 'scorecardId', 'entityType', 'entityId', 'weight', 'threshold', 'cap'],
      orderBy: ['id'],
    });
    this.plans = new IncentivePlanRepository(engine);
  }

  /** Contributions with either end among the scorecard's objectives. */
  contributionsOfScorecard(scorecardId: number): Contribution[] {
    return this.contributions.where(
      'ofScorecard',
      (eb, qb) => {
        const id = slot<number>(0);
        return eb.or([
          eb('t.from_objective_id', 'in', objectiveIdsOf(qb, id)),
          eb('t.to_objective_id', 'in', objectiveIdsOf(qb, id)),
        ]);
      },
      [scorecardId],
    );
  }

  /** True when an objective of another scorecard contributes to one of this scorecard's: the cheap check before scoring across levels. */
  hasContributionsTo(scorecardId: number): boolean {
    const q = prepared(
      this.engine,
      'objective_contribution.anyTo',
      (qb) =>
        qb
          .selectFrom('objective_contribution')
          .select((eb) => eb.lit(1).as('one'))
          .where('to_objective_id', 'in', objectiveIdsOf(qb, slot(0)))
          .limit(1),
      [scorecardId],
    );
    return this.engine.get(q) !== undefined;
  }

  /** Every contribution with the scorecards of its two ends: what finding the scorecards below one walks. */
  contributionEnds(): ContributionEnds[] {
    const q = prepared(this.engine, 'objective_contribution.ends', (qb) =>
      qb
        .selectFrom('objective_contribution as c')
        .innerJoin('objective as f', 'f.id', 'c.from_objective_id')
        .innerJoin('perspective as pf', 'pf.id', 'f.perspective_id')
        .innerJoin('objective as t', 't.id', 'c.to_objective_id')
        .innerJoin('perspective as pt', 'pt.id', 't.perspective_id')
        .select([
          'c.id',
          'c.from_objective_id as fromObjectiveId',
          'c.to_objective_id as toObjectiveId',
          'c.weight',
          'pf.scorecard_id as fromScorecardId',
          'pt.scorecard_id as toScorecardId',
        ])
        .orderBy('c.id'),
    );
    return this.engine.all<ContributionEnds>(q);
  }

  keyResultsOfScorecard(scorecardId: number): KeyResult[] {
    return this.keyResults.where('ofScorecard', (eb, qb) => eb('t.objective_id', 'in', objectiveIdsOf(qb, slot(0))), [
      scorecardId,
    ]);
  }

  checkInsOfScorecard(scorecardId: number): CheckIn[] {
    return this.checkIns.where(
      'ofScorecard',
      (eb, qb) =>
        eb(
          't.key_result_id',
          'in',
          qb
            .selectFrom('key_result as kr')
            .select('kr.id')
            .where('kr.objective_id', 'in', objectiveIdsOf(qb, slot(0))),
        ),
      [scorecardId],
    );
  }
}

const plans = (qb: Kysely<QuadrantSchema>) =>
  qb.selectFrom('incentive_plan').select(['scorecard_id as scorecardId', 'threshold', 'cap', 'note']);

/** One plan per scorecard, keyed by the scorecard. */
export class IncentivePlanRepository {
  constructor(private readonly engine: Engine) {}

  find(scorecardId: number): IncentivePlan | undefined {
    const q = prepared(this.engine, 'incentive_plan.find', (qb) => plans(qb).where('scorecard_id', '=', slot(0)), [
      scorecardId,
    ]);
    return this.engine.get<IncentivePlan>(q);
  }

  list(): IncentivePlan[] {
    return this.engine.all<IncentivePlan>(
      prepared(this.engine, 'incentive_plan.all', (qb) => plans(qb).orderBy('scorecard_id')),
    );
  }

  set(plan: IncentivePlan): IncentivePlan {
    const q = prepared(
      this.engine,
      'incentive_plan.set',
      (qb) =>
        qb
          .insertInto('incentive_plan')
          .values({ scorecard_id: slot(0), threshold: slot(1), cap: slot(2), note: slot(3) })
          .onConflict((oc) =>
            oc.column('scorecard_id').doUpdateSet((eb) => ({
              threshold: eb.ref('excluded.threshold'),
              cap: eb.ref('excluded.cap'),
              note: eb.ref('excluded.note'),
            })),
          ),
      [plan.scorecardId, plan.threshold, plan.cap, plan.note],
    );
    this.engine.run(q);
    return this.find(plan.scorecardId)!;
  }

  delete(scorecardId: number): void {
    this.engine.run(
      prepared(
        this.engine,
        'incentive_plan.delete',
        (qb) => qb.deleteFrom('incentive_plan').where('scorecard_id', '=', slot(0)),
        [scorecardId],
      ),
    );
  }
}
