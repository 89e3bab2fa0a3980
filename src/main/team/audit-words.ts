/**
 * The audit log's rows in the words people use (PostgreSQL only): what a row is ("the KPI “Revenue”", "the value of
 * “Revenue” for 2026-Q3"), its fields' names ("Target") and their values as the app shows them ("€90,000", "80 %").
 * Shared by the audit list (audit.ts) and the conflict and undo refusals (journal.ts).
 */
import { AGGREGATION_LABELS } from '../../shared/aggregation';
import { formatNumber, formatPercent, formatValue } from '../../shared/format';
import { monthName } from '../../shared/periods';
import type { Engine } from '../core/db/engine';

export type Image = Record<string, unknown>;

/** jsonb as the engine gives it (PgEngine keeps json text as text) → the value. */
export const fromJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** A log row's images, parsed. */
export function withImages<R extends { before: unknown; after: unknown }>(row: R): R & { before: Image | null; after: Image | null } {
  return { ...row, before: fromJson<Image | null>(row.before), after: fromJson<Image | null>(row.after) };
}

const quoted = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}”`;
};

const NOUNS: Record<string, string> = {
  scorecard: 'scorecard',
  perspective: 'perspective',
  theme: 'theme',
  objective: 'objective',
  cause_link: 'cause-and-effect link',
  kpi: 'KPI',
  measurement: 'value',
  initiative: 'initiative',
  initiative_objective: 'initiative’s objective',
  note: 'note',
  review_template: 'review template',
  review: 'review',
  review_item: 'agenda item',
  action_item: 'action',
  closed_period: 'closed period',
  period_event: 'period event',
  objective_contribution: 'contribution',
  key_result: 'key result',
  check_in: 'check-in',
  incentive_plan: 'incentive plan',
  incentive_item: 'incentive terms',
  workshop: 'workshop',
  workshop_note: 'workshop note',
  workshop_vote: 'workshop vote',
};

/** Field names as the forms label them; a column not listed is named from its own name ("data due days"). */
const FIELDS: Record<string, string> = {
  name: 'Name',
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  unit: 'Unit',
  polarity: 'Polarity',
  baseline: 'Baseline',
  target: 'Target',
  actual: 'Value',
  range_low: 'Range low',
  range_high: 'Range high',
  tolerance: 'Tolerance',
  green_threshold: 'Green threshold',
  amber_threshold: 'Amber threshold',
  frequency: 'Frequency',
  aggregation: 'Aggregation',
  weight: 'Weight',
  data_source: 'Data source',
  is_key: 'Key KPI',
  position: 'Position',
  data_due_days: 'Data due (days)',
  objective_id: 'Objective',
  perspective_id: 'Perspective',
  theme_id: 'Theme',
  start_date: 'Start date',
  due_date: 'Due date',
  body: 'Text',
  period: 'Period',
  note: 'Note',
  from_objective_id: 'From',
  to_objective_id: 'To',
  from_kpi_id: 'From KPI',
  to_kpi_id: 'To KPI',
  okr_kind: 'OKR kind',
  status: 'Status',
};

/** Columns that change on every edit of their row, or say nothing to a reader: never listed as changed fields. */
const HIDDEN = new Set(['id', 'updated_at', 'created_at', 'map_x', 'map_y', 'supports_objective_id']);

/** Choices as the forms word them (KpiForm's lists). */
const CHOICES: Record<string, Record<string, string>> = {
  polarity: { increase: 'Higher is better', decrease: 'Lower is better', range: 'Within a target range' },
  frequency: { month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' },
  aggregation: AGGREGATION_LABELS,
};

/** Columns the subject already names ("Value of “Revenue” for 2026-Q3"): not repeated as fields. */
const NAMED_BY_SUBJECT: Record<string, string[]> = {
  measurement: ['kpi_id', 'period'],
  note: ['entity_type', 'entity_id', 'period'],
};

/** Fields in the order the forms show them (FIELDS' order); others after, by name. */
const FIELD_ORDER = Object.keys(FIELDS);
const order = (column: string): number => {
  const i = FIELD_ORDER.indexOf(column);
  return i < 0 ? FIELD_ORDER.length : i;
};

/** Columns holding a KPI's values, shown with its unit. */
const VALUE_COLUMNS = new Set(['actual', 'target', 'baseline', 'range_low', 'range_high', 'tolerance']);
const PERCENT_COLUMNS = new Set(['green_threshold', 'amber_threshold', 'percent_complete']);
const YES_NO = new Set(['is_key', 'require_note_on_red', 'rate_meeting', 'decided', 'votes_revealed']);

export const fieldName = (column: string): string => {
  const label = FIELDS[column];
  if (label) return label;
  const words = column.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What the engine holds now of a row: its image in the audit log's form (to_jsonb), or null when it is gone. */
export function rowNow(engine: Engine, tbl: string, image: Image): Image | null {
  const row = engine.get<{ now: unknown }>({ sql: 'SELECT quadrant_row_now($1, $2::jsonb) AS now', parameters: [tbl, JSON.stringify(image)] });
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
    return typeof text === 'string' && text ? quoted(text) : `${NOUNS[tbl] ?? tbl} ${String(id)}`;
  }

  /** The row's own name: "“Revenue”", "“Revenue” for 2026-Q3" (a value), "“Grow” → “Keep”" (a link); null if none. */
  label(tbl: string, image: Image): string | null {
    switch (tbl) {
      case 'measurement':
        return `${this.named('kpi', image['kpi_id'])} for ${String(image['period'])}`;
      case 'note':
        return `${this.named(String(image['entity_type']), image['entity_id'])}${image['period'] ? ` for ${String(image['period'])}` : ''}`;
      case 'cause_link':
      case 'objective_contribution':
        return `${this.named('objective', image['from_objective_id'])} → ${this.named('objective', image['to_objective_id'])}`;
      default: {
        const text = image['name'] ?? image['title'] ?? image['body'];
        return typeof text === 'string' && text ? quoted(text) : null;
      }
    }
  }

  /** "the KPI “Revenue”", "the value of “Revenue” for 2026-Q3", "a note on “Revenue”". */
  thing(tbl: string, image: Image): string {
    const label = this.label(tbl, image);
    const noun = NOUNS[tbl] ?? tbl;
    if (tbl === 'measurement') return `the value of ${label}`;
    if (tbl === 'note') return `a note on ${label}`;
    return label ? `the ${noun} ${label}` : `a ${noun}`;
  }

  /** A field's value as the app shows it; null stays null (no value). */
  value(tbl: string, column: string, image: Image): string | null {
    const v = image[column];
    if (v === null || v === undefined) return null;
    if (typeof v === 'number') {
      if (YES_NO.has(column)) return v ? 'yes' : 'no';
      if (PERCENT_COLUMNS.has(column)) return formatPercent(v, { maxDecimals: 2 });
      if (VALUE_COLUMNS.has(column)) {
        const unit = tbl === 'kpi' ? image['unit'] : tbl === 'measurement' ? this.row('kpi', image['kpi_id'])?.['unit'] : null;
        return formatValue(v, typeof unit === 'string' ? unit : null, { maxDecimals: 6 });
      }
      if (column.endsWith('_id') && column !== 'entity_id') {
        const table = column.replace(/^(from|to)_/, '').replace(/_id$/, '');
        return this.named(table === 'supports_objective' ? 'objective' : table, v);
      }
      return formatNumber(v, { maxDecimals: 6 });
    }
    return CHOICES[column]?.[String(v)] ?? String(v);
  }

  /** Each field that differs between the images, in the row's column order. */
  fields(tbl: string, before: Image | null, after: Image | null): { name: string; before: string | null; after: string | null }[] {
    const named = NAMED_BY_SUBJECT[tbl] ?? [];
    const columns = Object.keys(after ?? before ?? {})
      .filter((c) => !HIDDEN.has(c) && !named.includes(c))
      .sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
    return columns
      .filter((c) => !before || !after || JSON.stringify(before[c]) !== JSON.stringify(after[c]))
      .map((c) => ({ name: fieldName(c), before: before ? this.value(tbl, c, before) : null, after: after ? this.value(tbl, c, after) : null }));
  }

  /**
   * What was changed, as a subject: "Target of “Revenue”" for one changed field, else the thing
   * ("The KPI “Revenue”").
   */
  subject(tbl: string, before: Image | null, after: Image | null): string {
    const image = (after ?? before)!;
    const thing = this.thing(tbl, image);
    const changed = before && after ? this.fields(tbl, before, after) : [];
    const label = this.label(tbl, image);
    if (changed.length === 1 && label && tbl !== 'note') return `${changed[0]!.name} of ${label}`;
    return thing.charAt(0).toUpperCase() + thing.slice(1);
  }

  /** "changed the target of “Revenue”", "deleted the KPI “Revenue”", "entered the value of …". */
  deed(tbl: string, op: string, before: Image | null, after: Image | null): string {
    const image = (after ?? before)!;
    if (op === 'd') return `deleted ${this.thing(tbl, image)}`;
    if (op === 'i') return `${tbl === 'measurement' ? 'entered' : 'added'} ${this.thing(tbl, image)}`;
    const changed = this.fields(tbl, before, after);
    const label = this.label(tbl, image);
    if (changed.length === 1 && label && tbl !== 'note') return `changed the ${changed[0]!.name.toLowerCase()} of ${label}`;
    return `changed ${this.thing(tbl, image)}`;
  }
}

/** "14:02" today, "3 Dec 14:02" before: when, as a person glancing at a message wants it. */
export function clock(at: string | Date): string {
  const d = new Date(at);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (d.toDateString() === new Date().toDateString()) return hm;
  return `${d.getDate()} ${monthName(d.getMonth() + 1)} ${hm}`;
}
