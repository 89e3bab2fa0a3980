/**
 * Forward-only schema migrations. PRAGMA user_version is the number of migrations applied;
 * PRAGMA application_id marks the file as a Quadrant document.
 */
import type { Database } from 'better-sqlite3';
import { valueNoteTime } from '../../shared/notes';
import { BUILT_IN_TEMPLATES } from '../../shared/review';

/** 'QUAD' in ASCII: lets us tell our files from other applications' SQLite files without guessing from table names. */
export const APPLICATION_ID = 0x51554144;

const notesCleanup = (table: string, entityType: string) => `
CREATE TRIGGER ${table}_notes_cleanup AFTER DELETE ON ${table} BEGIN
  DELETE FROM note WHERE entity_type = '${entityType}' AND entity_id = OLD.id;
END;`;

/** An action about a deleted objective, KPI or initiative stays, about the scorecard. */
const concernCleanup = (table: string) => `
CREATE TRIGGER ${table}_actions_cleanup AFTER DELETE ON ${table} BEGIN
  UPDATE action_item SET concern_type = 'scorecard', concern_id = NULL WHERE concern_type = '${table}' AND concern_id = OLD.id;
END;`;

/** An incentive item's terms go with the objective, KPI or key result they are about. */
const incentiveCleanup = (table: string, entityType: string) => `
CREATE TRIGGER ${table}_incentive_cleanup AFTER DELETE ON ${table} BEGIN
  DELETE FROM incentive_item WHERE entity_type = '${entityType}' AND entity_id = OLD.id;
END;`;

/** An agenda line about a deleted thing keeps its title, notes and decision; only the reference goes. */
const agendaCleanup = (table: string, kinds: string[]) => `
CREATE TRIGGER ${table}_agenda_cleanup AFTER DELETE ON ${table} BEGIN
  UPDATE review_item SET entity_id = NULL WHERE kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) AND entity_id = OLD.id;
END;`;

const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const BUILT_IN_TEMPLATES_SQL = BUILT_IN_TEMPLATES.map(
  (t) =>
    `INSERT INTO review_template (name, description, sections, rate_meeting) VALUES (${sqlText(t.name)}, ${sqlText(t.description)}, ${sqlText(JSON.stringify(t.sections))}, ${t.rateMeeting ? 1 : 0});`,
).join('\n');

export const MIGRATIONS: readonly string[] = [
  // 1: the first schema.
  `
  CREATE TABLE scorecard (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    mission TEXT NOT NULL DEFAULT '',
    vision TEXT NOT NULL DEFAULT '',
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    granularity TEXT NOT NULL DEFAULT 'quarter' CHECK (granularity IN ('month', 'quarter')),
    rollup_method TEXT NOT NULL DEFAULT 'weighted_mean' CHECK (rollup_method IN ('weighted_mean', 'worst_child')),
    green_threshold REAL NOT NULL DEFAULT 100,
    amber_threshold REAL NOT NULL DEFAULT 80,
    parent_scorecard_id INTEGER REFERENCES scorecard(id) ON DELETE SET NULL,
    require_note_on_red INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE perspective (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    weight REAL NOT NULL DEFAULT 1
  );
  CREATE INDEX perspective_by_scorecard ON perspective(scorecard_id, position);
  CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    colour TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX theme_by_scorecard ON theme(scorecard_id);
  CREATE TABLE objective (
    id INTEGER PRIMARY KEY,
    perspective_id INTEGER NOT NULL REFERENCES perspective(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    start_date TEXT,
    due_date TEXT,
    theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
    supports_objective_id INTEGER REFERENCES objective(id) ON DELETE SET NULL,
    map_x REAL,
    map_y REAL
  );
  CREATE INDEX objective_by_perspective ON objective(perspective_id, position);
  CREATE INDEX objective_by_theme ON objective(theme_id);
  CREATE INDEX objective_by_supported ON objective(supports_objective_id);
  CREATE TABLE cause_link (
    id INTEGER PRIMARY KEY,
    from_objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    to_objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (from_objective_id, to_objective_id),
    CHECK (from_objective_id <> to_objective_id)
  );
  CREATE INDEX cause_link_by_to ON cause_link(to_objective_id);
  CREATE TABLE kpi (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    polarity TEXT NOT NULL CHECK (polarity IN ('increase', 'decrease', 'range')),
    baseline REAL,
    target REAL,
    range_low REAL,
    range_high REAL,
    tolerance REAL,
    green_threshold REAL,
    amber_threshold REAL,
    frequency TEXT NOT NULL CHECK (frequency IN ('month', 'quarter', 'year')),
    aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'average', 'last')),
    weight REAL NOT NULL DEFAULT 1,
    owner TEXT NOT NULL DEFAULT '',
    data_source TEXT NOT NULL DEFAULT '',
    is_key INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL
  );
  CREATE INDEX kpi_by_objective ON kpi(objective_id, position);
  CREATE TABLE measurement (
    kpi_id INTEGER NOT NULL REFERENCES kpi(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    actual REAL,
    target REAL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kpi_id, period)
  ) WITHOUT ROWID;
  CREATE TABLE initiative (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    budget REAL,
    spent REAL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'on_hold', 'done', 'cancelled')),
    percent_complete REAL NOT NULL DEFAULT 0
  );
  CREATE INDEX initiative_by_scorecard ON initiative(scorecard_id);
  CREATE TABLE initiative_objective (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, objective_id)
  ) WITHOUT ROWID;
  CREATE INDEX initiative_objective_by_objective ON initiative_objective(objective_id);
  CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('scorecard', 'perspective', 'objective', 'kpi', 'initiative')),
    entity_id INTEGER NOT NULL,
    period TEXT,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX note_by_entity ON note(entity_type, entity_id);
  ${notesCleanup('scorecard', 'scorecard')}
  ${notesCleanup('perspective', 'perspective')}
  ${notesCleanup('objective', 'objective')}
  ${notesCleanup('kpi', 'kpi')}
  ${notesCleanup('initiative', 'initiative')}
  `,
  // 2: document settings, one JSON value per key (the report dialog's choices, and any later feature's).
  `
  CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // 3: one notes model. A note written beside a KPI's value (the grid's cell note and its note-on-red prompt) was
  // kept in measurement.note, where the report never looked; it becomes a note on the KPI about that period, and a
  // measurement row that held nothing but such a note goes.
  `
  INSERT INTO note (entity_type, entity_id, period, author, body, created_at, updated_at)
    SELECT 'kpi', kpi_id, period, '', body, at, at FROM (
      SELECT m.kpi_id, m.period, trim(m.note, ' ' || char(9, 10, 13)) AS body,
        quadrant_value_note_time(m.period, s.fiscal_year_start_month) AS at
      FROM measurement m
      JOIN kpi k ON k.id = m.kpi_id
      JOIN objective o ON o.id = k.objective_id
      JOIN perspective p ON p.id = o.perspective_id
      JOIN scorecard s ON s.id = p.scorecard_id
      WHERE body <> ''
      ORDER BY m.kpi_id, m.period
    );
  DELETE FROM measurement WHERE actual IS NULL AND target IS NULL;
  ALTER TABLE measurement DROP COLUMN note;
  DROP INDEX note_by_entity;
  CREATE INDEX note_by_entity ON note(entity_type, entity_id, period);
  `,
  // 4: the review cycle. Meeting templates (data, so a consultant adds their own), reviews and their agenda, action
  // items, when each KPI's data is due, and closed periods with the snapshot they are scored from.
  `
  ALTER TABLE scorecard ADD COLUMN data_due_days INTEGER NOT NULL DEFAULT 10 CHECK (data_due_days BETWEEN 0 AND 365);
  ALTER TABLE kpi ADD COLUMN data_due_days INTEGER CHECK (data_due_days BETWEEN 0 AND 365);
  CREATE TABLE review_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    sections TEXT NOT NULL,
    rate_meeting INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,
    attendees TEXT NOT NULL DEFAULT '[]',
    template_name TEXT NOT NULL DEFAULT '',
    rate_meeting INTEGER NOT NULL DEFAULT 0,
    rating INTEGER CHECK (rating BETWEEN 1 AND 10),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'concluded')),
    summary TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX review_by_scorecard ON review(scorecard_id, period);
  CREATE TABLE review_item (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES review(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('section', 'objective', 'kpi', 'missing_data', 'initiative', 'action', 'decision', 'custom')),
    entity_id INTEGER,
    title TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    minutes INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    decided INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX review_item_by_review ON review_item(review_id, position);
  CREATE TABLE action_item (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    concern_type TEXT NOT NULL DEFAULT 'scorecard' CHECK (concern_type IN ('scorecard', 'objective', 'kpi', 'initiative')),
    concern_id INTEGER,
    review_id INTEGER REFERENCES review(id) ON DELETE SET NULL,
    review_item_id INTEGER REFERENCES review_item(id) ON DELETE SET NULL,
    created_on TEXT NOT NULL,
    closed_on TEXT
  );
  CREATE INDEX action_item_by_scorecard ON action_item(scorecard_id, status, due_date);
  CREATE INDEX action_item_by_concern ON action_item(concern_type, concern_id);
  CREATE INDEX action_item_by_review ON action_item(review_id);
  CREATE INDEX action_item_by_review_item ON action_item(review_item_id);
  CREATE TABLE closed_period (
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL,
    PRIMARY KEY (scorecard_id, period)
  ) WITHOUT ROWID;
  CREATE TABLE period_event (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    period TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
    at TEXT NOT NULL,
    by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX period_event_by_scorecard ON period_event(scorecard_id, period);
  ${concernCleanup('objective')}
  ${concernCleanup('kpi')}
  ${concernCleanup('initiative')}
  ${agendaCleanup('objective', ['objective'])}
  ${agendaCleanup('kpi', ['kpi', 'missing_data'])}
  ${agendaCleanup('initiative', ['initiative'])}
  ${agendaCleanup('action_item', ['action'])}
  ${BUILT_IN_TEMPLATES_SQL}
  `,
  // 5: cascading, OKRs and incentives. An objective may support several objectives above it, each with a weight: the
  // single supports_objective_id becomes a contribution of weight 1 and stays empty (SQLite cannot drop a column a
  // foreign key names). Key results and their check-ins; an optional incentive plan per scorecard.
  `
  ALTER TABLE scorecard ADD COLUMN cascade_scoring TEXT NOT NULL DEFAULT 'own' CHECK (cascade_scoring IN ('own', 'with_contributors'));
  ALTER TABLE objective ADD COLUMN okr_kind TEXT NOT NULL DEFAULT 'aspirational' CHECK (okr_kind IN ('aspirational', 'committed'));
  CREATE TABLE objective_contribution (
    id INTEGER PRIMARY KEY,
    from_objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    to_objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    weight REAL NOT NULL DEFAULT 1,
    UNIQUE (from_objective_id, to_objective_id),
    CHECK (from_objective_id <> to_objective_id)
  );
  CREATE INDEX objective_contribution_by_to ON objective_contribution(to_objective_id);
  INSERT INTO objective_contribution (from_objective_id, to_objective_id, weight)
    SELECT id, supports_objective_id, 1 FROM objective WHERE supports_objective_id IS NOT NULL AND supports_objective_id <> id;
  UPDATE objective SET supports_objective_id = NULL WHERE supports_objective_id IS NOT NULL;
  CREATE TABLE key_result (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'metric' CHECK (kind IN ('metric', 'milestone')),
    unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
    start_value REAL,
    target REAL,
    kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    cycle TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    owner TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
  );
  CREATE INDEX key_result_by_objective ON key_result(objective_id, position);
  CREATE INDEX key_result_by_kpi ON key_result(kpi_id);
  CREATE TABLE check_in (
    id INTEGER PRIMARY KEY,
    key_result_id INTEGER NOT NULL REFERENCES key_result(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    value REAL,
    confidence INTEGER CHECK (confidence BETWEEN 0 AND 10),
    comment TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX check_in_by_key_result ON check_in(key_result_id, date);
  CREATE TABLE incentive_plan (
    scorecard_id INTEGER PRIMARY KEY REFERENCES scorecard(id) ON DELETE CASCADE,
    threshold REAL NOT NULL,
    cap REAL NOT NULL,
    note TEXT NOT NULL DEFAULT ''
  );
  CREATE TABLE incentive_item (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    entity_type TEXT NOT NULL CHECK (entity_type IN ('objective', 'kpi', 'keyResult')),
    entity_id INTEGER NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    threshold REAL,
    cap REAL,
    UNIQUE (entity_type, entity_id)
  );
  CREATE INDEX incentive_item_by_scorecard ON incentive_item(scorecard_id);
  ${incentiveCleanup('objective', 'objective')}
  ${incentiveCleanup('kpi', 'kpi')}
  ${incentiveCleanup('key_result', 'keyResult')}
  `,
  // 6: workshops. A workshop belongs to a scorecard; its notes sit in a perspective's column or the parking lot (a
  // perspective deleted moves its notes there, never loses them). A group is a note of kind 'group' that its members
  // point to. Votes are dots per participant (named in the workshop's JSON list) and note. What a note was promoted
  // to is cleared, not cascaded, when that objective or KPI goes.
  `
  CREATE TABLE workshop (
    id INTEGER PRIMARY KEY,
    scorecard_id INTEGER NOT NULL REFERENCES scorecard(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    date TEXT NOT NULL,
    participants TEXT NOT NULL DEFAULT '[]',
    dots_per_participant INTEGER NOT NULL DEFAULT 3 CHECK (dots_per_participant BETWEEN 1 AND 20),
    votes_revealed INTEGER NOT NULL DEFAULT 0 CHECK (votes_revealed IN (0, 1))
  );
  CREATE INDEX workshop_by_scorecard ON workshop(scorecard_id, date);
  CREATE TABLE workshop_note (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'group')),
    perspective_id INTEGER REFERENCES perspective(id) ON DELETE SET NULL,
    group_id INTEGER REFERENCES workshop_note(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    promoted_objective_id INTEGER REFERENCES objective(id) ON DELETE SET NULL,
    promoted_kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL,
    CHECK (group_id IS NULL OR kind = 'note')
  );
  CREATE INDEX workshop_note_by_workshop ON workshop_note(workshop_id, perspective_id, position);
  CREATE INDEX workshop_note_by_group ON workshop_note(group_id);
  CREATE INDEX workshop_note_by_objective ON workshop_note(promoted_objective_id);
  CREATE INDEX workshop_note_by_kpi ON workshop_note(promoted_kpi_id);
  CREATE TABLE workshop_vote (
    id INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    note_id INTEGER NOT NULL REFERENCES workshop_note(id) ON DELETE CASCADE,
    participant TEXT NOT NULL,
    dots INTEGER NOT NULL CHECK (dots BETWEEN 1 AND 20),
    UNIQUE (note_id, participant)
  );
  CREATE INDEX workshop_vote_by_workshop ON workshop_vote(workshop_id, participant);
  `,
  // 7: the strategy check (docs/strategy-check.md). How many periods of lag a scorecard's cause-and-effect links are
  // tested at (null: 2 quarters or 6 months, by granularity), and the KPI a link reads at either end instead of the
  // objective's score (null: the score). A KPI deleted leaves the link on the objective's score.
  `
  ALTER TABLE scorecard ADD COLUMN check_max_lag INTEGER CHECK (check_max_lag IS NULL OR check_max_lag BETWEEN 0 AND 12);
  ALTER TABLE cause_link ADD COLUMN from_kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL;
  ALTER TABLE cause_link ADD COLUMN to_kpi_id INTEGER REFERENCES kpi(id) ON DELETE SET NULL;
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The functions migrations call: period arithmetic is fiscal, which plain SQL cannot do without repeating it. */
function registerFunctions(db: Database): void {
  db.function('quadrant_value_note_time', { deterministic: false }, (period: unknown, fyStart: unknown) =>
    valueNoteTime(String(period), Number(fyStart)),
  );
}

/** Runs migrations [from, to) on a connection, without touching user_version: also how the expected schema is built. */
export function applyMigrations(db: Database, from: number, to: number, each?: (version: number) => void): void {
  registerFunctions(db);
  for (let v = from; v < to; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      each?.(v + 1);
    })();
  }
}

/** Applies the migrations the file lacks, each in its own transaction together with its user_version bump. */
export function migrate(db: Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  applyMigrations(db, from, MIGRATIONS.length, (version) => db.pragma(`user_version = ${version}`));
  return { from, to: MIGRATIONS.length };
}
