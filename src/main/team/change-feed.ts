/**
 * PostgreSQL: what each call changed, read from the audit log rows of its step, and the document's revision (the
 * revision of the last step: one per committed write, as the desktop counts them).
 *
 * Which step is "the last call's": the journal (journal.ts) notes the step each call committed, per engine, and the
 * feed takes it once when the dispatcher asks for the call's changes. That holds because a team server runs its calls
 * one after another on one connection (dispatch's call → answer never interleaves with another call); a call that
 * wrote nothing, failed or was refused leaves no step, and `discard` forgets any. The rows become DocumentChanges
 * through the desktop's own code (change-log.ts changesFromEntries), so both engines report a write alike.
 */
import type { DocumentChanges } from '../../shared/changes';
import type { HistoryState } from '../../shared/contract';
import { CHANGE_KEY_EXTRA, changesFromEntries, type ChangeEntry } from '../core/change-log';
import type { Engine } from '../core/db/engine';
import type { ChangeFeed } from '../core/db/open-store';
import type { Repositories } from '../core/repositories';
import { fromJson, withImages, type Image } from './audit-words';
import { forgetLastStep, takeLastStep } from './journal';

/** An audit_log row as the engine reads it (jsonb as text or parsed). */
interface AuditRow {
  seq: number;
  tbl: string;
  op: 'i' | 'u' | 'd';
  key: unknown;
  before: unknown;
  after: unknown;
}

/** As the desktop's triggers note them: an insert with its new row, a delete with its old, an update with both. */
export function entriesOf(rows: readonly AuditRow[]): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  for (const raw of rows) {
    const r = { ...withImages(raw), key: fromJson<ChangeEntry['k']>(raw.key) };
    const extra = CHANGE_KEY_EXTRA[r.tbl] ?? [];
    const entry = (image: Image | null): ChangeEntry => ({
      tbl: r.tbl,
      op: r.op,
      k: [...r.key, ...extra.map((c) => (image?.[c] ?? null) as number | string | null)],
    });
    if (r.op !== 'i') entries.push(entry(r.before));
    if (r.op !== 'd') entries.push(entry(r.after));
  }
  return entries;
}

export function pgChangeFeed(engine: Engine): ChangeFeed {
  let epoch: number | null = null;
  const epochOf = (): number => {
    epoch ??= engine.get<{ epoch: number }>({ sql: 'SELECT epoch FROM audit_epoch LIMIT 1', parameters: [] })?.epoch ?? 1;
    return epoch;
  };
  return {
    revision: () => ({
      epoch: epochOf(),
      revision: engine.get<{ revision: number }>({ sql: 'SELECT coalesce(max(revision), 0) AS revision FROM edit_step', parameters: [] })
        ?.revision ?? 0,
    }),
    discard: () => forgetLastStep(engine),
    changes(repos: Repositories, history: HistoryState): DocumentChanges | null {
      const step = takeLastStep(engine);
      if (step === null) return null;
      const rows = engine.all<AuditRow>({
        sql: 'SELECT seq, tbl, op, key, before, after FROM audit_log WHERE step_id = $1 ORDER BY seq',
        parameters: [step],
      });
      if (rows.length === 0) return null;
      const revision = engine.get<{ revision: number }>({ sql: 'SELECT revision FROM edit_step WHERE id = $1', parameters: [step] })!.revision;
      return changesFromEntries(entriesOf(rows), repos, { epoch: epochOf(), revision, history });
    },
  };
}
