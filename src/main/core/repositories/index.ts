/**
 * All repositories of one open document, on either engine (db/engine.ts). Queries are built in this folder only,
 * with Kysely, and run by the engine.
 */
import type { CauseLink, Kpi, Objective, Perspective, Scorecard, Theme } from '../../../shared/domain';
import type { Engine } from '../db/engine';
import { slot } from '../db/prepared';
import { Table } from './table';
import { MeasurementRepository } from './measurements';
import { InitiativeRepository } from './initiatives';
import { objectiveIdsOf, perspectiveIdsOf } from './membership';
import { NoteRepository } from './notes';
import { SettingRepository } from './settings';
import { ReviewRepositories } from './reviews';
import { CascadeRepositories } from './cascade';
import { WorkshopRepositories } from './workshops';

export class Repositories {
  readonly scorecards: Table<Scorecard, 'scorecard'>;
  readonly perspectives: Table<Perspective, 'perspective'>;
  readonly themes: Table<Theme, 'theme'>;
  readonly objectives: Table<Objective, 'objective'>;
  readonly links: Table<CauseLink, 'cause_link'>;
  readonly kpis: Table<Kpi, 'kpi'>;
  readonly measurements: MeasurementRepository;
  readonly initiatives: InitiativeRepository;
  readonly settings: SettingRepository;
  readonly notes: NoteRepository;
  /** Meeting templates, reviews, agenda lines, action items, closed periods. */
  readonly review: ReviewRepositories;
  /** Contributions between objectives, key results and check-ins, incentive plans. */
  readonly cascade: CascadeRepositories;
  readonly workshop: WorkshopRepositories;

  constructor(readonly engine: Engine) {
    this.scorecards = new Table<Scorecard, 'scorecard'>(engine, {
      table: 'scorecard',
      label: 'scorecard',
      columns: [
        'id',
        'name',
        'mission',
        'vision',
        'fiscalYearStartMonth',
        'granularity',
        'rollupMethod',
        'greenThreshold',
        'amberThreshold',
        'parentScorecardId',
        'requireNoteOnRed',
        'dataDueDays',
        'cascadeScoring',
        'checkMaxLag',
      ],
      booleans: ['requireNoteOnRed'],
      orderBy: ['id'],
    });
    this.perspectives = new Table<Perspective, 'perspective'>(engine, {
      table: 'perspective',
      label: 'perspective',
      columns: ['id', 'scorecardId', 'name', 'description', 'position', 'weight'],
      orderBy: ['scorecard_id', 'position', 'id'],
    });
    this.themes = new Table<Theme, 'theme'>(engine, {
      table: 'theme',
      label: 'theme',
      columns: ['id', 'scorecardId', 'name', 'colour', 'description'],
      orderBy: ['id'],
    });
    this.objectives = new Table<Objective, 'objective'>(engine, {
      table: 'objective',
      label: 'objective',
      columns: [
        'id',
        'perspectiveId',
        'title',
        'description',
        'owner',
        'position',
        'weight',
        'startDate',
        'dueDate',
        'themeId',
        'okrKind',
        'mapX',
        'mapY',
      ],
      orderBy: ['perspective_id', 'position', 'id'],
    });
    this.links = new Table<CauseLink, 'cause_link'>(engine, {
      table: 'cause_link',
      label: 'link',
      columns: ['id', 'fromObjectiveId', 'toObjectiveId', 'note', 'fromKpiId', 'toKpiId'],
      orderBy: ['id'],
    });
    this.kpis = new Table<Kpi, 'kpi'>(engine, {
      table: 'kpi',
      label: 'kpi',
      columns: [
        'id',
        'objectiveId',
        'name',
        'description',
        'unit',
        'polarity',
        'baseline',
        'target',
        'rangeLow',
        'rangeHigh',
        'tolerance',
        'greenThreshold',
        'amberThreshold',
        'frequency',
        'aggregation',
        'weight',
        'owner',
        'dataSource',
        'isKey',
        'position',
        'dataDueDays',
      ],
      booleans: ['isKey'],
      orderBy: ['objective_id', 'position', 'id'],
    });
    this.notes = new NoteRepository(engine);
    this.measurements = new MeasurementRepository(engine, this.notes);
    this.initiatives = new InitiativeRepository(engine);
    this.settings = new SettingRepository(engine);
    this.review = new ReviewRepositories(engine);
    this.cascade = new CascadeRepositories(engine);
    this.workshop = new WorkshopRepositories(engine);
  }

  /** The scorecard an objective belongs to. */
  scorecardOfObjective(objectiveId: number): number {
    return this.perspectives.get(this.objectives.get(objectiveId).perspectiveId).scorecardId;
  }

  scorecardOfKpi(kpiId: number): number {
    return this.scorecardOfObjective(this.kpis.get(kpiId).objectiveId);
  }

  objectivesOfScorecard(scorecardId: number): Objective[] {
    return this.objectives.where(
      'ofScorecard',
      (eb, qb) => eb('t.perspective_id', 'in', perspectiveIdsOf(qb, slot(0))),
      [scorecardId],
    );
  }

  kpisOfScorecard(scorecardId: number): Kpi[] {
    return this.kpis.where('ofScorecard', (eb, qb) => eb('t.objective_id', 'in', objectiveIdsOf(qb, slot(0))), [
      scorecardId,
    ]);
  }

  linksOfScorecard(scorecardId: number): CauseLink[] {
    return this.links.where('ofScorecard', (eb, qb) => eb('t.from_objective_id', 'in', objectiveIdsOf(qb, slot(0))), [
      scorecardId,
    ]);
  }
}
