/**
 * The cells of each KPI row, rebuilt only when something shown in that row changed. A save, an evaluation or the
 * document store's reload hands the grid new objects for every cell; comparing what the cells show keeps the
 * unchanged rows' props identical, so their memoised rows do not re-render.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { KpiScore } from '../../../shared/evaluation';
import { cellKey, cellView, type CellError, type CellLookup, type CellView, type GridLayout } from './grid-model';

interface Sources {
  scores: ReadonlyMap<string, KpiScore>;
  byCell: CellLookup;
  pending: ReadonlyMap<string, number | null>;
  errors: ReadonlyMap<string, CellError>;
  /** Team mode: why the signed-in person may not enter a KPI of this owner, or null (accessOf's enter). */
  denied: (owner: string) => string | null;
}

interface Cached {
  /** The sources' version the cells were last checked against. */
  version: number;
  sig: string;
  cells: CellView[];
}

/** Everything about one cell that can change what it shows. */
function signature(key: string, src: Sources): string {
  const s = src.scores.get(key);
  const m = src.byCell.get(key);
  const e = src.errors.get(key);
  const p = src.pending.has(key) ? `${src.pending.get(key)}` : '';
  return [
    s?.status,
    s?.actual,
    s?.target,
    s?.reported,
    s?.expected,
    s?.formula.text,
    m?.actual,
    m?.target,
    m?.note,
    p,
    e?.text,
    e?.reason,
  ].join('\u0001');
}

export function useCellViews(layout: GridLayout, fy: number, src: Sources): (r: number) => CellView[] {
  const cache = useRef<{ layout: GridLayout | null; rows: Map<number, Cached> }>({ layout: null, rows: new Map() });
  if (cache.current.layout !== layout) cache.current = { layout, rows: new Map() };
  const { scores, byCell, pending, errors, denied } = src;
  // Scrolling re-renders with the same sources: a row built from them is returned without comparing anything.
  const versions = useRef(0);
  const version = useMemo(() => ++versions.current, [scores, byCell, pending, errors, denied]);
  return useCallback(
    (r: number): CellView[] => {
      const known = cache.current.rows.get(r);
      if (known && known.version === version) return known.cells;
      const kpi = layout.kpis[r]!;
      const sources = { scores, byCell, pending, errors, denied };
      const keys = layout.columns.map((col) => cellKey(kpi.id, col.period));
      const refusal = denied(kpi.owner);
      const sig = `${refusal ?? ''}\u0003${keys.map((k) => signature(k, sources)).join('\u0002')}`;
      if (known && known.sig === sig) {
        known.version = version;
        return known.cells;
      }
      const cells = layout.columns.map((col, c) =>
        cellView(kpi, col, layout.kind, fy, {
          score: scores.get(keys[c]!),
          measurement: byCell.get(keys[c]!),
          pending: pending.has(keys[c]!) ? pending.get(keys[c]!) : undefined,
          error: errors.get(keys[c]!),
          denied: refusal,
        }),
      );
      cache.current.rows.set(r, { version, sig, cells });
      return cells;
    },
    [layout, fy, scores, byCell, pending, errors, denied, version],
  );
}
