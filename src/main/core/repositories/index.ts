/** All repositories of one open document. SQL lives in this folder only. */
import type { Database } from 'better-sqlite3';
import type { CauseLink, Kpi, Objective, Perspective, Scorecard, Theme } from '../../../shared/domain';
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
  readonly scorecards: Table<Scorecard>;
  readonly perspectives: Table<Perspective>;
  readonly themes: Table<Theme>;
  readonly objectives: Table<Objective>;
  readonly links: Table<CauseLink>;
  readonly kpis: Table<Kpi>;
  readonly measurements: MeasurementRepository;
  readonly initiatives: InitiativeRepository;
  readonly settings: SettingRepository;
  readonly notes: NoteRepository;
  /** Meeting templates, reviews, agenda lines, action items, closed periods. */
  readonly review: ReviewRepositories;
  /** Contributions between objectives, key results and check-ins, incentive plans. */
  readonly cascade: CascadeRepositories;
  readonly workshop: WorkshopRepositories;

  constructor(readonly db: Database) {
    this.scorecards = new Table<Scorecard>(db, {
      table: 'scorecard',
      label: 'Scorecard',
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
      orderBy: 'id',
    });
    this.perspectives = new Table<Perspective>(db, {
      table: 'perspective',
      label: 'Perspective',
      columns: ['id', 'scorecardId', 'name', 'description', 'position', 'weight'],
      orderBy: 'scorecard_id, position, id',
    });
    this.themes = new Table<Theme>(db, {
      table: 'theme',
      label: 'Theme',
      columns: ['id', 'scorecardId', 'name', 'colour', 'description'],
      orderBy: 'id',
    });
    this.objectives = new Table<Objective>(db, {
      table: 'objective',
      label: 'Objective',
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
      orderBy: 'perspective_id, position, id',
    });
    this.links = new Table<CauseLink>(db, {
      table: 'cause_link',
      label: 'Cause-and-effect link',
      columns: ['id', 'fromObjectiveId', 'toObjectiveId', 'note', 'fromKpiId', 'toKpiId'],
      orderBy: 'id',
    });
    this.kpis = new Table<Kpi>(db, {
      table: 'kpi',
      label: 'KPI',
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
      orderBy: 'objective_id, position, id',
    });
    this.notes = new NoteRepository(db);
    this.measurements = new MeasurementRepository(db, this.notes);
    this.initiatives = new InitiativeRepository(db);
    this.settings = new SettingRepository(db);
    this.review = new ReviewRepositories(db);
    this.cascade = new CascadeRepositories(db);
    this.workshop = new WorkshopRepositories(db);
  }

  /** The scorecard an objective belongs to. */
  scorecardOfObjective(objectiveId: number): number {
    return this.perspectives.get(this.objectives.get(objectiveId).perspectiveId).scorecardId;
  }

  scorecardOfKpi(kpiId: number): number {
    return this.scorecardOfObjective(this.kpis.get(kpiId).objectiveId);
  }

  objectivesOfScorecard(scorecardId: number): Objective[] {
    return this.objectives.where(`t.perspective_id IN (${perspectiveIdsOf('@scorecardId')})`, { scorecardId });
  }

  kpisOfScorecard(scorecardId: number): Kpi[] {
    return this.kpis.where(`t.objective_id IN (${objectiveIdsOf('@scorecardId')})`, { scorecardId });
  }

  linksOfScorecard(scorecardId: number): CauseLink[] {
    return this.links.where(`t.from_objective_id IN (${objectiveIdsOf('@scorecardId')})`, { scorecardId });
  }
}
