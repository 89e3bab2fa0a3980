/**
 * Which layout a sheet has, found from its headers. Long: a header row naming a KPI, a period and a value column
 * ("KPI", "Period", "Value", optionally "Target" and "Note", in a few languages). Wide: the row with the most period
 * headers ("Q1 2026", "Jan 2026", dates…), and beside them the column of names. The answer comes with a sentence
 * saying what was found, so the user can check it before anything is read as a value.
 */
import type { ImportMapping, SheetCell, SheetTable } from '../sheets';
import { periodKind, periodLabel, type PeriodKind } from '../periods';
import { looksNumeric } from './numbers';
import { t } from '../i18n';
import { normalizeName } from './names';
import { readPeriodCell, resolveYears, type HeaderRead } from './period-headers';

/** How many rows from the top a header row may be (titles and notes above the table). */
const HEADER_SEARCH_ROWS = 30;

export function columnLetter(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

type Role = 'note' | 'target' | 'period' | 'name' | 'value';
/** Checked in this order: "Target value" is a target, "Period end date" a period. */
const ROLE_WORDS: [Role, string[]][] = [
  ['note', ['note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'bemerkung', 'kommentar', 'commentaire']],
  ['target', ['target', 'targets', 'goal', 'plan', 'budget', 'ziel', 'soll', 'objectif', 'cible']],
  [
    'period',
    ['period', 'month', 'quarter', 'date', 'year', 'periode', 'monat', 'quartal', 'datum', 'jahr', 'mois', 'trimestre'],
  ],
  ['name', ['kpi', 'kpis', 'measure', 'indicator', 'metric', 'name', 'kennzahl', 'indikator', 'indicateur']],
  ['value', ['value', 'values', 'actual', 'actuals', 'amount', 'result', 'wert', 'ist', 'valeur', 'reel']],
];

function roleOf(cell: SheetCell | null | undefined): Role | null {
  if (!cell || typeof cell.v !== 'string') return null;
  const words = normalizeName(cell.v).split(' ');
  if (words.length > 5) return null;
  for (const [role, list] of ROLE_WORDS) if (words.some((w) => list.includes(w))) return role;
  return null;
}

export interface HeaderScan {
  reads: HeaderRead[];
  texts: string[];
}

/** A row's cells read as period headers, yearless months given their neighbours' year. */
export function scanHeaderRow(sheet: SheetTable, row: number): HeaderScan {
  const cells = sheet.rows[row] ?? [];
  const texts = cells.map((c) => (c && c.v !== null ? String(c.v) : ''));
  return { reads: resolveYears(cells.map(readPeriodCell), texts), texts };
}

export interface Detection {
  mapping: ImportMapping | null;
  /** Header cells that look like periods but cannot be read ("March" with no year), in words. */
  problems: string[];
}

function detectLong(sheet: SheetTable): ImportMapping | null {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < last; r++) {
    const roles = new Map<Role, number>();
    (sheet.rows[r] ?? []).forEach((cell, c) => {
      const role = roleOf(cell);
      if (role && !roles.has(role)) roles.set(role, c);
    });
    const name = roles.get('name');
    const period = roles.get('period');
    const value = roles.get('value');
    if (name === undefined || period === undefined || (value === undefined && !roles.has('target'))) continue;
    return {
      layout: 'long',
      headerRow: r,
      nameColumn: name,
      periodColumn: period,
      ...(value !== undefined ? { valueColumn: value } : {}),
      ...(roles.has('target') ? { targetColumn: roles.get('target')! } : {}),
      ...(roles.has('note') ? { noteColumn: roles.get('note')! } : {}),
    };
  }
  return null;
}

function detectWide(sheet: SheetTable, kpiNames: readonly string[]): Detection {
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestScan: HeaderScan | null = null;
  let bestCount = 0;
  for (let r = 0; r < last; r++) {
    const scan = scanHeaderRow(sheet, r);
    const count = scan.reads.filter((x) => x.kind === 'period' || x.kind === 'invalid').length;
    if (count > bestCount) {
      best = r;
      bestScan = scan;
      bestCount = count;
    }
  }
  if (!bestScan) {
    return {
      mapping: null,
      problems: [t('numbers:import.noLayout')],
    };
  }
  const problems: string[] = [];
  const periodColumns: { column: number; period: string }[] = [];
  bestScan.reads.forEach((read, column) => {
    if (read.kind === 'period') periodColumns.push({ column, period: read.period });
    if (read.kind === 'invalid')
      problems.push(t('numbers:import.columnProblem', { column: columnLetter(column), reason: read.reason }));
  });
  const taken = new Set(periodColumns.map((p) => p.column));
  const known = new Set(kpiNames.map(normalizeName));
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  let nameColumn = -1;
  let nameScore = 0;
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    let score = roleOf(sheet.rows[best]?.[c]) === 'name' ? 3 : 0;
    for (let r = best + 1; r < sheet.rows.length; r++) {
      const cell = sheet.rows[r]?.[c];
      if (!cell || typeof cell.v !== 'string' || cell.v.trim() === '' || looksNumeric(cell)) continue;
      score += known.has(normalizeName(cell.v)) ? 3 : 1;
    }
    if (score > nameScore) {
      nameColumn = c;
      nameScore = score;
    }
  }
  if (nameColumn < 0) {
    problems.push(t('numbers:import.noNames'));
    return { mapping: null, problems };
  }
  return { mapping: { layout: 'wide', headerRow: best, nameColumn, periodColumns }, problems };
}

/** The layout of a sheet: long when its headers say so, else wide. */
export function detectMapping(sheet: SheetTable, kpiNames: readonly string[] = []): Detection {
  if (sheet.rows.every((row) => row.every((c) => c === null || c.v === null || c.v === ''))) {
    return { mapping: null, problems: [t('numbers:import.emptySheet', { name: sheet.name })] };
  }
  const long = detectLong(sheet);
  if (long) return { mapping: long, problems: [] };
  return detectWide(sheet, kpiNames);
}

/** What a mapping reads, in a sentence; with the sheet, date headers are told apart (they follow each KPI's frequency). */
export function describeMapping(mapping: ImportMapping, fyStart: number, sheet?: SheetTable): string {
  const row = mapping.headerRow + 1;
  if (mapping.layout === 'long') {
    const roles = [
      ['name', mapping.nameColumn],
      ['period', mapping.periodColumn],
      ['value', mapping.valueColumn],
      ['target', mapping.targetColumn],
      ['note', mapping.noteColumn],
    ] as const;
    const parts = roles
      .filter(([, column]) => column !== undefined)
      .map(([role, column]) => t(`numbers:import.longParts.${role}`, { column: columnLetter(column!) }));
    return t('numbers:import.long', { row, parts: parts.join(', ') });
  }
  const header = sheet?.rows[mapping.headerRow] ?? [];
  const dates: string[] = [];
  const columns = (mapping.periodColumns ?? []).filter((p) => {
    const read = readPeriodCell(header[p.column]);
    if (read.kind === 'period' && read.date && read.period === p.period) dates.push(read.date);
    else return true;
    return false;
  });
  const byKind = new Map<PeriodKind, string[]>();
  for (const p of columns) {
    const kind = periodKind(p.period);
    byKind.set(kind, [...(byKind.get(kind) ?? []), p.period]);
  }
  const kinds = [...byKind.entries()].map(([kind, periods]) => {
    const sorted = [...periods].sort();
    const span =
      sorted.length > 1
        ? `${periodLabel(sorted[0]!, fyStart)} – ${periodLabel(sorted[sorted.length - 1]!, fyStart)}`
        : periodLabel(sorted[0]!, fyStart);
    return t(`numbers:import.columns.${kind}`, { count: sorted.length, span });
  });
  if (dates.length) {
    const sorted = dates.sort();
    const span = sorted.length > 1 ? `${sorted[0]} – ${sorted[sorted.length - 1]}` : sorted[0]!;
    kinds.push(t('numbers:import.columns.date', { count: sorted.length, span }));
  }
  const described = kinds.length
    ? kinds.reduce((first, second) => t('numbers:import.and', { first, second }))
    : t('numbers:import.noPeriodColumns');
  return t('numbers:import.wide', { column: columnLetter(mapping.nameColumn), row, kinds: described });
}
