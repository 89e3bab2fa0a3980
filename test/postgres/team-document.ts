/**
 * A team document for the journal's tests: a fresh schema of the test cluster (PgStore, so the team database's own
 * migrations), holding a small scorecard written outside any step, and two people to edit it.
 */
import { beforeEach, expect } from 'vitest';
import type { Engine, Query } from '../../src/main/core/db/engine';
import type { Actor, EditJournal } from '../../src/main/core/db/open-store';
import { AppError, ErrorCode, type ApiError } from '../../src/shared/errors';
import { freshSchema, pgSkip, pgStore } from '../pg';

export const ann: Actor = { accountId: 1, name: 'Anna Berg', role: 'editor' };
export const ben: Actor = { accountId: 2, name: 'Ben Ott', role: 'editor' };
export const q = (sql: string, parameters: unknown[] = []): Query => ({ sql, parameters });

/** A scorecard with two objectives, two KPIs with values, notes, a link and an action: valid SQL on both engines. */
export const SETUP = `
    INSERT INTO scorecard (name) VALUES ('Acme');
    INSERT INTO perspective (scorecard_id, name, position) VALUES (1, 'Financial', 0);
    INSERT INTO objective (perspective_id, title, position) VALUES (1, 'Grow revenue', 0), (1, 'Keep customers', 1);
    INSERT INTO kpi (objective_id, name, unit, polarity, target, frequency, aggregation, position)
      VALUES (1, 'Revenue', '€', 'increase', 90000, 'quarter', 'sum', 0), (1, 'Margin', '%', 'increase', 30, 'quarter', 'last', 1);
    INSERT INTO measurement (kpi_id, period, actual) VALUES (1, '2026-Q1', 80000), (1, '2026-Q2', 85000);
    INSERT INTO note (entity_type, entity_id, period, author, body, created_at, updated_at)
      VALUES ('kpi', 1, '2026-Q1', 'Anna', 'Slow January', '2026-04-01', '2026-04-01'), ('objective', 1, NULL, 'Anna', 'Focus', '2026-04-01', '2026-04-01');
    INSERT INTO cause_link (from_objective_id, to_objective_id) VALUES (2, 1);
    INSERT INTO action_item (scorecard_id, title, concern_type, concern_id, created_on) VALUES (1, 'Call', 'kpi', 1, '2026-04-01');
  `;

/** The document of the running test: a new one before each test. */
export const doc = { engine: undefined as unknown as Engine, schema: '' };

export function useTeamDocument(): void {
  beforeEach(() => {
    if (pgSkip) return;
    doc.schema = freshSchema();
    doc.engine = pgStore(doc.schema).engine;
    doc.engine.exec(SETUP);
  });
}

/** Everything the document holds, to compare before and after. */
export function snapshot(): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of ['objective', 'kpi', 'measurement', 'note', 'cause_link', 'action_item']) {
    out[t] = doc.engine.all(q(`SELECT to_jsonb(t) AS r FROM ${t} t`)).map((r) => (r as { r: unknown }).r);
    out[t]!.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

/** The document's revision: the last committed step's (what a page that reads it now is based on). */
export const revision = (): number => doc.engine.get<{ r: number }>(q('SELECT coalesce(max(revision), 0) AS r FROM edit_step'))!.r;
/** The audit log's last row. */
export const lastSeq = (): number => doc.engine.get<{ s: number }>(q('SELECT coalesce(max(seq), 0) AS s FROM audit_log'))!.s;
export const kpi = (id = 1) => doc.engine.get<Record<string, unknown>>(q('SELECT * FROM kpi WHERE id = $1', [id]));
export const count = (t: string) => doc.engine.get<{ n: number }>(q(`SELECT count(*)::int AS n FROM ${t}`))!.n;

/** An edit as a handler writes it, one call, named as the dispatcher names it. */
export function write(journal: EditJournal, sql: string, params: unknown[], baseRevision: number | null, name = 'Edit'): void {
  journal.record(
    () => doc.engine.run(q(sql, params)),
    () => () => name,
    { baseRevision },
  );
}

/** An update of a row that must exist, as the repositories refuse a missing one. */
export function update(journal: EditJournal, id: number, target: number, baseRevision: number): void {
  journal.record(
    () => {
      const found = doc.engine.get(q('UPDATE kpi SET target = $2 WHERE id = $1 RETURNING id', [id, target]));
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, `KPI ${id} does not exist.`);
    },
    () => () => 'Edit KPI “Revenue”',
    { baseRevision },
  );
}

export function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).toData();
  }
  throw new Error('expected a refusal');
}
