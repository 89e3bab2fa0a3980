import { describe, expect, it } from 'vitest';
import { connect } from '../document-checks';
import { applyMigrations, SCHEMA_VERSION } from '../migrations';
import type { QuadrantSchema, TableName } from './schema';

type Nullability<V> = null extends V ? 'null' : 'not null';

/**
 * Every column of schema.ts with whether it takes null. The type makes the compiler hold this list to schema.ts (a
 * column missing, added or with the other nullability does not compile); the test holds it to what the migrations
 * build, so the Kysely types cannot drift from the tables.
 */
type Columns = { [T in TableName]: { [C in keyof QuadrantSchema[T]]-?: Nullability<QuadrantSchema[T][C]> } };

const N = 'not null' as const;
const NULL = 'null' as const;

const COLUMNS: Columns = {
  scorecard: {
    id: N,
    name: N,
    mission: N,
    vision: N,
    fiscal_year_start_month: N,
    granularity: N,
    rollup_method: N,
    green_threshold: N,
    amber_threshold: N,
    parent_scorecard_id: NULL,
    require_note_on_red: N,
    data_due_days: N,
    cascade_scoring: N,
    check_max_lag: NULL,
  },
  perspective: { id: N, scorecard_id: N, name: N, description: N, position: N, weight: N },
  theme: { id: N, scorecard_id: N, name: N, colour: N, description: N },
  objective: {
    id: N,
    perspective_id: N,
    title: N,
    description: N,
    owner: N,
    position: N,
    weight: N,
    start_date: NULL,
    due_date: NULL,
    theme_id: NULL,
    supports_objective_id: NULL,
    okr_kind: N,
    map_x: NULL,
    map_y: NULL,
  },
  cause_link: { id: N, from_objective_id: N, to_objective_id: N, note: N, from_kpi_id: NULL, to_kpi_id: NULL },
  kpi: {
    id: N,
    objective_id: N,
    name: N,
    description: N,
    unit: N,
    polarity: N,
    baseline: NULL,
    target: NULL,
    range_low: NULL,
    range_high: NULL,
    tolerance: NULL,
    green_threshold: NULL,
    amber_threshold: NULL,
    frequency: N,
    aggregation: N,
    weight: N,
    owner: N,
    data_source: N,
    is_key: N,
    position: N,
    data_due_days: NULL,
  },
  measurement: { kpi_id: N, period: N, actual: NULL, target: NULL },
  initiative: {
    id: N,
    scorecard_id: N,
    title: N,
    description: N,
    owner: N,
    budget: NULL,
    spent: NULL,
    start_date: NULL,
    end_date: NULL,
    status: N,
    percent_complete: N,
  },
  initiative_objective: { initiative_id: N, objective_id: N },
  note: { id: N, entity_type: N, entity_id: N, period: NULL, author: N, body: N, created_at: N, updated_at: N },
  setting: { key: N, value: N },
  review_template: { id: N, name: N, description: N, sections: N, rate_meeting: N },
  review: {
    id: N,
    scorecard_id: N,
    period: N,
    title: N,
    held_on: N,
    attendees: N,
    template_name: N,
    rate_meeting: N,
    rating: NULL,
    status: N,
    summary: N,
  },
  review_item: {
    id: N,
    review_id: N,
    position: N,
    kind: N,
    entity_id: NULL,
    title: N,
    reason: N,
    minutes: NULL,
    notes: N,
    decision: N,
    decided: N,
  },
  action_item: {
    id: N,
    scorecard_id: N,
    title: N,
    owner: N,
    due_date: NULL,
    status: N,
    concern_type: N,
    concern_id: NULL,
    review_id: NULL,
    review_item_id: NULL,
    created_on: N,
    closed_on: NULL,
  },
  closed_period: { scorecard_id: N, period: N, closed_at: N, closed_by: N, snapshot: N },
  period_event: { id: N, scorecard_id: N, period: N, action: N, at: N, by: N, reason: N },
  objective_contribution: { id: N, from_objective_id: N, to_objective_id: N, weight: N },
  key_result: {
    id: N,
    objective_id: N,
    title: N,
    kind: N,
    unit: N,
    direction: N,
    start_value: NULL,
    target: NULL,
    kpi_id: NULL,
    cycle: N,
    weight: N,
    owner: N,
    position: N,
  },
  check_in: { id: N, key_result_id: N, date: N, value: NULL, confidence: NULL, comment: N, author: N },
  incentive_plan: { scorecard_id: N, threshold: N, cap: N, note: N },
  incentive_item: { id: N, scorecard_id: N, entity_type: N, entity_id: N, weight: N, threshold: NULL, cap: NULL },
  workshop: {
    id: N,
    scorecard_id: N,
    name: N,
    date: N,
    participants: N,
    dots_per_participant: N,
    votes_revealed: N,
  },
  workshop_note: {
    id: N,
    workshop_id: N,
    kind: N,
    perspective_id: NULL,
    group_id: NULL,
    text: N,
    position: N,
    promoted_objective_id: NULL,
    promoted_kpi_id: NULL,
  },
  workshop_vote: { id: N, workshop_id: N, note_id: N, participant: N, dots: N },
};

describe('the Kysely schema (db/schema.ts)', () => {
  it('names every table and column the migrations build, with the same nullability', () => {
    const db = connect(':memory:', false);
    try {
      applyMigrations(db, 0, SCHEMA_VERSION);
      const built: Record<string, Record<string, string>> = {};
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all() as string[];
      for (const table of tables) {
        const columns = db.prepare('SELECT name, "notnull", pk FROM pragma_table_info(?)').all(table) as {
          name: string;
          notnull: number;
          pk: number;
        }[];
        // A primary key never holds null, whether or not its CREATE TABLE says NOT NULL (a rowid alias does not).
        built[table] = Object.fromEntries(columns.map((c) => [c.name, c.notnull || c.pk ? N : NULL]));
      }
      expect(built).toEqual(COLUMNS);
    } finally {
      db.close();
    }
  });
});
