/**
 * What the spreadsheet export writes, row by row, before any styling: the scorecard table of the period, the
 * measurements wide (one row per KPI, one column per period) and long (one row per value), and the KPI definitions.
 * The wide and long layouts are the ones the import detects, with period headers it reads back to the same keys.
 */
import type { Kpi, Objective, Perspective, Status } from '../../shared/domain';
import { formatRange } from '../../shared/format';
import { comparePeriods, compareKinds, periodKind, periodLabel } from '../../shared/periods';
import { withLocale } from '../../shared/i18n';
import type { SpreadsheetData, SpreadsheetFormat } from '../../shared/sheets';

/** The status in words beside its colour, as the PDF report writes it, so colour is never the only signal. */
export const STATUS_TEXT: Record<Status, string> = {
  green: '✓ On track',
  amber: '! At risk',
  red: '✕ Off track',
  none: '– No data',
};

export const LONG_HEADER = ['KPI', 'Period', 'Actual', 'Target', 'Note'] as const;
export const WIDE_NAME_HEADER = 'KPI';

/**
 * A period as a column header or a Period cell. With a calendar fiscal year, the app's own label ("Q3 2026",
 * "Mar 2026", "2026"); with a fiscal year starting in another month the key ("2026-Q3"), because a label such as
 * "FY2026 Q3 (Oct–Dec 2026)" is not what people type, and "Q3 2026" would read as a calendar quarter.
 */
export function periodHeader(period: string, fyStart: number): string {
  // In English whatever the person's language: the file's headers are data that every reader reads back the same.
  return fyStart === 1 ? withLocale('en-US', () => periodLabel(period, 1)) : period;
}

/** "<Scorecard> <period>.xlsx", with the characters no file system takes replaced. */
export function exportFileName(data: SpreadsheetData, format: SpreadsheetFormat): string {
  const label = periodLabel(data.period, data.tree.scorecard.fiscalYearStartMonth);
  const safe = `${data.tree.scorecard.name} ${label}`
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return `${safe || 'Scorecard'}.${format}`;
}

const byPosition = (a: Perspective | Objective | Kpi, b: Perspective | Objective | Kpi) =>
  a.position - b.position || a.id - b.id;

interface Ordered {
  perspective: Perspective;
  objective: Objective;
  kpi: Kpi;
}

/** Every KPI of a structure in the order of the scorecard: perspective, objective, KPI, each by position. */
function orderedKpis(tree: SpreadsheetData['scored']): Ordered[] {
  const out: Ordered[] = [];
  for (const perspective of [...tree.perspectives].sort(byPosition)) {
    for (const objective of tree.objectives.filter((o) => o.perspectiveId === perspective.id).sort(byPosition)) {
      for (const kpi of tree.kpis.filter((k) => k.objectiveId === objective.id).sort(byPosition)) {
        out.push({ perspective, objective, kpi });
      }
    }
  }
  return out;
}

/** Months, then quarters, then years; each in time order. */
function periodOrder(a: string, b: string): number {
  return compareKinds(periodKind(a), periodKind(b)) || comparePeriods(a, b);
}

export interface TableRow {
  level: 'scorecard' | 'perspective' | 'objective' | 'kpi';
  name: string;
  owner: string;
  unit: string;
  baseline: number | null;
  /** A target-range KPI without a period target shows its band in words ("65–85 %"). */
  target: number | string | null;
  actual: number | null;
  /** Percent (46.5 means 46.5 %), as the engine gives it. */
  progress: number | null;
  score: number | null;
  status: Status;
  reported: string;
  /** Decimals the KPI's values need. */
  decimals: number;
}

function decimalsOf(values: readonly (number | null)[]): number {
  let most = 0;
  for (const v of values) {
    if (v === null || Number.isInteger(v)) continue;
    const match = /\.(\d+)$/.exec(String(v));
    most = Math.max(most, match ? match[1]!.length : 4);
  }
  return Math.min(4, most);
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The scorecard table of the period: the scorecard, then each perspective, its objectives and their KPIs. */
export function tableRows(data: SpreadsheetData): TableRow[] {
  const { scored, evaluation: ev } = data;
  const valuesOf = new Map<number, (number | null)[]>();
  for (const m of data.measurements)
    (valuesOf.get(m.kpiId) ?? valuesOf.set(m.kpiId, []).get(m.kpiId)!).push(m.actual, m.target);
  const rollup = (
    level: TableRow['level'],
    name: string,
    owner: string,
    r: { score: number | null; status: Status; reported: number; total: number } | undefined,
    of: [string, string],
  ): TableRow => ({
    level,
    name,
    owner,
    unit: '',
    baseline: null,
    target: null,
    actual: null,
    progress: null,
    score: r?.score ?? null,
    status: r?.status ?? 'none',
    reported: r ? `${r.reported} of ${count(r.total, ...of)}` : '',
    decimals: 0,
  });
  const rows: TableRow[] = [
    rollup('scorecard', scored.scorecard.name, '', ev.scorecard, ['perspective', 'perspectives']),
  ];
  for (const p of [...scored.perspectives].sort(byPosition)) {
    rows.push(
      rollup(
        'perspective',
        p.name,
        '',
        ev.perspectives.find((s) => s.perspectiveId === p.id),
        ['objective', 'objectives'],
      ),
    );
    for (const o of scored.objectives.filter((x) => x.perspectiveId === p.id).sort(byPosition)) {
      rows.push(
        rollup(
          'objective',
          o.title,
          o.owner,
          ev.objectives.find((s) => s.objectiveId === o.id),
          ['KPI', 'KPIs'],
        ),
      );
      for (const k of scored.kpis.filter((x) => x.objectiveId === o.id).sort(byPosition)) {
        const s = ev.kpis.find((x) => x.kpiId === k.id);
        const band =
          k.polarity === 'range' && k.rangeLow !== null && k.rangeHigh !== null
            ? formatRange(k.rangeLow, k.rangeHigh, k.unit)
            : null;
        rows.push({
          level: 'kpi',
          name: k.isKey ? `${k.name} ★` : k.name,
          owner: k.owner,
          unit: k.unit,
          baseline: s?.baseline ?? k.baseline,
          target: s?.target ?? band,
          actual: s?.actual ?? null,
          progress: s?.progress ?? null,
          score: s?.score ?? null,
          status: s?.status ?? 'none',
          reported: s ? `${s.reported} of ${count(s.expected, 'value', 'values')}` : '',
          decimals: decimalsOf([
            k.baseline,
            k.target,
            s?.actual ?? null,
            s?.target ?? null,
            ...(valuesOf.get(k.id) ?? []),
          ]),
        });
      }
    }
  }
  return rows;
}

/**
 * The measurements wide: a KPI column, then one column per period that has an actual value. Targets and notes do
 * not fit here; the long layout carries them.
 */
export function wideTable(data: SpreadsheetData): { header: string[]; rows: (string | number | null)[][] } {
  const fy = data.tree.scorecard.fiscalYearStartMonth;
  const periods = [...new Set(data.measurements.filter((m) => m.actual !== null).map((m) => m.period))].sort(
    periodOrder,
  );
  const column = new Map(periods.map((p, i) => [p, i + 1]));
  const byKpi = new Map<number, (string | number | null)[]>();
  for (const { kpi } of orderedKpis(data.tree)) byKpi.set(kpi.id, [kpi.name, ...periods.map(() => null)]);
  for (const m of data.measurements) {
    const row = byKpi.get(m.kpiId);
    if (row && m.actual !== null) row[column.get(m.period)!] = m.actual;
  }
  return { header: [WIDE_NAME_HEADER, ...periods.map((p) => periodHeader(p, fy))], rows: [...byKpi.values()] };
}

export interface LongRow {
  kpi: string;
  period: string;
  actual: number | null;
  target: number | null;
  note: string;
}

/** The measurements long: every stored value, target override and note, KPI by KPI in the scorecard's order. */
export function longRows(data: SpreadsheetData): LongRow[] {
  const fy = data.tree.scorecard.fiscalYearStartMonth;
  const byKpi = new Map<number, typeof data.measurements>();
  for (const m of data.measurements) (byKpi.get(m.kpiId) ?? byKpi.set(m.kpiId, []).get(m.kpiId)!).push(m);
  return orderedKpis(data.tree).flatMap(({ kpi }) =>
    [...(byKpi.get(kpi.id) ?? [])]
      .sort((a, b) => periodOrder(a.period, b.period))
      .map((m) => ({
        kpi: kpi.name,
        period: periodHeader(m.period, fy),
        actual: m.actual,
        target: m.target,
        note: m.note,
      })),
  );
}

const DIRECTION = { increase: 'Higher is better', decrease: 'Lower is better', range: 'Within a range' } as const;
const FREQUENCY = { month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' } as const;
const AGGREGATION = { sum: 'Sum', average: 'Average', last: 'Last value' } as const;

export const DEFINITION_COLUMNS = [
  { key: 'kpi', header: 'KPI', width: 36 },
  { key: 'objective', header: 'Objective', width: 30 },
  { key: 'perspective', header: 'Perspective', width: 18 },
  { key: 'description', header: 'Description', width: 50 },
  { key: 'unit', header: 'Unit', width: 9 },
  { key: 'direction', header: 'Direction', width: 16 },
  { key: 'frequency', header: 'Frequency', width: 11 },
  { key: 'aggregation', header: 'Aggregation', width: 12 },
  { key: 'baseline', header: 'Baseline', width: 11 },
  { key: 'target', header: 'Target', width: 11 },
  { key: 'rangeLow', header: 'Range low', width: 11 },
  { key: 'rangeHigh', header: 'Range high', width: 11 },
  { key: 'green', header: 'Green at (% of target)', width: 12 },
  { key: 'amber', header: 'Amber at (% of target)', width: 12 },
  { key: 'thresholds', header: 'Thresholds from', width: 14 },
  { key: 'weight', header: 'Weight', width: 8 },
  { key: 'key', header: 'Key KPI', width: 8 },
  { key: 'owner', header: 'Owner', width: 16 },
  { key: 'dataSource', header: 'Data source', width: 24 },
] as const;

type DefinitionKey = (typeof DEFINITION_COLUMNS)[number]['key'];

/** One row per KPI of the live scorecard: what it measures and how it is scored. */
export function definitionRows(data: SpreadsheetData): Record<DefinitionKey, string | number | null>[] {
  const sc = data.tree.scorecard;
  return orderedKpis(data.tree).map(({ perspective, objective, kpi: k }) => {
    const own = k.greenThreshold !== null || k.amberThreshold !== null;
    return {
      kpi: k.name,
      objective: objective.title,
      perspective: perspective.name,
      description: k.description,
      unit: k.unit,
      direction: DIRECTION[k.polarity],
      frequency: FREQUENCY[k.frequency],
      aggregation: AGGREGATION[k.aggregation],
      baseline: k.baseline,
      target: k.target,
      rangeLow: k.rangeLow,
      rangeHigh: k.rangeHigh,
      green: k.greenThreshold ?? sc.greenThreshold,
      amber: k.amberThreshold ?? sc.amberThreshold,
      thresholds: own ? 'KPI' : 'Scorecard',
      weight: k.weight,
      key: k.isKey ? 'Yes' : 'No',
      owner: k.owner,
      dataSource: k.dataSource,
    };
  });
}
