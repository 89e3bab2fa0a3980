/**
 * One user's working state: at most one open document. The Electron shell keeps one Session per window,
 * browser mode one per server, the CLI one per command.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { DocumentInfo } from '../../shared/contract';
import { scorecardDefaults, STANDARD_PERSPECTIVES, perspectiveDefaults } from '../../shared/defaults';
import type { Scorecard } from '../../shared/domain';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { SCHEMA_VERSION } from './migrations';
import { Backups, DEFAULT_KEEP } from './backups';
import { Repositories } from './repositories';
import { DocumentStore, readHeader } from './store';
import { APPLICATION_ID } from './migrations';
import { tempPathFor } from './temp-files';
import type { Actor, OpenStore } from './db/open-store';
import type { ScorecardTemplate } from '../../shared/templates';
import { createScorecardFromTemplate } from './templates';

export type SessionMode = 'electron' | 'web' | 'cli';

export interface OpenDocument {
  store: OpenStore;
  repos: Repositories;
}

/** A new scorecard with the four standard perspectives. */
export function createScorecard(
  repos: Repositories,
  values: Partial<Omit<Scorecard, 'id'>> & { name: string },
): Scorecard {
  const scorecard = repos.scorecards.insert({ ...scorecardDefaults, ...values });
  STANDARD_PERSPECTIVES.forEach((p, position) =>
    repos.perspectives.insert({ ...perspectiveDefaults, ...p, scorecardId: scorecard.id, position }),
  );
  return scorecard;
}

export interface SessionOptions {
  mode: SessionMode;
  /** Folder of the rotating backups (see backups.ts); without one no backups are made. */
  backupDir?: string | null;
  keepBackups?: number;
  /** The personal KPI library's file, kept with the app's settings (see library.ts); without one none is kept. */
  libraryFile?: string | null;
  /** Where documents are created and opened; by default `.scorecard` files (tests put them on PostgreSQL too). */
  documents?: DocumentProvider;
}

/** Creates and opens the documents a session works on, named by path. */
export interface DocumentProvider {
  open(path: string): OpenStore;
  /** A new document, filled by `init` in one transaction before anyone else sees it. */
  create(path: string, init: (store: OpenStore) => void, overwrite: boolean): OpenStore;
}

/** The desktop's documents: `.scorecard` files, with the session's backups. */
function scorecardFiles(backups: Backups | null): DocumentProvider {
  return {
    open: (path) => DocumentStore.open(path, { backups }),
    create: (path, init, overwrite) => DocumentStore.create(path, init, overwrite, backups),
  };
}

export class Session {
  readonly mode: SessionMode;
  readonly backups: Backups | null;
  readonly libraryFile: string | null;
  private readonly documents: DocumentProvider;
  private current: OpenDocument | null = null;
  /** Who calls, in team mode (each request's session names its person); null on the desktop and in the CLI. */
  actor: Actor | null = null;
  /** Team mode: the document revision the current call's page was based on (see EditJournal.record). */
  baseRevision: number | null = null;

  constructor(opts: SessionOptions) {
    this.mode = opts.mode;
    this.libraryFile = opts.libraryFile ?? null;
    this.backups = opts.backupDir ? new Backups(opts.backupDir, opts.keepBackups ?? DEFAULT_KEEP) : null;
    this.documents = opts.documents ?? scorecardFiles(this.backups);
    // At start: what a Quadrant killed while making a backup left in the backups folder.
    this.backups?.removeLeftovers();
  }

  get document(): OpenStore | null {
    return this.current?.store ?? null;
  }

  /** The open document as a scorecard file (the desktop's and the CLI's); team databases are not files. */
  file(): DocumentStore {
    const { store } = this.require();
    if (!(store instanceof DocumentStore)) throw new AppError(ErrorCode.VALIDATION, t('errors:session.teamNotFile'));
    return store;
  }

  /** The open document, or a NO_DOCUMENT error for methods that need one. */
  require(): OpenDocument {
    if (!this.current) throw new AppError(ErrorCode.NO_DOCUMENT, t('errors:session.noDocument'));
    return this.current;
  }

  /** Opens a document; the current one stays open if the new one cannot be opened. */
  openDocument(path: string): DocumentInfo {
    // Opening the document that is already open changes nothing (and must not meet its own lock); opened
    // read-only, it is tried again, since the other writer may have closed it meanwhile.
    const same = this.current && resolve(this.current.store.path) === resolve(path);
    if (same && !this.current!.store.readOnly) return this.info()!;
    const store = this.documents.open(path);
    // Every view, the report and `quadrant score` show a scorecard. Imports and edits never leave a document without
    // one, but an import made before that rule could have: say so here rather than fail later in each reader.
    if (new Repositories(store.engine).scorecards.list().length === 0) {
      store.close();
      throw new AppError(ErrorCode.CORRUPT, t('errors:session.noScorecard', { file: basename(path) }));
    }
    this.replace(store);
    return this.info()!;
  }

  /** Copies a backup into a new file and continues there; the backup and every existing file stay as they are. */
  restoreBackup(id: string, path: string): DocumentInfo {
    if (!this.backups) throw new AppError(ErrorCode.NOT_FOUND, t('errors:session.noBackups'));
    const source = this.backups.fileOf(id);
    if (existsSync(path)) {
      throw new AppError(ErrorCode.FILE_EXISTS, t('errors:session.restoreExists', { file: basename(path) }));
    }
    if (!existsSync(dirname(path))) {
      throw new AppError(
        ErrorCode.IO,
        t('errors:session.restoreNoFolder', { file: basename(path), folder: dirname(path) }),
      );
    }
    const facts = readHeader(source);
    if (facts.applicationId !== APPLICATION_ID)
      throw new AppError(ErrorCode.NOT_A_SCORECARD, t('errors:session.backupNotOurs', { id }));
    const tmp = tempPathFor(path);
    try {
      copyFileSync(source, tmp);
      renameSync(tmp, path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw new AppError(
        ErrorCode.IO,
        t('errors:session.cannotRestore', { file: basename(path), detail: (err as Error).message }),
      );
    }
    return this.openDocument(path);
  }

  /** A new document with one scorecard: blank with the four perspectives, or built from `template`. */
  createDocument(
    path: string,
    opts: { name?: string; overwrite?: boolean; template?: ScorecardTemplate } = {},
  ): DocumentInfo {
    // Named after the file, template or not: "Harbour Café.scorecard" says more than "Café or restaurant".
    const name = opts.name ?? (basename(path).replace(/\.scorecard$/i, '') || 'Scorecard');
    const { template } = opts;
    const store = this.documents.create(
      path,
      (staging) => {
        const repos = new Repositories(staging.engine);
        if (template) createScorecardFromTemplate(repos, template, name);
        else createScorecard(repos, { name });
      },
      opts.overwrite ?? false,
    );
    this.replace(store);
    return this.info()!;
  }

  /** Save As: writes a copy and continues working in the copy, as desktop apps do. */
  saveAs(path: string, overwrite = false): DocumentInfo {
    const { store } = this.require();
    if (path === store.path) return this.info()!;
    if (!(store instanceof DocumentStore)) throw new AppError(ErrorCode.VALIDATION, t('errors:session.saveAsTeam'));
    store.copyTo(path, overwrite, this.backups);
    return this.openDocument(path);
  }

  closeDocument(): void {
    this.current?.store.close();
    this.current = null;
  }

  info(): DocumentInfo | null {
    if (!this.current) return null;
    const { store, repos } = this.current;
    return {
      path: store.path,
      name: basename(store.path),
      schemaVersion: SCHEMA_VERSION,
      readOnly: store.readOnly,
      ...(store.readOnly ? { readOnlyReason: store.readOnlyReason() ?? undefined } : {}),
      scorecards: repos.scorecards.list().map((s) => ({ id: s.id, name: s.name })),
      ...store.changeFeed.revision(),
    };
  }

  close(): void {
    this.closeDocument();
  }

  /** Team mode: a document opened elsewhere (a team database), shared by the sessions of every signed-in person. */
  attach(store: OpenStore): void {
    this.replace(store);
  }

  private replace(store: OpenStore): void {
    this.current?.store.close();
    this.current = { store, repos: new Repositories(store.engine) };
  }
}
