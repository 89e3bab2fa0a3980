/**
 * What the entry grid shows: rows (KPIs under perspective and objective header rows), period columns, and for
 * each cell its value, status, note, target override and whether it can be edited (and if not, why not).
 */
import type { Frequency, Kpi, Measurement, ScorecardTree, Status } from '../../../shared/domain';
import type { KpiScore } from '../../../shared/evaluation';
import { formatNumber, formatValue } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import {
  containingPeriod,
  fiscalMonthsLabel,
  fiscalYearName,
  monthName,
  parsePeriod,
  periodKind,
  periodLabel,
  periodRange,
  previousPeriod,
  quarterName,
  subPeriods,
  type PeriodKind,
} from '../../../shared/periods';
import { closedPeriodOf } from '../../../shared/closed-periods';

export type GridRow =
  | { kind: 'perspective'; key: string; name: string }
  | { kind: 'objective'; key: string; name: string }
  | { kind: 'kpi'; key: string; kpi: Kpi; kpiIndex: number };

export interface GridColumn {
  period: string;
  /** Short heading ("Apr", "Q3") and the line under it ("2026", "FY2026"). */
  head: string;
  sub: string;
  /** The full label, for names read out and tooltips ("FY2026 Q1 (Apr–Jun 2026)"). */
  label: string;
  /** Why the column is locked ("Q3 2026 is closed: …"), when it lies in a closed period; else null. */
  locked: string | null;
}

export interface GridLayout {
  rows: GridRow[];
  kpis: Kpi[];
  /** Row index (in rows) of each KPI, by KPI index. */
  rowOfKpi: number[];
  columns: GridColumn[];
  kind: PeriodKind;
}

/** Quarters shown in a quarter grid, years in a year grid (months show their fiscal year). */
const QUARTERS_SHOWN = 8;
const YEARS_SHOWN = 5;

export function gridPeriods(period: string, fy: number): string[] {
  const kind = periodKind(period);
  if (kind === 'month') return subPeriods(containingPeriod(period, 'year', fy), 'month', fy);
  const shown = kind === 'quarter' ? QUARTERS_SHOWN : YEARS_SHOWN;
  return periodRange(previousPeriod(period, shown - 1), period);
}

/** The same words the core refuses an edit of a closed period with (handlers/closed.ts). */
export function lockedReason(closedPeriod: string, fy: number): string {
  return t('grid:cell.locked', { period: periodLabel(closedPeriod, fy) });
}

/** A reason as a sentence: a full stop added unless it already ends with one, or with a question. */
export function sentence(text: string): string {
  return /[.?!…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function column(period: string, fy: number, closed: readonly string[]): GridColumn {
  const p = parsePeriod(period);
  const year = String(p.year).padStart(4, '0');
  const label = periodLabel(period, fy);
  const by = closedPeriodOf(period, closed, fy);
  const locked = by === undefined ? null : lockedReason(by, fy);
  if (p.kind === 'month') return { period, head: monthName(p.index), sub: year, label, locked };
  if (p.kind === 'quarter')
    return { period, head: quarterName(p.index), sub: fy === 1 ? year : fiscalYearName(p.year), label, locked };
  return {
    period,
    head: fy === 1 ? year : fiscalYearName(p.year),
    sub: fy === 1 ? '' : fiscalMonthsLabel(period, fy),
    label,
    locked,
  };
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) =>
  a.position - b.position || a.id - b.id;

/** `closed`: the keys of the scorecard's closed periods, whose columns (and those inside them) are locked. */
export function buildLayout(tree: ScorecardTree, period: string, closed: readonly string[] = []): GridLayout {
  const fy = tree.scorecard.fiscalYearStartMonth;
  const rows: GridRow[] = [];
  const kpis: Kpi[] = [];
  const rowOfKpi: number[] = [];
  const objectives = [...tree.objectives].sort(byPosition);
  const kpisSorted = [...tree.kpis].sort(byPosition);
  for (const p of [...tree.perspectives].sort(byPosition)) {
    rows.push({ kind: 'perspective', key: `p${p.id}`, name: p.name });
    for (const o of objectives.filter((x) => x.perspectiveId === p.id)) {
      rows.push({ kind: 'objective', key: `o${o.id}`, name: o.title });
      for (const kpi of kpisSorted.filter((k) => k.objectiveId === o.id)) {
        rowOfKpi.push(rows.length);
        rows.push({ kind: 'kpi', key: `k${kpi.id}`, kpi, kpiIndex: kpis.length });
        kpis.push(kpi);
      }
    }
  }
  const columns = gridPeriods(period, fy).map((p) => column(p, fy, closed));
  return { rows, kpis, rowOfKpi, columns, kind: periodKind(period) };
}

export const cellKey = (kpiId: number, period: string): string => `${kpiId}|${period}`;

/** A cell's measurement by cell key (the document store's index, read through grid-data's useHeldCells). */
export interface CellLookup {
  get(key: string): Measurement | undefined;
}

export function splitCellKey(key: string): { kpiId: number; period: string } {
  const bar = key.indexOf('|');
  return { kpiId: Number(key.slice(0, bar)), period: key.slice(bar + 1) };
}

/**
 * Why a KPI cannot be entered in a column of this kind, or null when it can. `inline`: the words as they follow the
 * KPI's name in a sentence ("Revenue is measured monthly: …").
 */
export function readOnlyReason(kpi: Kpi, kind: PeriodKind, inline = false): string | null {
  if (kpi.frequency === kind) return null;
  const finer = ['month', 'quarter', 'year'].indexOf(kpi.frequency) < ['month', 'quarter', 'year'].indexOf(kind);
  const f: Frequency = kpi.frequency;
  const words = {
    frequency: t(`grid:cell.frequency.${f}`),
    kind: t(`grid:cell.kind.${f}`),
  };
  return finer
    ? t(inline ? 'grid:cell.finerInline' : 'grid:cell.finer', {
        ...words,
        aggregate: t(`grid:cell.aggregate.${kpi.aggregation}`),
        periods: t(`grid:cell.periods.${f}`),
      })
    : t(inline ? 'grid:cell.coarserInline' : 'grid:cell.coarser', { ...words, period: t(`grid:cell.period.${f}`) });
}

export interface CellError {
  text: string;
  reason: string;
}

export interface CellView {
  key: string;
  kpiId: number;
  period: string;
  actual: number | null;
  /** The figure shown in the cell (without unit; the row header names it). */
  text: string;
  /** A short second line: a target override, or what a read-only cell aggregates. */
  detail: string | null;
  status: Status;
  /** Why the cell cannot be edited: its KPI is measured in other periods, or its period is closed; else null. */
  readOnly: string | null;
  /** Read-only because its period is closed (readOnly then says so). */
  locked: boolean;
  note: string;
  error: CellError | null;
  pending: boolean;
  /** "Total revenue, Q3 2026": names the cell's text box while it is edited. */
  name: string;
  /** What a screen reader says for the cell. */
  label: string;
  /** The tooltip: formula, target override, note, reason. */
  title: string;
}

export interface CellSources {
  score: KpiScore | undefined;
  measurement: Measurement | undefined;
  /** A value just committed and not saved yet (undefined: none); `score` is then its score as typed. */
  pending: number | null | undefined;
  error: CellError | undefined;
  /** Team mode: why this person may not enter the KPI's values (their role, or someone else owns it); else null. */
  denied?: string | null;
}

/** What a read-only cell's figure is made of: "2 of 3 months", or "Q3 value" for a quarterly KPI in a month. */
function aggregateDetail(kpi: Kpi, score: KpiScore | undefined, period: string, fy: number): string {
  if (score && score.expected > 1)
    return t(`grid:cell.reported.${kpi.frequency}`, { reported: score.reported, count: score.expected });
  const from = parsePeriod(containingPeriod(period, kpi.frequency, fy));
  const name =
    from.kind === 'quarter' ? quarterName(from.index) : fy === 1 ? String(from.year) : fiscalYearName(from.year);
  return t('grid:cell.value', { period: name });
}

export function cellView(kpi: Kpi, col: GridColumn, kind: PeriodKind, fy: number, src: CellSources): CellView {
  const { score, measurement, error } = src;
  // An aggregate shows what its KPI's own periods add up to; a locked cell is a real value that cannot change.
  const aggregate = readOnlyReason(kpi, kind);
  const readOnly = col.locked ?? aggregate ?? src.denied ?? null;
  const pending = src.pending !== undefined;
  const actual = pending
    ? (src.pending ?? null)
    : aggregate
      ? (score?.actual ?? null)
      : (score?.actual ?? measurement?.actual ?? null);
  // A value on its way to the disk shows the status it will have: the grid evaluated it as typed (grid-data.ts).
  const status: Status = actual === null ? 'none' : (score?.status ?? 'none');
  const note = aggregate ? '' : (measurement?.note ?? '');
  const override = aggregate ? null : (measurement?.target ?? null);
  const text = error ? error.text : actual === null ? '' : formatNumber(actual);
  const detail =
    override !== null
      ? t('grid:cell.target', { value: formatNumber(override) })
      : aggregate && actual !== null
        ? aggregateDetail(kpi, score, col.period, fy)
        : null;

  const valueWords = actual === null ? t('grid:cell.empty') : formatValue(actual, kpi.unit);
  const statusWords = t(`grid:statusWords.${status}`);
  const name = `${kpi.name}, ${col.label}`;
  // The label holds what the cell shows, word for word and in order (WCAG 2.5.3, label in name), so a speech user
  // can say what they see: the figure, then its second line. With a second line the unit cannot sit in the figure
  // (it would come between the words shown), so it follows them.
  const unit = (kpi.unit ?? '').trim();
  const shown = [error ? error.text : detail === null || actual === null ? valueWords : text];
  if (override !== null) shown.push(t('grid:cell.targetHere', { value: formatValue(override, kpi.unit) }));
  else if (detail !== null) shown.push(detail, ...(unit && !error ? [t('grid:cell.inUnit', { unit })] : []));
  const parts = [`${name}: ${shown.join(', ')}`];
  if (actual !== null && !error) parts.push(statusWords);
  if (pending) parts.push(t('grid:cell.saving'));
  if (note) parts.push(t('grid:cell.hasNote'));
  let label = parts.join(', ');
  if (error)
    label += t('grid:cell.notSavedLabel', {
      reason: sentence(error.reason),
      value: `${valueWords}${actual === null ? '' : `, ${statusWords}`}`,
    });
  if (readOnly) label += t('grid:cell.readOnly', { reason: readOnly });
  if (col.locked && aggregate) label += ` ${aggregate}`;

  const tips = [error ? t('grid:cell.notSavedTip', { reason: sentence(error.reason) }) : (score?.formula.text ?? '')];
  if (override !== null && kpi.target !== null)
    tips.push(
      t('grid:cell.targetTip', {
        override: formatValue(override, kpi.unit),
        target: formatValue(kpi.target, kpi.unit),
      }),
    );
  if (note) tips.push(t('grid:cell.noteTip', { note }));
  if (readOnly) tips.push(readOnly);
  if (col.locked && aggregate) tips.push(aggregate);
  return {
    key: cellKey(kpi.id, col.period),
    kpiId: kpi.id,
    period: col.period,
    actual,
    text,
    detail,
    status,
    readOnly,
    locked: col.locked !== null,
    note,
    error: error ?? null,
    pending,
    name,
    label,
    title: tips.filter(Boolean).join('\n'),
  };
}
