/**
 * The preview of an import: every value of the sheet with what importing it would do (new, changed, same, invalid
 * with the reason, or unmatched while its name is not decided), computed from the sheet, the mapping and what the
 * document holds. import.preview answers it and import.apply computes it again from the same request and writes
 * exactly its new and changed cells, so what was previewed is what gets written.
 */
import type { Frequency } from '../domain';
import type {
  CellVerdict,
  ImportMapping,
  ImportPreview,
  NameDecision,
  PreviewCell,
  PreviewName,
  SheetCell,
  SheetTable,
} from '../sheets';
import { closedPeriodOf } from '../closed-periods';
import { periodKind, periodLabel, type PeriodKind } from '../periods';
import { cellAddress, describeMapping, detectMapping } from './detect';
import { matchName } from './names';
import { cellText, conventionOf, parseSheetText, readValueCell, type Convention, type Decimal } from './numbers';
import { localeConvention } from '../number-input';
import { currentLocale as localeOf, t } from '../i18n';
import { periodFor, readPeriodCell } from './period-headers';

export interface PreviewKpi {
  id: number;
  name: string;
  unit: string;
  frequency: Frequency;
}

export interface PreviewContext {
  fyStart: number;
  kpis: readonly PreviewKpi[];
  measurements: readonly {
    kpiId: number;
    period: string;
    actual: number | null;
    target: number | null;
    note: string;
  }[];
  /** The scorecard's closed periods: their values are locked. */
  closed: readonly string[];
}

export interface PreviewRequest {
  sheet: SheetTable;
  mapping?: ImportMapping | undefined;
  decisions?: readonly NameDecision[] | undefined;
}

/** A KPI to create for a name decided so, with the unit and frequency its values suggest. */
export interface NewKpi {
  name: string;
  unit: string;
  frequency: Frequency;
}

export interface PreviewOutcome {
  preview: ImportPreview;
  newKpis: NewKpi[];
  /** Values left out because their name was decided 'skip'. */
  skippedCells: number;
}

const MAX_NOTE = 20_000;

/** A KPI name as the sheet writes it, on one line, as KPI names are kept. */
export function sheetName(cell: SheetCell | null | undefined): string {
  return cellText(cell).replace(/\s+/g, ' ').trim();
}

interface RawValue {
  row: number;
  column: number;
  name: string;
  field: 'actual' | 'target' | 'note';
  cell: SheetCell;
  /** The period header or cell as read (a date keeps its day for quarterly and yearly KPIs). */
  period: { period: string; date?: string } | { reason: string };
  convention: Convention;
}

function isBlank(cell: SheetCell | null | undefined): cell is null | undefined {
  return !cell || cell.v === null || (typeof cell.v === 'string' && cell.v.trim() === '');
}

function columnConvention(sheet: SheetTable, from: number, column: number): Convention {
  const texts: string[] = [];
  for (let r = from; r < sheet.rows.length; r++) {
    const v = sheet.rows[r]?.[column]?.v;
    if (typeof v === 'string') texts.push(v);
  }
  return conventionOf(texts);
}

interface NumberReading {
  ofColumn(column: number): Convention;
  summary: ImportPreview['numbers'];
}

/**
 * How each value column's text numbers are read: as the person chose; else as the column's own unambiguous
 * numbers show ("12,5", "1,234.5"); else as the rest of the sheet shows; else as the person's language writes them.
 * So an English file read by a German person is read the English way as soon as one of its numbers says so.
 */
function numberReading(sheet: SheetTable, mapping: ImportMapping): NumberReading {
  if (mapping.decimal) {
    const chosen = mapping.decimal;
    return { ofColumn: () => chosen, summary: { decimal: chosen, from: 'choice' } };
  }
  const start = mapping.headerRow + 1;
  const columns =
    mapping.layout === 'wide'
      ? (mapping.periodColumns ?? []).map((p) => p.column)
      : [mapping.valueColumn, mapping.targetColumn].filter((c): c is number => c !== undefined);
  const conventions = new Map(columns.map((c) => [c, columnConvention(sheet, start, c)]));
  const known = [...conventions.values()].filter((c) => c !== null);
  const sheetConvention: Convention =
    known.length === 0 ? null : known.every((c) => c === known[0]) ? known[0]! : 'mixed';
  const language: Decimal = localeConvention().decimal === ',' ? ',' : '.';
  const fallback: Convention = sheetConvention ?? language;
  return {
    ofColumn: (c) => conventions.get(c) ?? fallback,
    summary:
      sheetConvention === 'mixed'
        ? { decimal: language, from: 'mixed' }
        : sheetConvention
          ? { decimal: sheetConvention, from: 'sheet' }
          : { decimal: language, from: 'language' },
  };
}

/** Every value cell of the sheet under the mapping, with its name and period as written. */
function collect(sheet: SheetTable, mapping: ImportMapping): RawValue[] {
  const start = mapping.headerRow + 1;
  const out: RawValue[] = [];
  const conventionOfColumn = numberReading(sheet, mapping).ofColumn;

  if (mapping.layout === 'wide') {
    const header = sheet.rows[mapping.headerRow] ?? [];
    const periods = (mapping.periodColumns ?? []).map((p) => {
      const h = header[p.column];
      const read = readPeriodCell(h);
      // A date header keeps its day, as long as the mapping still gives its column the month of that date.
      const date = read.kind === 'period' && read.date && read.period === p.period ? read.date : undefined;
      return { column: p.column, period: date ? { period: p.period, date } : { period: p.period } };
    });
    for (let r = start; r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const name = sheetName(row[mapping.nameColumn]);
      if (!name) continue;
      for (const p of periods) {
        const cell = row[p.column];
        if (isBlank(cell)) continue;
        out.push({
          row: r,
          column: p.column,
          name,
          field: 'actual',
          cell,
          period: p.period,
          convention: conventionOfColumn(p.column),
        });
      }
    }
    return out;
  }
  for (let r = start; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const name = sheetName(row[mapping.nameColumn]);
    if (!name) continue;
    const pCell = mapping.periodColumn !== undefined ? row[mapping.periodColumn] : null;
    const read = readPeriodCell(pCell);
    const period =
      read.kind === 'period'
        ? { period: read.period, ...(read.date ? { date: read.date } : {}) }
        : {
            reason:
              read.kind === 'invalid'
                ? read.reason
                : read.kind === 'partial'
                  ? t('numbers:import.periodNoYear', { text: cellText(pCell) })
                  : isBlank(pCell)
                    ? t('numbers:import.noPeriod')
                    : t('numbers:import.notAPeriod', { text: cellText(pCell) }),
          };
    const fields: ['actual' | 'target' | 'note', number | undefined][] = [
      ['actual', mapping.valueColumn],
      ['target', mapping.targetColumn],
      ['note', mapping.noteColumn],
    ];
    for (const [field, column] of fields) {
      if (column === undefined) continue;
      const cell = row[column];
      if (isBlank(cell)) continue;
      out.push({ row: r, column, name, field, cell, period, convention: conventionOfColumn(column) });
    }
  }
  return out;
}

function mostCommon<T>(items: readonly T[], fallback: T): T {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

/** The unit and frequency a new KPI gets from its values: '%' for percentages, the currency written, else none. */
function planKpi(name: string, values: readonly RawValue[]): NewKpi {
  const kinds: PeriodKind[] = [];
  const units: string[] = [];
  for (const v of values) {
    if ('period' in v.period) kinds.push(periodKind(v.period.period));
    if (v.field === 'note') continue;
    if (v.cell.percent) units.push('%');
    else if (typeof v.cell.v === 'string') {
      const r = parseSheetText(v.cell.v, v.convention);
      units.push(r.ok && r.percent ? '%' : r.ok && r.currency ? r.currency : '');
    } else units.push('');
  }
  const unit = mostCommon(units, '');
  return {
    name,
    unit: unit === 'EUR' ? '€' : unit === 'USD' ? '$' : unit === 'GBP' ? '£' : unit,
    frequency: mostCommon(kinds, 'month'),
  };
}

function same(a: number | string | null, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

/** The preview of importing a sheet into a scorecard (see the file's comment). */
export function previewImport(request: PreviewRequest, ctx: PreviewContext): PreviewOutcome {
  const { sheet } = request;
  const problems: string[] = [];
  let mapping = request.mapping;
  if (!mapping) {
    const found = detectMapping(
      sheet,
      ctx.kpis.map((k) => k.name),
    );
    problems.push(...found.problems);
    mapping = found.mapping ?? { layout: 'wide', headerRow: 0, nameColumn: 0, periodColumns: [] };
  }
  const detected =
    problems.length && mapping.periodColumns?.length === 0
      ? t('numbers:import.nothingFound')
      : describeMapping(mapping, ctx.fyStart, sheet);
  if (mapping.layout === 'long' && mapping.periodColumn === undefined) problems.push(t('numbers:import.choosePeriod'));
  if (
    mapping.layout === 'long' &&
    mapping.valueColumn === undefined &&
    mapping.targetColumn === undefined &&
    mapping.noteColumn === undefined
  ) {
    problems.push(t('numbers:import.chooseValue'));
  }

  const raw = collect(sheet, mapping);
  const decisions = new Map((request.decisions ?? []).map((d) => [d.name.replace(/\s+/g, ' ').trim(), d]));
  const kpiById = new Map(ctx.kpis.map((k) => [k.id, k]));
  const byName = new Map<string, RawValue[]>();
  for (const v of raw) {
    const list = byName.get(v.name);
    if (list) list.push(v);
    else byName.set(v.name, [v]);
  }

  const names: PreviewName[] = [];
  const targetOf = new Map<string, { kpi: PreviewKpi | null; plan: NewKpi | null; reason?: string }>();
  const newKpis: NewKpi[] = [];
  let skippedCells = 0;
  for (const [name, values] of byName) {
    const m = matchName(name, ctx.kpis);
    const decision = decisions.get(name);
    let kpiId = m.kpiId;
    if (decision?.action === 'kpi') kpiId = kpiById.has(decision.kpiId) ? decision.kpiId : null;
    if (decision?.action === 'skip' || decision?.action === 'create') kpiId = null;
    names.push({
      name,
      cells: values.length,
      match: m.match,
      kpiId,
      candidates: m.candidates,
      decision: decision?.action ?? null,
    });
    if (decision?.action === 'skip') {
      skippedCells += values.length;
      continue;
    }
    if (decision?.action === 'create') {
      const plan = planKpi(name, values);
      newKpis.push(plan);
      targetOf.set(name, { kpi: null, plan });
      continue;
    }
    if (kpiId !== null) {
      targetOf.set(name, { kpi: kpiById.get(kpiId)!, plan: null });
      continue;
    }
    const hint =
      decision?.action === 'kpi'
        ? t('numbers:import.notInScorecardId', { id: decision.kpiId })
        : m.candidates.length
          ? t('numbers:import.didYouMean', {
              names: new Intl.ListFormat(localeOf(), { type: 'disjunction' }).format(
                m.candidates.slice(0, 3).map((c) => `“${c.name}”`),
              ),
            })
          : t('numbers:import.chooseKpi');
    targetOf.set(name, { kpi: null, plan: null, reason: t('numbers:import.notAKpi', { name, hint }) });
  }

  const current = new Map(ctx.measurements.map((m) => [`${m.kpiId}|${m.period}`, m]));
  const cells: PreviewCell[] = [];
  const seen = new Map<string, PreviewCell>();
  for (const v of raw) {
    const target = targetOf.get(v.name);
    if (!target) continue;
    const base = {
      row: v.row,
      column: v.column,
      address: cellAddress(v.row, v.column),
      name: v.name,
      kpiId: target.kpi?.id ?? null,
      period: null as string | null,
      field: v.field,
      raw: cellText(v.cell),
      value: null as number | string | null,
      current: null as number | string | null,
    };
    const invalid = (reason: string): PreviewCell => ({ ...base, verdict: 'invalid', reason });
    if (!target.kpi && !target.plan) {
      cells.push({ ...base, verdict: 'unmatched', reason: target.reason! });
      continue;
    }
    const kpi = target.kpi ?? { id: 0, ...target.plan! };
    if ('reason' in v.period) {
      cells.push(invalid(v.period.reason));
      continue;
    }
    const p = periodFor(v.period, kpi.frequency, ctx.fyStart, kpi.name);
    if (!p.ok) {
      cells.push(invalid(p.reason));
      continue;
    }
    base.period = p.period;
    const closed = closedPeriodOf(p.period, ctx.closed, ctx.fyStart);
    if (closed !== undefined) {
      const label = periodLabel(closed, ctx.fyStart);
      cells.push(invalid(t('numbers:import.closed', { period: label })));
      continue;
    }
    let value: number | string | null;
    if (v.field === 'note') {
      value = cellText(v.cell).trim();
      if (value === '') continue;
      if (value.length > MAX_NOTE) {
        cells.push(invalid(t('numbers:import.noteTooLong', { length: value.length, max: MAX_NOTE })));
        continue;
      }
    } else {
      const n = readValueCell(v.cell, v.convention, kpi.unit, kpi.name);
      if (!n.ok) {
        cells.push(invalid(n.reason));
        continue;
      }
      // "-" and "–" mean no value: nothing to import, and never a reason to clear what is there.
      if (n.value === null) continue;
      value = n.value;
    }
    base.value = value;
    const existing = target.kpi ? current.get(`${target.kpi.id}|${p.period}`) : undefined;
    const now = existing ? (v.field === 'note' ? existing.note || null : existing[v.field]) : null;
    base.current = now;
    const verdict: CellVerdict = now === null ? 'new' : same(now, value) ? 'same' : 'changed';
    const cell: PreviewCell = { ...base, verdict };
    // The same KPI, period and field twice: one value is kept when they agree, both are refused when they differ.
    const key = `${target.kpi?.id ?? `new:${v.name}`}|${p.period}|${v.field}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.verdict !== 'invalid' && same(earlier.value, value)) continue;
      const reason = t('numbers:import.conflict', {
        first: earlier.address,
        second: cell.address,
        kpi: kpi.name,
        period: periodLabel(p.period, ctx.fyStart),
      });
      Object.assign(earlier, { verdict: 'invalid', reason });
      cells.push({ ...cell, verdict: 'invalid', reason });
      continue;
    }
    seen.set(key, cell);
    cells.push(cell);
  }

  const counts: Record<CellVerdict, number> = { new: 0, changed: 0, same: 0, invalid: 0, unmatched: 0 };
  for (const c of cells) counts[c.verdict]++;
  if (raw.length === 0 && problems.length === 0) problems.push(t('numbers:import.noValues'));
  const ready = problems.length === 0 && counts.invalid === 0 && counts.unmatched === 0;
  return {
    preview: {
      mapping,
      detected,
      names,
      cells,
      counts,
      numbers: numberReading(sheet, mapping).summary,
      problems,
      ready,
    },
    newKpis,
    skippedCells,
  };
}
