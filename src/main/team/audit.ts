/**
 * The audit log of one KPI or objective, as people read it (PostgreSQL only; a scorecard file keeps none): who,
 * when, what, and each changed field before and after in the app's words and number formats (audit-words.ts).
 * A KPI's log is its row, its values and its notes; an objective's is its row, its KPIs' rows, its cause-and-effect
 * links and its notes. Newest first; `before` pages on to older entries.
 */
import type { AuditAction, AuditEntry } from '../../shared/contract-team';
import type { Engine } from '../core/db/engine';
import { Namer, withImages, type Image } from './audit-words';
import { t } from '../../shared/i18n';

export const AUDIT_PAGE = 50;

interface Row {
  seq: number;
  at: string | Date;
  account_id: number | null;
  account_name: string | null;
  kind: 'edit' | 'undo' | 'redo' | null;
  description: string | null;
  tbl: string;
  op: 'i' | 'u' | 'd';
  before: Image | null;
  after: Image | null;
}

/** Rows whose image (before or after) holds `fields`: found through the log's GIN indexes. */
const holds = (param: string) => `(l.after @> ${param}::jsonb OR l.before @> ${param}::jsonb)`;

const WHERE = {
  kpi: `(l.tbl IN ('kpi', 'measurement') AND l.key -> 0 = $1::jsonb) OR (l.tbl = 'note' AND ${holds('$2')})`,
  objective: `(l.tbl = 'objective' AND l.key -> 0 = $1::jsonb)
    OR (l.tbl = 'kpi' AND ${holds('$3')})
    OR (l.tbl = 'cause_link' AND (${holds('$4')} OR ${holds('$5')}))
    OR (l.tbl = 'note' AND ${holds('$2')})`,
};

const ACTIONS: Record<Row['op'], AuditAction> = { i: 'created', u: 'changed', d: 'deleted' };

export function listAudit(
  engine: Engine,
  input: { entityType: 'kpi' | 'objective'; id: number; limit?: number; before?: number },
): { available: boolean; entries: AuditEntry[] } {
  const { entityType, id } = input;
  const filters = [JSON.stringify(id), JSON.stringify({ entity_type: entityType, entity_id: id })];
  if (entityType === 'objective') {
    filters.push(JSON.stringify({ objective_id: id }), JSON.stringify({ from_objective_id: id }), JSON.stringify({ to_objective_id: id }));
  }
  const n = filters.length;
  const rows = engine.all<Row>({
    sql: `SELECT l.seq, l.at, l.account_id, s.account_name, s.kind, s.description, l.tbl, l.op, l.before, l.after
      FROM audit_log l LEFT JOIN edit_step s ON s.id = l.step_id
      WHERE (${WHERE[entityType]}) AND ($${n + 1}::bigint IS NULL OR l.seq < $${n + 1}::bigint)
      ORDER BY l.seq DESC LIMIT $${n + 2}`,
    parameters: [...filters, input.before ?? null, input.limit ?? AUDIT_PAGE],
  });
  const namer = new Namer(engine);
  const entries = rows.map(withImages).map((r): AuditEntry => {
    const fields = namer
      .fields(r.tbl, r.before, r.after)
      // A row created or deleted lists what it held, not its empty fields.
      .filter((f) => r.op === 'u' || (f.before ?? f.after ?? '') !== '')
      .map(({ name, before, after }) => ({ name, before, after }));
    return {
      seq: r.seq,
      at: new Date(r.at).toISOString(),
      // No account: the command line (publish, import), or a write outside any step.
      by: { accountId: r.account_id, name: r.account_name || (r.account_id === null ? 'Quadrant' : t('errors:teamJournal.someone')) },
      action: r.kind === 'undo' ? 'undone' : r.kind === 'redo' ? 'redone' : ACTIONS[r.op],
      subject: namer.subject(r.tbl, r.before, r.after),
      fields,
      step: r.description,
    };
  });
  return { available: true, entries };
}
