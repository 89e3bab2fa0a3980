/**
 * PostgreSQL: each person's undo journal over the shared audit log (audit-schema.ts), and the conflict check of
 * every write against the revision its page was based on.
 *
 * A call is one step (an `edit_step` row): the journal draws the step's id, sets it and the person's account for the
 * transaction (`set_config(…, true)`), runs the edit, and the audit triggers log every row it wrote under that step.
 * - Conflict: a row the step wrote that another account wrote after the page's revision (baseRevision) rolls the
 *   whole call back with ErrorCode.CONFLICT, who did what and when, and the row as it is now.
 * - Undo is per person: a person's undo stack is their own steps, newest first. Undoing one writes back the
 *   before-images of the rows it wrote, only if every such row still equals what the step left (nobody changed it
 *   since) and the write-back touches no other row (a cascade or cleanup trigger reaching a row someone added since,
 *   say a KPI under an objective being un-created); otherwise it refuses, saying who changed what, and nothing is
 *   undone. Undo and redo are steps themselves (logged, checked, attributed). The stacks live in `edit_step.state`,
 *   so they survive a restart of the server.
 */
import { AppError, ErrorCode } from '../../shared/errors';
import type { HistoryState } from '../../shared/contract';
import type { Engine, Query } from '../core/db/engine';
import type { Actor, EditJournal } from '../core/db/open-store';
import { Blocked, OTHER_ROW, keyText, words, type LogRow } from './conflict';
import { t } from '../../shared/i18n';

/** Oldest steps of a person beyond this leave their undo stack (as HISTORY_LIMIT on the desktop). */
export const TEAM_HISTORY_LIMIT = 500;

const q = (sql: string, parameters: unknown[] = []): Query => ({ sql, parameters });

/** The step the last call of an engine committed: what the change feed reports (calls run one at a time). */
const lastSteps = new WeakMap<Engine, number>();

/** The step the last call committed, forgotten once read: each call's changes are reported once. */
export function takeLastStep(engine: Engine): number | null {
  const step = lastSteps.get(engine) ?? null;
  lastSteps.delete(engine);
  return step;
}

export function forgetLastStep(engine: Engine): void {
  lastSteps.delete(engine);
}

export function pgJournal(engine: Engine, actor: Actor | null): EditJournal {
  const account = actor?.accountId ?? null;
  // Whose steps: an index-friendly equality (the CLI, with no account, is account 0).
  const mine = 'coalesce(account_id, 0) = $1';
  const me = account ?? 0;

  /** Draws a step id and makes it and the account the transaction's, for the audit triggers. */
  function begin(): number {
    const row = engine.get<{ step: string }>(
      q(
        `SELECT set_config('quadrant.step', nextval(pg_get_serial_sequence('edit_step', 'id'))::text, true) AS step,
                set_config('quadrant.actor', $1, true) AS actor`,
        [account === null ? '' : String(account)],
      ),
    );
    return Number(row!.step);
  }

  /** Nested in a caller's transaction, the settings would outlive the step: later writes must not join it. */
  function end(): void {
    engine.get(q(`SELECT set_config('quadrant.step', '', true), set_config('quadrant.actor', '', true)`));
  }

  function addStep(id: number, description: string, kind: string, undoes: number | null, state: string): void {
    engine.run(
      q(
        `INSERT INTO edit_step (id, account_id, account_name, description, kind, undoes, state, revision)
         VALUES ($1, $2, $3, $4, $5, $6, $7, (SELECT coalesce(max(revision), 0) + 1 FROM edit_step))`,
        [id, account, actor?.name ?? '', description, kind, undoes, state],
      ),
    );
  }

  /**
   * The newest row another account wrote after revision `base` (in a step of a later revision) among the rows of
   * `step`. Writes outside any step (a publish) are no one's edit and conflict with nothing.
   */
  function conflictOf(step: number, base: number): LogRow | undefined {
    return engine.get<LogRow>(
      q(
        `${OTHER_ROW}
         WHERE s.revision > $2 AND o.step_id IS DISTINCT FROM $1 AND o.account_id IS DISTINCT FROM $3
           AND EXISTS (SELECT 1 FROM audit_log m WHERE m.step_id = $1 AND m.tbl = o.tbl AND m.key = o.key)
         ORDER BY o.seq DESC LIMIT 1`,
        [step, base, account],
      ),
    );
  }

  /** A row deleted by another account since `base` whose id the refusal names (editing what is gone). */
  function deletionOf(err: AppError, base: number): LogRow | undefined {
    const id = /(\d+) does not exist/.exec(err.message)?.[1];
    if (!id) return undefined;
    return engine.get<LogRow>(
      q(`${OTHER_ROW} WHERE s.revision > $1 AND o.op = 'd' AND o.account_id IS DISTINCT FROM $2 AND o.key -> 0 = $3::jsonb ORDER BY o.seq DESC LIMIT 1`, [
        base,
        account,
        id,
      ]),
    );
  }

  function trim(): void {
    engine.run(
      q(
        `UPDATE edit_step SET state = 'spent' WHERE ${mine} AND state = 'undoable' AND id <= (
           SELECT id FROM edit_step WHERE ${mine} AND state = 'undoable' ORDER BY id DESC OFFSET ${TEAM_HISTORY_LIMIT} LIMIT 1)`,
        [me],
      ),
    );
  }

  function run<T>(fn: () => T): T {
    try {
      return engine.transaction(fn);
    } catch (err) {
      if (err instanceof Blocked) throw words(engine, err);
      throw err;
    }
  }

  /** Refusals of an undo or redo of `step`, found before and after writing its before-images back as `replay`. */
  function checkBefore(step: number, description: string, why: 'undo' | 'redo'): void {
    // A row the step wrote that is no longer as the step left it: someone wrote it since.
    const changed = engine.get<{ tbl: string; key: unknown; last: number }>(
      q(
        `SELECT tbl, key, seq AS last FROM (
           SELECT DISTINCT ON (tbl, key) tbl, key, seq, before, after FROM audit_log WHERE step_id = $1 ORDER BY tbl, key, seq DESC
         ) x WHERE quadrant_row_now(tbl, coalesce(after, before)) IS DISTINCT FROM after LIMIT 1`,
        [step],
      ),
    );
    if (!changed) return;
    const by = engine.get<LogRow>(
      q(`${OTHER_ROW} WHERE o.tbl = $1 AND o.key = $2::jsonb AND o.seq > $3 ORDER BY o.seq DESC LIMIT 1`, [
        changed.tbl,
        keyText(changed.key),
        changed.last,
      ]),
    );
    if (by) throw new Blocked(by, why, description);
    throw new AppError(ErrorCode.CONFLICT, t(`errors:teamJournal.changedSince.${why}`, { step: description }));
  }

  function checkAfter(step: number, replay: number, description: string, why: 'undo' | 'redo'): void {
    // A row the write-back reached that the step never wrote (a cascade, a cleanup trigger): someone else's since.
    const extra = engine.get<{ tbl: string; key: unknown; first: number }>(
      q(
        `SELECT a.tbl, a.key, a.seq AS first FROM audit_log a WHERE a.step_id = $2
           AND NOT EXISTS (SELECT 1 FROM audit_log b WHERE b.step_id = $1 AND b.tbl = a.tbl AND b.key = a.key)
         ORDER BY a.seq LIMIT 1`,
        [step, replay],
      ),
    );
    if (extra) {
      const by = engine.get<LogRow>(
        q(`${OTHER_ROW} WHERE o.tbl = $1 AND o.key = $2::jsonb AND o.seq < $3 ORDER BY o.seq DESC LIMIT 1`, [
          extra.tbl,
          keyText(extra.key),
          extra.first,
        ]),
      );
      if (by) throw new Blocked(by, why, description);
      throw new AppError(ErrorCode.CONFLICT, t(`errors:teamJournal.neverWrote.${why}`, { step: description }));
    }
    try {
      engine.exec('SET CONSTRAINTS ALL IMMEDIATE');
    } catch (err) {
      // A row written back would point to one deleted since (a KPI whose objective someone deleted).
      const { message, detail } = err as Error & { detail?: string | null };
      const gone = /is not present in table "(\w+)"/.exec(`${detail ?? ''} ${message}`);
      throw new AppError(
        ErrorCode.CONFLICT,
        gone
          ? t(`errors:teamJournal.goneTable.${why}`, { step: description, table: gone[1]!.replace(/_/g, ' ') })
          : t(`errors:teamJournal.goneSomething.${why}`, { step: description }),
      );
    }
  }

  /** Writes back the before-images of the top step of a stack, as a new step on the other stack. */
  function replayTop(from: 'undoable' | 'redoable'): string | null {
    const top = engine.get<{ id: number; description: string }>(
      q(`SELECT id, description FROM edit_step WHERE ${mine} AND state = $2 ORDER BY id DESC LIMIT 1`, [me, from]),
    );
    if (!top) return null;
    const why = from === 'undoable' ? 'undo' : 'redo';
    const nested = engine.inTransaction;
    run(() => {
      checkBefore(top.id, top.description, why);
      const step = begin();
      addStep(step, top.description, why, top.id, why === 'undo' ? 'redoable' : 'undoable');
      engine.deferForeignKeys();
      engine.get(q('SELECT quadrant_replay($1)', [top.id]));
      checkAfter(top.id, step, top.description, why);
      engine.run(q(`UPDATE edit_step SET state = 'spent' WHERE id = $1`, [top.id]));
      if (why === 'redo') trim();
      if (nested) end();
      lastSteps.set(engine, step);
    });
    return top.description;
  }

  return {
    record<T>(edit: () => T, describe: () => (result: T) => string, opts?: { baseRevision?: number | null }): T {
      const name = describe();
      const base = opts?.baseRevision ?? null;
      lastSteps.delete(engine);
      // The step's settings end with the transaction; nested in a caller's, they are cleared by hand.
      const nested = engine.inTransaction;
      return run(() => {
        const step = begin();
        let value: T;
        try {
          value = edit();
        } catch (err) {
          // Editing a row another person deleted after the page read it is a conflict too, not a mystery.
          const gone = base !== null && err instanceof AppError && err.code === ErrorCode.NOT_FOUND ? deletionOf(err, base) : undefined;
          if (gone) throw new Blocked(gone, 'conflict', '');
          throw err;
        }
        const wrote = engine.get(q('SELECT 1 AS x FROM audit_log WHERE step_id = $1 LIMIT 1', [step]));
        if (wrote) {
          const other = base === null ? undefined : conflictOf(step, base);
          if (other) throw new Blocked(other, 'conflict', '');
          addStep(step, name(value), 'edit', null, 'undoable');
          // A new edit ends what could be redone, as on the desktop.
          engine.run(q(`UPDATE edit_step SET state = 'spent' WHERE ${mine} AND state = 'redoable'`, [me]));
          trim();
          lastSteps.set(engine, step);
        }
        if (nested) end();
        return value;
      });
    },
    undo: () => replayTop('undoable'),
    redo: () => replayTop('redoable'),
    state(): HistoryState {
      const rows = engine.all<{ state: string; description: string }>(
        q(
          `SELECT state, description FROM edit_step WHERE id IN (
             SELECT max(id) FROM edit_step WHERE ${mine} AND state IN ('undoable', 'redoable') GROUP BY state)`,
          [me],
        ),
      );
      const undo = rows.find((r) => r.state === 'undoable');
      const redo = rows.find((r) => r.state === 'redoable');
      return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.description ?? null, redoLabel: redo?.description ?? null };
    },
  };
}
