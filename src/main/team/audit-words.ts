/**
 * The audit log's rows in the words people use (PostgreSQL only): what a row is ("the KPI “Revenue”", "the value of
 * “Revenue” for Q3 2026"), its fields' names ("Target") and their values as the app shows them ("€90,000", "80 %").
 * Shared by the audit list (audit.ts) and the conflict and undo refusals (journal.ts).
 */
import { AGGREGATION_LABELS } from '../../shared/aggregation';
import { formatNumber, formatPercent, formatValue } from '../../shared/format';
import { monthName, periodLabel } from '../../shared/periods';
import { t } from '../../shared/i18n';
import type { Engine } from '../core/db/engine';

export type Image = Record<string, unknown>;

/** jsonb as the engine gives it (PgEngine keeps json text as text) → the value. */
export const fromJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** A log row's images, parsed. */
export function withImages<R extends { before: unknown; after: unknown }>(
  row: R,
): R & { before: Image | null; after: Image | null } {
  return { ...row, before: fromJson<Image | null>(row.before), after: fromJson<Image | null>(row.after) };
}

/** Catalogue words of this file; keys are built from table and column names, so they are checked by the tests. */
const say = t as unknown as (key: string, params?: Record<string, unknown>) => string;
const w = (key: string, params?: Record<string, unknown>): string => say(`errors:teamAudit.${key}`, params);

const quoted = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return w('quoted', { text: oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine });
};

/** Tables the catalogue has words for; another table is named by its own name. */
const TABLES = new Set([
  'scorecard',
  'perspective',
  'theme',
  'objective',
  'cause_link',
  'kpi',
  'measurement',
  'initiative',
  'initiative_objective',
  'note',
  'review_template',
  'review',
  'review_item',
  'action_item',
  'closed_period',
  'period_event',
  'objective_contribution',
  'key_result',
  'check_in',
  'incentive_plan',
  'incentive_item',
  'workshop',
  'workshop_note',
  'workshop_vote',
]);

const noun = (tbl: string): string => (TABLES.has(tbl) ? w(`noun.${tbl}`) : tbl);

/** Field names as the forms label them; a column not listed is named from its own name ("data due days"). */
const FIELD_ORDER = [
  'name',
  'title',
  'description',
  'owner',
  'unit',
  'polarity',
  'baseline',
  'target',
  'actual',
  'range_low',
  'range_high',
  'tolerance',
  'green_threshold',
  'amber_threshold',
  'frequency',
  'aggregation',
  'weight',
  'data_source',
  'is_key',
  'position',
  'data_due_days',
  'objective_id',
  'perspective_id',
  'theme_id',
  'start_date',
  'due_date',
  'body',
  'period',
  'note',
  'from_objective_id',
  'to_objective_id',
  'from_kpi_id',
  'to_kpi_id',
  'okr_kind',
  'status',
];
const FIELDS = new Set(FIELD_ORDER);

/** Columns that change on every edit of their row, or say nothing to a reader: never listed as changed fields. */
const HIDDEN = new Set(['id', 'updated_at', 'created_at', 'map_x', 'map_y', 'supports_objective_id']);

/** Choices as the forms word them (KpiForm's lists), looked up when read so they follow the request's language. */
const CHOICES: Record<string, (value: string) => string | undefined> = {
  polarity: (v) => (['increase', 'decrease', 'range'].includes(v) ? t(`engine:polarity.${v as 'range'}`) : undefined),
  frequency: (v) => (['month', 'quarter', 'year'].includes(v) ? t(`engine:frequency.${v as 'month'}`) : undefined),
  aggregation: (v) =>
    Object.hasOwn(AGGREGATION_LABELS, v) ? AGGREGATION_LABELS[v as keyof typeof AGGREGATION_LABELS] : undefined,
};

/** Columns the subject already names ("Value of “Revenue” for Q3 2026"): not repeated as fields. */
const NAMED_BY_SUBJECT: Record<string, string[]> = {
  measurement: ['kpi_id', 'period'],
  note: ['entity_type', 'entity_id', 'period'],
};

/** Fields in the order the forms show them; others after, by name. */
const order = (column: string): number => {
  const i = FIELD_ORDER.indexOf(column);
  return i < 0 ? FIELD_ORDER.length : i;
};

/** Columns holding a KPI's values, shown with its unit. */
const VALUE_COLUMNS = new Set(['actual', 'target', 'baseline', 'range_low', 'range_high', 'tolerance']);
const PERCENT_COLUMNS = new Set(['green_threshold', 'amber_threshold', 'percent_complete']);
const YES_NO = new Set(['is_key', 'require_note_on_red', 'rate_meeting', 'decided', 'votes_revealed']);

export const fieldName = (column: string): string => {
  if (FIELDS.has(column)) return w(`field.${column}`);
  const words = column.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the engine holds now of a row: its image in the audit log's form (to_jsonb), or null when it is gone. */
export function rowNow(engine: Engine, tbl: string, image: Image): Image | null {
  const row = engine.get<{ now: unknown }>({
    sql: 'SELECT quadrant_row_now($1, $2::jsonb) AS now',
    parameters: [tbl, JSON.stringify(image)],
  });
  return fromJson<Image | null>(row?.now ?? null);
}

/** Looks up rows the words name (a measurement's KPI, a link's objectives), each once per use. */
export class Namer {
  private readonly cache = new Map<string, Image | null>();
  constructor(private readonly engine: Engine) {}

  /** A row by id as it is now, or as it was last written when it is gone (the log remembers deleted KPIs). */
  row(tbl: string, id: unknown): Image | null {
    if (typeof id !== 'number') return null;
    const k = `${tbl}:${id}`;
    if (!this.cache.has(k)) {
      const found = this.engine.get<{ image: unknown }>({
        sql: `SELECT coalesce(quadrant_row_now($1, jsonb_build_object('id', $2::integer)),
                (SELECT coalesce(after, before) FROM audit_log WHERE tbl = $1 AND key = jsonb_build_array($2::integer) ORDER BY seq DESC LIMIT 1)) AS image`,
        parameters: [tbl, id],
      });
      this.cache.set(k, fromJson<Image | null>(found?.image ?? null));
    }
    return this.cache.get(k) ?? null;
  }

  private named(tbl: string, id: unknown): string {
    const r = this.row(tbl, id);
    const text = r ? (r['name'] ?? r['title'] ?? r['body']) : null;
    return typeof text === 'string' && text ? quoted(text) : w('numbered', { noun: noun(tbl), id: String(id) });
  }

  /** The fiscal year's first month of the scorecard a KPI or objective belongs to (1 when it cannot be found). */
  private fyStart(tbl: string, id: unknown): number {
    const objective = tbl === 'kpi' ? this.row('kpi', id)?.['objective_id'] : tbl === 'objective' ? id : null;
    const perspective = this.row('objective', objective)?.['perspective_id'];
    const scorecard = this.row('perspective', perspective)?.['scorecard_id'];
    const month = this.row('scorecard', scorecard)?.['fiscal_year_start_month'];
    return typeof month === 'number' && month >= 1 && month <= 12 ? month : 1;
  }

  /** "“Revenue” for Q3 2026": the period as the report names it, in the scorecard's fiscal year. */
  private forPeriod(name: string, tbl: string, id: unknown, period: unknown): string {
    const key = String(period);
    let label = key;
    try {
      label = periodLabel(key, this.fyStart(tbl, id));
    } catch {
      // Not a period key: shown as it is.
    }
    return w('forPeriod', { name, period: label });
  }

  /** The row's own name: "“Revenue”", "“Revenue” for Q3 2026" (a value), "“Grow” → “Keep”" (a link); null if none. */
  label(tbl: string, image: Image): string | null {
    switch (tbl) {
      case 'measurement':
        return this.forPeriod(this.named('kpi', image['kpi_id']), 'kpi', image['kpi_id'], image['period']);
      case 'note': {
        const type = String(image['entity_type']);
        const name = this.named(type, image['entity_id']);
        return image['period'] ? this.forPeriod(name, type, image['entity_id'], image['period']) : name;
      }
      case 'cause_link':
      case 'objective_contribution':
        return `${this.named('objective', image['from_objective_id'])} → ${this.named('objective', image['to_objective_id'])}`;
      default: {
        const text = image['name'] ?? image['title'] ?? image['body'];
        return typeof text === 'string' && text ? quoted(text) : null;
      }
    }
  }

  /**
   * "the KPI “Revenue”", "the value of “Revenue” for Q3 2026", "a note on “Revenue”": as the object of a deed
   * (`as: 'object'`) or as a heading (`as: 'subject'`; German declines the article differently).
   */
  thing(tbl: string, image: Image, as: 'object' | 'subject' = 'object'): string {
    const label = this.label(tbl, image);
    const known = TABLES.has(tbl);
    if (label && known) return w(`${as}.${tbl}`, { label });
    if (label) return w(`${as}.other`, { noun: tbl, label });
    return known ? w(`${as}Unnamed.${tbl}`) : w(`${as}Unnamed.other`, { noun: tbl });
  }

  /** A field's value as the app shows it; null stays null (no value). */
  value(tbl: string, column: string, image: Image): string | null {
    const v = image[column];
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      if (YES_NO.has(column)) return w(v ? 'yes' : 'no');
      if (PERCENT_COLUMNS.has(column)) return formatPercent(v, { maxDecimals: 2 });
      if (VALUE_COLUMNS.has(column)) {
        const unit =
          tbl === 'kpi' ? image['unit'] : tbl === 'measurement' ? this.row('kpi', image['kpi_id'])?.['unit'] : null;
        return formatValue(v, typeof unit === 'string' ? unit : null, { maxDecimals: 6 });
      }
      if (column.endsWith('_id') && column !== 'entity_id') {
        const table = column.replace(/^(from|to)_/, '').replace(/_id$/, '');
        return this.named(table === 'supports_objective' ? 'objective' : table, v);
      }
      return formatNumber(v, { maxDecimals: 6 });
    }
    return CHOICES[column]?.(String(v)) ?? String(v);
  }

  /** Each field that differs between the images, in the row's column order. */
  fields(
    tbl: string,
    before: Image | null,
    after: Image | null,
  ): { column: string; name: string; before: string | null; after: string | null }[] {
    const named = NAMED_BY_SUBJECT[tbl] ?? [];
    const columns = Object.keys(after ?? before ?? {})
      .filter((c) => !HIDDEN.has(c) && !named.includes(c))
      .sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
    return columns
      .filter((c) => !before || !after || JSON.stringify(before[c]) !== JSON.stringify(after[c]))
      .map((c) => ({
        column: c,
        name: fieldName(c),
        before: before ? this.value(tbl, c, before) : null,
        after: after ? this.value(tbl, c, after) : null,
      }));
  }

  /**
   * What was changed, as a subject: "Target of “Revenue”" for one changed field, else the thing
   * ("The KPI “Revenue”").
   */
  subject(tbl: string, before: Image | null, after: Image | null): string {
    const image = (after ?? before)!;
    const changed = before && after ? this.fields(tbl, before, after) : [];
    const label = this.label(tbl, image);
    if (changed.length === 1 && label && tbl !== 'note') return w('fieldOf', { field: changed[0]!.name, label });
    return capital(this.thing(tbl, image, 'subject'));
  }

  /** "changed the target of “Revenue”", "deleted the KPI “Revenue”", "entered the value of …". */
  deed(tbl: string, op: string, before: Image | null, after: Image | null): string {
    const image = (after ?? before)!;
    if (op === 'd') return w('deed.deleted', { thing: this.thing(tbl, image) });
    if (op === 'i') return w(tbl === 'measurement' ? 'deed.entered' : 'deed.added', { thing: this.thing(tbl, image) });
    const changed = this.fields(tbl, before, after);
    const label = this.label(tbl, image);
    if (changed.length === 1 && label && tbl !== 'note') {
      const column = changed[0]!.column;
      return FIELDS.has(column)
        ? w(`deed.changedField.${column}`, { label })
        : w('deed.changedColumn', { field: fieldName(column).toLowerCase(), label });
    }
    return w('deed.changed', { thing: this.thing(tbl, image) });
  }
}

/** "14:02" today, "3 Dec 14:02" before: when, as a person glancing at a message wants it. */
export function clock(at: string | Date): string {
  const d = new Date(at);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (d.toDateString() === new Date().toDateString()) return hm;
  return w('clockDay', { day: d.getDate(), month: monthName(d.getMonth() + 1), time: hm });
}
