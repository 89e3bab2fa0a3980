/**
 * The document's tables as Kysely sees them: what SQLite schema 7 (migrations.ts) holds, and what the PostgreSQL
 * migrations create column for column. Booleans are integers 0/1 on both engines and JSON columns are text, so a row
 * reads back identical from either; the repositories turn them into the API's booleans and lists. schema.test.ts
 * holds this file to the tables the migrations build.
 */
import type { Generated } from 'kysely';

/** A row id: given by the engine when an insert leaves it out (SQLite's rowid, PostgreSQL's identity). */
type Id = Generated<number>;
/** 0 or 1 (CHECK (x IN (0, 1)) where the schema says so). */
type Flag = number;
/** JSON text. */
type Json = string;

export interface ScorecardTable {
  id: Id;
  name: string;
  mission: string;
  vision: string;
  fiscal_year_start_month: number;
  granularity: string;
  rollup_method: string;
  green_threshold: number;
  amber_threshold: number;
  parent_scorecard_id: number | null;
  require_note_on_red: Flag;
  data_due_days: number;
  cascade_scoring: string;
  check_max_lag: number | null;
}

export interface PerspectiveTable {
  id: Id;
  scorecard_id: number;
  name: string;
  description: string;
  position: number;
  weight: number;
}

export interface ThemeTable {
  id: Id;
  scorecard_id: number;
  name: string;
  colour: string;
  description: string;
}

export interface ObjectiveTable {
  id: Id;
  perspective_id: number;
  title: string;
  description: string;
  owner: string;
  position: number;
  weight: number;
  start_date: string | null;
  due_date: string | null;
  theme_id: number | null;
  /** Always null since schema 5 (contributions replaced it); kept because SQLite cannot drop a referenced column. */
  supports_objective_id: number | null;
  okr_kind: string;
  map_x: number | null;
  map_y: number | null;
}

export interface CauseLinkTable {
  id: Id;
  from_objective_id: number;
  to_objective_id: number;
  note: string;
  from_kpi_id: number | null;
  to_kpi_id: number | null;
}

export interface KpiTable {
  id: Id;
  objective_id: number;
  name: string;
  description: string;
  unit: string;
  polarity: string;
  baseline: number | null;
  target: number | null;
  range_low: number | null;
  range_high: number | null;
  tolerance: number | null;
  green_threshold: number | null;
  amber_threshold: number | null;
  frequency: string;
  aggregation: string;
  weight: number;
  owner: string;
  data_source: string;
  is_key: Flag;
  position: number;
  data_due_days: number | null;
}

/** Keyed (kpi_id, period); no id. */
export interface MeasurementTable {
  kpi_id: number;
  period: string;
  actual: number | null;
  target: number | null;
}

export interface InitiativeTable {
  id: Id;
  scorecard_id: number;
  title: string;
  description: string;
  owner: string;
  budget: number | null;
  spent: number | null;
  start_date: string | null;
  end_date: string | null;
  status: string;
  percent_complete: number;
}

export interface InitiativeObjectiveTable {
  initiative_id: number;
  objective_id: number;
}

export interface NoteTable {
  id: Id;
  entity_type: string;
  entity_id: number;
  period: string | null;
  author: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface SettingTable {
  key: string;
  value: Json;
}

export interface ReviewTemplateTable {
  id: Id;
  name: string;
  description: string;
  sections: Json;
  rate_meeting: Flag;
}

export interface ReviewTable {
  id: Id;
  scorecard_id: number;
  period: string;
  title: string;
  held_on: string;
  attendees: Json;
  template_name: string;
  rate_meeting: Flag;
  rating: number | null;
  status: string;
  summary: string;
}

export interface ReviewItemTable {
  id: Id;
  review_id: number;
  position: number;
  kind: string;
  entity_id: number | null;
  title: string;
  reason: string;
  minutes: number | null;
  notes: string;
  decision: string;
  decided: Flag;
}

export interface ActionItemTable {
  id: Id;
  scorecard_id: number;
  title: string;
  owner: string;
  due_date: string | null;
  status: string;
  concern_type: string;
  concern_id: number | null;
  review_id: number | null;
  review_item_id: number | null;
  created_on: string;
  closed_on: string | null;
}

/** Keyed (scorecard_id, period); the snapshot is JSON. */
export interface ClosedPeriodTable {
  scorecard_id: number;
  period: string;
  closed_at: string;
  closed_by: string;
  snapshot: Json;
}

export interface PeriodEventTable {
  id: Id;
  scorecard_id: number;
  period: string;
  action: string;
  at: string;
  by: string;
  reason: string;
}

export interface ObjectiveContributionTable {
  id: Id;
  from_objective_id: number;
  to_objective_id: number;
  weight: number;
}

export interface KeyResultTable {
  id: Id;
  objective_id: number;
  title: string;
  kind: string;
  unit: string;
  direction: string;
  start_value: number | null;
  target: number | null;
  kpi_id: number | null;
  cycle: string;
  weight: number;
  owner: string;
  position: number;
}

export interface CheckInTable {
  id: Id;
  key_result_id: number;
  date: string;
  value: number | null;
  confidence: number | null;
  comment: string;
  author: string;
}

/** Keyed by its scorecard. */
export interface IncentivePlanTable {
  scorecard_id: number;
  threshold: number;
  cap: number;
  note: string;
}

export interface IncentiveItemTable {
  id: Id;
  scorecard_id: number;
  entity_type: string;
  entity_id: number;
  weight: number;
  threshold: number | null;
  cap: number | null;
}

export interface WorkshopTable {
  id: Id;
  scorecard_id: number;
  name: string;
  date: string;
  participants: Json;
  dots_per_participant: number;
  votes_revealed: Flag;
}

export interface WorkshopNoteTable {
  id: Id;
  workshop_id: number;
  kind: string;
  perspective_id: number | null;
  group_id: number | null;
  text: string;
  position: number;
  promoted_objective_id: number | null;
  promoted_kpi_id: number | null;
}

export interface WorkshopVoteTable {
  id: Id;
  workshop_id: number;
  note_id: number;
  participant: string;
  dots: number;
}

/** Every table of a document, by its SQL name. */
export interface QuadrantSchema {
  scorecard: ScorecardTable;
  perspective: PerspectiveTable;
  theme: ThemeTable;
  objective: ObjectiveTable;
  cause_link: CauseLinkTable;
  kpi: KpiTable;
  measurement: MeasurementTable;
  initiative: InitiativeTable;
  initiative_objective: InitiativeObjectiveTable;
  note: NoteTable;
  setting: SettingTable;
  review_template: ReviewTemplateTable;
  review: ReviewTable;
  review_item: ReviewItemTable;
  action_item: ActionItemTable;
  closed_period: ClosedPeriodTable;
  period_event: PeriodEventTable;
  objective_contribution: ObjectiveContributionTable;
  key_result: KeyResultTable;
  check_in: CheckInTable;
  incentive_plan: IncentivePlanTable;
  incentive_item: IncentiveItemTable;
  workshop: WorkshopTable;
  workshop_note: WorkshopNoteTable;
  workshop_vote: WorkshopVoteTable;
}

export type TableName = keyof QuadrantSchema;
