/**
 * PostgreSQL: what each call changed, read from the audit log rows of its step, and the document's revision (the
 * audit log's last sequence number). Placeholder until built.
 */
import type { Engine } from '../core/db/engine';
import type { ChangeFeed } from '../core/db/open-store';

export function pgChangeFeed(_engine: Engine): ChangeFeed {
  return { revision: () => ({ epoch: 0, revision: 0 }), discard: () => undefined, changes: () => null };
}
