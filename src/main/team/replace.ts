/**
 * `quadrant publish --replace`: empties the team document before the new one is imported, in the same
 * transaction. The people (accounts, invites, sessions) stay; the audit log and undo steps of the old document go
 * with it, since they describe rows that no longer exist. TRUNCATE fires no row triggers, so emptying is not itself
 * audited; the import that follows is.
 */
import type { Engine } from '../core/db/engine';
import { sql } from './sql';

/** Tables of the schema that are not the document's: the people, and what describes the tables themselves. */
const KEEP = new Set(['quadrant_meta', 'account', 'invite', 'sign_in_session', 'sign_in_failure', 'audit_table']);

export function clearTeamDocument(engine: Engine): void {
  const tables = engine
    .all<{ name: string }>(
      sql(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`),
    )
    .map((t) => t.name)
    .filter((name) => !KEEP.has(name));
  if (tables.length > 0) engine.exec(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`);
  // Revisions count afresh from 1: a new epoch tells every page that reads the document again that its old
  // revisions mean nothing here (changes.ts).
  engine.exec('INSERT INTO audit_epoch (epoch) VALUES (1 + floor(random() * 2000000000)::integer)');
}
