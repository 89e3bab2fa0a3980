/**
 * PostgreSQL: the refusals of the team journal (journal.ts) in words. A conflict or a refused undo is found inside
 * the call's transaction (Blocked, naming the other person's audit row) and put in words after its rollback, when
 * the row as it is now is the committed one: "Ben Ott changed the target of “Revenue” at 14:02, after your page
 * read it. Your change was not saved; the current value is shown."
 */
import { AppError, ErrorCode, type ApiError, type ConflictInfo } from '../../shared/errors';
import { rowOf } from '../core/change-log';
import type { Engine } from '../core/db/engine';
import { Repositories } from '../core/repositories';
import { Namer, clock, fromJson, rowNow, withImages, type Image } from './audit-words';
import { t } from '../../shared/i18n';

/** A CONFLICT with who changed what: the page shows the current value near the field. */
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly conflict: ConflictInfo,
  ) {
    super(ErrorCode.CONFLICT, message);
  }
  override toData(): ApiError {
    return { code: this.code, message: this.message, conflict: this.conflict };
  }
}

export interface LogRow {
  seq: number;
  key: unknown;
  tbl: string;
  op: 'i' | 'u' | 'd';
  before: Image | null;
  after: Image | null;
  at: string;
  by_name: string | null;
  kind: string | null;
  description: string | null;
}

/** Found inside the transaction; turned into words after its rollback, when the current row is the committed one. */
export class Blocked extends Error {
  constructor(
    readonly row: LogRow,
    readonly why: 'conflict' | 'undo' | 'redo',
    readonly step: string,
  ) {
    super('blocked');
  }
}

/** Another's audit row with who wrote it, in the step of what call: the refusals' source. */
export const OTHER_ROW = `SELECT o.seq, o.key, o.tbl, o.op, o.before, o.after, o.at, s.account_name AS by_name, s.kind, s.description
  FROM audit_log o LEFT JOIN edit_step s ON s.id = o.step_id`;

export function words(engine: Engine, b: Blocked): ConflictError {
  const namer = new Namer(engine);
  const row = withImages(b.row);
  const by = row.by_name || t('errors:teamJournal.someone');
  const image = (row.after ?? row.before)!;
  // As the API gives the row (a Kpi, a Measurement), so the page shows it as it shows its own reads.
  const listed = rowOf(new Repositories(engine), row.tbl, fromJson(row.key));
  const raw = listed === undefined ? rowNow(engine, row.tbl, image) : null;
  const current = listed ?? (raw ? camel(raw) : null);
  const doing =
    row.kind === 'undo' && row.description ? t('errors:teamJournal.undid', { step: row.description }) : namer.deed(row.tbl, row.op, row.before, row.after);
  const did = { by, doing, time: clock(row.at) };
  const message =
    b.why === 'conflict' ? t('errors:teamJournal.conflict', did) : t(`errors:teamJournal.blocked.${b.why}`, { ...did, step: b.step });
  return new ConflictError(message, {
    by,
    at: new Date(row.at).toISOString(),
    subject: namer.subject(row.tbl, row.before, row.after),
    current,
  });
}

/** A key read back from the log, as a jsonb parameter again. */
export const keyText = (key: unknown): string => (typeof key === 'string' ? key : JSON.stringify(key));

/** A row image with the API's field names, for a row the API does not list by itself. */
function camel(image: Image): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]));
}
