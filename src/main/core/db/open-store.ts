/**
 * What the core needs of an open document, whichever engine holds it: the desktop's `.scorecard` file
 * (store.ts, better-sqlite3) or a team database (PostgreSQL, `quadrant serve`). Handlers reach the data through
 * `engine` and the repositories; the dispatcher makes each call one step of the journal and reports its changes.
 */
import type { DocumentChanges } from '../../../shared/changes';
import type { HistoryState } from '../../../shared/contract';
import type { Repositories } from '../repositories';
import type { Engine } from './engine';

/** Who is calling, in team mode; the desktop and the CLI have no actor (null). */
export interface Actor {
  accountId: number;
  /** As others see them in the audit log and in conflicts ("Anna Berg"). */
  name: string;
  role: 'admin' | 'editor' | 'contributor' | 'viewer';
}

/** Undo and redo: one journal per open document on the desktop, one per person in team mode. */
export interface EditJournal {
  /**
   * Runs one edit in one transaction; if it changed anything it becomes one undo step. `describe` is asked before
   * the edit for a function naming the step from its result. In team mode, `baseRevision` is the document revision
   * the caller's page was based on: a row this edit changes that another person changed after it is a conflict
   * (ErrorCode.CONFLICT, nothing written). The desktop has one writer and ignores it.
   */
  record<T>(edit: () => T, describe: () => (result: T) => string, opts?: { baseRevision?: number | null }): T;
  /** The step undone (its description), or null when there was none. */
  undo(): string | null;
  redo(): string | null;
  state(): HistoryState;
}

/** What each answered call changed, for the page that holds the document (see shared/changes.ts). */
export interface ChangeFeed {
  /** Where the document's content stands: what a page that reads it now is based on. */
  revision(): { epoch: number; revision: number };
  /** Forgets writes made outside the dispatcher (a migration, an import), so no answer reports them. */
  discard(): void;
  /** What the last call changed, read back after its commit; null when nothing did. */
  changes(repos: Repositories, history: HistoryState): DocumentChanges | null;
}

export interface OpenStore {
  readonly engine: Engine;
  /** The file's path, or the team database's address without its password. */
  readonly path: string;
  readonly readOnly: boolean;
  /** Why the document is read-only, for the banner; null when it is not. */
  readOnlyReason(): string | null;
  journal(actor: Actor | null): EditJournal;
  readonly changeFeed: ChangeFeed;
  close(): void;
}
