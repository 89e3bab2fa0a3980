/** Document settings: one JSON value per key, for choices that belong to the document (the report dialog's). */
import type { Engine } from '../db/engine';
import { prepared, slot } from '../db/prepared';

export class SettingRepository {
  constructor(private readonly engine: Engine) {}

  /** The parsed value, or undefined when the key was never set or holds text that is not JSON. */
  get(key: string): unknown {
    const q = prepared(
      this.engine,
      'setting.get',
      (qb) => qb.selectFrom('setting').select('value').where('key', '=', slot(0)),
      [key],
    );
    const row = this.engine.get<{ value: string }>(q);
    if (!row) return undefined;
    try {
      return JSON.parse(row.value) as unknown;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: unknown): void {
    const q = prepared(
      this.engine,
      'setting.set',
      (qb) =>
        qb
          .insertInto('setting')
          .values({ key: slot(0), value: slot(1) })
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') }))),
      [key, JSON.stringify(value)],
    );
    this.engine.run(q);
  }
}
