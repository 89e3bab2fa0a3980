/** Document settings: one JSON value per key, for choices that belong to the document (the report dialog's). */
import type { Database, Statement } from 'better-sqlite3';

export class SettingRepository {
  private readonly getStmt: Statement;
  private readonly setStmt: Statement;

  constructor(db: Database) {
    this.getStmt = db.prepare('SELECT value FROM setting WHERE key = ?');
    this.setStmt = db.prepare(
      'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The parsed value, or undefined when the key was never set or holds text that is not JSON. */
  get(key: string): unknown {
    const row = this.getStmt.get(key) as { value: string } | undefined;
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as unknown;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    this.setStmt.run(key, JSON.stringify(value));
  }
}
