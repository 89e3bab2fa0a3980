/**
 * The import wizard's words and small sums, apart from React so they can be tested in Node: column letters, what a
 * cell shows, which names still wait for the user, and what the Apply button promises.
 */
import type { CellVerdict, ImportPreview, NameDecision, PreviewCell, PreviewName } from '../../../shared/sheets';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';

/** 0 → A, 25 → Z, 26 → AA: the letters the spreadsheet shows above its columns. */
export { columnLetter } from '../../../shared/import/detect';

/** What the spreadsheet shows in a cell: the core's own reading (a percent cell of 0.62 shows as 62 %). */
export { cellText } from '../../../shared/import/numbers';

/** A counted phrase ("1,234 values"): the count chooses the plural form, `n` is it written the locale's way. */
export function counted(key: Parameters<typeof t>[0], count: number, more: Record<string, string> = {}): string {
  return String(t(key as 'grid:import.plan.values', { count, n: formatNumber(count), ...more }));
}

/** A short line for a row or column picker: its first few non-empty cells, cut to a readable length. */
export function summarize(texts: readonly string[], max = 60): string {
  const joined = texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(', ');
  if (joined.length <= max) return joined || t('grid:import.empty');
  return `${joined.slice(0, max - 1).trimEnd()}…`;
}

export const VERDICTS: readonly CellVerdict[] = ['invalid', 'unmatched', 'new', 'changed', 'same'];

/** A verdict's word, in the current language. */
export function verdictLabel(verdict: CellVerdict): string {
  return t(`grid:import.preview.verdict.${verdict}`);
}

/** Invalid cells first (they stop the import), then unmatched, then the sheet's own order. */
export function sortCells(cells: readonly PreviewCell[]): PreviewCell[] {
  const rank = (c: PreviewCell) => (c.verdict === 'invalid' ? 0 : c.verdict === 'unmatched' ? 1 : 2);
  return [...cells].sort((a, b) => rank(a) - rank(b) || a.row - b.row || a.column - b.column);
}

/** Names the user must still settle: close matches not confirmed and unknown names not decided. */
export function unsureNames(names: readonly PreviewName[], decisions: readonly NameDecision[]): PreviewName[] {
  const decided = new Set(decisions.map((d) => d.name));
  return names.filter((n) => (n.match === 'close' || n.match === 'none') && !decided.has(n.name));
}

export interface ApplyPlan {
  /** The button's words: "Import 17 values (3 new KPIs)". */
  label: string;
  /** Why it cannot be pressed yet, in words; null when it can. */
  blocked: string | null;
  /** Values to be written (new and changed). */
  values: number;
  newKpis: number;
}

/** What pressing Apply would do, and what stops it. */
export function applyPlan(preview: ImportPreview, decisions: readonly NameDecision[], skipInvalid: boolean): ApplyPlan {
  const values = preview.counts.new + preview.counts.changed;
  const created = new Set(decisions.filter((d) => d.action === 'create').map((d) => d.name));
  const newKpis = preview.names.filter((n) => created.has(n.name) && n.cells > 0).length;
  const valuesText = counted('grid:import.plan.values', values);
  const label =
    values === 0 && newKpis === 0
      ? t('grid:import.plan.nothing')
      : newKpis > 0
        ? t('grid:import.plan.importWithKpis', {
            values: valuesText,
            kpis: counted('grid:import.plan.newKpis', newKpis),
          })
        : t('grid:import.plan.import', { values: valuesText });
  const unsure = unsureNames(preview.names, decisions).length;
  const invalid = preview.counts.invalid;
  let blocked: string | null = null;
  if (preview.problems.length > 0) blocked = preview.problems[0] ?? null;
  else if (unsure > 0) blocked = counted('grid:import.plan.unsure', unsure);
  else if (invalid > 0 && !skipInvalid) blocked = counted('grid:import.plan.invalid', invalid);
  else if (values === 0 && newKpis === 0) blocked = t('grid:import.plan.unchanged');
  return { label, blocked, values, newKpis };
}

/** The summary after an import, in one sentence. */
export function resultSentence(r: {
  written: number;
  unchanged: number;
  skipped: number;
  createdKpis: number;
}): string {
  const parts = [counted('grid:import.result.imported', r.written)];
  if (r.createdKpis > 0) parts.push(counted('grid:import.result.created', r.createdKpis));
  if (r.unchanged > 0) parts.push(counted('grid:import.result.matched', r.unchanged));
  if (r.skipped > 0) parts.push(counted('grid:import.result.skipped', r.skipped));
  return t('grid:import.result.sentence', { parts: parts.join('; ') });
}

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024)
    return t('grid:import.size.kb', { size: formatNumber(Math.max(1, Math.round(bytes / 1024))) });
  return t('grid:import.size.mb', {
    size: formatNumber(bytes / (1024 * 1024), { minDecimals: 1, maxDecimals: 1 }),
  });
}

/** Reads a chosen file as base64 (what import.read takes), saying how far it has got. */
export function readAsBase64(file: Blob, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(new Error(reader.error?.message ?? t('grid:import.file.unreadable')));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      // A data URL: "data:<type>;base64,<data>" (an empty file has no data after the comma).
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
