/**
 * A team database: one document (the content of a `.scorecard` file) in one PostgreSQL schema, `quadrant` by
 * default. Opening connects, creates the schema when missing and migrates it (pg-migrations.ts); the audit journal
 * and the change feed come from src/main/team.
 */
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { pgChangeFeed } from '../../team/change-feed';
import { pgJournal } from '../../team/journal';
import type { Actor, ChangeFeed, EditJournal, OpenStore } from './open-store';
import { migratePg } from './pg-migrations';
import { PgEngine } from './pg-engine';

export interface PgStoreOptions {
  /** The PostgreSQL schema that holds the document; created when missing. */
  schema?: string;
  /** How the document is named to the user (Session.info); by default the address without its password. */
  path?: string;
}

export const DEFAULT_SCHEMA = 'quadrant';

/** `postgres://anna:secret@db/quadrant` → `postgres://anna@db/quadrant`; `password=…` left out of a conninfo. */
export function addressOf(conninfo: string): string {
  if (/^postgres(ql)?:\/\//i.test(conninfo)) {
    try {
      const url = new URL(conninfo);
      url.password = '';
      url.searchParams.delete('password');
      return url.toString();
    } catch {
      return conninfo.replace(/:[^:@/]*@/, '@');
    }
  }
  return conninfo.replace(/\s*password\s*=\s*('(\\.|[^'])*'|\S*)/gi, '').trim();
}

function checkSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new AppError(ErrorCode.VALIDATION, t('errors:database.schemaName', { schema }));
  }
}

export class PgStore implements OpenStore {
  readonly readOnly = false;
  readonly changeFeed: ChangeFeed;
  /** One journal per person (null: the CLI, publish), kept so its state survives between calls. */
  private readonly journals = new Map<number | null, EditJournal>();

  private constructor(
    readonly engine: PgEngine,
    readonly path: string,
    readonly schema: string,
  ) {
    this.changeFeed = pgChangeFeed(engine);
  }

  /** Connects to a team database and brings its schema up to date; a newer or foreign schema is refused untouched. */
  static open(conninfo: string, opts: PgStoreOptions = {}): PgStore {
    const schema = opts.schema ?? DEFAULT_SCHEMA;
    checkSchemaName(schema);
    const address = addressOf(conninfo);
    const engine = PgEngine.connect(conninfo, address);
    try {
      engine.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"; SET search_path TO "${schema}"`);
      migratePg(engine, schema, address);
      return new PgStore(engine, opts.path ?? address, schema);
    } catch (err) {
      engine.close();
      throw err;
    }
  }

  readOnlyReason(): string | null {
    return null;
  }

  journal(actor: Actor | null): EditJournal {
    const key = actor?.accountId ?? null;
    let journal = this.journals.get(key);
    if (!journal) {
      journal = pgJournal(this.engine, actor);
      this.journals.set(key, journal);
    }
    return journal;
  }

  close(): void {
    this.engine.close();
  }
}
