/**
 * One user's working state: at most one open document. The Electron shell keeps one Session per window,
 * browser mode one per server, the CLI one per command.
 */
import { basename } from 'node:path';
import type { DocumentInfo } from '../../shared/contract';
import { scorecardDefaults, STANDARD_PERSPECTIVES, perspectiveDefaults } from '../../shared/defaults';
import type { Scorecard } from '../../shared/domain';
import { AppError, ErrorCode } from '../../shared/errors';
import { SCHEMA_VERSION } from './migrations';
import { Repositories } from './repositories';
import { DocumentStore } from './store';

export type SessionMode = 'electron' | 'web' | 'cli';

export interface OpenDocument {
  store: DocumentStore;
  repos: Repositories;
}

/** A new scorecard with the four standard perspectives. */
export function createScorecard(repos: Repositories, values: Partial<Omit<Scorecard, 'id'>> & { name: string }): Scorecard {
  const scorecard = repos.scorecards.insert({ ...scorecardDefaults, ...values });
  STANDARD_PERSPECTIVES.forEach((p, position) =>
    repos.perspectives.insert({ ...perspectiveDefaults, ...p, scorecardId: scorecard.id, position }),
  );
  return scorecard;
}

export class Session {
  readonly mode: SessionMode;
  private current: OpenDocument | null = null;

  constructor(opts: { mode: SessionMode }) {
    this.mode = opts.mode;
  }

  get document(): DocumentStore | null {
    return this.current?.store ?? null;
  }

  /** The open document, or a NO_DOCUMENT error for methods that need one. */
  require(): OpenDocument {
    if (!this.current) throw new AppError(ErrorCode.NO_DOCUMENT, 'No document is open. Create or open a scorecard file first.');
    return this.current;
  }

  /** Opens a document; the current one stays open if the new one cannot be opened. */
  openDocument(path: string): DocumentInfo {
    const store = DocumentStore.open(path);
    this.replace(store);
    return this.info()!;
  }

  createDocument(path: string, opts: { name?: string; overwrite?: boolean } = {}): DocumentInfo {
    const name = opts.name ?? (basename(path).replace(/\.scorecard$/i, '') || 'Scorecard');
    const store = DocumentStore.create(path, (staging) => void createScorecard(new Repositories(staging.db), { name }), opts.overwrite);
    this.replace(store);
    return this.info()!;
  }

  /** Save As: writes a copy and continues working in the copy, as desktop apps do. */
  saveAs(path: string, overwrite = false): DocumentInfo {
    const { store } = this.require();
    if (path === store.path) return this.info()!;
    store.copyTo(path, overwrite);
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
      readOnly: false,
      scorecards: repos.scorecards.list().map((s) => ({ id: s.id, name: s.name })),
    };
  }

  close(): void {
    this.closeDocument();
  }

  private replace(store: DocumentStore): void {
    this.current?.store.close();
    this.current = { store, repos: new Repositories(store.db) };
  }
}
